//! Page summaries and the cross-page index (pure, map-reduce style): a small
//! summary per page (page number, headings, continuation markers), computed from
//! that page alone, merged into an index that resolves markers across pages.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::analysis::entities::{Lexicon, PersonKind};
use crate::analysis::layout::LineKind;
use crate::analysis::markers::{self, Direction, Marker, PageRef};
use crate::analysis::text::LineSpan;
use crate::analysis::{Code, Finding, Message, PageAnalysis, Severity};
use crate::line_index::LineIndex;
use crate::line_index::{Position, PositionEncoding};

/// A range of a page in the positions of the workspace's encoding
/// ([`ReadOptions::encoding`]): what the client is sent, stored as it will be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: Position,
    pub end: Position,
}

impl Span {
    /// Whether `at` lies in the span, its ends included.
    pub fn contains(&self, at: Position) -> bool {
        self.start <= at && at <= self.end
    }
}

fn span(text: &str, index: &LineIndex, encoding: PositionEncoding, range: &Range<usize>) -> Span {
    let (start, end) = index.range(text, range.start, range.end, encoding);
    Span { start, end }
}

/// What other pages see of a page: its number, heading texts and markers.
pub type CrossPageKey<'a> = (
    Option<PageRef>,
    Vec<&'a str>,
    Vec<(Direction, PageRef, Option<&'a str>)>,
);

/// A heading line of a page, with its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub span: Span,
    pub text: String,
}

/// A continuation marker with what surrounds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerEntry {
    pub marker: Marker,
    pub span: Span,
    /// The repeated headline just above a （上接…） marker.
    pub headline: Option<Heading>,
    /// The first text line after the marker, for hovers.
    pub next_line: String,
}

/// A post of a person mention: title, organisation as written and resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostEntry {
    pub title: Arc<str>,
    pub organization: Option<Arc<str>>,
    pub resolved: Option<Arc<str>>,
    pub title_span: Span,
}

/// One mention of a person on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonEntry {
    pub name: Arc<str>,
    pub official: bool,
    pub span: Span,
    pub name_span: Span,
    pub posts: Vec<PostEntry>,
}

/// One mention of an organisation on a page: where, and which body (shared by
/// every mention of it on the page; fields of the body read through).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgEntry {
    pub body: Arc<OrgBody>,
    pub span: Span,
}

pub use crate::analysis::entities::OrgBody;

impl std::ops::Deref for OrgEntry {
    type Target = OrgBody;
    fn deref(&self) -> &OrgBody {
        &self.body
    }
}

/// What one page contributes to the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageSummary {
    pub path: PathBuf,
    /// Pages with the same key belong to one issue.
    pub issue: String,
    pub page: Option<PageRef>,
    pub headings: Vec<Heading>,
    /// Titled articles of the page: headline text and where it stands.
    pub articles: Vec<Heading>,
    pub markers: Vec<MarkerEntry>,
    pub people: Vec<PersonEntry>,
    pub organisations: Vec<OrgEntry>,
    /// Indices of `people` ordered by the hash of the name, then by position;
    /// and of `organisations` by the hash of the resolved name: finding one
    /// name's mentions on a page is a binary search, not a pass over them all.
    people_by_name: Box<[u32]>,
    orgs_by_name: Box<[u32]>,
}

/// How pages are named: `[pages] pattern` in baokan.toml, with named groups
/// `page` (and optionally `issue`) matched against the file name.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub pattern: Option<Regex>,
    /// The workspace's lexicons (built-in plus baokan.toml `[entities]`); `None`
    /// is the built-in one. Read from the same file as the pattern, and like it
    /// part of how every page of the workspace is read.
    pub lexicon: Option<Arc<Lexicon>>,
    /// Pages larger than this are not analysed (the client's `baokan.maxFileSize`);
    /// `None` is the server's default.
    pub max_bytes: Option<usize>,
    /// The unit of summaries' positions: the client's (UTF-16 unless it offers another).
    pub encoding: PositionEncoding,
}

impl ReadOptions {
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon
            .as_deref()
            .unwrap_or_else(|| Lexicon::builtin())
    }
}

