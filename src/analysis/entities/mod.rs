//! Organisations and officials: who holds which post in which body.
//!
//! Recognition runs on *segments*: the page's lines joined where the layout says
//! a paragraph goes on (so a name broken across a wrap, 荣 / 廷召, is one name),
//! each byline, heading and caption on its own. One Aho-Corasick pass over all
//! segments finds the anchors (titles, institutions, organisation parts); small
//! parsers around each anchor read the place before an institution, the chain of
//! posts (市纪委副书记、监委副主任) and the names after it, or a name before a title
//! (孟长云副主任). Relative forms (市人大常委会) are resolved against the page's home
//! place, inferred from the places it names.
//!
//! Each distinct body is resolved once a page and shared by its mentions
//! (`Arc<OrgBody>`); each distinct string of a page is one `Arc<str>`, which the
//! workspace index keeps as it is.
//!
//! Pure: text and layout in, plain data out; every range is a byte range of the page.

mod chardfa;
mod home;
mod lexicon;
mod names;
mod orgs;
mod people;
mod scanner;
mod segments;
mod short_forms;

use std::ops::Range;
use std::sync::Arc;

pub use home::Home;
pub use lexicon::{Extensions, Lexicon, is_local_body, is_mongolian_name, may_be_name};

use super::layout::PageLayout;
use people::Held;
use segments::Segments;

/// Is the person an official (holds a public post) or someone else?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonKind {
    Official,
    Person,
}

/// A post as written: a title and the organisation it belongs to.
///
/// Strings are shared: a page names the same people, titles and bodies over and
/// over, and each distinct string of a page is allocated once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// The title as written (副主任).
    pub title: Arc<str>,
    /// The organisation as written, if the text names one (市人大常委会).
    pub organization: Option<Arc<str>>,
    /// The organisation resolved to a full name, when it could be.
    pub resolved: Option<Arc<str>>,
    pub title_range: Range<usize>,
}

/// One mention of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub kind: PersonKind,
    pub name: Arc<str>,
    /// The whole mention: organisation, titles and name.
    pub range: Range<usize>,
    pub name_range: Range<usize>,
    pub posts: Vec<Post>,
    /// The unit of a byline without a title (●市人大常委会办公室  龚培贞).
    pub affiliation: Option<Arc<str>>,
}

impl Person {
    /// The organisation as written: the first post's, else the byline's unit.
    pub fn organization(&self) -> Option<&str> {
        self.posts
            .iter()
            .find_map(|p| p.organization.as_deref())
            .or(self.affiliation.as_deref())
    }
}

/// Why an organisation resolved to the body it did.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "by", content = "place")]
pub enum Reason {
    /// The place is written in the name.
    Written(String),
    /// A relative form (市, 旗) read as the page's home place.
    Home(String),
    /// A short form (乌市, 前旗) matched to a place of the page's region.
    ShortForm(String),
    /// An alias from baokan.toml.
    Alias(String),
    /// Named without a place, or a body that needs none (国务院).
    Standalone,
    /// No place could be found for a relative form.
    Unresolved,
    /// A company's short form (伊泰集团), named in full earlier on the page
    /// (内蒙古伊泰集团有限公司).
    NamedBefore(String),
}

/// An organisation as a page names it: shared by every mention of it on the page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrgBody {
    /// As written (line breaks removed).
    pub text: Arc<str>,
    /// The full official form, place as written (市人民代表大会常务委员会).
    pub expanded: Arc<str>,
    /// The body meant, with its place resolved (巴彦淖尔市人民代表大会常务委员会).
    pub resolved: Arc<str>,
    pub reason: Reason,
}

impl OrgBody {
    /// The body meant, when a place was found for it: a relative form with
    /// none (旗委 on a page that names no 旗) is no one body.
    pub fn resolved_body(&self) -> Option<&Arc<str>> {
        (self.reason != Reason::Unresolved).then_some(&self.resolved)
    }
}

/// One mention of an organisation: where, and which body (its fields read through).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub body: Arc<OrgBody>,
    pub range: Range<usize>,
}

impl std::ops::Deref for Organisation {
    type Target = OrgBody;
    fn deref(&self) -> &OrgBody {
        &self.body
    }
}

/// Everything recognised on one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
    pub home: Home,
}

/// One shared copy of each distinct string of a page.
#[derive(Debug, Default)]
struct Strings(rustc_hash::FxHashSet<Arc<str>>);

impl Strings {
    /// The shared copy of `s`.
    fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(s);
        self.0.insert(shared.clone());
        shared
    }
}

