//! People and organisations in the editor: hover, references, highlights,
//! semantic tokens and workspace symbols. Recognition and the workspace-wide
//! lists are the pure core's and the index's; this file looks up and converts.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use tower_lsp_server::ls_types::*;

use super::convert;
use super::documents::Snapshot;
use crate::analysis::Locale;
use crate::analysis::entities::Reason;
use crate::index::{OrgEntry, PageSummary, PersonEntry, Span, WorkspaceIndex};
use crate::line_index::{Position, PositionEncoding};

/// Semantic token types, in legend order.
pub const TOKEN_TYPES: [&str; 3] = ["person", "organization", "title"];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TOKEN_TYPES
            .iter()
            .map(|t| SemanticTokenType::new(t))
            .collect(),
        token_modifiers: Vec::new(),
    }
}

/// What the cursor is on.
enum Target<'a> {
    /// A person; `title` when the cursor is on one of their titles.
    Person(&'a PersonEntry, Option<usize>),
    Org(&'a OrgEntry),
}

/// The cursor at byte `offset` as a position in the summaries' encoding.
fn at(snapshot: &Snapshot, offset: usize, encoding: PositionEncoding) -> Position {
    snapshot.index.position(&snapshot.text, offset, encoding)
}

fn target_at(summary: &PageSummary, offset: Position) -> Option<Target<'_>> {
    // An organisation inside an official's mention wins over the official.
    if let Some(org) = summary
        .organisations
        .iter()
        .find(|o| o.span.contains(offset))
    {
        return Some(Target::Org(org));
    }
    summary.people.iter().find_map(|p| {
        if let Some(i) = p.posts.iter().position(|t| t.title_span.contains(offset)) {
            return Some(Target::Person(p, Some(i)));
        }
        p.span.contains(offset).then_some(Target::Person(p, None))
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// The pages that name `name` (a person, or an organisation as resolved), in
/// path order; the open page as its snapshot has it, the freshest version, also
/// when it is not a file (`untitled:`).
fn pages_naming<'a>(
    snapshot: &'a Snapshot,
    index: &'a WorkspaceIndex,
    name: &str,
) -> Vec<&'a PageSummary> {
    let open = &*snapshot.summary;
    let mut pages: Vec<&PageSummary> = index
        .pages_naming(name)
        .iter()
        .map(|p| &**p)
        .filter(|p| p.path != open.path)
        .collect();
    let named =
        open.people_named(name).next().is_some() || open.orgs_resolved_to(name).next().is_some();
    if named {
        let at = pages.partition_point(|p| p.path < open.path);
        pages.insert(at, open);
    }
    pages
}

/// The pages that name the body `org` is. A relative form with no place
/// found (旗委 on a page that names no 旗) is only known to be the body of the
/// same words on its own page: other pages' 旗委 may be other banners'.
fn org_pages<'a>(
    snapshot: &'a Snapshot,
    index: &'a WorkspaceIndex,
    org: &OrgEntry,
) -> Vec<&'a PageSummary> {
    match org.resolved_body() {
        Some(resolved) => pages_naming(snapshot, index, resolved),
        None => vec![&*snapshot.summary],
    }
}

/// Mentions in `pages` as (page, span), the current page's own from its snapshot.
fn person_spans<'a>(pages: &[&'a PageSummary], name: &str) -> Vec<(&'a PageSummary, &'a Span)> {
    pages
        .iter()
        .flat_map(|page| page.people_named(name).map(move |p| (*page, &p.name_span)))
        .collect()
}

fn org_spans<'a>(pages: &[&'a PageSummary], resolved: &str) -> Vec<(&'a PageSummary, &'a Span)> {
    pages
        .iter()
        .flat_map(|page| {
            page.orgs_resolved_to(resolved)
                .map(move |o| (*page, &o.span))
        })
        .collect()
}

fn where_seen(mentions: &[(&PageSummary, &Span)], zh: bool) -> String {
    let mut per_page: BTreeMap<String, usize> = BTreeMap::new();
    for (page, _) in mentions {
        *per_page.entry(file_name(&page.path)).or_default() += 1;
    }
    let list: Vec<String> = per_page
        .iter()
        .take(8)
        .map(|(f, n)| format!("`{f}` ×{n}"))
        .collect();
    let more = if per_page.len() > 8 { " …" } else { "" };
    let first = mentions
        .first()
        .map(|(page, span)| format!("`{}`:{}", file_name(&page.path), span.start.line + 1))
        .unwrap_or_default();
    if zh {
        format!(
            "共 {} 处，{} 版：{}{more}\n\n首次出现：{first}",
            mentions.len(),
            per_page.len(),
            list.join("、")
        )
    } else {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{} on {}: {}{more}\n\nFirst: {first}",
            plural(mentions.len(), "mention"),
            plural(per_page.len(), "page"),
            list.join(", ")
        )
    }
}