static FILE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[_\-\s.])(?:page|pg|p)?[-_]?(?P<sec>[A-Z])?(?P<num>[0-9]{1,3})$")
        .expect("file page regex")
});
static CHINESE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"第\s*(?P<sec>[A-Za-z])?(?P<num>[0-9]{1,3}|[一二三四五六七八九十百零〇两]{1,4})\s*版",
    )
    .expect("版 regex")
});

/// The page number and issue key of a file, from the configured pattern, the
/// file name, or a page header line in the text, in that order.
pub fn page_of(path: &Path, text: &str, naming: &ReadOptions) -> (String, Option<PageRef>) {
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if let Some(caps) = naming.pattern.as_ref().and_then(|p| p.captures(&name)) {
        {
            let issue = caps
                .name("issue")
                .map(|m| format!("{folder}#{}", m.as_str()))
                .unwrap_or(folder.clone());
            let page = caps.name("page").and_then(|m| parse_page(m.as_str()));
            return (issue, page);
        }
    }
    if let Some(caps) = CHINESE_PAGE.captures(&stem) {
        return (folder, page_from(&caps));
    }
    if let Some(caps) = FILE_PAGE.captures(&stem) {
        return (folder, page_from(&caps));
    }
    // A page header such as "2025年3月5日 第二版 要闻" near the top or bottom.
    let header = text
        .lines()
        .take(3)
        .chain(text.lines().rev().take(3))
        .filter(|l| l.chars().count() <= 40)
        .find_map(|l| CHINESE_PAGE.captures(l).and_then(|c| page_from(&c)));
    (folder, header)
}

fn page_from(caps: &regex::Captures<'_>) -> Option<PageRef> {
    Some(PageRef {
        section: caps
            .name("sec")
            .and_then(|m| m.as_str().chars().next())
            .map(|c| c.to_ascii_uppercase()),
        number: markers::parse_number(caps.name("num")?.as_str())?,
    })
}

fn parse_page(s: &str) -> Option<PageRef> {
    let s = s.trim();
    let (section, digits) = match s.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => (Some(c.to_ascii_uppercase()), &s[1..]),
        _ => (None, s),
    };
    Some(PageRef {
        section,
        number: markers::parse_number(digits)?,
    })
}

fn name_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(name)
}

/// Indices of `items` ordered by (hash of `name_of`, index).
fn order_by_name<T>(items: &[T], name_of: impl Fn(&T) -> &str) -> Box<[u32]> {
    let mut keyed: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (name_hash(name_of(item)), i as u32))
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// The items named `name`, in page order, through an order made by [`order_by_name`].
fn by_name<'a, T>(
    order: &'a [u32],
    items: &'a [T],
    name: &str,
    name_of: impl Fn(&T) -> &Arc<str> + Copy + 'a,
) -> impl Iterator<Item = &'a T> {
    let hash = name_hash(name);
    let key = move |&i: &u32| name_hash(name_of(&items[i as usize]));
    let from = order.partition_point(|i| key(i) < hash);
    order[from..]
        .iter()
        .take_while(move |i| key(i) == hash)
        .map(move |&i| &items[i as usize])
        .filter(move |item| &**name_of(item) == name)
}

impl PageSummary {
    /// The mentions of the person named `name`, in page order.
    pub fn people_named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a PersonEntry> {
        by_name(&self.people_by_name, &self.people, name, |p| &p.name)
    }