/// Recognises people and organisations on a page.
///
/// `wraps` are (from, to) line indices of broken wraps: the text goes on across them.
pub fn recognize(
    text: &str,
    layout: &PageLayout,
    wraps: &[(usize, usize)],
    lexicon: &Lexicon,
) -> Entities {
    let segments = Segments::new(text, layout, wraps);
    let mut raw = people::scan(&segments, lexicon);
    let short_mentions = short_forms::find(&segments.buf, &mut raw, lexicon);
    let masthead = home::masthead(text, layout, lexicon);
    let home = Home::infer(&segments, &raw, lexicon, masthead);
    let mut strings = Strings::default();
    let mut bodies = orgs::Bodies::default();
    let mut organisations: Vec<Organisation> = raw
        .orgs
        .iter()
        .map(|org| orgs::resolve(org, &segments, &home, lexicon, &mut strings, &mut bodies))
        .collect();
    peoples_hospitals(&mut organisations, &mut strings);
    // A company's short form names the body its full name does (伊泰集团,
    // after 内蒙古伊泰集团有限公司): one shared body for each short form.
    let mut short_bodies: Vec<(usize, Arc<OrgBody>)> = Vec::new();
    for m in &short_mentions {
        let written = &segments.buf[m.range.clone()];
        let body = match short_bodies
            .iter()
            .find(|(full, b)| *full == m.full && &*b.text == written)
        {
            Some((_, b)) => b.clone(),
            None => {
                let full = &organisations[m.full];
                let body = Arc::new(OrgBody {
                    text: strings.get(written),
                    expanded: full.expanded.clone(),
                    resolved: full.resolved.clone(),
                    reason: Reason::NamedBefore(full.text.to_string()),
                });
                short_bodies.push((m.full, body.clone()));
                body
            }
        };
        organisations.push(Organisation {
            body,
            range: segments.source_range(m.range.clone()),
        });
    }
    organisations.sort_by_key(|o| (o.range.start, o.range.end));
    // Sorted by start: a binary search per post (a page can hold tens of thousands).
    let resolved_of = |range: Range<usize>, written: &str| {
        let at = range.start;
        let i = organisations.partition_point(|o| o.range.start < at);
        // The organisation itself, not one that starts with the same place
        // (北滘镇 of 北滘镇党委, a 镇长's body).
        if let Some(own) = organisations[i..]
            .iter()
            .take_while(|o| o.range.start == at)
            .find(|o| o.range == range)
        {
            return own.resolved_body().cloned();
        }
        // 常委会 alone: the people's congress standing committee named last before.
        if written != people::STANDING_COMMITTEE {
            return None;
        }
        organisations[..i]
            .iter()
            .rev()
            .find(|o| o.expanded.ends_with("人民代表大会常务委员会"))
            .and_then(|o| o.resolved_body().cloned())
    };
    let buf = segments.buf.as_str();
    let mut text_of = |s: &str| strings.get(s);
    let people = raw
        .people
        .iter()
        .map(|p| Person {
            kind: p.kind,
            // A name spaced out in a list (李  强) is the name without its spaces.
            name: text_of(&unspaced(&buf[p.name.clone()])),
            range: segments.source_range(p.range.clone()),
            name_range: segments.source_range(p.name.clone()),
            posts: p
                .posts
                .iter()
                .map(|post| {
                    let org_range = post.org.clone().map(|r| segments.source_range(r));
                    let organization = post.org.clone().map(|r| text_of(&buf[r]));
                    let title = &buf[post.title.clone()];
                    let resolved = org_range
                        .zip(organization.as_deref())
                        .and_then(|(range, written)| resolved_of(range, written))
                        .or_else(|| {
                            let place = government_place(
                                title,
                                organization.as_deref(),
                                post.title.start,
                                &home,
                                lexicon,
                            )?;
                            // A league (盟) is governed by its administrative
                            // office, which its 盟长 heads.
                            let government = if place.ends_with('盟') {
                                "行政公署"
                            } else {
                                "人民政府"
                            };
                            Some(text_of(&format!("{place}{government}")))
                        });
                    // 村党支部书记 in the village named before.
                    let resolved =
                        resolved.or_else(|| post.village.clone().map(|r| text_of(&buf[r])));
                    // A post spaced out in a roster (副 主 任) is the post.
                    let title = unspaced(title);
                    let title = title.as_ref();
                    Post {
                        title: match post.held {
                            Held::Now => text_of(title),
                            Held::Once => text_of(&format!("原{title}")),
                            Held::Proposed => text_of(&format!("拟任{title}")),
                        },
                        organization,
                        resolved,
                        title_range: segments.source_range(post.title.clone()),
                    }
                })
                .collect(),
            affiliation: p.affiliation.clone().map(|r| text_of(&buf[r])),
        })
        .collect();
    Entities {
        people,
        organisations,
        home,
    }
}