fn person_hover(
    person: &PersonEntry,
    title: Option<usize>,
    pages: &[&PageSummary],
    zh: bool,
) -> String {
    let mut out = String::new();
    if let Some(i) = title {
        let post = &person.posts[i];
        let org = post.organization.as_deref().unwrap_or("");
        out.push_str(&if zh {
            format!("**{}** 是 **{}** 的职务 {org}\n\n", post.title, person.name)
        } else {
            format!(
                "**{}** is the post of **{}** {org}\n\n",
                post.title, person.name
            )
        });
    }
    let kind = match (person.official, zh) {
        (true, true) => "官员",
        (false, true) => "人物",
        (true, false) => "official",
        (false, false) => "person",
    };
    out.push_str(&format!("### {} — {kind}\n\n", person.name));
    // Every post seen in the workspace, with how often.
    let mut posts: BTreeMap<(Arc<str>, Arc<str>), usize> = BTreeMap::new();
    for page in pages {
        for p in page.people_named(&person.name) {
            for post in &p.posts {
                let org = post
                    .resolved
                    .clone()
                    .or_else(|| post.organization.clone())
                    .unwrap_or_default();
                *posts.entry((post.title.clone(), org)).or_default() += 1;
            }
        }
    }
    if !posts.is_empty() {
        out.push_str(if zh { "职务：\n" } else { "Posts:\n" });
        for ((title, org), n) in &posts {
            let org = if org.is_empty() {
                String::new()
            } else {
                format!(", {org}")
            };
            out.push_str(&format!("- {title}{org} (×{n})\n"));
        }
        out.push('\n');
    }
    out.push_str(&where_seen(&person_spans(pages, &person.name), zh));
    out
}

fn org_hover(org: &OrgEntry, pages: &[&PageSummary], zh: bool) -> String {
    let mut out = format!("### {}\n\n{}\n\n", org.text, org.expanded);
    let reason = match (&org.reason, zh) {
        (Reason::Written(p), false) => format!("place written: {p}"),
        (Reason::Written(p), true) => format!("地名见于名称：{p}"),
        (Reason::Home(p), false) => format!("relative form, read as the page's home place {p}"),
        (Reason::Home(p), true) => format!("简称，按本版所在地 {p} 解析"),
        (Reason::ShortForm(p), false) => format!("short form of {p}, a place of the page's region"),
        (Reason::ShortForm(p), true) => format!("{p} 的简称"),
        (Reason::Alias(a), false) => format!("alias {a} from baokan.toml"),
        (Reason::Alias(a), true) => format!("baokan.toml 中的别名 {a}"),
        (Reason::Standalone, false) => "needs no place".to_string(),
        (Reason::Standalone, true) => "无需地名".to_string(),
        (Reason::NamedBefore(full), false) => format!("short form of {full}, named before"),
        (Reason::NamedBefore(full), true) => format!("前文 {full} 的简称"),
        (Reason::Unresolved, false) => "no place found for this relative form".to_string(),
        (Reason::Unresolved, true) => "未能确定所指地方".to_string(),
    };
    let unresolved = org.resolved_body().is_none();
    match (unresolved, zh) {
        (false, true) => out.push_str(&format!("解析为 **{}**（{reason}）\n\n", org.resolved)),
        (false, false) => out.push_str(&format!("Resolves to **{}** ({reason})\n\n", org.resolved)),
        (true, true) => out.push_str(&format!("未能解析（{reason}）\n\n")),
        (true, false) => out.push_str(&format!("Not resolved ({reason})\n\n")),
    }
    // Officials seen holding posts in this body.
    let mut officials: BTreeMap<Arc<str>, Vec<Arc<str>>> = BTreeMap::new();
    for page in pages {
        for p in &page.people {
            for post in p.posts.iter().filter(|t| match t.resolved.as_deref() {
                Some(resolved) => resolved == &*org.resolved,
                // Posts in a body not resolved either, named as this one is.
                None => unresolved && t.organization.as_deref() == Some(&*org.text),
            }) {
                let titles = officials.entry(p.name.clone()).or_default();
                if !titles.contains(&post.title) {
                    titles.push(post.title.clone());
                }
            }
        }
    }
    if !officials.is_empty() {
        out.push_str(if zh { "任职人员：" } else { "Officials: " });
        let list: Vec<String> = officials
            .iter()
            .take(12)
            .map(|(name, titles)| format!("{name}（{}）", titles.join("、")))
            .collect();
        out.push_str(&list.join(if zh { "、" } else { ", " }));
        out.push_str("\n\n");
    }
    out.push_str(&where_seen(&org_spans(pages, &org.resolved), zh));
    out
}

pub fn hover(
    snapshot: &Snapshot,
    index: &WorkspaceIndex,
    offset: usize,
    encoding: PositionEncoding,
    locale: Locale,
) -> Option<Hover> {
    let target = target_at(&snapshot.summary, at(snapshot, offset, encoding))?;
    let zh = locale == Locale::Zh;
    let (value, span) = match target {
        Target::Person(p, title) => (
            person_hover(p, title, &pages_naming(snapshot, index, &p.name), zh),
            title.map_or(&p.span, |i| &p.posts[i].title_span),
        ),
        Target::Org(o) => (org_hover(o, &org_pages(snapshot, index, o), zh), &o.span),
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(convert::span_range(span)),
    })
}