    /// The mentions of organisations resolved to `resolved`, in page order.
    pub fn orgs_resolved_to<'a>(&'a self, resolved: &str) -> impl Iterator<Item = &'a OrgEntry> {
        by_name(&self.orgs_by_name, &self.organisations, resolved, |o| {
            &o.resolved
        })
    }

    /// Every distinct name of a person and resolved organisation on the page.
    pub fn names(&self) -> Vec<&Arc<str>> {
        let mut names: Vec<&Arc<str>> = self
            .people
            .iter()
            .map(|p| &p.name)
            .chain(self.organisations.iter().map(|o| &o.resolved))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// What other pages can see of this one: two summaries with the same key give
    /// every other page the same cross-page results.
    pub fn cross_page_key(&self) -> CrossPageKey<'_> {
        (
            self.page,
            self.headings.iter().map(|h| h.text.as_str()).collect(),
            self.markers
                .iter()
                .map(|m| {
                    (
                        m.marker.direction,
                        m.marker.page,
                        m.headline.as_ref().map(|h| h.text.as_str()),
                    )
                })
                .collect(),
        )
    }

    /// Summarises a page from its text and analysis. Pure.
    pub fn new(
        path: &Path,
        text: &str,
        analysis: &PageAnalysis,
        naming: &ReadOptions,
    ) -> PageSummary {
        // The layout has split the lines already (unless the page was too large to analyse).
        let lines: Vec<LineSpan> = analysis.layout.lines.iter().map(|l| l.span).collect();
        let index = if lines.last().is_some_and(|l| l.next == text.len()) {
            LineIndex::from_lines(text, lines)
        } else {
            LineIndex::new(text)
        };
        PageSummary::with_index(path, text, analysis, &index, naming)
    }

    /// The same, reusing the line index of `text` that the caller already has.
    pub fn with_index(
        path: &Path,
        text: &str,
        analysis: &PageAnalysis,
        index: &LineIndex,
        naming: &ReadOptions,
    ) -> PageSummary {
        let (issue, page) = page_of(path, text, naming);
        let encoding = naming.encoding;
        let lines = &analysis.layout.lines;
        let heading = |i: usize| Heading {
            span: span(text, index, encoding, &lines[i].content),
            text: text[lines[i].content.clone()].to_string(),
        };
        let headings: Vec<Heading> = (0..lines.len())
            .filter(|&i| matches!(lines[i].kind, LineKind::Heading | LineKind::Banner))
            .map(heading)
            .collect();
        // Found once: the outline lists those inside the running text too.
        let found = markers::find_markers(text);
        let markers = found
            .iter()
            .map(|marker| {
                let line = lines
                    .partition_point(|l| l.span.start <= marker.range.start)
                    .saturating_sub(1);
                // The repeated headline: the nearest non-blank line above a marker
                // that stands at the start of its line.
                let at_line_start = text[lines[line].content.start..marker.range.start]
                    .trim()
                    .is_empty();
                let headline = if marker.direction == Direction::SeeAlso {
                    // A teaser's title: before the reference on its line
                    // ("全市…运动会开幕    详见A2版"), or the line above.
                    let before = &text[lines[line].content.start..marker.range.start];
                    let title = before
                        .trim_end_matches(|c: char| c.is_whitespace() || "→▶►—…·.（(".contains(c));
                    let title_start = lines[line].content.start
                        + (title.len()
                            - title
                                .trim_start_matches(|c: char| {
                                    c.is_whitespace() || markers::TEASER_SIGNS.contains(c)
                                })
                                .len());
                    if title.trim().is_empty() {
                        (0..line)
                            .rev()
                            .find(|&k| lines[k].kind != LineKind::Blank)
                            .filter(|&k| line - k <= 2)
                            .map(heading)
                    } else {
                        let range = title_start..lines[line].content.start + title.len();
                        Some(Heading {
                            span: span(text, index, encoding, &range),
                            text: text[range].to_string(),
                        })
                    }
                } else {
                    (marker.direction == Direction::ContinuedFrom && at_line_start)
                        .then(|| (0..line).rev().find(|&k| lines[k].kind != LineKind::Blank))
                        .flatten()
                        .filter(|&k| {
                            matches!(lines[k].kind, LineKind::Heading | LineKind::Banner)
                                || line - k <= 2
                                    && !text[lines[k].content.clone()].contains(['。', '，'])
                        })
                        .map(heading)
                };
                let next_line = (line + 1..lines.len())
                    .find(|&k| lines[k].kind != LineKind::Blank)
                    .map(|k| text[lines[k].content.clone()].to_string())
                    .unwrap_or_default();
                MarkerEntry {
                    span: span(text, index, encoding, &marker.range),
                    marker: marker.clone(),
                    headline,
                    next_line,
                }
            })
            .collect();
        let articles =
            crate::analysis::outline::outline_with_markers(text, &analysis.layout, &found)
                .into_iter()
                .filter(|item| {
                    item.kind == crate::analysis::outline::ItemKind::Article && !item.untitled
                })
                .map(|item| Heading {
                    span: span(text, index, encoding, &item.selection),
                    text: item.name,
                })
                .collect();
        let entities = &analysis.entities;
        // Each distinct string and body of a page is one shared copy already
        // (the analysis shares them): the summary points to the same ones.
        let people: Vec<PersonEntry> = entities
            .people
            .iter()
            .map(|p| PersonEntry {
                name: p.name.clone(),
                official: p.kind == PersonKind::Official,
                span: span(text, index, encoding, &p.range),
                name_span: span(text, index, encoding, &p.name_range),
                posts: p
                    .posts
                    .iter()
                    .map(|post| PostEntry {
                        title: post.title.clone(),
                        organization: post.organization.clone(),
                        resolved: post.resolved.clone(),
                        title_span: span(text, index, encoding, &post.title_range),
                    })
                    .collect(),
            })
            .collect();
        let organisations: Vec<OrgEntry> = entities
            .organisations
            .iter()
            .map(|o| OrgEntry {
                body: o.body.clone(),
                span: span(text, index, encoding, &o.range),
            })
            .collect();
        let people_by_name = order_by_name(&people, |p: &PersonEntry| &p.name);
        let orgs_by_name = order_by_name(&organisations, |o: &OrgEntry| &o.resolved);
        PageSummary {
            path: path.to_path_buf(),
            issue,
            page,
            headings,
            articles,
            markers,
            people,
            organisations,
            people_by_name,
            orgs_by_name,
        }
    }
}

