//! The outline of a page as a reader sees it: banners, articles (headline,
//! subtitle, byline), their sections and captions, even where the extraction put
//! a headline after its text.
//!
//! The page is first cut into elements (headline groups, runs of body text,
//! bylines, captions, banners, markers); headline groups are then attached to the
//! text they head: the text after them when it opens like an article, else, for
//! headlines trailing a run of untitled texts, those texts in order.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

use serde::Serialize;
use smallvec::{SmallVec, smallvec};

use super::layout::{Layout, LineKind, ListPart, PageLayout};
use super::markers;
use super::text::{Ending, SIGNATURE_SIGNS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Banner,
    Article,
    Section,
    Byline,
    Caption,
    Marker,
}

/// One node of the outline. Ranges are byte offsets into the page text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutlineItem {
    pub kind: ItemKind,
    /// Never empty: the headline, or the first words of an untitled article.
    pub name: String,
    /// Kicker and subtitle of an article.
    pub detail: Option<String>,
    /// The article's headline was lost in extraction; `name` is its first words.
    pub untitled: bool,
    pub range: Range<usize>,
    /// Inside `range`: the headline, or the first line.
    pub selection: Range<usize>,
    pub children: Vec<OutlineItem>,
    /// The page lines (0-based) of an article's running text.
    #[serde(skip)]
    pub body_lines: Vec<usize>,
}

/// The lines of a headline or section heading: one to three, kept inline.
type Group = SmallVec<[usize; 3]>;

#[derive(Debug, Clone)]
enum Element {
    /// Heading lines (one to three) and an author line under them.
    Headline {
        lines: Group,
        author: Option<usize>,
    },
    Section {
        lines: Group,
    },
    Run(Run),
    /// Banner lines set one under the other (a masthead over its dateline).
    Banner(Group),
    /// Consecutive caption lines.
    Caption(Few),
}

/// Lines of a kind that a run holds few of (bylines, captions, markers): inline,
/// as a page of short items has a run, and so these lists, every few lines.
type Few = SmallVec<[usize; 2]>;

#[derive(Debug, Clone, Default)]
struct Run {
    lines: Vec<usize>,
    sections: Vec<Group>,
    bylines: Few,
    captions: Few,
    markers: Few,
    /// Opens like an article: a dateline, a byline or a （上接） marker before it.
    opened: bool,
    /// An editor's note (编者按：…): it goes before the headline it introduces.
    preface: bool,
    /// The lead-in of a brief opened by a square or a dot ("●多伦县开展普法宣传  …"),
    /// bytes of the page: it titles the brief.
    lead_in: Option<Range<usize>>,
    headline: Option<(Group, Option<usize>)>,
}

impl Run {
    /// Has the run a title: a headline, or a brief's own lead-in?
    fn titled(&self) -> bool {
        self.headline.is_some() || self.lead_in.is_some()
    }
}

/// Does line `l` end its text with a credit in brackets ("…发生。（孙立新）"),
/// or a credit wrapped over it ("…发生。（孙立" over "新）")?
fn ends_in_credit(text: &str, page: &PageLayout, l: usize) -> bool {
    let s = line_text(text, page, l);
    s.ends_with(['）', ')'])
        && (super::layout::ends_in_credit(s)
            || l > 0 && super::layout::ends_credit_wrapped(line_text(text, page, l - 1), s))
}

/// Does the run open with a news item's dateline ("本报讯（记者 包玉兰）…"),
/// in its text or in a byline of its own ("本报讯 市融媒体中心记者杨帧 王红")?
fn opens_with_dateline(text: &str, page: &PageLayout, r: &Run) -> bool {
    let first = r.lines.first().into_iter().chain(r.bylines.first()).min();
    first.is_some_and(|&l| super::layout::opens_with_dateline(line_text(text, page, l)))
}

fn line_text<'a>(text: &'a str, page: &PageLayout, i: usize) -> &'a str {
    &text[page.lines[i].content.clone()]
}

/// Is a heading group a section heading inside an article rather than a headline?
/// "一、把牢正确方向…", "（一）…", "政策体系——".
fn is_section(text: &str, page: &PageLayout, lines: &[usize]) -> bool {
    let first = line_text(text, page, lines[0]);
    page.lines[lines[0]].opens_paragraph
        || first.ends_with("——")
        || super::text::is_square_heading(first)
        // "【案情】" over a paragraph; a column's name stands over a title.
        || is_bracketed(first)
            && page
                .next_non_blank(lines[lines.len() - 1])
                .is_some_and(|k| page.lines[k].kind == LineKind::Body)
        || (lines.len() == 1 && is_month(first))
}

/// "【案情】": a name in square brackets, alone.
fn is_bracketed(s: &str) -> bool {
    s.starts_with('【') && s.ends_with('】')
}

/// "1月", "十二月", "2025年", "2025年3月": a chronicle's heading over the
/// entries of that month or year.
fn is_month(s: &str) -> bool {
    let number = |s: &str, max: usize| {
        let n = s.chars().count();
        (1..=max).contains(&n)
            && s.chars()
                .all(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c))
    };
    let s = s.strip_suffix('份').unwrap_or(s);
    match s.split_once('年') {
        Some((year, "")) => number(year, 4),
        Some((year, month)) => {
            number(year, 4) && month.strip_suffix('月').is_some_and(|m| number(m, 3))
        }
        None => s.strip_suffix('月').is_some_and(|m| number(m, 3)),
    }
}

/// In a double-spaced page, is heading `k`, one blank line under heading `last`,
/// the next line of the same headline? Neither opens a point, and a subtitle
/// ("——在…上的发言") or an author line stands right under `k`
/// ("努力建设好有所作为的旗县" over "人大工作研究会", 002 line 3507), or `k`
/// is the short end of a report's title, its verb last ("市五届人大常委会第
/// 十九次会议" over "在临河召开", 002 line 127).
fn headline_goes_on(text: &str, page: &PageLayout, last: usize, k: usize) -> bool {
    headline_goes_on_within(text, page, last, k, 0)
}

/// Does heading `k`, one blank line under heading `last` in a double-spaced
/// page, stand in one headline with it, as the outline groups them: the rest
/// of its title, its subtitle ("加强学习交流    提高思想认识" over "积极努力
/// 探索…" over "——在…上的发言") or the title under its issuer ("…执法检查组"
/// over "关于检查…")? Not a headline over its author under a section's
/// heading, wrapped or not ("（二）…进一步搭建养" over "老服务网络平台").
pub(crate) fn in_one_headline(text: &str, page: &PageLayout, last: usize, k: usize) -> bool {
    let lines = &page.lines;
    let head = match last.checked_sub(2) {
        Some(h) if lines[h].kind == LineKind::Heading && page.continues(h, last) => h,
        _ => last,
    };
    headline_goes_on(text, page, last, k)
        && !(over_author(text, page, k) && is_section(text, page, &[head]))
}

/// [`headline_goes_on`], `depth` headings down a chain of wrapped lines.
fn headline_goes_on_within(
    text: &str,
    page: &PageLayout,
    last: usize,
    k: usize,
    depth: u8,
) -> bool {
    let lines = &page.lines;
    if page.layout != Layout::DoubleSpaced || k != last + 2 {
        return false;
    }
    let under = |m: usize| {
        lines[m].kind == LineKind::Byline
            || (lines[m].kind == LineKind::Heading && line_text(text, page, m).starts_with("——"))
    };
    let tail = line_text(text, page, k);
    let ends_title = || {
        lines[k].width <= 2 * 8
            && !tail.contains(['，', ','])
            && EVENT_VERBS.iter().any(|v| tail.ends_with(v))
            && !reports_event(line_text(text, page, last))
    };
    // `k` closes a 《 or “ that `last` left open.
    if super::text::closes_open(line_text(text, page, last), tail) {
        return true;
    }
    !lines[last].opens_paragraph
        && !lines[k].opens_paragraph
        && lines[last].ending != Ending::Terminal
        && !tail.starts_with("——")
        && (page
            .next_non_blank(k)
            .filter(|&m| m <= k + 2)
            .is_some_and(|m| {
                under(m)
                    // Or a heading stands under `k` that goes on so (an
                    // issuer over a report's title wrapped over two lines,
                    // over its author line).
                    || (depth < 2
                        && m == k + 2
                        && lines[m].kind == LineKind::Heading
                        && super::text::is_wrapped_title(tail, line_text(text, page, m))
                        && headline_goes_on_within(text, page, k, m, depth + 1))
            })
            || ends_title()
            // A notice's number under its issuer ("第  15  号").
            || super::layout::is_notice_number(tail))
}

/// Does a ● author line stand right under line `k`, no blank between? Then
/// `k` ends a headline block (002 line 1081), not a section's heading.
fn over_author(text: &str, page: &PageLayout, k: usize) -> bool {
    page.lines.get(k + 1).is_some_and(|l| {
        l.kind == LineKind::Byline && line_text(text, page, k + 1).starts_with(SIGNATURE_SIGNS)
    })
}

/// "各位领导、同志们：", "尊敬的各位代表：": a speaker addressing the audience.
fn is_salutation(s: &str) -> bool {
    const AUDIENCE: [&str; 6] = ["各位", "同志们", "同仁们", "朋友们", "代表们", "同学们"];
    s.ends_with('：')
        && s.chars().count() <= 20
        && !s.contains(['，', '。', ','])
        && AUDIENCE.iter().any(|w| s.contains(w))
}

/// Do the notes of the text above start here (注释：, 参考文献：, 注：), or a
/// notice's attachments (附件：1.…)? They are set in a column of their own and
/// belong to that text.
fn is_note(s: &str) -> bool {
    ["注释", "参考文献", "注："]
        .iter()
        .any(|w| s.starts_with(w))
        || super::layout::is_attachments(s)
}

/// Does an editor's note start here (编者按：…, 【编者按】, 编者的话)?
#[inline(never)]
fn is_preface(line: &str) -> bool {
    let line = line.trim_start_matches(['【', '[', '〔']);
    line.starts_with("编者按") || line.starts_with("编者的话")
}