fn location(page: &PageSummary, span: &Span, uri: &Uri, snapshot: &Snapshot) -> Option<Location> {
    let uri = if page.path == snapshot.summary.path {
        uri.clone()
    } else {
        Uri::from_file_path(&page.path)?
    };
    Some(Location {
        uri,
        range: convert::span_range(span),
    })
}

/// Every mention across the workspace of the person or body under the cursor.
pub fn references(
    snapshot: &Snapshot,
    uri: &Uri,
    index: &WorkspaceIndex,
    offset: usize,
    encoding: PositionEncoding,
) -> Option<Vec<Location>> {
    let target = target_at(&snapshot.summary, at(snapshot, offset, encoding))?;
    let spans = match target {
        Target::Person(p, _) => person_spans(&pages_naming(snapshot, index, &p.name), &p.name),
        Target::Org(o) => org_spans(&org_pages(snapshot, index, o), &o.resolved),
    };
    Some(
        spans
            .into_iter()
            .filter_map(|(page, span)| location(page, span, uri, snapshot))
            .collect(),
    )
}

/// The other mentions on this page of what is under the cursor.
pub fn highlights(
    snapshot: &Snapshot,
    offset: usize,
    encoding: PositionEncoding,
) -> Option<Vec<DocumentHighlight>> {
    let summary = &*snapshot.summary;
    let target = target_at(summary, at(snapshot, offset, encoding))?;
    let spans = match target {
        Target::Person(p, _) => person_spans(&[summary], &p.name),
        Target::Org(o) => org_spans(&[summary], &o.resolved),
    };
    Some(
        spans
            .into_iter()
            .map(|(_, span)| DocumentHighlight {
                range: convert::span_range(span),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect(),
    )
}

/// Semantic tokens for names, organisations and titles, one line at a time
/// (a mention broken across a wrap gives one token per line).
pub fn semantic_tokens(snapshot: &Snapshot, encoding: PositionEncoding) -> SemanticTokens {
    let text = snapshot.text.as_str();
    let entities = &snapshot.analysis.entities;
    let mut ranges: Vec<(std::ops::Range<usize>, u32)> = Vec::new();
    for p in &entities.people {
        ranges.push((p.name_range.clone(), 0));
        for post in &p.posts {
            ranges.push((post.title_range.clone(), 2));
        }
    }
    for o in &entities.organisations {
        ranges.push((o.range.clone(), 1));
    }
    ranges.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut data = Vec::new();
    let (mut prev_line, mut prev_start) = (0u32, 0u32);
    let mut covered = 0usize;
    for (range, kind) in ranges {
        if range.start < covered || range.is_empty() {
            continue;
        }
        covered = range.end;
        // Split at line breaks.
        let mut start = range.start;
        for piece in text[range.clone()].split_inclusive(['\n', '\r']) {
            let content = piece.trim_end_matches(['\n', '\r']);
            let end = start + content.len();
            if end > start {
                let s = snapshot.index.position(text, start, encoding);
                let e = snapshot.index.position(text, end, encoding);
                let delta_line = s.line - prev_line;
                let delta_start = if delta_line == 0 {
                    s.character - prev_start
                } else {
                    s.character
                };
                data.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length: e.character - s.character,
                    token_type: kind,
                    token_modifiers_bitset: 0,
                });
                prev_line = s.line;
                prev_start = s.character;
            }
            start += piece.len();
        }
    }
    SemanticTokens {
        result_id: None,
        data,
    }
}

/// People and organisations matching `query`, once per page, for workspace/symbol.
pub fn workspace_symbols(index: &WorkspaceIndex, query: &str) -> Vec<SymbolInformation> {
    let query = query.trim();
    let mut out = Vec::new();
    for page in index.pages() {
        let Some(uri) = Uri::from_file_path(&page.path) else {
            continue;
        };
        let container = Some(file_name(&page.path));
        let mut seen = std::collections::HashSet::new();
        for p in page.people.iter().filter(|p| p.name.contains(query)) {
            if seen.insert(("p", p.name.clone())) {
                out.push(symbol(
                    &p.name,
                    SymbolKind::OBJECT,
                    &uri,
                    &p.name_span,
                    &container,
                ));
            }
        }
        for o in page
            .organisations
            .iter()
            .filter(|o| o.text.contains(query) || o.resolved.contains(query))
        {
            if seen.insert(("o", o.resolved.clone())) {
                out.push(symbol(
                    &o.resolved,
                    SymbolKind::NAMESPACE,
                    &uri,
                    &o.span,
                    &container,
                ));
            }
        }
    }
    out
}

#[allow(deprecated)] // SymbolInformation::deprecated is a required field.
fn symbol(
    name: &str,
    kind: SymbolKind,
    uri: &Uri,
    span: &Span,
    container: &Option<String>,
) -> SymbolInformation {
    SymbolInformation {
        name: name.to_string(),
        kind,
        tags: None,
        deprecated: None,
        location: Location {
            uri: uri.clone(),
            range: convert::span_range(span),
        },
        container_name: container.clone(),
    }
}