/// Where a marker leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    Found(Target),
    /// No page with that number in the issue.
    MissingPage(PageRef),
    /// The page exists, but nothing on it continues or is continued by this article.
    Mismatch {
        page: PageRef,
        path: PathBuf,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub range: Span,
    pub selection: Span,
    pub headline: Option<String>,
    pub first_line: String,
}

/// Every page of the workspace, by path (in path order).
#[derive(Debug, Clone, Default)]
pub struct WorkspaceIndex {
    pages: BTreeMap<PathBuf, Arc<PageSummary>>,
    /// The pages (in path order) that name each person and resolved organisation:
    /// a lookup touches the pages naming it, not every page (a city's mayor is
    /// named on thousands of pages; most pages never name a given person).
    naming: FxHashMap<Arc<str>, Vec<Arc<PageSummary>>>,
    shared: Shared,
}

/// One copy, for the whole workspace, of each name, title and organisation body
/// that pages mention: an archive names the same people and bodies on page after
/// page, so summaries point into this table instead of holding their own copies.
#[derive(Debug, Clone, Default)]
pub struct Shared {
    strings: rustc_hash::FxHashSet<Arc<str>>,
    bodies: rustc_hash::FxHashSet<Arc<OrgBody>>,
    /// Summaries replaced or removed since entries nobody holds were last dropped.
    churn: usize,
}

impl Shared {
    fn string(&mut self, s: &mut Arc<str>) {
        match self.strings.get(s) {
            Some(shared) => *s = shared.clone(),
            None => {
                self.strings.insert(s.clone());
            }
        }
    }