/// Is the byline at `i` a credit closing an item: it, or the line after it, ends
/// in 摄, it names who supplied the item, or it signs a notice or a letter?
fn closes_item(text: &str, page: &PageLayout, i: usize) -> bool {
    let credit = |k: usize| super::layout::is_photo_credit_end(line_text(text, page, k));
    credit(i)
        || (i + 1 < page.lines.len() && page.lines[i + 1].kind == LineKind::Byline && credit(i + 1))
        // Who supplied or wrote the item: "（市气象台提供）", "（记者 巴图）",
        // and the rest of such a note wrapped ("…副教" over "授）").
        || bracketed_byline(text, page, i)
        || (i > 0
            && page.lines[i - 1].kind == LineKind::Byline
            && leaves_bracket_open(line_text(text, page, i - 1)))
        // A notice's signature or its date, set far to the right.
        || super::layout::set_right(text, &page.lines[i])
        // An issuer over a date, flush left, at the foot of a notice (set
        // apart by blank lines on some pages, and in two lines).
        || super::layout::is_date(line_text(text, page, i))
        || signs_over_date(text, page, i)
        || signs_letter(text, page, i)
}

/// "文/图 李明", "文／王丽  图／张强", "图/张强": who wrote the words or took
/// the pictures.
fn credits_text_and_pictures(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('文' | '图')) && matches!(chars.next(), Some('/' | '／'))
        || s.starts_with("文·图")
}

/// Is the byline `b` a credit that closes the item above it
/// ([`closes_with_credit`](super::layout::closes_with_credit))?
fn closing_credit(text: &str, page: &PageLayout, b: usize) -> bool {
    super::layout::closes_with_credit(line_text(text, page, b))
}

/// Has the run's last byline, under all its text, closed it ([`closing_credit`])?
fn closed_by_credit(text: &str, page: &PageLayout, r: &Run) -> bool {
    r.bylines
        .last()
        .is_some_and(|&b| r.lines.last().is_some_and(|&l| b > l) && closing_credit(text, page, b))
}

/// Does the byline `i` sign a letter (读者  王丽华) or a reply to it?
fn signs_letter(text: &str, page: &PageLayout, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|above| {
        super::layout::signs_letter(&page.lines[above], &page.lines[i], line_text(text, page, i))
    })
}

/// Is the byline `i` an issuer over its signature's date, right under it or
/// a line or two further down, each line a byline?
pub(crate) fn signs_over_date(text: &str, page: &PageLayout, i: usize) -> bool {
    let mut k = i;
    for _ in 0..2 {
        match page.next_non_blank(k) {
            Some(n) if page.lines[n].kind == LineKind::Byline && n <= k + 2 => k = n,
            _ => return false,
        }
        if super::layout::is_date(line_text(text, page, k)) {
            return true;
        }
    }
    false
}

/// Is the byline `i` a credit in brackets ("（市气象台提供）", "（记者 巴图）"),
/// which closes the item above it? The layout reads a bracketed line as a
/// byline for no other reason.
fn bracketed_byline(text: &str, page: &PageLayout, i: usize) -> bool {
    line_text(text, page, i).starts_with(['（', '('])
}

/// Does a byline open a bracket it does not close ("（作者系…副教", its
/// note going on in the next line)?
fn leaves_bracket_open(s: &str) -> bool {
    s.starts_with(['（', '(']) && !s.contains(['）', ')'])
}

/// Does line `k` open a list of people: it and the line under it are entries?
fn opens_list(page: &PageLayout, k: usize) -> bool {
    let entry = |k: usize| page.lines.get(k).is_some_and(|l| l.list == ListPart::Entry);
    entry(k) && entry(k + 1)
}

/// Is banner line `i` the first deck of a headline set in two, a blank line
/// over a second banner that heads a news item ("城川镇：冬季饲草储备足" over
/// "牧民过冬心里有底" over "本报讯…")? Both are headings then, and the first
/// is stacked over the second as headlines set block by block are. Over a
/// dashed subtitle ("秋染库布其 大漠展新颜" over "——达拉特旗全域旅游发展见闻"
/// over the byline) the first deck is the title, and may be set in two parts.
fn first_deck_over(text: &str, page: &PageLayout, i: usize) -> bool {
    let lines = &page.lines;
    lines.get(i + 1).is_some_and(|l| l.kind == LineKind::Blank)
        && lines.get(i + 2).is_some_and(|l| l.kind == LineKind::Banner)
        && page
            .next_non_blank(i + 2)
            .is_some_and(|k| opens_item(text, page, k))
        && (is_deck(line_text(text, page, i)) || subtitle_under(text, page, i))
}

/// Is banner line `i` the second of two set right one over the other, over a
/// blank line and a paragraph ("专家提醒" over "冬季谨防一氧化碳中毒" over
/// "进入冬季，…")? The two are the paragraph's kicker and title.
fn second_deck_over_text(text: &str, page: &PageLayout, i: usize) -> bool {
    let lines = &page.lines;
    i > 0
        && lines[i - 1].kind == LineKind::Banner
        && lines.get(i + 1).is_some_and(|l| l.kind == LineKind::Blank)
        && page
            .next_non_blank(i)
            .is_some_and(|k| lines[k].kind == LineKind::Body)
        && deck_right_over(line_text(text, page, i - 1))
        && deck_right_over(line_text(text, page, i))
}

/// A banner's line set right over a headline's, with no blank line between,
/// that is its kicker or first deck: of a deck's shape, however short, and
/// no newspaper's name.
fn deck_right_over(s: &str) -> bool {
    deck_shaped(s) && !super::text::is_page_head(s)
}

/// Is banner line `i + 2`, a blank line under banner `i`, its subtitle
/// ("——…")?
fn subtitle_under(text: &str, page: &PageLayout, i: usize) -> bool {
    page.lines
        .get(i + 2)
        .is_some_and(|l| l.kind == LineKind::Banner)
        && line_text(text, page, i + 2).starts_with("——")
        && !line_text(text, page, i).contains(['，', '。', '：'])
}

/// A headline's line that may stand over its title as a kicker or a first
/// deck: long enough to say something, or a name before a colon, and of a
/// deck's shape.
fn is_deck(s: &str) -> bool {
    (s.chars().count() > 8 || s.ends_with('：')) && deck_shaped(s)
}

/// No clause, spaced words or bracketed column name: a line a headline's
/// deck or kicker may be.
fn deck_shaped(s: &str) -> bool {
    !s.contains(|c: char| c.is_whitespace() || matches!(c, '，' | '、' | '。'))
        && !s.starts_with('【')
}

/// Does line `k` open a news item: a dateline (本报讯…, 康巴什讯 …) or a byline?
fn opens_item(text: &str, page: &PageLayout, k: usize) -> bool {
    let line = &page.lines[k];
    line.kind == LineKind::Byline
        || (line.opens_paragraph && line_text(text, page, k).contains('讯'))
}

/// The column width of the run being read, to tell columns apart: the width
/// two thirds up its lines' sorted widths (full lines dominate a column). Kept
/// in two heaps split at that rank, which take the lines that joined since the
/// last question: a run can hold thousands of lines, and selecting among them
/// anew for every paragraph made a long article's outline quadratic
/// (`outline/one-long-article`: 10.9 → 0.2 ms).
#[derive(Debug, Default)]
struct RunColumn {
    /// The smallest `len * 2 / 3 + 1` widths: their maximum is the column.
    low: BinaryHeap<u32>,
    /// The others.
    high: BinaryHeap<Reverse<u32>>,
    /// The first line of the run the heaps hold, and how many of its lines.
    run: Option<usize>,
    counted: usize,
}

impl RunColumn {
    /// The column width of `lines`, the lines of a run (which only grow; a new
    /// run starts below the lines of earlier ones); 0 for none.
    fn width(&mut self, page: &PageLayout, lines: &[usize]) -> u32 {
        if lines.first() != self.run.as_ref() {
            self.low.clear();
            self.high.clear();
            self.run = lines.first().copied();
            self.counted = 0;
        }
        for &i in lines.get(self.counted..).unwrap_or_default() {
            self.push(page.lines[i].width);
        }
        self.counted = lines.len();
        self.low.peek().copied().unwrap_or(0)
    }

    fn push(&mut self, width: u32) {
        match self.low.peek() {
            Some(&top) if width > top => self.high.push(Reverse(width)),
            _ => self.low.push(width),
        }
        let wanted = (self.low.len() + self.high.len()) * 2 / 3 + 1;
        while self.low.len() > wanted {
            if let Some(top) = self.low.pop() {
                self.high.push(Reverse(top));
            }
        }
        while self.low.len() < wanted {
            match self.high.pop() {
                Some(Reverse(least)) => self.low.push(least),
                None => break,
            }
        }
    }
}