/// 旗医院 on a page that names 伊金霍洛旗人民医院 in full: the people's
/// hospital of the place the relative form resolves to, not a hospital of
/// another name. Only where the page names that hospital with its place.
fn peoples_hospitals(organisations: &mut [Organisation], strings: &mut Strings) {
    const PEOPLES: &str = "人民";
    const HOSPITAL: &str = "医院";
    let named: rustc_hash::FxHashSet<&str> = organisations
        .iter()
        .filter(|o| matches!(o.reason, Reason::Written(_)) && o.resolved.contains("人民医院"))
        .map(|o| &*o.resolved)
        .collect();
    if named.is_empty() {
        return;
    }
    // Each body once, however often the page names it: keyed by its address.
    let mut changed: rustc_hash::FxHashMap<*const OrgBody, Option<Arc<OrgBody>>> =
        rustc_hash::FxHashMap::default();
    let mut replace: Vec<(usize, Arc<OrgBody>)> = Vec::new();
    for (i, o) in organisations.iter().enumerate() {
        let (Reason::Home(place) | Reason::ShortForm(place)) = &o.reason else {
            continue;
        };
        if let Some(new) = changed.get(&Arc::as_ptr(&o.body)) {
            if let Some(new) = new {
                replace.push((i, new.clone()));
            }
            continue;
        }
        let new = o
            .resolved
            .strip_prefix(place.as_str())
            .filter(|rest| rest.starts_with(HOSPITAL))
            .map(|rest| format!("{place}{PEOPLES}{rest}"))
            .filter(|full| named.contains(full.as_str()))
            .map(|full| {
                // The full form as written gains the word too (旗人民医院).
                let expanded = match o.expanded.find(HOSPITAL) {
                    Some(at) if !o.expanded.contains(PEOPLES) => {
                        format!("{}{PEOPLES}{}", &o.expanded[..at], &o.expanded[at..])
                    }
                    _ => o.expanded.to_string(),
                };
                Arc::new(OrgBody {
                    text: o.text.clone(),
                    expanded: strings.get(&expanded),
                    resolved: strings.get(&full),
                    reason: o.reason.clone(),
                })
            });
        if let Some(new) = &new {
            replace.push((i, new.clone()));
        }
        changed.insert(Arc::as_ptr(&o.body), new);
    }
    for (i, body) in replace {
        organisations[i].body = body;
    }
}

/// `s` without the spaces that set its characters apart in a list (李  强,
/// 副 主 任).
fn unspaced(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([' ', '\u{3000}']) {
        std::borrow::Cow::Owned(s.replace([' ', '\u{3000}'], ""))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The place whose people's government a head of government (县长, 副区长,
/// 镇长) serves in: the place written as the post's body (乌审旗旗长,
/// 北滘镇党委书记、镇长), else the page's place of that level at `at` (县长杨卫东
/// on a county paper, 县委常委、副县长).
fn government_place<'a>(
    title: &str,
    body: Option<&'a str>,
    at: usize,
    home: &'a Home,
    lexicon: &'a Lexicon,
) -> Option<&'a str> {
    let level = people::government_head_level(title)?;
    match body {
        // 霍城县长: the place is written without its level (霍城).
        Some(written) if written != level => lexicon
            .place(written)
            .filter(|p| p.name.ends_with(level))
            .or_else(|| lexicon.place(&format!("{written}{level}")))
            .map(|p| p.name.as_str()),
        // No body, or the 县 of 县委 (县委常委、副县长): the page's place.
        _ => home.place_for(level, at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mentions of one body share it, and its strings are the page's only copies;
    /// the same words resolved against another place are another body.
    #[test]
    fn mentions_share_bodies_and_strings() {
        let text = "包头市召开会议。市人大常委会主任张三出席。\n\n市人大常委会副主任李四讲话。\n\n";
        let filler = "这是一段与地方无关的文字，用来拉开距离。".repeat(40);
        let text = format!("{text}{filler}\n\n赤峰市召开会议。市人大常委会委员王五出席。\n");
        let page = crate::analysis::analyze(&text).entities;
        let orgs: Vec<&Organisation> = page
            .organisations
            .iter()
            .filter(|o| &*o.text == "市人大常委会")
            .collect();
        assert_eq!(orgs.len(), 3, "{:?}", page.organisations);
        assert!(Arc::ptr_eq(&orgs[0].body, &orgs[1].body));
        assert_eq!(&*orgs[0].resolved, "包头市人民代表大会常务委员会");
        assert_eq!(&*orgs[2].resolved, "赤峰市人民代表大会常务委员会");
        assert!(!Arc::ptr_eq(&orgs[0].body, &orgs[2].body));
        // The post's organisation is the body's text, not a copy.
        let zhang = page.people.iter().find(|p| &*p.name == "张三").unwrap();
        let post = &zhang.posts[0];
        assert!(Arc::ptr_eq(
            post.organization.as_ref().unwrap(),
            &orgs[0].text
        ));
        assert!(Arc::ptr_eq(
            post.resolved.as_ref().unwrap(),
            &orgs[0].resolved
        ));
    }
}