    /// Makes `summary` point to the shared copies (adding what is new). A page
    /// holds one copy of each of its strings and bodies already
    /// (the analysis shares them), so each distinct copy is looked up once.
    pub fn share(&mut self, summary: &mut PageSummary) {
        let mut strings: FxHashMap<*const u8, Arc<str>> = FxHashMap::default();
        let mut string = |s: &mut Arc<str>, table: &mut Self| {
            let shared = strings.entry(s.as_ptr()).or_insert_with(|| {
                let mut shared = s.clone();
                table.string(&mut shared);
                shared
            });
            if !Arc::ptr_eq(s, shared) {
                *s = shared.clone();
            }
        };
        for person in &mut summary.people {
            string(&mut person.name, self);
            for post in &mut person.posts {
                string(&mut post.title, self);
                for s in [&mut post.organization, &mut post.resolved]
                    .into_iter()
                    .flatten()
                {
                    string(s, self);
                }
            }
        }
        let mut bodies: FxHashMap<*const OrgBody, Arc<OrgBody>> = FxHashMap::default();
        for org in &mut summary.organisations {
            let shared = bodies.entry(Arc::as_ptr(&org.body)).or_insert_with(|| {
                match self.bodies.get(&org.body) {
                    Some(shared) => shared.clone(),
                    None => {
                        let mut body = (*org.body).clone();
                        self.string(&mut body.text);
                        self.string(&mut body.expanded);
                        self.string(&mut body.resolved);
                        let body = Arc::new(body);
                        self.bodies.insert(body.clone());
                        body
                    }
                }
            });
            if !Arc::ptr_eq(&org.body, shared) {
                org.body = shared.clone();
            }
        }
    }

    /// Counts a summary dropped; now and then forgets entries only this table holds.
    fn dropped(&mut self, live_pages: usize) {
        self.churn += 1;
        if self.churn > 1024.max(live_pages) {
            self.churn = 0;
            self.bodies.retain(|b| Arc::strong_count(b) > 1);
            self.strings.retain(|s| Arc::strong_count(s) > 1);
        }
    }
}

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"“”‘’\"'《》".contains(*c))
        .collect()
}

impl WorkspaceIndex {
    /// Adds or replaces the summary of a page.
    pub fn insert(&mut self, mut summary: PageSummary) {
        self.shared.share(&mut summary);
        self.insert_shared(summary);
    }

    /// [`insert`](Self::insert) for a summary that [`share`](Self::share) has
    /// already pointed to this index's shared strings (a start-up scan shares
    /// each chunk as it arrives): it is not looked up again.
    pub fn insert_shared(&mut self, summary: PageSummary) {
        let summary = Arc::new(summary);
        if let Some(old) = self.pages.insert(summary.path.clone(), summary.clone()) {
            self.unlist(&old);
            self.shared.dropped(self.pages.len());
        }
        for name in summary.names() {
            let pages = self.naming.entry(name.clone()).or_default();
            // Pages mostly arrive in path order: then this is a push.
            if pages.last().is_none_or(|last| last.path < summary.path) {
                pages.push(summary.clone());
            } else {
                let at = pages.partition_point(|p| p.path < summary.path);
                pages.insert(at, summary.clone());
            }
        }
    }

    /// Takes `page` out of the lists of pages by name.
    fn unlist(&mut self, page: &Arc<PageSummary>) {
        for name in page.names() {
            if let Some(pages) = self.naming.get_mut(&**name) {
                pages.retain(|p| !Arc::ptr_eq(p, page));
                if pages.is_empty() {
                    self.naming.remove(&**name);
                }
            }
        }
    }

    /// The pages that name the person or resolved organisation `name`, in path order.
    pub fn pages_naming(&self, name: &str) -> &[Arc<PageSummary>] {
        self.naming.get(name).map_or(&[], Vec::as_slice)
    }

    /// Points `summary` to the workspace's shared strings, as [`WorkspaceIndex::insert`]
    /// does: for summaries waiting to be inserted (a start-up scan holds thousands).
    pub fn share(&mut self, summary: &mut PageSummary) {
        self.shared.share(summary);
    }

    pub fn remove(&mut self, path: &Path) {
        if let Some(old) = self.pages.remove(path) {
            self.unlist(&old);
            self.shared.dropped(self.pages.len());
        }
    }

    pub fn get(&self, path: &Path) -> Option<&Arc<PageSummary>> {
        self.pages.get(path)
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }

    /// Every page, in path order.
    pub fn pages(&self) -> impl Iterator<Item = &Arc<PageSummary>> {
        self.pages.values()
    }