fn elements(text: &str, page: &PageLayout) -> Vec<Element> {
    let lines = &page.lines;
    let mut out: Vec<Element> = Vec::new();
    let mut i = 0;
    let mut run: Option<Run> = None;
    let mut column = RunColumn::default();
    let flush = |run: &mut Option<Run>, out: &mut Vec<Element>| {
        // A run with any content, even only a byline or a marker, is kept.
        if let Some(r) = run.take().filter(|r| {
            !(r.lines.is_empty()
                && r.bylines.is_empty()
                && r.markers.is_empty()
                && r.captions.is_empty())
        }) {
            out.push(Element::Run(r));
        }
    };
    while i < lines.len() {
        let line = &lines[i];
        match line.kind {
            LineKind::Blank => {
                i += 1;
            }
            // A running head over a dateline is the news item's headline (003); so
            // is one set right on top of text below the page's head (003 line 356),
            // and a column's name after a square (■简讯), which the layout reads as
            // an author line, over its items. (Not a teaser, which ends in the
            // page it points to.)
            LineKind::Banner | LineKind::Byline
                if (line.kind == LineKind::Banner
                    && (page
                        .next_non_blank(i)
                        .is_some_and(|k| opens_item(text, page, k))
                        || (i > 2
                            && lines.get(i + 1).is_some_and(|n| n.kind == LineKind::Body))
                        || first_deck_over(text, page, i)
                        || second_deck_over_text(text, page, i))
                    && markers::teaser(line_text(text, page, i), line.content.start).is_none()
                    && !super::text::is_page_head(line_text(text, page, i)))
                    || (line.kind == LineKind::Byline
                        && super::text::is_column_head(line_text(text, page, i))
                        && page
                            .next_non_blank(i)
                            .is_some_and(|k| lines[k].kind == LineKind::Body)) =>
            {
                flush(&mut run, &mut out);
                // A column's name over briefs that title themselves ("■ 履职动态"
                // over "●旗人大常委会召开主任会议  …") heads no one of them.
                if page
                    .next_non_blank(i)
                    .is_some_and(|k| lead_in(line_text(text, page, k)).is_some())
                {
                    out.push(Element::Banner(smallvec![i]));
                    i += 1;
                    continue;
                }
                // A first deck set right over it ("旗人民医院：专家团队下基层"
                // over "义诊服务送到家门口" over "本报讯…"), read as a banner
                // of its own, is the headline's.
                let mut group: Group = smallvec![i];
                if line.kind == LineKind::Banner
                    && let Some(Element::Banner(above)) = out.last()
                    && above[..] == [i - 1]
                    && deck_right_over(line_text(text, page, i - 1))
                {
                    out.pop();
                    group.insert(0, i - 1);
                }
                // A subtitle a blank line under it is the headline's.
                if line.kind == LineKind::Banner
                    && first_deck_over(text, page, i)
                    && subtitle_under(text, page, i)
                {
                    i += 2;
                    group.push(i);
                }
                out.push(Element::Headline {
                    lines: group,
                    author: None,
                });
                // Text set right under it is its article (a column's items, even
                // a blank line below).
                if lines.get(i + 1).is_some_and(|n| n.kind == LineKind::Body)
                    || line.kind == LineKind::Byline
                {
                    run = Some(Run {
                        opened: true,
                        ..Run::default()
                    });
                }
                i += 1;
            }
            // The names a label lists ("先进单位：" over "杭锦后旗人大工作研究会"
            // over "磴口县人大工作研究会"): the text's, however short. (Not a
            // point's heading under "建议：".)
            LineKind::Heading
                if !line.opens_paragraph
                    && line.width <= 2 * 16
                    && run.as_ref().is_some_and(|r| {
                        // The label a line of its own, after a finished
                        // sentence or another label ("名单如下："), over the
                        // names it lists so far.
                        let n = r.lines.len();
                        let names = r
                            .lines
                            .iter()
                            .rev()
                            .take_while(|&&k| lines[k].kind == LineKind::Heading)
                            .count();
                        names < 8 && n >= names + 2 && r.lines[n - 1] + 2 >= i && {
                            let (before, p) = (r.lines[n - names - 2], r.lines[n - names - 1]);
                            lines[p].width <= 2 * 10
                                && matches!(lines[before].ending, Ending::Terminal | Ending::Clause)
                                && line_text(text, page, p).ends_with(['：', ':'])
                        }
                    }) =>
            {
                if let Some(r) = run.as_mut() {
                    r.lines.push(i);
                }
                i += 1;
            }
            LineKind::Heading => {
                let mut group: Group = smallvec![i];
                let mut j = i + 1;
                loop {
                    while j < lines.len() && lines[j].kind == LineKind::Heading && group.len() < 3 {
                        group.push(j);
                        j += 1;
                    }
                    // A heading wrapped in a double-spaced page ("（一）缺少农业
                    // 高新技术产业示范区发展" over a blank line and "整体规划"), or
                    // a headline's lines set apart there, over its subtitle or author.
                    match page.next_non_blank(j - 1).filter(|&k| {
                        group.len() < 3
                            && lines[k].kind == LineKind::Heading
                            && !is_month(line_text(text, page, k))
                            && (page.continues(j - 1, k) || headline_goes_on(text, page, j - 1, k))
                            && !(over_author(text, page, k) && is_section(text, page, &group))
                    }) {
                        Some(k) => {
                            group.push(k);
                            j = k + 1;
                        }
                        None => break,
                    }
                }
                // "——记…": a subtitle one blank line below (pages that set blank
                // lines between paragraphs set them between headline parts too).
                if let Some(k) = page.next_non_blank(j - 1).filter(|&k| {
                    k == j + 1
                        && group.len() < 3
                        && lines[k].kind == LineKind::Heading
                        && line_text(text, page, k).starts_with("——")
                        && !is_section(text, page, &group)
                }) {
                    group.push(k);
                    j = k + 1;
                }
                let next = page.next_non_blank(j - 1);
                let plain_text_follows = plain_text_at(text, page, next);
                // Or a heading set in the text's type, wrapped at its column
                // with a word or two left over ("结合实际办实事好事，改善居民
                // 生产生活" over "环境", 002 line 6177): a headline's type
                // is larger, and its lines are parted by phrase.
                let wrapped_in_column = || {
                    let (first, last) = (&lines[group[0]], &lines[group[group.len() - 1]]);
                    group.len() == 2
                        && first.width + 8 >= first.column
                        && last.width <= super::layout::HEADING_TAIL
                };
                let short_single = group.len() == 1 && line.width <= 2 * 12 || wrapped_in_column();
                // Asked last: the run's column costs the lines that joined since.
                let mut same_column = || {
                    run.as_ref()
                        .is_some_and(|r| in_run_column(page, r, &mut column, next))
                };
                let closed = run.as_ref().is_some_and(|r| is_closed(text, page, r));
                let section = is_section(text, page, &group);
                let lead_follows = || lead_at(text, page, next);
                // A table's title ("团体总分前六名" over "东胜区  856分") in an
                // article under its headline: the table is that article's.
                let table_follows = || {
                    // (Not a magazine's contents, which list each column's
                    // titles under its name.)
                    next.is_some_and(|k| {
                        lines[k].list == super::layout::ListPart::Table
                            && !super::layout::is_contents_entry(line_text(text, page, k))
                    }) && matches!(out.last(), Some(Element::Headline { .. }))
                        && run.as_ref().is_some_and(|r| !r.lines.is_empty())
                };
                let after_brief = || {
                    page.layout == Layout::BlankLineParagraphs
                        && under_brief_title(&out, run.as_ref())
                };
                let inside_article = section
                    || short_single && !closed && table_follows()
                    || short_single
                        && plain_text_follows
                        && !closed
                        && !super::text::ends_in_notice_word(line_text(text, page, i))
                        && !lead_follows()
                        && !after_brief()
                        // Where each paragraph is a line, widths tell no
                        // column: a feature's text goes on under its headings.
                        && (page.layout == Layout::ParagraphPerLine && is_feature(&out, run.as_ref())
                            || same_column());
                if let Some(r) = run.as_mut().filter(|_| inside_article) {
                    r.sections.push(group);
                    i = j;
                    continue;
                }
                // A section right under a headline ("■从外出打工到回乡创业"
                // under a profile's headline and author, "1月" under a
                // chronicle's, "1．什么是人大代表联络站？" under "政策问答",
                // "一、基本情况" under a report's title) opens its text. (Not
                // another numbered one in a double-spaced page: there those
                // are dropped among other texts.)
                if run.is_none()
                    && group.len() == 1
                    && matches!(out.last(), Some(Element::Headline { .. }))
                    && (super::text::is_square_heading(line_text(text, page, i))
                        || section && is_bracketed(line_text(text, page, i))
                        || is_month(line_text(text, page, i))
                        || page.lines[i].opens_paragraph
                            && (line_text(text, page, i).ends_with(['？', '?'])
                                || page.layout != Layout::DoubleSpaced))
                {
                    run = Some(Run {
                        sections: vec![group],
                        ..Run::default()
                    });
                    i = j;
                    continue;
                }
                // "（上接第一版）" over the continued article's repeated
                // headline: the marker is the article's, as it is under it.
                // (Moved only then: a run is large, and headings are many.)
                let continued = if run.as_ref().is_some_and(|r| {
                    !section
                        && r.opened
                        && !r.markers.is_empty()
                        && r.lines.is_empty()
                        && r.bylines.is_empty()
                        && r.captions.is_empty()
                }) {
                    run.take()
                } else {
                    None
                };
                // "本报评论员" set over the headline: its author, as under it.
                let over = match run.as_ref() {
                    Some(r)
                        if !section
                            && r.lines.is_empty()
                            && r.markers.is_empty()
                            && r.captions.is_empty()
                            && r.bylines.len() == 1
                            && page.next_non_blank(r.bylines[0]) == Some(i)
                            && super::layout::is_commentator_credit(line_text(
                                text,
                                page,
                                r.bylines[0],
                            )) =>
                    {
                        run.take().map(|r| r.bylines[0])
                    }
                    _ => None,
                };
                flush(&mut run, &mut out);
                if continued.is_some() {
                    run = continued;
                }
                // An author line right under the headline (blank lines between allowed).
                let under = next.filter(|&k| {
                    lines[k].kind == LineKind::Byline
                        && !line_text(text, page, k).starts_with("本报讯")
                });
                let author = under.or(over);
                if section {
                    out.push(Element::Section { lines: group });
                } else {
                    out.push(Element::Headline {
                        lines: group,
                        author,
                    });
                }
                i = under.map_or(j, |a| a + 1);
                // More signatures right under the author line (a document's
                // issuers, its date) sign the text under them.
                if under.is_some() {
                    while lines.get(i).is_some_and(|l| l.kind == LineKind::Byline) {
                        run.get_or_insert_with(Run::default).bylines.push(i);
                        i += 1;
                    }
                }
            }
            LineKind::Banner
                if banner_is_section(text, page, i, &out, run.as_ref(), &mut column) =>
            {
                if let Some(r) = run.as_mut() {
                    r.sections.push(smallvec![i]);
                }
                i += 1;
            }
            LineKind::Banner => {
                flush(&mut run, &mut out);
                match out.last_mut() {
                    Some(Element::Banner(group))
                        if group.last() == Some(&(i - 1)) || teaser_below(text, page, group, i) =>
                    {
                        group.push(i)
                    }
                    _ => out.push(Element::Banner(smallvec![i])),
                }
                i += 1;
            }
            LineKind::Caption => {
                // A caption under an item its credit closed is the next item's.
                if run
                    .as_ref()
                    .is_some_and(|r| closed_by_credit(text, page, r))
                {
                    flush(&mut run, &mut out);
                }
                match run.as_mut() {
                    Some(r) => r.captions.push(i),
                    // A photo's caption right under a headline ("金秋时节收获忙"
                    // over "①…②…" and "本报记者 王磊 摄"): the photo item's,
                    // whose text may follow. (Not "▲…", which points up to a
                    // photo above: the headline may trail the text there.)
                    None if matches!(out.last(), Some(Element::Headline { .. }))
                        && !line_text(text, page, i).starts_with(['▲', '△', '↑']) =>
                    {
                        run = Some(Run {
                            captions: smallvec![i],
                            ..Run::default()
                        });
                    }
                    None => match out.last_mut() {
                        Some(Element::Caption(c))
                            if c.last().is_some_and(|&l| one_caption(text, page, l, i)) =>
                        {
                            c.push(i)
                        }
                        _ => out.push(Element::Caption(SmallVec::from_slice(&[i]))),
                    },
                }
                i += 1;
            }
            // A byline under a （上接…） marker is the continued article's, before
            // its text, as is one right under another byline; a photo credit
            // ("…记者 / 柳东 陈国丽 摄") closes the item above it, as does a
            // credit of its words and pictures under its text, over the next
            // headline, a banner or nothing ("文/图 李明").
            LineKind::Byline
                if run.as_ref().is_some_and(|r| {
                    (r.opened
                        && r.lines.is_empty()
                        && (!r.markers.is_empty() || r.bylines.last() == Some(&(i - 1))))
                        || closes_item(text, page, i)
                        || (!r.lines.is_empty()
                            && page.next_non_blank(i).is_none_or(|k| {
                                matches!(lines[k].kind, LineKind::Heading | LineKind::Banner)
                            })
                            && credits_text_and_pictures(line_text(text, page, i)))
                }) =>
            {
                if let Some(r) = run.as_mut() {
                    r.bylines.push(i);
                }
                i += 1;
            }
            LineKind::Byline => {
                // A byline opens the text after it.
                flush(&mut run, &mut out);
                let mut r = Run {
                    opened: true,
                    ..Run::default()
                };
                r.bylines.push(i);
                run = Some(r);
                i += 1;
            }
            LineKind::Marker => {
                if super::layout::continues_from(line_text(text, page, i)) {
                    // （上接…）: a continued article starts here, under its repeated headline.
                    flush(&mut run, &mut out);
                    run = Some(Run {
                        opened: true,
                        markers: smallvec![i],
                        ..Run::default()
                    });
                } else if let Some(r) = run.as_mut() {
                    r.markers.push(i);
                } else {
                    // （转A3版） right under a headline: the article goes on
                    // elsewhere at once (a teaser on the front page).
                    run = Some(Run {
                        markers: smallvec![i],
                        ..Run::default()
                    });
                }
                i += 1;
            }
            LineKind::Body => {
                let starts_item = line.opens_paragraph
                    && !matches!(
                        lines.get(i.wrapping_sub(1)).map(|l| l.kind),
                        Some(LineKind::Body)
                    );
                let dateline = starts_item && line_text(text, page, i).contains('讯');
                // "●多伦县开展普法宣传  县司法局…": a brief of its own, after any
                // column's name over it.
                // Briefs without a lead-in ("●3月9日，旗人民法院…") under a
                // column's name are its items: they go on in the run of the
                // first one, untitled each.
                // (Where each paragraph is a line, one under a heading may:
                // under a paragraph, "●加强…" is a point of its article.)
                let opens_a_brief = (line.after_blank
                    || i == 0
                    || page.layout == Layout::ParagraphPerLine
                        && lines[i - 1].kind != LineKind::Body)
                    && opens_brief(line_text(text, page, i));
                let column_item = opens_a_brief
                    && run.as_ref().is_some_and(|r| {
                        r.lead_in.is_none()
                            && r.lines
                                .first()
                                .is_some_and(|&f| opens_brief(line_text(text, page, f)))
                            && lead_in(line_text(text, page, i)).is_none()
                    });
                let brief = opens_a_brief && !column_item;
                // "（上接第1版）村里还…": a continued article, whatever came before.
                let continued =
                    (line.after_blank || i == 0) && opens_continued(line_text(text, page, i));
                // A new column width after a paragraph break: another article.
                let new_column = !column_item
                    && run.as_ref().is_some_and(|r| {
                        let previous = r.lines.last().copied();
                        previous.is_some_and(|p| {
                            lines[p].ending == Ending::Terminal
                                && i > p + 1
                                && page.layout == Layout::BlankLineParagraphs
                                && r.lines.len() >= 3
                                && r.sections.last().is_none_or(|s| s[s.len() - 1] <= p)
                                && line.list != ListPart::Table
                                && !is_note(line_text(text, page, i))
                                && {
                                    let width = column.width(page, &r.lines);
                                    // A paragraph of one line narrower than the
                                    // run's column ("公示时间：…。") shows no
                                    // column of its own.
                                    let one_line =
                                        lines.get(i + 1).is_none_or(|n| n.kind == LineKind::Blank);
                                    width.abs_diff(line.column) >= 6
                                        && !(one_line && line.width <= width)
                                        // Nor does a block of lines that each
                                        // end a sentence (an interview's
                                        // questions and answers): none wraps.
                                        && wraps_a_line(page, i)
                                }
                        })
                    });
                // A credit in brackets closing a news item: "…。（苏波）". The
                // next item of a column of briefs goes on in its run all the same.
                let closed = !column_item
                    && run.as_ref().is_some_and(|r| {
                        r.lines.last().is_some_and(|&p| {
                            let s = line_text(text, page, p);
                            s.ends_with('）') && s.contains("。（") && i > p + 1
                        })
                    });
                // A photographer's credit or the reporters in brackets on a
                // line of their own under an item's text ("（记者 王丽 摄）",
                // "本报记者 乌日娜 摄") close it: the next text is another item.
                let credited = !column_item
                    && run
                        .as_ref()
                        .is_some_and(|r| closed_by_credit(text, page, r));
                // An editor's note opens the article it introduces (编者按：…).
                // (After a paragraph's end: the text of every line is far from
                // the cache, the line above is not.)
                let preface = run.as_ref().is_some_and(|r| {
                    r.lines.last().is_some_and(|&p| {
                        line.opens_paragraph
                            || lines[p].ending == Ending::Terminal
                            || lines[p].list == ListPart::Table
                    })
                }) && is_preface(line_text(text, page, i));
                // "尊敬的各位领导、同仁们：" after a finished text: a speech
                // begins (its headline may stand below, out of order).
                let address = line.ending == Ending::Clause
                    && run.as_ref().is_some_and(|r| {
                        r.lines.len() >= 3
                            && r.lines
                                .last()
                                .is_some_and(|&p| lines[p].ending == Ending::Terminal)
                    })
                    && is_salutation(line_text(text, page, i));
                // In a double-spaced page, a frame opened by a space right
                // under a finished text, no blank between (002 line 955
                // " 随着我国人口老龄化…" under "…现代化道路。"): another article,
                // unless it opens a point of the same (" 三、…", " 二是…").
                let new_frame = page.layout == Layout::DoubleSpaced
                    && line.leading_space
                    && !line.after_blank
                    && !line.opens_paragraph
                    && i > 0
                    && run.as_ref().is_some_and(|r| {
                        r.lines.len() >= 3
                            && r.lines.last() == Some(&(i - 1))
                            && lines[i - 1].ending == Ending::Terminal
                    })
                    && !opens_point(line_text(text, page, i));
                if dateline
                    || continued
                    || new_frame
                    || new_column
                    || closed
                    || credited
                    || preface
                    || brief
                    || address
                    || run.is_none()
                {
                    // A byline or a （上接） marker opens the text under it; a
                    // （转） marker under a headline closes its article.
                    let keep_opened =
                        !brief && run.as_ref().is_some_and(|r| r.lines.is_empty() && r.opened);
                    if !keep_opened {
                        // A section heading with nothing under it yet heads
                        // the briefs that open below it ("【热线回音】" over
                        // "●康巴什区市民刘女士反映：…"), not the text above.
                        let heading = run
                            .as_mut()
                            .filter(|r| {
                                brief
                                    && r.sections
                                        .last()
                                        .is_some_and(|s| r.lines.last().is_none_or(|&p| p < s[0]))
                            })
                            .and_then(|r| r.sections.pop());
                        flush(&mut run, &mut out);
                        if let Some(lines) = heading {
                            out.push(Element::Headline {
                                lines,
                                author: None,
                            });
                        }
                        // A list of people (组  长：王建军  …, two entries at
                        // least) opens under its heading, as a news item does.
                        run = Some(Run {
                            opened: dateline || continued || brief || opens_list(page, i),
                            lead_in: brief
                                .then(|| lead_in(line_text(text, page, i)))
                                .flatten()
                                .map(|r| line.content.start + r.start..line.content.start + r.end),
                            ..Run::default()
                        });
                    }
                }
                if let Some(r) = run.as_mut() {
                    if r.lines.is_empty() && r.bylines.is_empty() {
                        r.preface = is_preface(line_text(text, page, i));
                    }
                    r.lines.push(i);
                }
                i += 1;
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Is the run under a feature's headline: one with a subtitle or an author?
/// Its short headings are its sections; under a brief's bare title they
/// title the next brief.
fn is_feature(out: &[Element], run: Option<&Run>) -> bool {
    matches!(out.last(), Some(Element::Headline { lines, author })
        if lines.len() > 1 || author.is_some() || run.is_some_and(|r| !r.bylines.is_empty()))
}

/// Is the run the text of a brief under its bare title (a headline that is
/// no feature's, and no section yet)? A short heading after it titles the
/// next brief ("秋冬季节谨防流感" after "秋季进补要适度" and its paragraph).
fn under_brief_title(out: &[Element], run: Option<&Run>) -> bool {
    run.is_some_and(|r| r.sections.is_empty())
        && matches!(out.last(), Some(Element::Headline { .. }))
        && !is_feature(out, run)
}

/// Is the banner `i` ("名校带弱校", set apart by a space before it, as the
/// page sets its banners) a section of the feature whose text `run` holds:
/// short, plain, over more of that text in its column, no credit closing it?
fn banner_is_section(
    text: &str,
    page: &PageLayout,
    i: usize,
    out: &[Element],
    run: Option<&Run>,
    column: &mut RunColumn,
) -> bool {
    let s = line_text(text, page, i);
    if page.lines[i].width > 2 * 12
        || page.layout == Layout::DoubleSpaced
        || !is_plain_title(s)
        || super::text::ends_in_notice_word(s)
        || !is_feature(out, run)
    {
        return false;
    }
    let next = page.next_non_blank(i);
    run.is_some_and(|r| {
        !r.lines.is_empty()
            && !is_closed(text, page, r)
            && plain_text_at(text, page, next)
            && !lead_at(text, page, next)
            && in_run_column(page, r, column, next)
    })
}

/// "名校带弱校": words alone, no folio ("64/ 赤峰人大"), gap or running head.
fn is_plain_title(s: &str) -> bool {
    s.starts_with(super::text::is_han)
        && !s.contains(super::text::is_space)
        && !super::text::is_page_head(s)
}

/// Is line `next` plain text going on with what is above: a body line that
/// opens no item, paragraph or list?
fn plain_text_at(text: &str, page: &PageLayout, next: Option<usize>) -> bool {
    next.is_some_and(|k| {
        page.lines[k].kind == LineKind::Body
            && !opens_item(text, page, k)
            && !page.lines[k].opens_paragraph
            && !opens_list(page, k)
    })
}

/// Is line `next` set in the column of the run's text (a run of three lines
/// or more)?
fn in_run_column(page: &PageLayout, r: &Run, column: &mut RunColumn, next: Option<usize>) -> bool {
    r.lines.len() >= 3
        && next.is_some_and(|k| column.width(page, &r.lines).abs_diff(page.lines[k].column) < 6)
}

/// An item its reporters closed (（记者 萨仁高娃） under its text), or a letter
/// its writer signed, has no more sections: a short heading after it opens the next.
fn is_closed(text: &str, page: &PageLayout, r: &Run) -> bool {
    r.bylines.last().is_some_and(|&b| {
        r.lines.last().is_none_or(|&l| b > l)
            && (closing_credit(text, page, b) || signs_letter(text, page, b))
    }) || r
        .lines
        .last()
        .is_some_and(|&l| ends_in_credit(text, page, l))
}

/// A news item's lead at line `next` ("12月1日，…", "近日，…") opens another
/// item: a section goes on with its article's matter.
fn lead_at(text: &str, page: &PageLayout, next: Option<usize>) -> bool {
    next.is_some_and(|k| opens_news_lead(line_text(text, page, k)))
}

/// Does a news item's lead open `s`: its date ("12月1日，", "11月28日上午，")
/// or 近日， / 日前，?
fn opens_news_lead(s: &str) -> bool {
    if s.starts_with("近日，") || s.starts_with("日前，") {
        return true;
    }
    let Some(after) = super::text::after_month_day(s) else {
        return false;
    };
    let after = ["上午", "下午", "晚上", "晚"]
        .iter()
        .find_map(|t| after.strip_prefix(t))
        .unwrap_or(after);
    after.starts_with('，')
}

/// Does a point of an enumeration run in here ("二是完成了…", "3.继续…")?
fn opens_point(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(n), Some('是')) => "一二三四五六七八九十".contains(n),
        (Some(n), Some('.' | '．' | '、')) => n.is_ascii_digit(),
        _ => false,
    }
}

/// Does a heading number a text's first point ("一、基本情况")? ("（一）" may
/// open the points of a later one: "二、主要成效" over "（一）…".)
fn opens_first_point(s: &str) -> bool {
    s.strip_prefix("一、").is_some_and(|rest| !rest.is_empty())
}

/// Does a paragraph open with a square or a dot, as a brief does ("●多伦县…")?
fn opens_brief(s: &str) -> bool {
    s.starts_with(super::text::BRIEF_SIGNS)
}

/// A brief's lead-in, the bytes of `s` between its square or dot and the white
/// space that sets it apart from the text ("●多伦县开展普法宣传  县司法局…"
/// gives 多伦县开展普法宣传): two to thirty characters, no sentence.
fn lead_in(s: &str) -> Option<Range<usize>> {
    let bullet = s.chars().next().filter(|_| opens_brief(s))?;
    let rest = &s[bullet.len_utf8()..];
    let start = s.len() - rest.trim_start_matches(super::text::is_space).len();
    let gap = s[start..].find(['\u{3000}', ' '])? + start;
    let lead = &s[start..gap];
    // One ASCII space inside a name ("杨 菁") is no gap: two are, or U+3000.
    let apart = s[gap..].starts_with("  ") || s[gap..].starts_with('\u{3000}');
    (apart && (2..=30).contains(&lead.chars().count()) && !lead.contains(['，', '。']))
        .then_some(start..gap)
}

/// Does a paragraph open with a marker of where it comes from ("（上接第1版）…",
/// "【接第二版】…")? The markers module decides, as it does for go-to-definition;
/// the first character and a 版 or 页 in the head only spare it the lines that
/// cannot start with one.
fn opens_continued(s: &str) -> bool {
    // A line's text starts at its first character that is not white space.
    if !matches!(
        s.chars().next(),
        Some('（' | '(' | '【' | '[' | '上' | '接' | '续' | '紧')
    ) {
        return false;
    }
    // A marker at the start is short: the markers module reads only the head.
    let mut head = s.len().min(48);
    while !s.is_char_boundary(head) {
        head -= 1;
    }
    let head = &s[..head];
    head.contains(['版', '页'])
        && markers::find_markers(head)
            .first()
            .is_some_and(|m| m.range.start == 0 && m.direction == markers::Direction::ContinuedFrom)
}

/// Builds the outline of a page. Never fails; an empty page has an empty outline.
pub fn outline(text: &str, page: &PageLayout) -> Vec<OutlineItem> {
    outline_with_markers(text, page, &markers::find_markers(text))
}

/// [`outline`], given the page's continuation markers ([`markers::find_markers`]),
/// for a caller that has found them already.
pub fn outline_with_markers(
    text: &str,
    page: &PageLayout,
    markers: &[markers::Marker],
) -> Vec<OutlineItem> {
    let mut elements = elements(text, page);
    attach_headlines(text, page, &mut elements);
    rejoin_cut_texts(&mut elements, page);
    let mut items = Vec::with_capacity(elements.len());
    for element in elements {
        match element {
            Element::Run(run) => items.push(article(text, page, run)),
            Element::Banner(lines) => items.push(banner(text, page, &lines)),
            Element::Caption(c) => push_captions(text, page, &c, &mut items),
            Element::Headline { lines, author } => {
                if author.is_some() {
                    // A signed headline whose text was not found: an article of its own.
                    let run = Run {
                        headline: Some((lines, author)),
                        ..Run::default()
                    };
                    items.push(article(text, page, run));
                } else {
                    // A heading that heads no text: a running head or column slogan
                    // ("全国一流营商环境创建进行时").
                    items.push(banner(text, page, &lines));
                }
            }
            Element::Section { lines } => {
                items.push(section(text, page, &lines, lines[lines.len() - 1]))
            }
        }
    }
    attach_inline_markers(text, page, markers, &mut items);
    items
}

/// Is banner line `i`, blank lines under `group`, a teaser of the 导读 that
/// heads the group?
fn teaser_below(text: &str, page: &PageLayout, group: &[usize], i: usize) -> bool {
    let last = group[group.len() - 1];
    markers::is_teaser_head(line_text(text, page, group[0]))
        && (last + 1..i).all(|k| page.lines[k].kind == LineKind::Blank)
        && markers::teaser(line_text(text, page, i), page.lines[i].content.start).is_some()
}

/// A banner of one line or more, named by their text joined by a space. A
/// 导读 is named by its head, each teaser under it a marker.
fn banner(text: &str, page: &PageLayout, lines: &[usize]) -> OutlineItem {
    let mut banner = leaf(text, page, ItemKind::Banner, lines[0]);
    if lines.len() > 1 && markers::is_teaser_head(&banner.name) {
        banner.range = span(page, lines.iter().copied()).unwrap_or(banner.range);
        for &i in &lines[1..] {
            let Some(t) = markers::teaser(line_text(text, page, i), page.lines[i].content.start)
            else {
                continue;
            };
            let name = format!("{} {}", &text[t.title], &text[t.reference.clone()]);
            banner
                .children
                .push(item(ItemKind::Marker, name, t.line, t.reference));
        }
    } else if lines.len() > 1 {
        banner.name = joined(text, page, lines, " ");
        banner.range = span(page, lines.iter().copied()).unwrap_or(banner.range);
    }
    banner
}

/// Markers written inside the running text ("…全力冲刺四季度。（下转A3版）"):
/// each becomes a child of the article that holds it, as a marker line is.
fn attach_inline_markers(
    text: &str,
    page: &PageLayout,
    markers: &[markers::Marker],
    items: &mut [OutlineItem],
) {
    // Items are in page order but for a headline printed out of reading order:
    // then each marker looks through them all.
    let sorted = items.is_sorted_by_key(|item| item.range.start);
    for marker in markers {
        let at = marker.range.start;
        // The line holding the marker: a marker line is listed already.
        let line = page.lines.partition_point(|l| l.span.start <= at) - 1;
        if page.lines[line].kind == LineKind::Marker {
            continue;
        }
        let holds = |item: &OutlineItem| {
            item.kind == ItemKind::Article
                && item.range.start <= at
                && item.range.end >= marker.range.end
        };
        let found = if sorted {
            let k = items.partition_point(|item| item.range.start <= at);
            k.checked_sub(1).filter(|&k| holds(&items[k]))
        } else {
            items.iter().position(holds)
        };
        let Some(article) = found.map(|k| &mut items[k]) else {
            continue;
        };
        let child = item(
            ItemKind::Marker,
            text[marker.range.clone()].to_string(),
            marker.range.clone(),
            marker.range.clone(),
        );
        let c = article
            .children
            .partition_point(|c| c.range.start <= child.range.start);
        article.children.insert(c, child);
    }
}

/// An item without children, detail or text lines: named `name`, over
/// `range`, its name or reference at `selection`.
fn item(kind: ItemKind, name: String, range: Range<usize>, selection: Range<usize>) -> OutlineItem {
    OutlineItem {
        kind,
        name,
        detail: None,
        untitled: false,
        range,
        selection,
        children: Vec::new(),
        body_lines: Vec::new(),
    }
}

/// The text of `lines` joined by `separator`, in one allocation.
fn joined(text: &str, page: &PageLayout, lines: &[usize], separator: &str) -> String {
    let len: usize = lines
        .iter()
        .map(|&i| page.lines[i].content.len() + separator.len())
        .sum();
    let mut out = String::with_capacity(len);
    for (k, &i) in lines.iter().enumerate() {
        if k > 0 {
            out.push_str(separator);
        }
        out.push_str(line_text(text, page, i));
    }
    out
}

/// Gives each headline group the text it heads.
fn attach_headlines(text: &str, page: &PageLayout, elements: &mut Vec<Element>) {
    let layout = page.layout;
    // Where every paragraph is one line, headlines always come first (004).
    let leading_only = layout == Layout::ParagraphPerLine;
    // A double-spaced page has author lines dropped into other articles' text
    // (002): a text that opens with one is not signed by it.
    let signed_runs = layout != Layout::DoubleSpaced;
    let mut pending: Vec<(Group, Option<usize>)> = Vec::new();
    let mut result: Vec<Element> = Vec::with_capacity(elements.len());
    let drained: Vec<Element> = std::mem::take(elements);
    let mut iter = drained.into_iter().peekable();
    while let Some(element) = iter.next() {
        match element {
            Element::Headline { lines, author } => {
                // A signed essay's headline (with its author line) does not head a
                // news item that opens with its own dateline.
                let next_opened = matches!(iter.peek(), Some(Element::Run(r))
                    if r.opened && !r.titled() && (author.is_none() || !r.markers.is_empty()));
                let next_plain =
                    matches!(iter.peek(), Some(Element::Run(r)) if !r.opened && !r.titled());
                // An editor's note before the headline is the article's own.
                let preface = matches!(result.last(), Some(Element::Run(r)) if r.preface && r.headline.is_none());
                let previous = result.len().checked_sub(1 + usize::from(preface));
                // A signed headline does not trail a text that opened with a
                // signature of its own (a poem's "□ 乌兰图雅" over its lines).
                let signed = |r: &Run| signed_runs && author.is_some() && opened_by_byline(r);
                let previous_is_titled = !matches!(previous.and_then(|k| result.get(k)),
                    Some(Element::Run(r)) if !(r.titled() || signed(r)));
                // A news item right above that opened with its own dateline and
                // no headline over it: this page sets headlines under their
                // items (000, 001), and this one is its.
                let trails_item = pending.is_empty()
                    && matches!(previous.and_then(|k| result.get(k)),
                        Some(Element::Run(r)) if !r.titled() && opens_with_dateline(text, page, r));
                // (A continued article's headline over its （上接…） marker leads.)
                let next_opened = next_opened
                    && !(trails_item
                        && matches!(iter.peek(), Some(Element::Run(r)) if r.markers.is_empty()));
                let next_is_headline = matches!(iter.peek(), Some(Element::Headline { .. }));
                // Where headlines always lead, a kicker over a headline merges with it.
                if leading_only
                    && let Some(Element::Headline {
                        lines: next_lines, ..
                    }) = iter.peek_mut()
                    && lines.len() + next_lines.len() <= 3
                {
                    let mut merged = lines.clone();
                    merged.append(next_lines);
                    *next_lines = merged;
                    continue;
                }
                // Texts without a headline just before: if more of them wait than
                // headlines, this headline too belongs to one of them (000 303-306).
                let untitled_before = result
                    .iter()
                    .rev()
                    .take_while(|e| !matches!(e, Element::Run(r) if ends_trailing_search(r)))
                    .filter(|e| matches!(e, Element::Run(r) if !r.preface))
                    .count();
                let trailing_series =
                    !leading_only && !pending.is_empty() && untitled_before > pending.len();
                // Headlines waiting where no untitled text is left above them
                // (the head of the page, or under a titled article) trail
                // nothing: a kicker or a column's name over this headline
                // ("聚焦高质量发展" over "南疆四地州…", "散文" over "父亲的马"),
                // which may lead.
                let nothing_to_trail = pending.is_empty() || untitled_before == 0;
                // The first line of an untitled text right after this headline.
                let next_text = match iter.peek() {
                    Some(Element::Run(r)) if !r.titled() => r.lines.first().copied(),
                    _ => None,
                };
                // A table's title right over its first row ("各旗区天气" over
                // "东胜区      晴      -14℃～-2℃") heads the table.
                let over_table = next_text.is_some_and(|first| {
                    lines.last().map(|&l| l + 1) == Some(first)
                        && page.lines[first].list == ListPart::Table
                });
                // A text that opens with its first point ("一、基本情况" under
                // a report's title and author) starts there: it ends no
                // article above, as text after a headline may.
                let next_first_point = matches!(iter.peek(), Some(Element::Run(r))
                if !r.titled() && r.sections.first().is_some_and(|s| {
                    r.lines.first().is_none_or(|&l| s[0] < l)
                        && opens_first_point(line_text(text, page, s[0]))
                }));
                // A poem's title over its stanzas ("草原的风" over "□王云飞" over
                // "风从北边来"): prose trails its headline, verse does not.
                let over_verse =
                    next_text.is_some_and(|first| page.lines[first].list == ListPart::Verse);
                let leading = !trailing_series
                    && (next_opened
                        || over_table
                        || over_verse
                        || next_first_point
                        || next_plain && (leading_only || previous_is_titled && nothing_to_trail));
                if leading {
                    // With no untitled text above to trail, headlines set one
                    // blank line apart right over this one are its kicker and
                    // title ("学习贯彻全国两会精神" over "旗委常委会召开扩大会议"
                    // over "传达学习全国两会精神", each a block of its own).
                    let mut lines = lines;
                    let stacked = if untitled_before == 0 {
                        stacked_over(text, page, &pending, &lines)
                    } else {
                        0
                    };
                    if stacked > 0 {
                        let from = pending.len() - stacked;
                        let mut merged: Group =
                            pending.drain(from..).flat_map(|(g, _)| g).collect();
                        merged.extend(lines);
                        lines = merged;
                    }
                    // Headlines waiting for their text belong before this one.
                    if !pending.is_empty() {
                        assign_trailing(&mut result, &mut pending);
                    }
                    if let Some(Element::Run(r)) = iter.peek_mut() {
                        if let Some(Element::Run(note)) = result.pop_if(
                            |e| matches!(e, Element::Run(n) if n.preface && n.headline.is_none()),
                        ) {
                            r.lines.splice(0..0, note.lines);
                            r.captions.insert_many(0, note.captions);
                            r.markers.insert_many(0, note.markers);
                            r.sections.splice(0..0, note.sections);
                        }
                        r.headline = Some((lines, author));
                    }
                } else {
                    pending.push((lines, author));
                    if !next_is_headline {
                        assign_trailing(&mut result, &mut pending);
                    }
                }
            }
            other => {
                if !pending.is_empty() {
                    assign_trailing(&mut result, &mut pending);
                }
                result.push(other);
            }
        }
    }
    if !pending.is_empty() {
        assign_trailing(&mut result, &mut pending);
    }
    *elements = result;
}

/// A headline dropped into a paragraph of the text it titles (002: "…各工作
/// 委员会主任", the headline, its subtitle and author, then "和部分旗直部门
/// 单位的负责人…"): the text under it goes on with that article, as the
/// `cut-paragraph` diagnostic reads it.
fn rejoin_cut_texts(elements: &mut Vec<Element>, page: &PageLayout) {
    let lines = &page.lines;
    let double = page.layout == Layout::DoubleSpaced;
    let mut k = 1;
    while k < elements.len() {
        // A page's running heads may stand between (a text cut at the foot of
        // one page goes on at the head of the next, under "机关党建").
        // (A run joined to the one before it leaves an empty banner in its
        // place, dropped at the end: removing it would move all after it.)
        let a_at = (0..k)
            .rev()
            .find(|&j| !matches!(elements[j], Element::Banner(_)))
            .unwrap_or(k - 1);
        let over_heads = elements[a_at + 1..k]
            .iter()
            .any(|e| matches!(e, Element::Banner(g) if !g.is_empty()));
        let cut = match (&elements[a_at], &elements[k]) {
            (Element::Run(a), Element::Run(b)) if !over_heads || double => {
                match (a.lines.last(), b.lines.first()) {
                    (Some(&last), Some(&first)) => {
                        let inside = a.headline.as_ref().is_some_and(|(h, author)| {
                            h[0] > last && author.unwrap_or(h[h.len() - 1]) < first
                        });
                        // In a double-spaced page, a headline block set into
                        // its own text: the text goes on right under its
                        // author line, whether or not a sentence was cut.
                        // So does a text right under the headline that opens
                        // no paragraph, where paragraphs open indented: its
                        // first line fills the column (002 line 223, "委会工作
                        // 报告（稿）…" under "…召开第26次主任会议").
                        let set_in = double
                            && !over_heads
                            && a.headline.as_ref().is_some_and(|(h, author)| match author {
                                Some(author) => first == author + 1,
                                None => {
                                    first == h[h.len() - 1] + 1
                                        && page.indents_paragraphs
                                        && page.is_full(&lines[first])
                                        && !lines[first].opens_paragraph
                                }
                            });
                        inside
                            && b.headline.is_none()
                            && b.lead_in.is_none()
                            && !b.preface
                            && b.markers.is_empty()
                            && b.bylines.iter().all(|&y| y < first)
                            && (set_in
                                || (matches!(
                                    lines[last].ending,
                                    Ending::Open | Ending::Continuing
                                ) && !lines[first].opens_paragraph))
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        if !cut {
            k += 1;
            continue;
        }
        let Element::Run(b) = std::mem::replace(&mut elements[k], Element::Banner(Group::new()))
        else {
            unreachable!("matched a run above")
        };
        if let Element::Run(a) = &mut elements[a_at] {
            a.lines.extend(b.lines);
            a.sections.extend(b.sections);
            a.bylines.extend(b.bylines);
            a.captions.extend(b.captions);
        }
        k += 1;
    }
    elements.retain(|e| !matches!(e, Element::Banner(g) if g.is_empty()));
}

/// How many of the waiting headlines, the last ones, stand over `lines` as
/// its kicker: without authors, set one blank line apart one over the other
/// and over `lines`, three lines in all at most, each a phrase or a name
/// with a colon ("敖勒召其镇："). A column's name over a headline (诗歌,
/// 【一线传真】, "聚焦高质量发展", "深 入 学 习 贯 彻") is short, bracketed
/// or spaced out: a banner of its own.
fn stacked_over(
    text: &str,
    page: &PageLayout,
    pending: &[(Group, Option<usize>)],
    lines: &Group,
) -> usize {
    let kicker = |i: usize| is_deck(line_text(text, page, i));
    // A note in brackets under a headline, in a line or two ("（2021年9月28日
    // …第一次会议选举）" under "…组成人员名单"), is its subtitle: the headline
    // over it may be three lines.
    let note = lines.len() <= 2
        && line_text(text, page, lines[0]).starts_with('（')
        && line_text(text, page, lines[lines.len() - 1]).ends_with('）');
    let most = if note { 3 + lines.len() } else { 3 };
    let (mut next, mut count, mut stacked) = (lines[0], lines.len(), 0);
    for (g, author) in pending.iter().rev() {
        count += g.len();
        // ("公    告" right over its issuer is its title's end, spaced out or not.)
        let kind = || {
            let issuer = line_text(text, page, next);
            matches!(g[..], [k] if issues_under(line_text(text, page, k), issuer))
        };
        if author.is_some()
            || g[g.len() - 1] + 2 != next
            || count > most
            || !(g.iter().all(|&i| kicker(i)) || kind())
        {
            break;
        }
        next = g[0];
        stacked += 1;
    }
    stacked
}

/// Does the run end the search, upwards, for texts that trailing headlines
/// title? A titled run does, and so does an article continued from another
/// page ("（上接第一版）" over its text): its headline is above the marker or
/// on that page, and no headline trailing it is its own.
fn ends_trailing_search(run: &Run) -> bool {
    run.titled()
        || run
            .markers
            .first()
            .is_some_and(|&m| run.lines.first().is_none_or(|&l| m < l))
}

/// Does the run open with its byline ("□ 乌兰图雅" over the text)?
fn opened_by_byline(run: &Run) -> bool {
    match (run.bylines.first(), run.lines.first()) {
        (Some(byline), Some(line)) => byline < line,
        (byline, _) => byline.is_some(),
    }
}

/// Does the block of text from line `first` wrap a line, running it on into
/// the next (or past the block)? Only then does it show the width of its
/// column: a list of clauses (…局长；) wraps none.
fn wraps_a_line(page: &PageLayout, first: usize) -> bool {
    page.lines[first..]
        .iter()
        .take_while(|l| l.kind == LineKind::Body)
        .any(|l| matches!(l.ending, Ending::Open | Ending::Continuing))
}

/// Trailing headlines go, in order, to the untitled runs just before them.
fn assign_trailing(result: &mut Vec<Element>, pending: &mut Vec<(Group, Option<usize>)>) {
    let untitled: Vec<usize> = result
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, e)| !matches!(e, Element::Run(r) if ends_trailing_search(r)))
        .filter(|(_, e)| matches!(e, Element::Run(r) if !r.titled() && !r.preface))
        .map(|(i, _)| i)
        .take(pending.len())
        .collect();
    let mut targets: Vec<usize> = untitled;
    targets.reverse();
    let mut headlines = pending.drain(..);
    for target in targets {
        let Some(headline) = headlines.next() else {
            break;
        };
        if let Element::Run(r) = &mut result[target] {
            r.headline = Some(headline);
        }
    }
    // More headlines than texts: the last ones stand alone.
    for (lines, author) in headlines {
        result.push(Element::Headline { lines, author });
    }
}

fn span(page: &PageLayout, lines: impl IntoIterator<Item = usize>) -> Option<Range<usize>> {
    let mut start = usize::MAX;
    let mut end = 0;
    for i in lines {
        let c = &page.lines[i].content;
        start = start.min(c.start);
        end = end.max(c.end);
    }
    (start <= end).then_some(start..end)
}

fn first_words(text: &str, page: &PageLayout, i: usize) -> String {
    let s = line_text(text, page, i);
    match s.char_indices().nth(16) {
        Some((cut, _)) => {
            let mut words = String::with_capacity(cut + '…'.len_utf8());
            words.push_str(&s[..cut]);
            words.push('…');
            words
        }
        None => s.to_string(),
    }
}

fn leaf(text: &str, page: &PageLayout, kind: ItemKind, i: usize) -> OutlineItem {
    let c = page.lines[i].content.clone();
    item(
        kind,
        non_empty(line_text(text, page, i).to_string()),
        c.clone(),
        c,
    )
}

/// Are caption lines `a` and `b` (`a` first) one caption: next to each other,
/// or a blank line apart (a credit under the caption's text, not a caption
/// under one its credit closed), and `b` does not open a caption of its own
/// (▲…, 图为…)?
fn one_caption(text: &str, page: &PageLayout, a: usize, b: usize) -> bool {
    let s = line_text(text, page, b);
    (b == a + 1
        || (b == a + 2
            && page.lines[a + 1].kind == LineKind::Blank
            && !super::layout::is_photo_credit_end(line_text(text, page, a))))
        && !s.starts_with(['▲', '△', '↑', '↓'])
        && !super::layout::opens_caption(s)
}

/// One item a caption: consecutive caption lines ("图为…。" over "（记者 张丽萍 摄）")
/// are one caption, named by their text joined as it reads.
fn push_captions(text: &str, page: &PageLayout, captions: &[usize], out: &mut Vec<OutlineItem>) {
    for group in captions.chunk_by(|&a, &b| one_caption(text, page, a, b)) {
        let mut item = leaf(text, page, ItemKind::Caption, group[0]);
        if group.len() > 1 {
            // A credit without brackets after the caption's text stays apart
            // from it ("…体检。 本报记者 乌日娜 摄"); not a line that goes on
            // with the caption's text ("赛中。  本报记者  乌力吉  摄") or with a
            // credit opened above it, cut in a word ("…赛中。  本报记" over
            // "者  乌力吉  摄").
            let last_line = group[group.len() - 1];
            let mut name = joined(text, page, &group[..group.len() - 1], "");
            let last = line_text(text, page, last_line);
            let goes_on = super::layout::credit_after_sentence(last).is_some()
                || !page.lines[last_line].leading_space
                    && super::layout::opens_credit_after_sentence(line_text(
                        text,
                        page,
                        group[group.len() - 2],
                    ));
            if !last.starts_with(['（', '('])
                && super::layout::is_photo_credit_end(last)
                && !name.is_empty()
                && !goes_on
            {
                name.push(' ');
            }
            name.push_str(last);
            item.name = non_empty(name);
            item.range = span(page, group.iter().copied()).unwrap_or(item.range);
            item.selection = item.range.clone();
        }
        out.push(item);
    }
}

fn section(text: &str, page: &PageLayout, lines: &[usize], end_line: usize) -> OutlineItem {
    let mut selection = span(page, lines.iter().copied()).unwrap_or(0..0);
    let range = span(page, lines.iter().copied().chain([end_line])).unwrap_or(selection.clone());
    // A heading wrapped over two lines reads on without a gap.
    let wrapped = lines
        .windows(2)
        .any(|w| page.continues(w[0], w[1]) || page.heading_wraps(w[0], w[1]));
    let mut name = joined(text, page, lines, if wrapped { "" } else { " " });
    // An enumerated point whose text runs on ("2.组织召开一次理论研讨会。研讨
    // 交流主"): its name, and the text selected, is its first sentence.
    if let Some((at, stop)) = name
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '；' | '！' | '？'))
        && at + stop.len_utf8() < name.len()
    {
        name.truncate(at);
        if let [line] = lines {
            let start = page.lines[*line].content.start;
            selection = start..start + at;
        }
    }
    item(ItemKind::Section, non_empty(name), range, selection)
}

/// Verbs of a news report that a kicker (a column's name, a slogan) does not
/// use: "盟委召开常委会议", "全旗举行升旗仪式" is the story itself.
const EVENT_VERBS: [&str; 3] = ["召开", "举行", "举办"];

/// Is `next` the rest of the headline `line` (`first` its text)? A
/// document's title wrapped ([`super::text::is_wrapped_title`]), or a
/// headline's ([`title_goes_on`]). Single spacing asks it too, to keep such
/// a headline one heading.
pub(crate) fn wraps_title(page: &PageLayout, line: usize, first: &str, next: &str) -> bool {
    super::text::is_wrapped_title(first, next) || title_goes_on(page, line, first, next)
}

/// Is `next` the rest of the headline `line` (`first` its text), wrapped,
/// rather than its subtitle? A subtitle says more in a line of its own
/// ("——…工作综述", "市人大常委会副主任孟长云出席并作开班动员讲话"); the rest
/// of a headline is:
/// - where the event happened, its verb last ("在临河召开", "2024年年会在临河召开");
/// - the meeting an event verb above calls ("…组织召开立法计划" over "项目协商会");
/// - where a party went ("…熊国元一行" over "赴杭锦后旗…调研指导帮扶工作");
/// - a short end, eight characters at most ("市人大常委会“四个聚焦”" over
///   "提升财经监督实效", "努力建设好有所作为的旗县" over "人大工作研究会");
/// - whatever follows a first line as wide as its column;
/// - the kind of a document alone under its issuer ("鄂托克前旗人民代表大会
///   常务委员会" over "公    告"): the issuer's 公告 is the title.
///
/// Who presided ("赵乐际主持") is a subtitle, however short.
fn title_goes_on(page: &PageLayout, line: usize, first: &str, next: &str) -> bool {
    if BODY_ENDS.iter().any(|b| first.ends_with(b)) && spaced_word(next).is_some() {
        return true;
    }
    // What would make `next` the rest (cheap tests first: most headlines'
    // second lines are subtitles, and are asked of no more).
    let l = &page.lines[line];
    let full = l.width + 4 >= l.column && l.width <= l.column + 2;
    let travel = first.ends_with("一行") || next.starts_with('赴');
    let event_last = || {
        EVENT_VERBS.iter().any(|v| next.ends_with(v))
            && (next.starts_with('在') || next.starts_with(|c: char| c.is_ascii_digit()))
            && !reports_event(first)
    };
    let meeting = || {
        MEETING_ENDS.iter().any(|m| next.ends_with(m))
            && !MEETING_ENDS.iter().any(|m| first.ends_with(m))
            && EVENT_VERBS.iter().any(|v| first.contains(v))
    };
    // (Not under a title of two parts set apart: "丰富学习形式   提升主线意识"
    // is whole.)
    // (A wrapped line is the longer: "图片新闻" over "金秋时节收获忙" is a
    // column's name over a title.)
    let short_end = || {
        let n = next.chars().count();
        n <= 8
            && first.chars().count() > n
            && !next.contains(char::is_whitespace)
            && !first.contains("  ")
    };
    // (Or a 《 or “ the first line leaves open.)
    if !(full
        || travel
        || event_last()
        || meeting()
        || short_end()
        || super::text::leaves_open(first))
    {
        return false;
    }
    // Nor a date in brackets under a speech, nor the kind of a document
    // under its issuer ("中共杭锦旗委员会组织部" over "干部任前公示"; a notice's
    // word alone is its title's end, above).
    // A title complete in its first line ("…常务委员会公告" over its issuer),
    // or a body's name as a kicker ("包头市政协" over its article's title).
    // A word or two alone ("…改善居民生产生活" over "环境") is no subtitle,
    // though the first line parts two phrases with a comma.
    // Nor an issuer under its title ("…国民经济运行情况" over "达拉特旗统计局").
    let tail = next.chars().count() <= 3;
    !(next.starts_with(['—', '（', '(', '【', '[', '●', '□'])
        || crate::analysis::entities::is_local_body(next)
        || names_who_attends(next)
        || !tail && first.contains(['：', ':', '，', '。', '！', '？', ','])
        || super::text::ends_in_notice_word(next)
        || super::text::ends_in_notice_word(first)
        || super::text::is_document_title(first)
        || BODY_ENDS.iter().any(|b| first.ends_with(b)))
}

/// Who presided or spoke, a line of its own under a meeting's headline
/// ("赵乐际主持", "孟长云出席并讲话"): a subtitle, however short. Not the end
/// of a speech's title ("…年会上的讲话").
fn names_who_attends(s: &str) -> bool {
    const VERBS: [&str; 7] = ["主持", "出席", "讲话", "致辞", "参加", "陪同", "作报告"];
    VERBS.iter().any(|v| {
        s.strip_suffix(v).is_some_and(|who| {
            who.chars().count() >= 2
                && who.chars().all(|c| c.is_alphabetic() && c != '的')
                && !who.starts_with('在')
        })
    })
}

/// The kind of a document alone ("公    告") over the body that issues it
/// ("鄂尔多斯市人民代表大会常务委员会"): one title, the issuer's 公告.
fn issues_under(kind: &str, issuer: &str) -> bool {
    spaced_word(kind).is_some() && BODY_ENDS.iter().any(|b| issuer.ends_with(b))
}

/// The kind of a document alone on its line, spaced out or not ("公    告",
/// "通知"): the word without its spaces.
fn spaced_word(s: &str) -> Option<String> {
    let word: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (word.chars().count() == 2 && super::text::ends_in_notice_word(&word)).then_some(word)
}

/// Words a body's name ends in: such a first line is a kicker or an issuer.
const BODY_ENDS: [&str; 12] = [
    "政协",
    "委员会",
    "常委会",
    "人大",
    "政府",
    "党委",
    "组织部",
    "宣传部",
    "法院",
    "检察院",
    "办公室",
    "编辑部",
];

/// Words a meeting's or a course's name ends in.
const MEETING_ENDS: [&str; 6] = ["会", "班", "会议", "仪式", "论坛", "活动"];

/// Who did what: an event verb between its subject and its object. A verb
/// at either end ("在临河召开") is a piece of a longer title.
fn reports_event(line: &str) -> bool {
    EVENT_VERBS.iter().any(|v| {
        line.find(v)
            .is_some_and(|at| at > 0 && at + v.len() < line.len())
    })
}

fn non_empty(s: String) -> String {
    if s.trim().is_empty() {
        "…".to_string()
    } else {
        s
    }
}

/// An item's name or detail as an editor or the CLI shows it: the wide gaps of
/// a masthead ("乌拉特前旗报          2025年3月12日") as two spaces, as headlines
/// set their parts apart. Asked by the renderers, not of every analysis.
pub fn display_name(s: &str) -> std::borrow::Cow<'_, str> {
    // Copied from the first white space past two in a row, if any.
    let mut out: Option<String> = None;
    let mut run = 0;
    for (i, c) in s.char_indices() {
        run = if c.is_whitespace() { run + 1 } else { 0 };
        if run > 2 {
            out.get_or_insert_with(|| s[..i].to_string());
        } else if let Some(out) = out.as_mut() {
            out.push(c);
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(s), std::borrow::Cow::Owned)
}

fn article(text: &str, page: &PageLayout, run: Run) -> OutlineItem {
    let author = run.headline.as_ref().is_some_and(|(_, a)| a.is_some());
    let mut children: Vec<OutlineItem> = Vec::with_capacity(
        run.bylines.len()
            + usize::from(author)
            + run.sections.len()
            + run.captions.len()
            + run.markers.len(),
    );
    for (k, &b) in run.bylines.iter().enumerate() {
        // A note in brackets wrapped into the next line ("（作者系…副教" over
        // "授）") is one byline.
        let wrapped = k > 0 && run.bylines[k - 1] + 1 == b;
        match children.last_mut() {
            Some(open)
                if wrapped && open.kind == ItemKind::Byline && leaves_bracket_open(&open.name) =>
            {
                open.name.push_str(line_text(text, page, b));
                open.range.end = page.lines[b].content.end;
                open.selection.end = open.range.end;
            }
            _ => children.push(leaf(text, page, ItemKind::Byline, b)),
        }
    }
    let (name, detail, selection, untitled) = match &run.headline {
        Some((lines, author)) => {
            if let Some(a) = author {
                children.push(leaf(text, page, ItemKind::Byline, *a));
            }
            let parts: SmallVec<[&str; 3]> =
                lines.iter().map(|&i| line_text(text, page, i)).collect();
            // The first line is the headline and the others its subtitle, unless
            // the first is a short kicker (a column or a body's name) over it. A
            // line opened by a dash is a subtitle ("——…创新监督方式纪实"), and a
            // short line that reports a meeting ("盟委召开常委会议") is a title.
            // Of three lines (kicker, title, subtitle), the middle one is the
            // title when it is the longer of the first two and the last is no
            // dashed subtitle: "牢记嘱托    感恩奋进" over its second line over
            // "——…工作综述" is a title wrapped, then its subtitle.
            let (first, second) = match parts[..] {
                [a, b, ..] => (a.chars().count(), b.chars().count()),
                _ => (0, 0),
            };
            let middle = parts.len() == 3 && second >= first && !parts[2].starts_with("——");
            // A title too long for its column, wrapped: "…关于任免" over
            // "国家机关工作人员的决定" is one name.
            // (Under its issuer too: "鄂托克前旗人民政府" over "关于公布…遗产"
            // over "代表性项目名录的通知".)
            let goes_on = |k: usize| wraps_title(page, lines[k], parts[k], parts[k + 1]);
            let main = if parts.len() > 1 && goes_on(0) {
                0
            } else {
                usize::from(
                    parts.len() > 1
                        && !parts[1].starts_with("——")
                        && (middle || first <= 8 && second > first && !reports_event(parts[0])),
                )
            };
            // "公    告" over its issuer: the issuer's 公告 (below).
            let kind_over_issuer = parts.len() > 1 && issues_under(parts[0], parts[1]);
            let main = if kind_over_issuer { 0 } else { main };
            let mut last = main + usize::from(kind_over_issuer);
            while last + 1 < parts.len() && goes_on(last) {
                last += 1;
            }
            let mut others: SmallVec<[String; 2]> = SmallVec::new();
            for (k, p) in parts.iter().enumerate() {
                if (main..=last).contains(&k) {
                    continue;
                }
                // A note in brackets wrapped into a second line is one note.
                match others.last_mut() {
                    Some(open) if open.starts_with('（') && !open.contains('）') => {
                        open.push_str(p)
                    }
                    _ => others.push((*p).to_string()),
                }
            }
            // (A document's kind spaced out joins its issuer without its
            // spaces, under it or over it: "…常务委员会公告".)
            let name = match spaced_word(parts[0]).filter(|_| kind_over_issuer) {
                Some(word) => parts[1..=last].concat() + &word,
                None => parts[main..=last]
                    .iter()
                    .map(|p| match spaced_word(p) {
                        Some(word) => std::borrow::Cow::Owned(word),
                        None => std::borrow::Cow::Borrowed(*p),
                    })
                    .collect::<String>(),
            };
            let selection =
                page.lines[lines[main]].content.start..page.lines[lines[last]].content.end;
            (
                name,
                (!others.is_empty()).then(|| others.join(" / ")),
                selection,
                false,
            )
        }
        None if let Some(lead) = run.lead_in.clone() => {
            (text[lead.clone()].to_string(), None, lead, false)
        }
        None => match run
            .lines
            .first()
            .or(run.markers.first())
            .or(run.bylines.first())
        {
            Some(&first) => (
                first_words(text, page, first),
                None,
                page.lines[first].content.clone(),
                true,
            ),
            None => ("…".to_string(), None, 0..0, true),
        },
    };
    // Sections: each runs to the line before the next one, or the end of the article.
    let last_line = run.lines.last().copied();
    for (k, lines) in run.sections.iter().enumerate() {
        let next_start = run.sections.get(k + 1).map(|n| n[0]);
        let end = match next_start {
            // The last line before the next section (the lines are in page order).
            Some(n) => match run.lines.partition_point(|&l| l < n) {
                0 => lines[lines.len() - 1],
                k => run.lines[k - 1],
            },
            None => last_line.unwrap_or(lines[lines.len() - 1]),
        };
        children.push(section(text, page, lines, end.max(lines[lines.len() - 1])));
    }
    push_captions(text, page, &run.captions, &mut children);
    for &m in &run.markers {
        children.push(leaf(text, page, ItemKind::Marker, m));
    }
    let headline_lines = run
        .headline
        .iter()
        .flat_map(|(l, a)| l.iter().copied().chain(*a));
    let all = run
        .lines
        .iter()
        .chain(&run.bylines)
        .chain(&run.captions)
        .chain(&run.markers)
        .chain(run.sections.iter().flatten())
        .copied()
        .chain(headline_lines);
    let range = span(page, all).unwrap_or(selection.clone());
    children.sort_by_key(|c| c.range.start);
    OutlineItem {
        kind: ItemKind::Article,
        name: non_empty(name),
        detail,
        untitled,
        range,
        selection,
        children,
        body_lines: run.lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_show_wide_gaps_as_two_spaces() {
        assert_eq!(
            display_name("乌拉特前旗报          2025年3月12日　　　星期三"),
            "乌拉特前旗报  2025年3月12日　　星期三"
        );
        // Two spaces part a headline's halves: kept, and not copied.
        let halves = "细化目标任务  实现推进有序";
        assert!(matches!(display_name(halves), std::borrow::Cow::Borrowed(s) if s == halves));
    }

    proptest::proptest! {
        /// Asked after every line that joins, or every third, the column is the
        /// width two thirds up the sorted widths of the run's lines so far, for
        /// one run and for the next.
        #[test]
        fn run_column_is_the_width_two_thirds_up(
            widths in proptest::collection::vec(0u32..120, 1..200),
        ) {
            // One line a width; asked after every line, or every few lines.
            let text = "字\n".repeat(widths.len());
            let mut page = crate::analysis::layout::analyze_layout(&text);
            for (line, &width) in page.lines.iter_mut().zip(&widths) {
                line.width = width;
            }
            // Two runs, the second from `split` on, asked by one column.
            let split = widths.len() / 2;
            for every in [1, 3] {
                let mut column = RunColumn::default();
                for (from, to) in [(0, split), (split, widths.len())] {
                    for n in (from + 1..=to).filter(|n| n % every == 0) {
                        let lines: Vec<usize> = (from..n).collect();
                        let mut sorted = widths[from..n].to_vec();
                        sorted.sort_unstable();
                        let expected = sorted[sorted.len() * 2 / 3];
                        proptest::prop_assert_eq!(column.width(&page, &lines), expected);
                    }
                }
            }
        }
    }
}
