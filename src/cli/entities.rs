//! `baokan entities FILE`: the people and organisations of a page, as text or JSON.
//!
//! JSON objects carry `kind` (official, person, organization), `text` as written,
//! `line`/`character` (0-based, UTF-16) where `text` starts, and for people `name`,
//! `titles`, `organization` (the first post's body, as written) and `posts`
//! (each title with its body as written and resolved: 州长 @ 伊犁哈萨克自治州人民政府);
//! for organisations `expanded` and `resolved` (`null` when no place was found).

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::files::read_page;
use super::{Format, print};
use crate::analysis::entities::{Entities, Lexicon, PersonKind};
use crate::analysis::{self};
use crate::line_index::{LineIndex, PositionEncoding};

#[derive(Serialize)]
pub struct Entry<'a> {
    kind: &'static str,
    text: std::borrow::Cow<'a, str>,
    line: u32,
    character: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    titles: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    posts: Option<Vec<PostEntry<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expanded: Option<&'a str>,
    /// For organisations: `null` when a relative form found no place (旗委 on
    /// a page that names no 旗).
    #[serde(skip_serializing_if = "Option::is_none")]
    resolved: Option<Option<&'a str>>,
}

/// One post of an official or person: the title, its body as written, and
/// the body's full name when it could be resolved.
#[derive(Serialize)]
pub struct PostEntry<'a> {
    title: &'a str,
    organization: Option<&'a str>,
    resolved: Option<&'a str>,
}

/// The entries of a page, people and organisations in text order.
pub fn entries<'a>(text: &str, entities: &'a Entities) -> Vec<Entry<'a>> {
    let index = LineIndex::new(text);
    let at = |offset: usize| index.position(text, offset, PositionEncoding::Utf16);
    let mut out: Vec<(usize, Entry)> = Vec::new();
    for p in &entities.people {
        let pos = at(p.range.start);
        out.push((
            p.range.start,
            Entry {
                kind: match p.kind {
                    PersonKind::Official => "official",
                    PersonKind::Person => "person",
                },
                text: text[p.range.clone()].replace(['\r', '\n'], "").into(),
                line: pos.line,
                character: pos.character,
                name: Some(&p.name),
                titles: Some(p.posts.iter().map(|t| &*t.title).collect()),
                organization: Some(p.organization()),
                posts: Some(
                    p.posts
                        .iter()
                        .map(|post| PostEntry {
                            title: &post.title,
                            organization: post.organization.as_deref(),
                            resolved: post.resolved.as_deref(),
                        })
                        .collect(),
                ),
                expanded: None,
                resolved: None,
            },
        ));
    }
    for o in &entities.organisations {
        let pos = at(o.range.start);
        out.push((
            o.range.start,
            Entry {
                kind: "organization",
                text: std::borrow::Cow::Borrowed(&o.text),
                line: pos.line,
                character: pos.character,
                name: None,
                titles: None,
                organization: None,
                posts: None,
                expanded: Some(&o.expanded),
                resolved: Some(o.resolved_body().map(|r| &**r)),
            },
        ));
    }
    out.sort_by_key(|(start, e)| (*start, e.kind != "organization"));
    out.into_iter().map(|(_, e)| e).collect()
}

pub fn run(path: &Path, format: Format, lexicon: &Lexicon) -> ExitCode {
    let decoded = match read_page(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let text = &decoded.text;
    let analysis = analysis::analyze_with(text, lexicon);
    let list = entries(text, &analysis.entities);
    print(ExitCode::SUCCESS, |out| write(out, &list, format))
}

/// A person's posts as text: titles held in one body together, each body
/// after its titles ("[副书记、镇长] @ 锡尼镇党委", or "[代表] @ 杭锦旗人大;
/// [党支部书记] @ 阿日勒嘎查" for posts in two bodies). A body the text does
/// not write is the one the post was resolved to ("[副旗长] @ 准格尔旗人民政府").
fn posts_text(e: &Entry) -> String {
    let posts = e.posts.as_deref().unwrap_or_default();
    if posts.is_empty() {
        // A name alone ("读者  王丽华", a headline's "其其格："): no post to show.
        return e
            .organization
            .flatten()
            .map(|org| format!("@ {org}"))
            .unwrap_or_default();
    }
    let mut groups: Vec<(Vec<&str>, Option<&str>)> = Vec::new();
    for post in posts {
        // A post written with no body, or a bare level (副旗长张建华, 旗长,
        // 嘎查长): the body it was resolved to, else the level as written.
        let body = post
            .organization
            .filter(|o| o.chars().nth(1).is_some() && !matches!(*o, "嘎查" | "苏木" | "社区"))
            .or(post.resolved)
            .or(post.organization);
        match groups.last_mut() {
            Some((titles, org)) if *org == body => titles.push(post.title),
            _ => groups.push((vec![post.title], body)),
        }
    }
    groups
        .iter()
        .map(|(titles, org)| match org {
            Some(org) => format!("[{}] @ {org}", titles.join("、")),
            // A credit (记者　张丽): a title in no body.
            None => format!("[{}]", titles.join("、")),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn write(out: &mut impl Write, list: &[Entry], format: Format) -> io::Result<()> {
    match format {
        Format::Text => {
            for e in list {
                let detail = match (&e.name, &e.resolved) {
                    (Some(name), _) => {
                        let posts = posts_text(e);
                        if posts.is_empty() {
                            name.to_string()
                        } else {
                            format!("{name} {posts}")
                        }
                    }
                    (_, Some(Some(resolved))) => resolved.to_string(),
                    (_, Some(None)) => {
                        format!("{} (no place found)", e.expanded.unwrap_or_default())
                    }
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "{}:{}\t{}\t{}\t{}",
                    e.line + 1,
                    e.character + 1,
                    e.kind,
                    e.text,
                    detail
                )?;
            }
        }
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        )?,
        Format::Jsonl => {
            for e in list {
                writeln!(out, "{}", serde_json::to_string(e).unwrap_or_default())?;
            }
        }
    }
    Ok(())
}