    /// Resolves `entry`, a marker on page `from`.
    pub fn resolve(&self, from: &PageSummary, entry: &MarkerEntry) -> Resolution {
        let wanted = entry.marker.page;
        let mut candidates: Vec<&Arc<PageSummary>> = self
            .pages
            .values()
            .filter(|p| p.issue == from.issue && p.path != from.path)
            .filter(|p| p.page.is_some_and(|page| wanted.designates(&page)))
            .collect();
        candidates.sort_by(|a, b| a.path.cmp(&b.path));
        let Some(target) = candidates.first() else {
            return Resolution::MissingPage(wanted);
        };
        let points_back = |m: &MarkerEntry, direction: Direction| {
            m.marker.direction == direction
                && from.page.is_none_or(|page| m.marker.page.designates(&page))
        };
        match entry.marker.direction {
            Direction::ContinuedFrom => {
                // The article with the same headline, else the place where it is cut.
                let cut = target
                    .markers
                    .iter()
                    .find(|m| points_back(m, Direction::ContinuedOn));
                if let Some(headline) = &entry.headline {
                    let wanted = normalise(&headline.text);
                    if let Some(h) = target.headings.iter().find(|h| {
                        let n = normalise(&h.text);
                        !n.is_empty()
                            && (n == wanted || wanted.contains(&n) && n.chars().count() >= 4)
                    }) {
                        return Resolution::Found(Target {
                            path: target.path.clone(),
                            range: Span {
                                start: h.span.start,
                                end: cut.map_or(h.span.end, |c| c.span.end),
                            },
                            selection: h.span,
                            headline: Some(h.text.clone()),
                            first_line: cut.map(|c| c.next_line.clone()).unwrap_or_default(),
                        });
                    }
                }
                match cut {
                    Some(c) => Resolution::Found(Target {
                        path: target.path.clone(),
                        range: c.span,
                        selection: c.span,
                        headline: None,
                        first_line: c.next_line.clone(),
                    }),
                    None => Resolution::Mismatch {
                        page: wanted,
                        path: target.path.clone(),
                    },
                }
            }
            Direction::SeeAlso => {
                // The article the teaser names, else the page itself.
                let wanted = entry.headline.as_ref().map(|h| normalise(&h.text));
                let article = wanted.as_ref().and_then(|wanted| {
                    target.articles.iter().chain(&target.headings).find(|h| {
                        let n = normalise(&h.text);
                        n.chars().count() >= 4
                            && (n == *wanted || wanted.contains(&n) || n.contains(wanted.as_str()))
                    })
                });
                let (selection, headline) = match article {
                    Some(h) => (h.span, Some(h.text.clone())),
                    None => (Span::default(), None),
                };
                Resolution::Found(Target {
                    path: target.path.clone(),
                    range: selection,
                    selection,
                    headline,
                    first_line: String::new(),
                })
            }
            Direction::ContinuedOn => {
                match target
                    .markers
                    .iter()
                    .find(|m| points_back(m, Direction::ContinuedFrom))
                {
                    Some(m) => {
                        let selection = m.headline.as_ref().map_or(m.span, |h| h.span);
                        Resolution::Found(Target {
                            path: target.path.clone(),
                            range: Span {
                                start: selection.start,
                                end: m.span.end,
                            },
                            selection,
                            headline: m.headline.as_ref().map(|h| h.text.clone()),
                            first_line: m.next_line.clone(),
                        })
                    }
                    None => Resolution::Mismatch {
                        page: wanted,
                        path: target.path.clone(),
                    },
                }
            }
        }
    }

    /// Cross-page findings of page `from` (whose text gave `markers`): markers whose
    /// target page is missing or does not continue the article.
    /// Every mention of the person named `name`, page by page.
    pub fn person_mentions<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = (&'a PageSummary, &'a PersonEntry)> + 'a {
        self.pages()
            .flat_map(|page| page.people.iter().map(move |p| (&**page, p)))
            .filter(move |(_, p)| &*p.name == name)
    }

    /// Every mention of the organisation resolved to `resolved`, page by page.
    pub fn org_mentions<'a>(
        &'a self,
        resolved: &'a str,
    ) -> impl Iterator<Item = (&'a PageSummary, &'a OrgEntry)> + 'a {
        self.pages()
            .flat_map(|page| page.organisations.iter().map(move |o| (&**page, o)))
            .filter(move |(_, o)| &*o.resolved == resolved)
    }

    pub fn cross_page_findings(&self, from: &PageSummary, markers: &[Marker]) -> Vec<Finding> {
        from.markers
            .iter()
            .zip(markers)
            .filter_map(|(entry, marker)| {
                let file = |p: &Path| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().to_string())
                        .unwrap_or_default()
                };
                let (code, severity, message) = match self.resolve(from, entry) {
                    Resolution::Found(_) => return None,
                    Resolution::MissingPage(page) => (
                        Code::UnresolvedContinuation,
                        Severity::Information,
                        Message::UnresolvedContinuation {
                            page: page.to_string(),
                            direction: entry.marker.direction,
                        },
                    ),
                    Resolution::Mismatch { page, path } => (
                        Code::MismatchedContinuation,
                        Severity::Warning,
                        Message::MismatchedContinuation {
                            page: page.to_string(),
                            file: file(&path),
                        },
                    ),
                };
                Some(Finding {
                    code,
                    severity,
                    range: marker.range.clone(),
                    message,
                    related: Vec::new(),
                    fix: None,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str) -> Option<PageRef> {
        page_of(
            Path::new(&format!("/issue/{name}")),
            "",
            &ReadOptions::default(),
        )
        .1
    }

    #[test]
    fn page_numbers_from_file_names() {
        let p = |section, number| Some(PageRef { section, number });
        assert_eq!(page("01.txt"), p(None, 1));
        assert_eq!(page("1.txt"), p(None, 1));
        assert_eq!(page("p3.txt"), p(None, 3));
        assert_eq!(page("page-03.txt"), p(None, 3));
        assert_eq!(page("A02.txt"), p(Some('A'), 2));
        assert_eq!(page("第2版.txt"), p(None, 2));
        assert_eq!(page("第二版.txt"), p(None, 2));
        assert_eq!(page("2025-03-05_02.txt"), p(None, 2));
        assert_eq!(page("000_9afd7ae0cd3d9d39.txt"), None);
        let header = page_of(
            Path::new("/x/page.txt"),
            "鄂尔多斯日报  2025年3月5日  第二版\n正文",
            &ReadOptions::default(),
        );
        assert_eq!(header.1, p(None, 2));
        let naming = ReadOptions {
            pattern: Some(Regex::new(r"^(?P<issue>\d{8})-(?P<page>\d+)\.txt$").unwrap()),
            ..ReadOptions::default()
        };
        let (issue, pg) = page_of(Path::new("/x/20250305-4.txt"), "", &naming);
        assert_eq!((issue.as_str(), pg), ("/x#20250305", p(None, 4)));
    }

    fn summary(path: &str, text: &str) -> PageSummary {
        let analysis = crate::analysis::analyze(text);
        PageSummary::new(Path::new(path), text, &analysis, &ReadOptions::default())
    }

    #[test]
    fn pages_share_one_copy_of_each_name_and_body() {
        let text = "市人大常委会主任周玉林出席会议。\n";
        let mut index = WorkspaceIndex::default();
        index.insert(summary("/x/1.txt", text));
        index.insert(summary("/x/2.txt", text));
        let (a, b) = (
            index.get(Path::new("/x/1.txt")).unwrap(),
            index.get(Path::new("/x/2.txt")).unwrap(),
        );
        assert_eq!(&*a.people[0].name, "周玉林");
        assert!(Arc::ptr_eq(&a.people[0].name, &b.people[0].name));
        assert!(Arc::ptr_eq(
            &a.organisations[0].body,
            &b.organisations[0].body
        ));
        assert!(Arc::ptr_eq(
            &a.people[0].posts[0].title,
            &b.people[0].posts[0].title
        ));
    }

    #[test]
    fn summaries_shared_before_insertion_share_as_inserted_ones() {
        // As the start-up scan: share as pages arrive, insert all at the end.
        let text = "市人大常委会主任周玉林出席会议。\n";
        let mut index = WorkspaceIndex::default();
        index.insert(summary("/x/0.txt", text));
        let mut waiting = vec![summary("/x/1.txt", text), summary("/x/2.txt", text)];
        for s in &mut waiting {
            index.share(s);
        }
        for s in waiting {
            index.insert_shared(s);
        }
        let page = |p: &str| index.get(Path::new(p)).unwrap().clone();
        let (a, b, c) = (page("/x/0.txt"), page("/x/1.txt"), page("/x/2.txt"));
        assert!(Arc::ptr_eq(&a.people[0].name, &b.people[0].name));
        assert!(Arc::ptr_eq(&b.people[0].name, &c.people[0].name));
        assert!(Arc::ptr_eq(
            &a.organisations[0].body,
            &c.organisations[0].body
        ));
        assert_eq!(index.pages_naming("周玉林").len(), 3);
    }

    #[test]
    fn names_no_page_holds_any_more_are_forgotten() {
        let mut index = WorkspaceIndex::default();
        let mut named = 0;
        for n in 0..3000u32 {
            // One page edited over and over, naming someone new each time.
            let name: String = ['周', char::from_u32(0x4E00 + n).unwrap(), '林']
                .iter()
                .collect();
            index.insert(summary(
                "/x/1.txt",
                &format!("市人大常委会主任{name}出席。\n"),
            ));
            let page = index.get(Path::new("/x/1.txt")).unwrap();
            named += page.people.iter().filter(|p| *p.name == *name).count();
        }
        assert!(named > 2000, "{named} names recognised");
        assert!(
            index.shared.strings.len() < 1100,
            "{} strings kept",
            index.shared.strings.len()
        );
    }

    #[test]
    fn pages_naming_follow_inserts_replacements_and_removals() {
        let mut index = WorkspaceIndex::default();
        let named = |index: &WorkspaceIndex, name: &str| -> Vec<String> {
            index
                .pages_naming(name)
                .iter()
                .map(|p| p.path.display().to_string())
                .collect()
        };
        index.insert(summary("/x/2.txt", "市人大常委会主任周玉林出席。\n"));
        index.insert(summary("/x/1.txt", "市人大常委会主任周玉林主持。\n"));
        index.insert(summary("/x/3.txt", "副市长赵巍峰出席。\n"));
        assert_eq!(named(&index, "周玉林"), ["/x/1.txt", "/x/2.txt"]);
        assert_eq!(named(&index, "赵巍峰"), ["/x/3.txt"]);
        let org = &index.get(Path::new("/x/1.txt")).unwrap().organisations[0];
        let resolved = org.resolved.to_string();
        assert_eq!(named(&index, &resolved), ["/x/1.txt", "/x/2.txt"]);
        // Page 2 no longer names him; page 3 is deleted.
        index.insert(summary("/x/2.txt", "副市长赵巍峰出席。\n"));
        index.remove(Path::new("/x/3.txt"));
        assert_eq!(named(&index, "周玉林"), ["/x/1.txt"]);
        assert_eq!(named(&index, "赵巍峰"), ["/x/2.txt"]);
        // Every list holds the page's current summary.
        for pages in index.naming.values() {
            for page in pages {
                assert!(Arc::ptr_eq(page, index.get(&page.path).unwrap()));
            }
        }
        index.remove(Path::new("/x/1.txt"));
        index.remove(Path::new("/x/2.txt"));
        assert!(index.naming.is_empty());
    }

    #[test]
    fn lookups_by_name_find_every_mention_in_page_order() {
        let text = include_str!("../tests/corpus/002_2b68d11822460efc.txt");
        let page = summary("/x/1.txt", text);
        assert!(page.people.len() > 5 && page.organisations.len() > 5);
        for p in &page.people {
            let expected: Vec<&PersonEntry> =
                page.people.iter().filter(|q| q.name == p.name).collect();
            let found: Vec<&PersonEntry> = page.people_named(&p.name).collect();
            assert_eq!(found, expected, "{}", p.name);
        }
        for o in &page.organisations {
            let expected: Vec<&OrgEntry> = page
                .organisations
                .iter()
                .filter(|q| q.resolved == o.resolved)
                .collect();
            let found: Vec<&OrgEntry> = page.orgs_resolved_to(&o.resolved).collect();
            assert_eq!(found, expected, "{}", o.resolved);
        }
        assert_eq!(page.people_named("无此人").count(), 0);
    }
}
