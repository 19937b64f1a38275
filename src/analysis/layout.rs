//! Page layout: which of the three layouts a page has, the column width around
//! each line, and what each line is (body, heading, byline, caption, marker).
//!
//! Everything downstream (diagnostics, outline) reads the page through this
//! classification, so it is computed once per page version.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::markers;
use super::text::{self, Ending, LineSpan};

/// How the extraction laid out paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Hard-wrapped lines, paragraphs separated by blank lines (000, 001, 003).
    BlankLineParagraphs,
    /// Hard-wrapped lines, each followed by a blank line: blank lines carry no
    /// paragraph information (002).
    DoubleSpaced,
    /// One paragraph per (long) line (004).
    ParagraphPerLine,
}

/// What a line is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineKind {
    Blank,
    /// Running text of a paragraph.
    Body,
    /// A short line without sentence punctuation: headline, kicker, subtitle, section heading.
    Heading,
    /// A running head or column slogan (a heading-like line that starts with a space).
    Banner,
    /// A byline, credit or author line: 本报讯 …, □记者…, ●单位  姓名, …摄.
    Byline,
    /// A photo caption (▲ …).
    Caption,
    /// A continuation marker line: （上接第一版）, （下转第二版）.
    Marker,
}

impl LineKind {
    /// Lines that can be dropped into the middle of a paragraph by the extraction.
    pub fn is_insertable(self) -> bool {
        matches!(
            self,
            LineKind::Heading
                | LineKind::Banner
                | LineKind::Byline
                | LineKind::Caption
                | LineKind::Marker
        )
    }
}

/// One line with its classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub span: LineSpan,
    /// The line without leading and trailing white space.
    pub content: Range<usize>,
    pub kind: LineKind,
    pub ending: Ending,
    /// Display width of the content in half-em units (CJK = 2).
    pub width: u32,
    /// Estimated width of the printed column around this line, half-em units.
    pub column: u32,
    /// The line starts with white space (in 002: the start of a new text frame).
    pub leading_space: bool,
    /// In a double-spaced page: the line stands in a single-spaced run, so it was
    /// placed there by the extraction from another frame (a headline block, a decision title).
    pub tight: bool,
    /// The line opens a paragraph by its form (一、 （一） 本报讯 …).
    pub opens_paragraph: bool,
    /// The line before is blank.
    pub after_blank: bool,
    /// The line may start a paragraph (after a blank line or a finished sentence), so
    /// it may be indented by two characters that the extraction dropped.
    pub may_be_indented: bool,
    /// Where the line stands in a list of people (名单).
    pub list: ListPart,
}

/// Where a line stands in a list of people or a poem: an entry does not go on
/// with the entry (or the wrapped end of the entry) before it, nor a line of
/// verse with the line above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListPart {
    Outside,
    /// A line of verse: short lines of uneven widths, each a line of its own
    /// ("风从北边来" over "吹黄了敖包山下的草"), not a column's wrapped text.
    Verse,
    /// A name, white space, then more (张鸿杰 市人大常委会科教文卫工作委员会).
    Entry,
    /// The wrapped end of the entry above it ("作委员会" under
    /// "王凯立 市人大常委会环境资源城乡建设工").
    Tail,
    /// A row of a table: three cells or more set apart by wide gaps, two of
    /// them numbers ("粮食        186.3        3.2"), or one where another row
    /// stands beside it, and the head right above the first row. A row stands
    /// alone.
    Table,
    /// Two cells, a name and a figure ("东胜区  856分"), as measured: a row
    /// where two more stand with it, else text (see `two_cell_rows`, which
    /// settles every such line before the lines are classified).
    Pair,
}

impl Line {
    /// A blank line: what measuring an empty line gives.
    fn blank(span: LineSpan, content: Range<usize>) -> Line {
        Line {
            span,
            content,
            kind: LineKind::Blank,
            ending: Ending::Open,
            width: 0,
            column: 0,
            leading_space: false,
            tight: false,
            opens_paragraph: false,
            after_blank: false,
            may_be_indented: false,
            list: ListPart::Outside,
        }
    }
}

/// The layout of a page and its classified lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLayout {
    pub layout: Layout,
    pub lines: Vec<Line>,
    /// Non-blank lines followed by exactly one blank line and then text.
    pub single_blank_after: usize,
    pub non_blank: usize,
    /// A double-spaced page whose paragraphs open with an indented line (002):
    /// a full line is never a paragraph's first.
    pub indents_paragraphs: bool,
}

/// Marks that end a sentence or a clause, or part a list: a line holding
/// none is no sentence's piece (a headline's line, a meeting reported).
const CLAUSE_MARKS: [char; 6] = ['，', '。', '、', '；', '：', ','];

/// Tolerance, in half-em units, for a line to count as filling its column.
const FULL_TOLERANCE: u32 = 3;
/// How much shorter than the column a line must be to look like a heading.
const HEADING_SHORTFALL: u32 = 8;
/// How much shorter than the column a heading's line may be and still wrap
/// ("一、抓政治、强根本，在践行“两个维" is 33 of 42).
const WRAPPED_HEADING: u32 = 10;

impl PageLayout {
    /// Does `line` run to the end of its column, so that the text goes on after it?
    pub fn is_full(&self, line: &Line) -> bool {
        if matches!(line.list, ListPart::Verse | ListPart::Table) {
            return false;
        }
        match self.layout {
            // A paragraph's whole text; a short line is a title, not a paragraph.
            Layout::ParagraphPerLine => line.kind == LineKind::Body && line.width >= 2 * 50,
            // The first line of a paragraph is indented by two characters, which
            // the extraction drops.
            Layout::BlankLineParagraphs if line.may_be_indented => {
                line.width + FULL_TOLERANCE + 6 >= line.column
            }
            _ => line.width + FULL_TOLERANCE >= line.column,
        }
    }

    /// Index of the next non-blank line after `index`.
    pub fn next_non_blank(&self, index: usize) -> Option<usize> {
        (index + 1..self.lines.len()).find(|&i| self.lines[i].kind != LineKind::Blank)
    }

    /// Index of the last line of the paragraph that contains line `index`.
    pub fn paragraph_end(&self, index: usize) -> usize {
        let mut current = index;
        for _ in 0..400 {
            match self.next_non_blank(current) {
                Some(next) if self.continues(current, next) => current = next,
                _ => break,
            }
        }
        current
    }

    /// In a double-spaced page, does the heading `line`, filling its column with
    /// no stop at its end, go on in `candidate`, one blank line below? Either a
    /// heading wrapped ("（一）缺少农业高新技术产业示范区发展" over "整体规划",
    /// a shorter line and no heading of its own), or a point whose text runs on
    /// ("1.由市人大工作研究会提出本年度课题研" over a full line of text).
    // Out of line: asked of few lines, it would make `continues` larger.
    #[inline(never)]
    fn heading_runs_on(&self, line: &Line, candidate: &Line) -> bool {
        if self.layout != Layout::DoubleSpaced {
            return false;
        }
        match candidate.kind {
            LineKind::Heading => wraps_into(line, candidate),
            LineKind::Body => {
                line.opens_paragraph
                    && self.indents_paragraphs
                    && self.is_full(candidate)
                    && runs_into(line, candidate)
            }
            _ => false,
        }
    }

    /// Is heading line `b`, right under heading line `a`, the rest of it:
    /// `a` fills three quarters of its column at least and runs on into a
    /// much shorter line ("（一）缺少农业高新技术产业示范区发展" over "整体
    /// 规划"), not a kicker over its title?
    pub fn heading_wraps(&self, a: usize, b: usize) -> bool {
        let (line, tail) = (&self.lines[a], &self.lines[b]);
        // (The tail may be set in by the extraction: " 残的浓厚氛围".)
        b == a + 1
            && line.width * 4 >= line.column * 3
            && may_run_into(line, tail)
            && is_wrapped_end(line, tail)
    }

    /// Does line `next` (the next non-blank line after `current`) go on with the
    /// paragraph of `current`, by layout alone?
    // Always inlined: its callers ask it of every pair of lines, and with the
    // heading's branch the compiler kept it out of line (16.42 → 16.58 M
    // instructions an analysis of 002).
    #[inline(always)]
    pub fn continues(&self, current: usize, next: usize) -> bool {
        let line = &self.lines[current];
        let candidate = &self.lines[next];
        let blanks = next - current - 1;
        if line.kind == LineKind::Heading {
            return blanks == 1 && self.heading_runs_on(line, candidate);
        }
        candidate.kind == LineKind::Body
            && line.kind == LineKind::Body
            && !candidate.opens_paragraph
            && !(line.list != ListPart::Outside
                && matches!(candidate.list, ListPart::Entry | ListPart::Verse))
            && candidate.list != ListPart::Table
            && match self.layout {
                Layout::ParagraphPerLine => false,
                Layout::BlankLineParagraphs => blanks == 0,
                // (A table's last row does not run on into the text under it.)
                Layout::DoubleSpaced => {
                    blanks <= 1
                        && line.list != ListPart::Table
                        && !candidate.leading_space
                        && !candidate.tight
                        // (A colon or semicolon ends a line short of its
                        // column where a paragraph ends: "现予以公示：" over
                        // the list it introduces.)
                        && (matches!(line.ending, Ending::Open | Ending::Continuing)
                            || self.is_full(line))
                }
            }
    }
}

/// The digit form of an enumerated opening ("1．", "2、"): the other forms are
/// written out in [`is_enumerated`].
static ENUMERATED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{1,2}[.．、]\D").expect("enumerated regex"));

fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Does `s` open with an enumeration: 一、 （一） 1． 第一章? Written out (but the
/// digit form) from the regex
/// `^(?:[一…十]{1,3}、|[（(][一…十]{1,3}[）)]|[0-9]{1,2}[.．、]\D|第[一…十]{1,3}[章节部分条])`:
/// a regex search costs a microsecond a line here (a proptest keeps them equal).
fn is_enumerated(s: &str) -> bool {
    // One to three numerals from `chars`, then one of `closers`.
    fn numerals_then(mut chars: std::str::Chars, closers: &[char]) -> bool {
        for _ in 0..3 {
            match chars.next() {
                Some(c) if is_numeral(c) => match chars.clone().next() {
                    Some(next) if closers.contains(&next) => return true,
                    _ => {}
                },
                _ => return false,
            }
        }
        false
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_numeral(c) => numerals_then(s.chars(), &['、']),
        Some('（' | '(') => numerals_then(chars, &['）', ')']),
        Some('第') => numerals_then(chars, &['章', '节', '部', '分', '条']),
        Some('0'..='9') => ENUMERATED_DIGITS.is_match(s),
        _ => false,
    }
}

static NEWS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:本报讯|本刊讯|[\p{Han}]{1,8}讯)(?:\s|[（(])").expect("dateline regex")
});

/// An author line: a title from a short list followed by a name, nothing after it
/// ("乌审旗人大常委会党组书记、主任宝音满都呼", "●市人大常委会办公室秘书科  刘宝明").
/// The regex `(?:书记|主任|…)\s*[\p{Han}·]{2,6}(?:\s+[\p{Han}·]{2,4})*$`, written out:
/// the regex crate's reverse search took 2 µs a line here (a test keeps them equal).
const AUTHOR_TITLES: [&str; 24] = [
    "书记",
    "主任",
    "主席",
    "副主席",
    "委员",
    "部长",
    "局长",
    "院长",
    "会长",
    "理事长",
    "秘书长",
    "记者",
    "编辑",
    "通讯员",
    "教授",
    "研究员",
    "旗长",
    "县长",
    "市长",
    "镇长",
    "站长",
    "所长",
    "科长",
    "组长",
];

/// The last characters of [`AUTHOR_TITLES`].
const AUTHOR_TITLE_ENDS: [char; 8] = ['记', '任', '席', '员', '长', '者', '辑', '授'];

#[cfg(test)]
fn is_author_line(s: &str) -> bool {
    author_names_at(s).next().is_some()
}

/// Where the names of an author line may start ("记者 吴晓慧 高鹏飞"): after
/// a title, up to the end, white space between them.
fn author_names_at(s: &str) -> impl Iterator<Item = usize> + '_ {
    // Titles and names are Han characters, so both lie in the line's last run of
    // name characters and white space; a title ends in one of a few characters.
    let run = s.trim_end_matches(|c: char| is_name_char(c) || c.is_whitespace());
    let run_start = run.len();
    s[run_start..].char_indices().filter_map(move |(i, c)| {
        let end = run_start + i + c.len_utf8();
        (AUTHOR_TITLE_ENDS.contains(&c)
            && AUTHOR_TITLES.iter().any(|t| s[..end].ends_with(t))
            && is_name_tail(&s[end..]))
        .then_some(end)
    })
}

/// An author's line whose names, run on from the title with no space
/// ("记者吴晓慧高鹏飞"), open with a surname or are Mongolian: "政协委员走进
/// 社区" is a headline, 走进社区 no name.
fn is_author_line_named(s: &str) -> bool {
    author_names_at(s).any(|at| {
        let tail = &s[at..];
        let token = tail.split_whitespace().next().unwrap_or("");
        let token = token.trim_start_matches('·');
        let prefix = |n: usize| {
            token
                .char_indices()
                .nth(n)
                .map_or(token, |(k, _)| &token[..k])
        };
        // (Three characters hold a surname and a given name, or a compound
        // surname and more: one search of the surname lists.)
        tail.starts_with(char::is_whitespace)
            || crate::analysis::entities::is_mongolian_name(token)
            || crate::analysis::entities::may_be_name(prefix(3))
    })
}

fn is_name_char(c: char) -> bool {
    c == '·' || text::is_han_script(c)
}

/// Words that end a column's name after a title ("记者手记", "记者观察"),
/// where a name would stand in an author line.
const COLUMN_WORDS: &[&str] = &[
    "手记", "观察", "札记", "随笔", "述评", "感言", "走笔", "风采", "风貌", "剪影", "心声", "故事",
    "专访", "调查", "探访", "连线", "视角", "体验", "选登", "摘登", "选编", "集锦", "专栏", "追踪",
    "跟踪", "回访",
];

/// Words that end only a column's name ("政协委员提案选登", "代表建议选编").
const COLUMN_NAME_ENDS: [&str; 5] = ["选登", "摘登", "选编", "专栏", "之窗"];

/// Names separated by white space up to the end: the first 2–6 characters, the
/// others 2–4 (Han characters or the middle dot), none a meeting
/// ("旗人大常委会召开主任会议" is a headline, not 主任 会议).
fn is_name_tail(tail: &str) -> bool {
    !tail.trim().is_empty()
        && tail.split_whitespace().enumerate().all(|(k, token)| {
            let max = if k == 0 { 6 } else { 4 };
            (2..=max).contains(&token.chars().count())
                && token.chars().all(is_name_char)
                && !token.contains("会议")
                && !token.ends_with('会')
        })
}

/// Does text rarely run on to the next line without a blank one between? In a
/// double-spaced page only a headline's lines or an author line over its text
/// do (2 % of 002's lines); a magazine page of short paragraphs, each line set
/// apart, still runs its paragraphs' lines on (a quarter of them).
fn runs_on_rarely(run_on: usize, non_blank: usize) -> bool {
    run_on * 100 <= non_blank * 15
}

/// Is a third of the lines or more indented and closed by a full stop? Then each
/// line is a paragraph, however short (text copied from a web page, "　　" before
/// each paragraph); a column's paragraphs indent their first line only, and
/// most of those run on.
fn indented_paragraph_lines(lines: &[Line], non_blank: usize) -> bool {
    let indented = lines
        .iter()
        .filter(|l| l.leading_space && l.ending == Ending::Terminal)
        .count();
    non_blank >= 3 && indented * 3 >= non_blank
}

/// Does nearly every line of text end a sentence, one line running on into the
/// next? Then each is a paragraph, however short (a page of briefs of a
/// paragraph a line, 30 to 50 characters each): a column's lines run on
/// mid-sentence. Lines of fewer than 16 characters (headlines, credits) do not
/// count.
fn short_paragraph_lines(lines: &[Line], non_blank: usize, run_on: usize) -> bool {
    if run_on * 10 < non_blank * 6 {
        return false;
    }
    let (full, terminal) =
        lines
            .iter()
            .filter(|l| l.width >= 2 * 16)
            .fold((0, 0), |(full, terminal), l| {
                (
                    full + 1,
                    terminal + usize::from(l.ending == Ending::Terminal),
                )
            });
    full >= 4 && terminal * 10 >= full * 8
}

/// Do lines of text end mid-sentence, as text wrapped at a column does? Asked
/// only of a page that looks double-spaced (counted in the measuring pass, it
/// slowed the layout of 002 by 25 µs, though it added no instructions worth
/// naming). Lines of fewer than eight characters (headings, dates, a
/// signature's name) do not count: a page of one-line notices under headings
/// (遗失声明, 注销公告) is not double-spaced for its headings.
///
/// Most lines end mid-sentence, or many fill the column and stop mid-sentence:
/// a chronicle's entries are a line or two (1月8日　…第五次会 / 议在…开幕。), so
/// half its lines end a sentence, but a page of one-line paragraphs set apart
/// has no line that breaks off at the column's edge, and headlines breaking
/// off are seldom all as wide as the widest.
fn ends_mid_sentence(lines: &[Line]) -> bool {
    let (text, terminal) = lines.iter().filter(|l| l.width >= SHORT_OF_TEXT).fold(
        (0usize, 0usize),
        |(text, terminal), l| {
            (
                text + 1,
                terminal + usize::from(l.ending == Ending::Terminal),
            )
        },
    );
    terminal * 2 < text || fills_column_mid_sentence(lines, text)
}

/// Do four lines of text or more, a third of the `text` lines, stop
/// mid-sentence as wide as the widest that does?
#[inline(never)]
fn fills_column_mid_sentence(lines: &[Line], text: usize) -> bool {
    let open = |l: &&Line| {
        l.width >= SHORT_OF_TEXT && matches!(l.ending, Ending::Open | Ending::Continuing)
    };
    let Some(widest) = lines.iter().filter(open).map(|l| l.width).max() else {
        return false;
    };
    let full = lines
        .iter()
        .filter(open)
        .filter(|l| l.width + COLUMN_SLACK >= widest)
        .count();
    full >= 4 && full * 3 >= text
}

/// Half-width units a line wrapped at the column may fall short of the widest
/// (two characters: half-width digits and letters leave a line ragged).
const COLUMN_SLACK: u32 = 4;

/// Half-width units (eight Chinese characters): a line narrower holds no
/// sentence worth counting.
const SHORT_OF_TEXT: u32 = 16;

/// Does the line open a paragraph by its form? Cheap checks first: this runs on every line.
fn opens_paragraph(s: &str) -> bool {
    is_enumerated(s) || opens_with_dateline(s)
}

/// Does `s` open with a news item's dateline ("本报讯（记者 包玉兰）…",
/// "康巴什讯 近日，…")? Asked of every line.
#[inline]
pub(crate) fn opens_with_dateline(s: &str) -> bool {
    // A dateline is one to eight Han characters and 讯: the 讯 starts at a byte
    // offset of 3 to 24 in steps of 3 (Han characters outside the BMP, four bytes
    // long, are not seen in place names).
    let b = s.as_bytes();
    b.get(3..b.len().min(27)).is_some_and(|head| {
        // Every chunk compared, no early exit: branch-free, and rarely true.
        head.chunks_exact(3)
            .fold(false, |found, c| found | (c == [0xE8, 0xAE, 0xAF]))
    }) && NEWS_DATELINE.is_match(s)
}

/// Classifies the lines of `text` and detects its layout. Never fails.
pub fn analyze_layout(text: &str) -> PageLayout {
    // As many lines as line breaks and one, at most: counted by a vectorised
    // pass, as growing the vector would copy it, and room to spare would be
    // page faults on every analysis.
    let breaks = text::sum_bytes(text.as_bytes(), |b| u8::from(b == b'\n' || b == b'\r'));
    let mut lines: Vec<Line> = Vec::with_capacity(breaks + 1);
    let mut start = 0;
    // Counted as the lines are measured (one pass over the vector, not five):
    // non-blank lines, long ones, non-blank lines followed by exactly one
    // blank line and then text, and lines of text right after text.
    let (mut non_blank, mut long, mut single_blank_after, mut run_on) = (0, 0, 0, 0);
    let mut set_in = 0;
    loop {
        let mut line = match text::plain_line(text, start) {
            Some(plain) => measure_plain(text, plain),
            None => measure(text, text::line_at(text, start)),
        };
        let blank = line.kind == LineKind::Blank;
        if let Some(previous) = lines.last() {
            line.after_blank = previous.kind == LineKind::Blank;
            run_on += usize::from(!blank && !line.after_blank);
            line.may_be_indented =
                line.after_blank || previous.ending == Ending::Terminal || line.opens_paragraph;
            let n = lines.len();
            if !blank && line.after_blank && n >= 2 && lines[n - 2].kind != LineKind::Blank {
                single_blank_after += 1;
            }
        }
        non_blank += usize::from(!blank);
        set_in += usize::from(line.leading_space);
        long += usize::from(line.width > LONG_LINE);
        let span = line.span;
        lines.push(line);
        if span.next == span.end {
            break;
        }
        start = span.next;
    }
    // One paragraph a line: two lines in five are long, or most of the text
    // stands in long lines (a short article between its headline, subtitle,
    // byline and notes, each a line of its own).
    let layout =
        if non_blank > 0 && (long * 5 >= non_blank * 2 || (long >= 2 && mostly_long(&lines))) {
            Layout::ParagraphPerLine
        } else if non_blank >= 6
            && single_blank_after * 10 >= non_blank * 6
            && runs_on_rarely(run_on, non_blank)
            // Wrapped at a column, most lines end mid-sentence; a short article of
            // one-line paragraphs ends nearly every line with a full stop.
            && ends_mid_sentence(&lines)
        {
            Layout::DoubleSpaced
        } else if indented_paragraph_lines(&lines, non_blank)
            || short_paragraph_lines(&lines, non_blank, run_on)
        {
            Layout::ParagraphPerLine
        } else {
            Layout::BlankLineParagraphs
        };

    estimate_columns(text, &mut lines, layout);
    let couplets = if layout == Layout::BlankLineParagraphs {
        mark_couplets(text, &mut lines)
    } else {
        Vec::new()
    };
    // Text set in ("　　近年来，…" at every paragraph's head): white space
    // before a line then marks no banner.
    let indents_text = set_in >= 3 && set_in * 4 >= non_blank;
    let teaser_heads = lines.iter().any(|line| may_head_teasers(text, line));
    let indents_paragraphs = classify(text, &mut lines, layout, indents_text, teaser_heads);
    // A stanza's first line ("风从北边来" over "吹黄了敖包山下的草") is the
    // poem's, not a headline.
    for run in couplets {
        for line in &mut lines[run] {
            if matches!(line.kind, LineKind::Heading | LineKind::Banner) {
                line.kind = LineKind::Body;
            }
        }
    }

    PageLayout {
        layout,
        lines,
        single_blank_after,
        non_blank,
        indents_paragraphs,
    }
}

/// Can `line`, one blank line above `next` in a double-spaced page, run on in
/// it? It fills its column but for a few characters, ends with no stop, and
/// neither stands in a list or a block set apart; `next` opens nothing.
fn runs_into(line: &Line, next: &Line) -> bool {
    may_run_into(line, next)
        && !line.tight
        && !next.tight
        && !next.leading_space
        && line.width + WRAPPED_HEADING >= line.column
}

/// May `line` run on in `next` at all: it ends with no stop, neither stands
/// in a list, and `next` opens nothing?
fn may_run_into(line: &Line, next: &Line) -> bool {
    matches!(line.ending, Ending::Open | Ending::Continuing)
        && line.list == ListPart::Outside
        && next.list == ListPart::Outside
        && !next.opens_paragraph
}

/// Is the heading line `tail` the wrapped end of `line`? Much shorter, and no
/// sentence ("整体规划" under "（一）缺少农业高新技术产业示范区发展").
fn wraps_into(line: &Line, tail: &Line) -> bool {
    runs_into(line, tail) && is_wrapped_end(line, tail)
}

/// [`wraps_into`]'s test of the tail alone: a heading much shorter than
/// `line`, ending with no stop.
fn is_wrapped_end(line: &Line, tail: &Line) -> bool {
    tail.kind == LineKind::Heading
        && tail.width + HEADING_SHORTFALL <= line.width
        && tail.ending != Ending::Terminal
}

/// Do paragraphs open with a line short of the column, where the extraction
/// dropped their indent? `starts` lines of text follow the short last lines
/// of paragraphs, `short` of them short too: seven of ten at least (120 of 136
/// in 002).
fn enough_indented(starts: usize, short: usize) -> bool {
    starts >= 5 && short * 10 >= starts * 7
}

/// Lines wider than this (60 characters) are a paragraph each, not a column's.
const LONG_LINE: u32 = 2 * 60;

/// Do the long lines hold most of the text? Asked of the few pages with some
/// long lines (counted in the measuring loop, which this sum would slow).
fn mostly_long(lines: &[Line]) -> bool {
    let (all, long) = lines.iter().fold((0u64, 0u64), |(all, long), line| {
        let width = u64::from(line.width);
        (
            all + width,
            long + if line.width > LONG_LINE { width } else { 0 },
        )
    });
    long * 2 >= all
}

/// A line that [`text::plain_line`] measured: no white space to trim, no credit
/// set apart by spaces.
fn measure_plain(text: &str, plain: text::PlainLine) -> Line {
    let span = plain.span;
    body_line(
        text,
        span,
        span.start..span.end,
        plain.width,
        ListPart::Outside,
    )
}

/// Measures any line.
fn measure(text: &str, span: LineSpan) -> Line {
    let content = text::trimmed(text, span);
    let s = &text[content.clone()];
    // A line without a space has no credit set apart (most lines).
    let (mut width, spaces) = text::width_and_space(s);
    if spaces.ascii {
        width = text::half_width(main_part(s));
    }
    let list = if !spaces.any() || is_letter_spaced(s) {
        ListPart::Outside
    } else if is_table_row(s) || is_name_row(s) {
        ListPart::Table
    } else if is_two_cell_row(s) {
        ListPart::Pair
    } else if is_list_entry(s) {
        ListPart::Entry
    } else {
        ListPart::Outside
    };
    body_line(text, span, content, width, list)
}

/// A row of a table: three cells or more, set apart by two spaces or more (or an
/// ideographic space), one of them a number (186.3, -1.5, 6.3%, -7℃～3℃). A row
/// with a single number needs another row beside it (see `classify`).
#[inline(never)]
fn is_table_row(s: &str) -> bool {
    // Most lines with a space have a digit nowhere (a credit, a list of names).
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let (cells, numbers) = table_cells(s);
    cells >= 3 && numbers >= 1 || cells == 2 && opens_with_clock_time(s)
}

/// A programme's line in a schedule opens with its time, then a gap
/// ("19:30  鄂尔多斯新闻联播", "07:30　电视剧：幸福到万家（12）").
fn opens_with_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) {
        return false;
    }
    let rest = &s[hours..];
    let Some(rest) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：')) else {
        return false;
    };
    rest.len() > 2 && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit)
}

/// A row of a list of names: three names or more set apart by white space
/// (马文静  王海军  李  明), each perhaps with a note (张丽华（女）,
/// 其其格（女，蒙古族）); names under the post they hold in a roster (副 主 任
/// 李  强  巴特尔, 主    任  王建军, 委    员（按姓氏笔画排序）); or a unit and
/// a post, a wide gap and a name (达拉特旗人大代表、树林召镇农民  李二虎). Like
/// a row with one number, it is a row only where another stands beside it (see
/// `classify`): one such line alone is an entry or a byline.
#[inline(never)]
fn is_name_row(s: &str) -> bool {
    let s = s.trim_end();
    if let Some(rest) = after_roster_post(s) {
        let rest = rest.trim_start();
        return rest.is_empty()
            || names_in_row(rest).is_some_and(|n| n >= 1)
            || rest.starts_with('（') && rest.ends_with('）') && !rest[3..].contains('（');
    }
    // Both kinds end in a name, or a name's second character, after a space
    // (or its note: 巴特尔（蒙古族）): most lines do not (asked first, from the end).
    let mut tail = without_person_note(s).chars().rev();
    let mut han = 0;
    let stop = loop {
        match tail.next() {
            Some(c) if text::is_han_script(c) && han < 7 => han += 1,
            other => break other,
        }
    };
    if !(1..=6).contains(&han) || !stop.is_some_and(text::is_space) {
        return false;
    }
    let name = |cell: &str| {
        (2..=4).contains(&cell.chars().count()) && cell.chars().all(text::is_han_script)
    };
    if let Some(names) = names_in_row(s) {
        return names >= 3;
    }
    // A unit and a post, then the name after a wide gap (the name perhaps
    // spaced out: 王  刚).
    let s = s.trim_end();
    let Some((rest, last)) = s.rsplit_once(text::is_space) else {
        return false;
    };
    let (rest, last) = match rest.trim_end().rsplit_once(text::is_space) {
        Some((head, first)) if first.chars().count() == 1 && last.chars().count() == 1 => {
            (head, &s[head.len()..])
        }
        _ => (rest, last),
    };
    let last = last.trim_start();
    let gap = rest.len() - rest.trim_end().len() + 1;
    let head = rest.trim_end();
    let spaced = last.chars().filter(|&c| !text::is_space(c)).count() == 2;
    (name(last)
        || spaced
            && last
                .chars()
                .filter(|&c| !text::is_space(c))
                .all(text::is_han_script))
        && gap >= 2
        && head.chars().count() >= 5
        && !head.starts_with(text::AUTHOR_SIGNS)
        && !head.contains(['，', '。', '；', '：', ',', ':', '（', '('])
        && !["记者", "通讯员", "摄影", "编辑", "作者", "文", "图"]
            .iter()
            .any(|w| head.ends_with(w))
}

/// Posts a roster lists its names under.
const ROSTER_POSTS: [&str; 24] = [
    "主任",
    "副主任",
    "主席",
    "副主席",
    "委员",
    "秘书长",
    "副秘书长",
    "组长",
    "副组长",
    "成员",
    "常委",
    "书记",
    "副书记",
    "顾问",
    "理事",
    "理事长",
    "副理事长",
    "会长",
    "副会长",
    "监事",
    "院长",
    "副院长",
    "审判员",
    "代表",
];

/// The rest of a roster's row after the post that opens it, perhaps spaced
/// out to the width of the names (主    任, 副 主 任): a gap, a note or the
/// line's end follows the post.
fn after_roster_post(s: &str) -> Option<&str> {
    let mut post = String::new();
    let mut rest = s;
    for _ in 0..4 {
        let c = rest.chars().next().filter(|&c| text::is_han_script(c))?;
        post.push(c);
        rest = &rest[c.len_utf8()..];
        let after = rest.trim_start_matches(text::is_space);
        let gap = rest.len() - after.len();
        if ROSTER_POSTS.contains(&post.as_str())
            && (gap > 0 || after.is_empty() || after.starts_with('（'))
        {
            return Some(rest);
        }
        if gap > 4 * 3 {
            return None;
        }
        rest = after;
    }
    None
}

/// `s` without a note on the person at its end (（女）, （女，蒙古族）).
fn without_person_note(s: &str) -> &str {
    let Some(open) = s.strip_suffix('）').and_then(|t| t.rfind('（')) else {
        return s;
    };
    let note = &s[open + '（'.len_utf8()..s.len() - '）'.len_utf8()];
    let short = note.chars().count() <= text::NAME_NOTE_CHARS;
    if short
        && note
            .chars()
            .all(|c| text::is_han_script(c) || matches!(c, '，' | '、'))
    {
        &s[..open]
    } else {
        s
    }
}

/// How many names fill `s`, set apart by white space, each perhaps with a
/// note (a name spaced out to three characters' width, 李  明, is one);
/// `None` if anything else is there. A name of five or six characters must be
/// a Mongolian one.
fn names_in_row(s: &str) -> Option<usize> {
    let mut names = 0;
    let mut single = false;
    for token in s.split(text::is_space).filter(|t| !t.is_empty()) {
        let token = without_person_note(token);
        let n = token.chars().count();
        if !token.chars().all(text::is_han_script) {
            return None;
        }
        match (single, n) {
            (true, 1) => {
                names += 1;
                single = false;
            }
            (false, 1) => single = true,
            (false, 2..=4) => names += 1,
            (false, 5..=6) if crate::analysis::entities::is_mongolian_name(token) => names += 1,
            _ => return None,
        }
    }
    (!single).then_some(names)
}

/// Characters of a number in a table's cell besides digits: 6.3%, -1.5,
/// -7℃～3℃, 1:2.
const NUMBER_SIGNS: [char; 12] = ['.', '%', '+', '-', ',', '−', '％', '℃', '～', '~', ':', '/'];

/// How many cells a line has, set apart by wide gaps, and how many of them are numbers.
fn table_cells(s: &str) -> (usize, usize) {
    // A figure, with its unit or a word or two around it (3865.2亿元,
    // 增长6.1%): at most four other characters.
    // (Not a date: "2025年12月5日" in a page's running head.)
    let number = |cell: &str| {
        cell.bytes().any(|b| b.is_ascii_digit())
            && !(cell.ends_with('日') && cell.contains('月'))
            && cell
                .chars()
                .filter(|&c| !(c.is_ascii_digit() || NUMBER_SIGNS.contains(&c)))
                .take(5)
                .count()
                <= 4
    };
    let (mut cells, mut numbers) = (0, 0);
    for cell in s.split("  ").flat_map(|part| part.split('\u{3000}')) {
        let cell = cell.trim_matches(' ');
        if !cell.is_empty() {
            cells += 1;
            numbers += usize::from(number(cell));
        }
    }
    (cells, numbers)
}

/// A row with a cell left empty ("规上工业增加值          增长8.5%") has two
/// cells, one a number: a row where it stands under or over other rows.
/// Grown from the rows found, down and then up (the page's lines are passed
/// over once to find them: asking each line of its neighbours cost 140 K
/// instructions an analysis of 002).
fn rows_with_empty_cells(text: &str, lines: &mut [Line], double: bool) {
    two_cell_rows(text, lines);
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].list == ListPart::Table)
        .collect();
    let short_row = |l: &Line| {
        l.list != ListPart::Table
            && l.kind != LineKind::Blank
            && matches!(table_cells(&text[l.content.clone()]), (2.., 1..))
    };
    for &row in &rows {
        let mut k = row;
        while let Some(b) = row_below(lines, k, double).filter(|&b| short_row(&lines[b])) {
            lines[b].list = ListPart::Table;
            k = b;
        }
        k = row;
        while let Some(a) = row_above(lines, k, double).filter(|&a| short_row(&lines[a])) {
            lines[a].list = ListPart::Table;
            k = a;
        }
    }
}

/// Rows of two cells, a name and a figure ("东胜区  856分", a sports page's
/// standings), three or more in a run, one line or one blank line apart: a
/// table, though no row has the three cells [`is_table_row`] asks for.
fn two_cell_rows(text: &str, lines: &mut [Line]) {
    // Most pages have no such line (a quick pass first).
    let Some(first) = lines.iter().position(|l| l.list == ListPart::Pair) else {
        return;
    };
    let mut run: Vec<usize> = Vec::new();
    for i in first..=lines.len() {
        if lines.get(i).is_some_and(|l| l.list == ListPart::Pair) {
            run.push(i);
            continue;
        }
        let blank = lines.get(i).is_some_and(|l| l.kind == LineKind::Blank);
        if blank && run.last() == Some(&(i - 1)) {
            continue;
        }
        let table = run.len() >= 3;
        for &r in &run {
            lines[r].list = if table {
                ListPart::Table
            } else if is_list_entry(&text[lines[r].content.clone()]) {
                ListPart::Entry
            } else {
                ListPart::Outside
            };
        }
        run.clear();
    }
}

/// A line of two cells set apart by a wide gap, a figure in one
/// ("东胜区  856分"): perhaps a row (see [`two_cell_rows`]).
fn is_two_cell_row(s: &str) -> bool {
    s.len() <= 40 * 3 && s.bytes().any(|b| b.is_ascii_digit()) && matches!(table_cells(s), (2, 1..))
}

/// The line a table's row `i` stands under: the line above, or in a
/// double-spaced page the one above the blank line between.
fn row_above(lines: &[Line], i: usize, double: bool) -> Option<usize> {
    match i.checked_sub(1) {
        Some(k) if double && lines[k].kind == LineKind::Blank => k.checked_sub(1),
        above => above,
    }
}

/// The line over which a table's row `i` stands, as [`row_above`].
fn row_below(lines: &[Line], i: usize, double: bool) -> Option<usize> {
    match lines.get(i + 1) {
        Some(l) if double && l.kind == LineKind::Blank => (i + 2 < lines.len()).then_some(i + 2),
        Some(_) => Some(i + 1),
        None => None,
    }
}

/// An entry of a table of contents: a title, leaders (……, ·····, .....) and a
/// page number ("乌审旗：让代表联络站“活”起来…………14").
pub(crate) fn is_contents_entry(s: &str) -> bool {
    let number = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if s.len() - number.len() > 4 {
        return false;
    }
    let leaders = number.trim_end_matches([' ', '\u{3000}']);
    let title = leaders.trim_end_matches(['…', '.', '·', '．', '⋯']);
    leaders.len() - title.len() >= 3 && !title.trim().is_empty()
}

/// "表1  2025年主要农产品产量", "表二 主要指标": a table's title, its caption.
fn is_table_title(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next() == Some('表')
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == ' ' || "一二三四五六七八九十".contains(c))
        && s.chars().count() <= 30
        && !s.contains(['，', '。', ','])
}

/// "深 入 学 习 贯 彻": four Han characters or more, each set apart by white
/// space, as titles are spaced out.
fn is_letter_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    // Cheap first: a Han character (three bytes) and a space.
    b.len() > 4 && b[0] >= 0xE3 && (b[3] == b' ' || b[3..].starts_with("\u{3000}".as_bytes())) && {
        let mut tokens = 0;
        s.split_whitespace().all(|t| {
            tokens += 1;
            let mut chars = t.chars();
            chars.next().is_some_and(text::is_han_script) && chars.next().is_none()
        }) && tokens >= 4
    }
}

/// An entry of a list of people: two to four Han characters (a name), perhaps
/// a note in brackets (（女）), white space, then more text.
// Out of line: inlined into `measure`, it slowed the layout of the 220 KB
// sample page by 4 % (30 µs), though few lines have a space.
#[inline(never)]
fn is_list_entry(s: &str) -> bool {
    // After the entry's label, if any (组  长：, 成员：).
    let s = match s.split_once(['：', ':']) {
        Some((label, rest))
            if (1..=4).contains(&label.chars().filter(|&c| !c.is_whitespace()).count())
                && label
                    .chars()
                    .all(|c| text::is_han_script(c) || c.is_whitespace()) =>
        {
            rest.trim_start()
        }
        _ => s,
    };
    let han_run = |s: &str| {
        s.char_indices()
            .find(|&(_, c)| !text::is_han_script(c))
            .map_or(s.len(), |(i, _)| i)
    };
    let mut name_end = han_run(s);
    // A two-character name spaced out to the width of three (李  强).
    if s[..name_end].chars().count() == 1 {
        let gap = s[name_end..].trim_start_matches([' ', '\u{3000}']);
        let spaces = s.len() - name_end - gap.len();
        let second = han_run(gap);
        if (1..=4 * 3).contains(&spaces) && gap[..second].chars().count() == 1 {
            name_end = s.len() - gap.len() + second;
        } else {
            return false;
        }
    } else if !(2..=4).contains(&s[..name_end].chars().count()) {
        return false;
    }
    let mut rest = &s[name_end..];
    // "其其格（女）　…", "巴特尔（蒙古族）　…": a note on the person after the name.
    if let Some(note) = rest.strip_prefix(['（', '(']) {
        match note.char_indices().find(|&(_, c)| matches!(c, '）' | ')')) {
            Some((close, c)) if note[..close].chars().count() <= text::NAME_NOTE_CHARS => {
                rest = &note[close + c.len_utf8()..];
            }
            _ => return false,
        }
    }
    // Not a sentence with a number spaced out in it (类活动 45 人次，参加…).
    rest.starts_with(char::is_whitespace)
        && !rest.trim_start().is_empty()
        && !rest.contains(['，', '。'])
}

/// The line `span` with its trimmed `content` and `width`, before classification:
/// blank when the content is empty (half the lines of a double-spaced page).
// Inlined into both callers: the plain path, per line of the page, is the hot one.
#[inline(always)]
fn body_line(
    text: &str,
    span: LineSpan,
    content: Range<usize>,
    width: u32,
    list: ListPart,
) -> Line {
    let s = &text[content.clone()];
    if s.is_empty() {
        return Line::blank(span, content);
    }
    Line {
        span,
        kind: LineKind::Body,
        ending: text::ending(s),
        width,
        column: 0,
        leading_space: content.start > span.start,
        tight: false,
        after_blank: false,
        may_be_indented: false,
        opens_paragraph: opens_paragraph(s),
        list,
        content,
    }
}

/// Estimates the column width around each line: the median width of its block
/// (a run of non-blank lines) when the block is long enough, else the median of
/// the neighbouring lines. Pages mix column widths, so this is local, never per file.
fn estimate_columns(text: &str, lines: &mut [Line], layout: Layout) {
    let non_blank: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind != LineKind::Blank)
        .collect();
    let widths: Vec<u32> = non_blank.iter().map(|&i| lines[i].width).collect();
    let mut window = SlidingWindow::new(&widths);
    let mut window_median = |pos: usize| -> u32 {
        let lo = pos.saturating_sub(6);
        let hi = (pos + 7).min(widths.len());
        // The upper median: full lines dominate a column, short ones are the exceptions.
        let sorted = window.slide(lo..hi);
        sorted[sorted.len() * 2 / 3]
    };
    let mut pos = 0;
    while pos < non_blank.len() {
        // The block: consecutive non-blank lines.
        let mut end = pos + 1;
        while end < non_blank.len() && non_blank[end] == non_blank[end - 1] + 1 {
            end += 1;
        }
        let block = &widths[pos..end];
        let block_column = if layout != Layout::DoubleSpaced && block.len() >= 3 {
            let mut sorted = block.to_vec();
            sorted.sort_unstable();
            // (A list of people is set in short lines too; its entries say so.)
            let widest = sorted[sorted.len() - 1];
            let ending = |p: usize| lines[non_blank[pos + p]].ending;
            if layout == Layout::BlankLineParagraphs
                && (is_verse(block, widest, ending)
                    || is_bare_stanza(block.len(), widest, ending, |p| {
                        &text[lines[non_blank[pos + p]].content.clone()]
                    }))
                && non_blank[pos..end]
                    .iter()
                    .all(|&line| lines[line].list == ListPart::Outside)
            {
                for &line in &non_blank[pos..end] {
                    lines[line].list = ListPart::Verse;
                }
            }
            Some(sorted[sorted.len() * 2 / 3])
        } else {
            None
        };
        for p in pos..end {
            let column = block_column.unwrap_or_else(|| window_median(p));
            let line = non_blank[p];
            lines[line].column = column;
            // In a double-spaced page, lines set single-spaced were placed by
            // the extraction from another frame (a headline block, a decision
            // title). A line that starts with a space opens a frame: it is in a
            // run only with the lines after it. Marked here, in the pass over
            // the blocks, not in a pass of its own.
            if layout == Layout::DoubleSpaced {
                let next_tight = p + 1 < end && !lines[non_blank[p + 1]].leading_space;
                let prev_tight = p > pos && !lines[line].leading_space;
                lines[line].tight = next_tight || prev_tight;
            }
        }
        pos = end;
    }
}

/// The first block of text lines (between blank lines) at or after line `from`.
fn next_block(lines: &[Line], from: usize) -> Option<Range<usize>> {
    let start = (from..lines.len()).find(|&k| lines[k].kind != LineKind::Blank)?;
    let end = (start..lines.len())
        .find(|&k| lines[k].kind == LineKind::Blank)
        .unwrap_or(lines.len());
    Some(start..end)
}

/// Does `s` hold a stop, a comma or another mark before its last character?
/// A stanza's lines hold none: verse puts its punctuation, if any, at the end.
fn punctuated_inside(s: &str) -> bool {
    let last = s.char_indices().next_back().map_or(0, |(at, _)| at);
    s[..last].contains([
        '，', '。', '、', '；', '：', '！', '？', ',', ';', ':', '!', '?',
    ])
}

/// Stanzas of two lines ("羊群走向远方" over "牧人唱起长调"), three or more in a
/// row between blank lines: verse. A stanza alone is too short to tell from a
/// headline; a run of them, short lines bare of punctuation but at their ends,
/// is no text wrapped at a column (which would fill it) and no headlines.
/// Returns the lines of each run.
fn mark_couplets(text: &str, lines: &mut [Line]) -> Vec<Range<usize>> {
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    while let Some(block) = next_block(lines, blocks.last().map_or(0, |&(_, end)| end)) {
        blocks.push((block.start, block.end));
    }
    let couplet = |&(start, end): &(usize, usize)| {
        let block = &lines[start..end];
        block.iter().all(|l| l.list == ListPart::Verse)
            || block.len() == 2
                && block.iter().all(|l| {
                    let s = &text[l.content.clone()];
                    l.list == ListPart::Outside
                        && l.width <= 2 * 16
                        && !s.starts_with(text::AUTHOR_SIGNS)
                        && !punctuated_inside(s)
                        && !s.contains([' ', '\u{3000}'])
                })
    };
    let stanzas: Vec<bool> = blocks.iter().map(couplet).collect();
    let mut runs = Vec::new();
    let mut k = 0;
    while k < blocks.len() {
        let run = stanzas[k..].iter().take_while(|&&b| b).count();
        if run >= 3 {
            for &(start, end) in &blocks[k..k + run] {
                for line in &mut lines[start..end] {
                    line.list = ListPart::Verse;
                }
            }
            runs.push(blocks[k].0..blocks[k + run - 1].1);
        }
        k += run.max(1);
    }
    runs
}

/// Are the lines of a block (their `widths`, the widest `widest`) verse: short,
/// of uneven widths (or narrower than any column), and few of them end a
/// sentence? Three lines at least, four unless narrow. Wrapped text fills its
/// column on every line but its paragraphs' last; a poem's lines stop where
/// the poet broke them ("风从北边来" over "吹黄了敖包山下的草").
fn is_verse(widths: &[u32], widest: u32, ending: impl Fn(usize) -> Ending) -> bool {
    if widths.len() < 3 || widest > 2 * 20 {
        return false;
    }
    let inner = &widths[..widths.len() - 1];
    let full = inner.iter().filter(|&&w| w + 4 >= widest).count();
    let narrowest = inner.iter().copied().min().unwrap_or(widest);
    // Stops, and semicolons and colons: entries of a list ("巴特尔为…常务委员会"
    // over "副主任；"), wrapped at a narrow column, end lines in those; verse
    // rarely does.
    let (stops, clauses) = (0..widths.len()).fold((0, 0), |(stops, clauses), p| match ending(p) {
        Ending::Terminal => (stops + 1, clauses),
        Ending::Clause => (stops, clauses + 1),
        _ => (stops, clauses),
    });
    // Lines of seven characters or fewer, not all alike: no column is so narrow
    // ("河水向东流去" over "岸边的柳树").
    let uneven = full * 2 <= inner.len() && narrowest * 3 <= widest * 2;
    let narrow = widest <= 2 * 7 && narrowest < widest;
    // A stanza of three lines ("秋风吹过毛乌素" over "芦苇白了头" over
    // "羊群走向远方") only narrow and with no stop in it: three lines are too
    // few to say that they are uneven.
    if widths.len() == 3 {
        return narrow && stops + clauses == 0;
    }
    (uneven || narrow) && stops * 3 <= widths.len() && (stops + clauses) * 2 <= widths.len()
}

/// Are the lines of a block (as many as `count`, the widest `widest`) a
/// stanza set even: short lines with no punctuation but at their ends, few
/// of them ending a sentence ("月亮升起来的时候" over "羊群已经回到圈里")?
/// Wrapped text, however narrow its column, breaks its lines wherever the
/// column ends, so its commas and stops fall inside lines.
fn is_bare_stanza<'t>(
    count: usize,
    widest: u32,
    ending: impl Fn(usize) -> Ending,
    line: impl Fn(usize) -> &'t str,
) -> bool {
    count >= 3
        && widest <= 2 * 16
        && (0..count)
            .filter(|&p| ending(p) == Ending::Terminal)
            .count()
            * 2
            <= count
        && (0..count).all(|p| !punctuated_inside(line(p)))
}

/// The values of a window moving forward over a slice, kept sorted: each step
/// costs a few comparisons, not a sort.
struct SlidingWindow<'a> {
    values: &'a [u32],
    range: Range<usize>,
    sorted: Vec<u32>,
}

impl<'a> SlidingWindow<'a> {
    fn new(values: &'a [u32]) -> Self {
        SlidingWindow {
            values,
            range: 0..0,
            sorted: Vec::with_capacity(16),
        }
    }

    // A window holds a dozen values: moving them one by one costs less than
    // `Vec::insert`/`remove`, which call memmove (a call per line of the page),
    // and finding one by a linear search, which the branch predictor follows,
    // less than a binary search.
    /// Puts `v` in slot `j` and moves it to its place among the sorted others.
    fn settle(&mut self, mut j: usize, v: u32) {
        let sorted = &mut self.sorted;
        while j + 1 < sorted.len() && sorted[j + 1] < v {
            sorted[j] = sorted[j + 1];
            j += 1;
        }
        while j > 0 && sorted[j - 1] > v {
            sorted[j] = sorted[j - 1];
            j -= 1;
        }
        sorted[j] = v;
    }

    fn insert(&mut self, v: u32) {
        self.sorted.push(v);
        self.settle(self.sorted.len() - 1, v);
    }

    /// Removes one `v`: it moves to the end as the largest value and goes.
    fn remove(&mut self, v: u32) {
        if let Some(j) = self.sorted.iter().position(|&x| x == v) {
            self.settle(j, u32::MAX);
            self.sorted.pop();
        }
    }

    /// Replaces one `old` value with `new`: one pass where a removal and an
    /// insertion make two.
    fn replace(&mut self, old: u32, new: u32) {
        if let Some(j) = self.sorted.iter().position(|&x| x == old) {
            self.settle(j, new);
        }
    }

    /// The values of `range` (which must not move backwards), sorted.
    fn slide(&mut self, range: Range<usize>) -> &[u32] {
        if range.start >= self.range.end || range.start < self.range.start {
            self.sorted.clear();
            self.sorted.extend_from_slice(&self.values[range.clone()]);
            self.sorted.sort_unstable();
        } else {
            let values = self.values;
            let gone = &values[self.range.start..range.start];
            let added = &values[self.range.end..range.end.max(self.range.end)];
            // A value leaving and one arriving (a window moving by one): the new
            // one takes the old one's place and moves to its own, one pass.
            let paired = gone.len().min(added.len());
            for (&old, &new) in gone.iter().zip(added) {
                self.replace(old, new);
            }
            for &v in &gone[paired..] {
                self.remove(v);
            }
            for &v in &added[paired..] {
                self.insert(v);
            }
            for &v in &self.values[range.end..self.range.end.max(range.end)] {
                self.remove(v);
            }
        }
        self.range = range;
        &self.sorted
    }
}

/// Classifies every line; for a double-spaced page, whether its paragraphs
/// open indented. `teaser_heads`: a line may head a 导读 ([`may_head_teasers`]).
fn classify(
    text: &str,
    lines: &mut [Line],
    layout: Layout,
    indents_text: bool,
    teaser_heads: bool,
) -> bool {
    let (mut picture_heads, mut captions, mut dates) = (Vec::new(), Vec::new(), Vec::new());
    let (mut signed, mut notes, mut credits) = (Vec::new(), Vec::new(), Vec::new());
    let (mut text_above, mut scanned) = (false, 0);
    let first_text = lines.iter().position(|l| l.kind != LineKind::Blank);
    rows_with_empty_cells(text, lines, layout == Layout::DoubleSpaced);
    for i in 0..lines.len() {
        if lines[i].kind == LineKind::Blank {
            continue;
        }
        let s = &text[lines[i].content.clone()];
        let inside_block = layout == Layout::BlankLineParagraphs
            && i > 0
            && lines[i - 1].kind != LineKind::Blank
            && lines.get(i + 1).is_some_and(|n| n.kind != LineKind::Blank);
        let followed_by_blank = lines.get(i + 1).is_none_or(|n| n.kind == LineKind::Blank);
        // The widest line of the blocks before and after: a one-line block is
        // compared with the text around it, whatever the column estimate says.
        let (neighbour_width, heads_news) = if layout == Layout::BlankLineParagraphs
            && (lines[i].after_blank || i == 0)
            && followed_by_blank
        {
            one_line_block_context(text, lines, i, s)
        } else {
            (0, false)
        };
        lines[i].kind = if is_signature(text, &lines[i], s) && {
            // Whether text stands above: looked for once over the page,
            // for the few lines set right only.
            while !text_above && scanned < i {
                text_above = lines[scanned].kind == LineKind::Body;
                scanned += 1;
            }
            signs_under(text, &lines[..i], text_above)
        } {
            LineKind::Byline
        } else {
            classify_line(
                s,
                &lines[i],
                Some(i) == first_text,
                layout,
                inside_block,
                followed_by_blank,
                neighbour_width,
                heads_news,
            )
        };
        // "【案情】" over a paragraph (a case's parts on a legal page: 【审理】,
        // 【说法】): a section's heading; a column's name stands over a title.
        if lines[i].kind == LineKind::Banner && s.starts_with('【') && heads_paragraph(lines, i) {
            lines[i].kind = LineKind::Heading;
        }
        // "读者  王丽华" or "鄂托克前旗住房和城乡建设局" flush left under a
        // letter's or a reply's last sentence: its signature, not a heading.
        if lines[i].kind == LineKind::Heading
            && followed_by_blank
            && i > 0
            && signs_letter(&lines[i - 1], &lines[i], s)
        {
            lines[i].kind = LineKind::Byline;
        }
        // "    一、征集时间" inside a block, indented as its paragraphs are: a
        // section heading of the text, not a running head.
        // "            干部任前公示" set as far in as a signature stands: a
        // centred headline; banners run flush or a space or two in, on pages
        // whose text is not set in as well.
        if lines[i].kind == LineKind::Banner && lines[i].leading_space && !s.starts_with('【') {
            let indent = indent(text, &lines[i]);
            if (inside_block && indent >= 4) || indent >= SIGNATURE_INDENT || indents_text {
                lines[i].kind = LineKind::Heading;
            }
        }
        if matches!(lines[i].kind, LineKind::Heading | LineKind::Banner)
            && layout == Layout::BlankLineParagraphs
        {
            wrapped_heading(text, lines, i, followed_by_blank);
        }
        // "扎实推动党支部建设迈上新台阶" between "聚焦“三抓三强”" and
        // "●…第二党支部  刘宝明": a headline's second line over its author.
        if lines[i].kind == LineKind::Body
            && layout == Layout::BlankLineParagraphs
            && i > 0
            && lines[i - 1].kind == LineKind::Heading
            && lines[i - 1].after_blank
            && lines[i].ending == Ending::Open
            && lines
                .get(i + 1)
                .is_some_and(|n| opens_with_author_sign(text, n))
            && !s.contains(CLAUSE_MARKS)
        {
            lines[i].kind = LineKind::Heading;
        }
        // "做到“人在网中走…小事不出" under "…配备专职网格员180名，": a
        // sentence's next line, however short, in a page of long lines.
        if lines[i].kind == LineKind::Heading
            && !lines[i].after_blank
            && i > 0
            && lines[i - 1].kind == LineKind::Body
            && lines[i - 1].ending == Ending::Continuing
        {
            lines[i].kind = LineKind::Body;
        }
        // "　　会议要求，要加强" set in as the page's paragraphs are, right
        // under a finished sentence, and holding a clause: a paragraph's
        // first words (the rest cut off by a caption), not a heading.
        if lines[i].kind == LineKind::Heading
            && indents_text
            && lines[i].leading_space
            && !lines[i].after_blank
            && i > 0
            && lines[i - 1].kind == LineKind::Body
            && lines[i - 1].ending == Ending::Terminal
            && s.contains(['，', '；'])
        {
            lines[i].kind = LineKind::Body;
        }
        // Lines that end their text here, however short (a heading only
        // right under the text it ends):
        // - text that ends in a marker of where it goes on ("…良好态势。
        //   【下转第4版】", "…总投资（下转第二版）") goes on on another page;
        // - a news item's closing credit wrapped ("…重特大事故发生。（孙立" over
        //   "新）") ends the item.
        if matches!(lines[i].kind, LineKind::Body | LineKind::Heading)
            && lines[i].ending != Ending::Terminal
        {
            let under_text = !lines[i].after_blank && i > 0 && lines[i - 1].kind == LineKind::Body;
            let marker = (lines[i].kind == LineKind::Body || under_text)
                && may_end_in_marker(s)
                && ends_in_marker(s);
            let credit = || {
                under_text
                    && lines[i].ending == Ending::Open
                    && ends_credit_wrapped(&text[lines[i - 1].content.clone()], s)
            };
            if marker || credit() {
                lines[i].kind = LineKind::Body;
                lines[i].ending = Ending::Terminal;
            }
        }
        // Entries of a list of people ("组  长：王建军  旗人大常委会副主任" over
        // "        孙  丽  旗财政局副局长") are its text, however short or
        // indented (asked only of entries: a pass over all lines cost 2 %).
        if lines[i].list == ListPart::Entry
            && matches!(lines[i].kind, LineKind::Heading | LineKind::Banner)
        {
            let entry = |k: usize| lines.get(k).is_some_and(|l| l.list == ListPart::Entry);
            if (i > 0 && entry(i - 1)) || entry(i + 1) {
                lines[i].kind = LineKind::Body;
            }
        }
        // A line of cells with one number alone ("东胜区  晴  -7℃～3℃") is a
        // row where other rows stand beside it, and only there. (In a
        // double-spaced page, a blank line between.)
        let double = layout == Layout::DoubleSpaced;
        let row = |k: Option<usize>| k.is_some_and(|k| lines[k].list == ListPart::Table);
        // A roster's rows of names may stand a blank line apart in any page
        // (主    任  王建军 / blank / 副 主 任  李  强  巴特尔).
        let blank = |k: usize| lines.get(k).is_some_and(|l| l.kind == LineKind::Blank);
        let name_row = |k: usize| {
            lines.get(k).is_some_and(|l| {
                l.list == ListPart::Table && table_cells(&text[l.content.clone()]).1 == 0
            })
        };
        // (Rows of standings too, a name and a figure: 东胜区  856分.)
        let row_across = |k: usize| match table_cells(s) {
            (_, 0) => name_row(k),
            (2, _) => lines.get(k).is_some_and(|l| l.list == ListPart::Table),
            _ => false,
        };
        let names_across_blank =
            || (i >= 2 && blank(i - 1) && row_across(i - 2)) || (blank(i + 1) && row_across(i + 2));
        if lines[i].list == ListPart::Table
            && !row(row_above(lines, i, double))
            && !row(row_below(lines, i, double))
            && !names_across_blank()
            && table_cells(s).1 < 2
        {
            lines[i].list = if is_list_entry(s) {
                ListPart::Entry
            } else {
                ListPart::Outside
            };
        }
        // A table of contents ("用心用情办好民生实事…………10"): its entries
        // are rows, each a title of its own.
        if s.as_bytes().last().is_some_and(u8::is_ascii_digit) && is_contents_entry(s) {
            lines[i].list = ListPart::Table;
        }
        // A table's rows are text, however short; the head right above its
        // first row ("产品名称        产量（万吨）    比上年增长（%）") is a row too.
        if lines[i].list == ListPart::Table {
            lines[i].kind = LineKind::Body;
        }
        if lines[i].list == ListPart::Table
            && let Some(k) = row_above(lines, i, double)
            && lines[k].list != ListPart::Table
            && lines[k].kind != LineKind::Blank
            && table_cells(&text[lines[k].content.clone()]).0 >= 3
        {
            lines[k].list = ListPart::Table;
            lines[k].kind = LineKind::Body;
        }
        // A short line right over a table's first row, a blank line above it
        // ("各旗区天气" over "东胜区      晴      -14℃～-2℃"): the table's
        // title, not a sentence's end. Or alone between blank lines over it,
        // where blank lines part paragraphs: a schedule's channel
        // ("鄂尔多斯电视台新闻综合频道" over a blank line over "06:00  早间
        // 新闻"); not a line that leads into the table ("主要指标完成情况如下：").
        if lines[i].list == ListPart::Table
            && i > 1
            && let Some(t) = if lines[i - 1].kind == LineKind::Blank {
                Some(i - 2).filter(|&t| {
                    layout == Layout::BlankLineParagraphs
                        && (t == 0 || lines[t].after_blank)
                        && lines[t].ending == Ending::Open
                })
            } else {
                Some(i - 1).filter(|&t| lines[t].after_blank)
            }
            && lines[t].list == ListPart::Outside
            && lines[t].kind == LineKind::Body
            && lines[t].width <= 2 * 16
            && holds_no_sentence(&text[lines[t].content.clone()])
        {
            lines[t].kind = LineKind::Heading;
        }
        // Noted while the line's text is at hand.
        if lines[i].kind == LineKind::Caption {
            captions.push(i);
        } else if lines[i].kind == LineKind::Byline
            && (followed_by_blank || layout == Layout::ParagraphPerLine)
            && ends_in_photo_credit(s)
        {
            credits.push(i);
        } else if lines[i].kind == LineKind::Body
            && (s.starts_with("图为") && (i == 0 || lines[i].after_blank)
                // (Where each paragraph is a line, no blank line parts the
                // captions from the text: the first of them, under anything else.)
                || s.starts_with(is_circled_number)
                    && (i == 0
                        || lines[i].after_blank
                        || !text[lines[i - 1].content.clone()].starts_with(is_circled_number)))
        {
            picture_heads.push(i);
        } else if lines[i].kind == LineKind::Body
            && matches!(s.as_bytes().first(), Some(0xEF | b'('))
            && followed_by_blank
            && is_bracketed_date(s)
        {
            dates.push(i);
        } else if lines[i].kind == LineKind::Body
            // (In a double-spaced page a title block dropped into another
            // text is set tight already, and its lines are the trailing
            // headline's.)
            && layout != Layout::DoubleSpaced
            && matches!(s.as_bytes().first(), Some(0xEF | b'('))
            && (is_session_note(s) || !followed_by_blank && is_bracketed_date(s))
        {
            notes.push(i);
        } else if s.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && followed_by_blank
            // (Set apart from its issuer only where blank lines part
            // paragraphs, or where every line is set apart.)
            && (!lines[i].after_blank || layout != Layout::ParagraphPerLine)
            && is_date(s)
        {
            signed.push(i);
        } else if matches!(lines[i].kind, LineKind::Heading | LineKind::Body)
            && (followed_by_blank || layout == Layout::ParagraphPerLine)
            && s.ends_with('摄')
            && credit_after_sentence(s).is_some()
        {
            // "…比赛中。  本报记者  乌力吉  摄": a credit after the caption's
            // last sentence, on its line.
            credits.push(i);
        }
    }
    // "1．什么是人大代表联络站？" over "答：…": the numbered question of a
    // page of questions and answers heads its answer. (A pass of its own over
    // the lines that open a point: inside the loop above it cost 2 % of the
    // layout of 002.)
    for i in 0..lines.len() {
        if !lines[i].opens_paragraph || lines[i].kind != LineKind::Body {
            continue;
        }
        let s = &text[lines[i].content.clone()];
        if (s.as_bytes().ends_with("？".as_bytes()) || s.as_bytes().ends_with(b"?"))
            && is_enumerated(s)
            && s.chars().count() <= 40
            && lines[i + 1..]
                .iter()
                .find(|l| l.kind != LineKind::Blank)
                .is_some_and(|l| {
                    let answer = &text[l.content.clone()];
                    answer.starts_with("答：") || answer.starts_with("答:")
                })
        {
            lines[i].kind = LineKind::Heading;
        }
    }
    mark_list_tails(lines);
    mark_folios(text, lines);
    mark_page_numbers(text, lines);
    captions.extend(captioned_by_credit(text, lines, layout, &credits));
    mark_picture_captions(text, lines, &picture_heads, captions);
    // "鄂托克前旗人大常委会研究室　王志强" alone, read as a heading: the
    // author's unit and name. (Asked of headings, which are few: asked of
    // every line alone, it cost 1.4 % of the analysis of 002.)
    for line in lines.iter_mut() {
        if line.kind == LineKind::Heading
            && line.width <= 2 * 30
            && is_unit_and_name(&text[line.content.clone()])
        {
            line.kind = LineKind::Byline;
        }
    }
    // A credit set over two lines: "市融媒体中心记者" over "郝巧宁赵小雨摄".
    for i in 1..lines.len() {
        if lines[i].kind == LineKind::Byline
            && matches!(lines[i - 1].kind, LineKind::Body | LineKind::Heading)
            && lines[i - 1].ending == Ending::Open
            && lines[i - 1].width <= 2 * 20
        {
            let s = &text[lines[i - 1].content.clone()];
            if !s.contains(['，', '。', '、', ','])
                && (s.contains("记者") || s.contains("通讯员") || s.contains("摄影"))
            {
                lines[i - 1].kind = LineKind::Byline;
            }
        }
    }
    // A short line alone over a signature ("草原的秋天" over "□ 乌兰图雅"): a
    // poem's or an essay's title, however near the column's width.
    // So is one alone between blank lines over a writer's credit
    // ("扎根基层的“领头雁”" over a blank line and "文/图  本报记者  敖登").
    if layout == Layout::BlankLineParagraphs {
        for i in 1..lines.len() {
            if lines[i].kind != LineKind::Byline {
                continue;
            }
            let credit = &text[lines[i].content.clone()];
            let apart = lines[i - 1].kind == LineKind::Blank;
            let (t, signed) = if apart {
                let writer = is_writer_credit(credit)
                    || credit.starts_with(text::SIGNATURE_SIGNS)
                    || is_magazine_credit(credit);
                (
                    i.saturating_sub(2),
                    writer && i >= 2 && lines[i - 2].after_blank,
                )
            } else {
                (i - 1, credit.starts_with(text::SIGNATURE_SIGNS))
            };
            let title = &lines[t];
            if signed
                && title.kind == LineKind::Body
                && (title.after_blank || Some(t) == first_text)
                && title.ending == Ending::Open
                && title.width <= 2 * 20
                // A title alone between blank lines may hold a comma ("医保新政
                // 来了，这些变化要知道"): it ends no sentence, and a sentence's
                // piece split off by a blank line stands over no writer's credit.
                && !text[title.content.clone()].contains(if apart {
                    &['。', '；'][..]
                } else {
                    &['，', '。', '、', ','][..]
                })
            {
                lines[t].kind = LineKind::Heading;
            }
        }
    }
    // "（杨娜 贾荷蓉）" closing a news item, then a line alone between blank
    // lines with no stop in it: the item's headline, set after its text,
    // however wide.
    if layout == Layout::BlankLineParagraphs {
        for i in 0..lines.len() {
            if lines[i].kind != LineKind::Byline {
                continue;
            }
            if !closes_with_credit(&text[lines[i].content.clone()]) {
                continue;
            }
            let t = i + 2;
            let apart = |k: usize| lines.get(k).is_none_or(|l| l.kind == LineKind::Blank);
            if apart(i + 1)
                && lines.get(t).is_some_and(|l| {
                    l.kind == LineKind::Body
                        && l.ending == Ending::Open
                        && l.width <= 2 * 24
                        && !text[l.content.clone()].contains(['，', '。', '；', '：', ','])
                })
                && apart(t + 1)
            {
                lines[t].kind = LineKind::Heading;
            }
        }
        mark_titles_over_subtitles(text, lines);
    }
    if layout != Layout::DoubleSpaced {
        promote_heading_blocks(text, lines, layout);
    }
    if matches!(
        layout,
        Layout::BlankLineParagraphs | Layout::ParagraphPerLine
    ) {
        mark_colon_kickers(text, lines, layout);
    }
    mark_issuers(text, lines, &dates);
    if !signed.is_empty() {
        mark_attachments(text, lines);
    }
    mark_signatures(text, lines, &signed);
    mark_author_notes(text, lines);
    mark_session_notes(text, lines, &notes);
    if layout == Layout::BlankLineParagraphs {
        end_paragraphs_under_full_lines(lines);
        unindented_first_lines(text, lines);
    }
    // A "heading" whose text runs on after a blank line into a fragment such as
    // "势，积极响应…" was the first half of a sentence. (Not a question that
    // heads its answer: "1．什么是…？" over "答：…".)
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Heading
            || lines[i].width * 2 < lines[i].column
            || lines[i].ending == Ending::Terminal
        {
            continue;
        }
        let Some(next) = (i + 1..lines.len()).find(|&k| lines[k].kind != LineKind::Blank) else {
            continue;
        };
        if next > i + 1
            && lines[next].kind == LineKind::Body
            && text::starts_mid_sentence(&text[lines[next].content.clone()])
        {
            lines[i].kind = LineKind::Body;
        }
    }
    if teaser_heads {
        mark_teasers(text, lines);
    }
    let indents = layout == Layout::DoubleSpaced && settle_double_spaced(text, lines);
    if layout == Layout::DoubleSpaced {
        mark_set_in_headlines(text, lines);
    }
    // The line right above a （上接…） marker line is the article's repeated headline.
    for i in 1..lines.len() {
        if lines[i].kind == LineKind::Marker
            && lines[i - 1].kind == LineKind::Body
            && lines[i - 1].ending == Ending::Open
            && continues_from(&text[lines[i].content.clone()])
        {
            lines[i - 1].kind = LineKind::Heading;
        }
    }
    // A paragraph right under its heading starts with an indented line too.
    for i in 1..lines.len() {
        if lines[i - 1].kind.is_insertable() && lines[i].kind == LineKind::Body {
            lines[i].may_be_indented = true;
        }
    }
    indents
}

/// A front page's 导读: its head and the teasers under it
/// ([`markers::teasers_under`]) are the page's, not headlines over text (nor
/// bylines, for the ● before each).
fn mark_teasers(text: &str, lines: &mut [Line]) {
    for h in 0..lines.len() {
        if !may_head_teasers(text, &lines[h])
            || !markers::is_teaser_head(&text[lines[h].content.clone()])
        {
            continue;
        }
        let teasers = markers::teasers_under(text, lines[h].span.next);
        if teasers.is_empty() {
            continue;
        }
        lines[h].kind = LineKind::Banner;
        for teaser in teasers {
            let i = lines.partition_point(|l| l.span.start <= teaser.line.start) - 1;
            lines[i].kind = LineKind::Banner;
        }
    }
}

/// Can `line` head teasers ("今日导读")? Asked of every line once the page
/// is measured: its width first.
fn may_head_teasers(text: &str, line: &Line) -> bool {
    // "导读" to "【本期导读】"; not a blank line.
    (4..=2 * 6).contains(&line.width) && {
        let s = &text.as_bytes()[line.content.clone()];
        let s = s.strip_suffix("】".as_bytes()).unwrap_or(s);
        s.ends_with("导读".as_bytes())
    }
}

/// "（作者系中共鄂尔多斯市委党校…副教授）", "（作者单位：杭锦旗委组织部）":
/// who the author is, in brackets under the text, a block of its own in up
/// to three lines: an author line, not a paragraph or a heading.
fn mark_author_notes(text: &str, lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        // (Or a line of its own after a finished sentence, where each
        // paragraph is a line.)
        let after_blank = i == 0 || lines[i - 1].kind == LineKind::Blank;
        // (By its first bytes: asked of every line.)
        let s = text
            .as_bytes()
            .get(lines[i].content.start..)
            .unwrap_or_default();
        let opens = (s.starts_with("（".as_bytes()) || s.starts_with(b"("))
            && (after_blank || lines[i - 1].ending == Ending::Terminal)
            && ["（作者", "(作者", "（本文作者"]
                .iter()
                .any(|w| s.starts_with(w.as_bytes()));
        if !opens {
            i += 1;
            continue;
        }
        let end = (i..lines.len().min(i + 3))
            .find(|&k| text[lines[k].content.clone()].ends_with(['）', ')']))
            .filter(|&k| (i + 1..=k).all(|m| lines[m].kind != LineKind::Blank))
            .filter(|&k| {
                if after_blank {
                    lines.get(k + 1).is_none_or(|l| l.kind == LineKind::Blank)
                } else {
                    k == i
                        && lines
                            .get(k + 1)
                            .is_none_or(|l| l.kind != LineKind::Body || l.opens_paragraph)
                }
            });
        match end {
            Some(end) => {
                for line in &mut lines[i..=end] {
                    line.kind = LineKind::Byline;
                }
                i = end + 1;
            }
            None => i += 1,
        }
    }
}

/// "敖勒召其镇：" over a headline ("“代表之家”成了群众的“连心桥”"), right
/// under it or one blank line above it: a kicker naming the place or the
/// body the story is about, not a clause of text. Its name ends in a level
/// or a body's last character (so "同志们：" and "建议：" stay text).
fn mark_colon_kickers(text: &str, lines: &mut [Line], layout: Layout) {
    for i in 0..lines.len() {
        let line = &lines[i];
        // (Right under the folio; where each paragraph is a line, after any
        // finished one.)
        let opens = line.after_blank
            || i == 0
            || lines[i - 1].kind == LineKind::Banner
            || layout == Layout::ParagraphPerLine && lines[i - 1].ending == Ending::Terminal;
        if line.kind != LineKind::Body
            || line.ending != Ending::Clause
            || !opens
            || line.width > 2 * 12
        {
            continue;
        }
        let s = &text[line.content.clone()];
        let Some(name) = s.strip_suffix('：') else {
            continue;
        };
        let names_a_body = name.chars().count() >= 2
            && !name.contains(['，', '。', '、', '；', ',', ' '])
            && name.ends_with(|c| "镇旗市县区盟乡村查木大协委局院会校所站厅部处团社".contains(c));
        let over_headline = (i + 1..lines.len().min(i + 3))
            .find(|&k| lines[k].kind != LineKind::Blank)
            .is_some_and(|k| matches!(lines[k].kind, LineKind::Heading | LineKind::Banner));
        if names_a_body && over_headline {
            lines[i].kind = LineKind::Heading;
        }
    }
}

/// For a one-line block (line `i`, text `s`) of a page with blank lines
/// between paragraphs: the widest line of the blocks before and after it,
/// and whether a news item's dateline follows (out of the classification's
/// loop, which most lines pass without asking).
#[inline(never)]
fn one_line_block_context(text: &str, lines: &[Line], i: usize, s: &str) -> (u32, bool) {
    // A headline set line by line between blank lines (kicker, title,
    // subtitle over "本报讯…"): its other lines, up to two one-line
    // blocks without a clause, are looked through on either side.
    let stacked = |k: usize| {
        lines[k].kind != LineKind::Blank
            && lines[k].after_blank
            && lines.get(k + 1).is_none_or(|n| n.kind == LineKind::Blank)
            && lines[k].width <= 2 * 30
            && !text[lines[k].content.clone()].contains(['，', '。', '、', '；'])
    };
    let mut before = i;
    for _ in 0..2 {
        match (0..before)
            .rev()
            .find(|&k| lines[k].kind != LineKind::Blank)
        {
            Some(k) if stacked(k) => before = k,
            _ => break,
        }
    }
    let before = (0..before)
        .rev()
        .skip_while(|&k| lines[k].kind == LineKind::Blank);
    let mut next = (i + 1..lines.len()).find(|&k| lines[k].kind != LineKind::Blank);
    for _ in 0..2 {
        match next {
            Some(k) if stacked(k) => {
                next = (k + 1..lines.len()).find(|&m| lines[m].kind != LineKind::Blank);
            }
            _ => break,
        }
    }
    let widest = |range: &mut dyn Iterator<Item = usize>| {
        range
            .take_while(|&k| lines[k].kind != LineKind::Blank)
            .take(40)
            .map(|k| lines[k].width)
            .max()
            .unwrap_or(0)
    };
    let after = next.map_or(0, |n| widest(&mut (n..lines.len())));
    // A one-line block over a news item's dateline heads it, however
    // wide, unless it holds a clause (a paragraph's head, the rest of
    // it elsewhere).
    let heads_news = !s.contains(['，', '、', '；'])
        && next.is_some_and(|k| NEWS_DATELINE.is_match(&text[lines[k].content.clone()]));
    (widest(&mut before.into_iter()).max(after), heads_news)
}

/// Settles the headings of a double-spaced page, where every line stands
/// alone; whether its paragraphs open indented ([`enough_indented`]).
///
/// - Where paragraphs open indented, a paragraph's first line, short of the
///   column, looks like a heading ("要全面落实《基本医疗卫生与健康促进", 002
///   line 4856): a full line of text right under it, opening nothing, is its
///   next line, and it is text.
/// - A point's title right under the text before it (no blank line between),
///   so not standing alone, is a heading all the same where its wrapped end
///   stands alone under it ("四、对进一步贯彻实施《基本医疗卫生与" over
///   "健康促进法》的建议").
/// - A headline over its news item's dateline ("市人大常委会开展…执法检查"
///   over "本报讯（记者 高娃）…") is one however wide, when nothing stands
///   above it but a finished sentence or a heading.
/// - The end of a bracket opened on the line above ("（2026年1月8日…第六届"
///   over "委员会第九次全体会议通过）") is that line's next, not a heading.
fn settle_double_spaced(text: &str, lines: &mut [Line]) -> bool {
    // One pass: the count `enough_indented` weighs, the points' titles
    // promoted, and the first lines of text noted until the count is known.
    let (mut starts, mut short) = (0usize, 0usize);
    let mut previous: Option<usize> = None;
    let mut first_lines: Vec<usize> = Vec::new();
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Blank {
            continue;
        }
        if let Some(p) = previous {
            let p = &lines[p];
            if p.kind == LineKind::Body
                && line.kind == LineKind::Body
                && p.ending == Ending::Terminal
                && p.width + FULL_TOLERANCE < p.column
            {
                starts += 1;
                short += usize::from(line.width + FULL_TOLERANCE < line.column);
            }
        }
        let above = previous.replace(i);
        if line.kind == LineKind::Heading
            && text[line.content.clone()].ends_with(['）', ')'])
            && !text[line.content.clone()].contains(['（', '('])
            && above.is_some_and(|p| {
                lines[p].kind == LineKind::Body && opens_bracket(&text[lines[p].content.clone()])
            })
        {
            lines[i].kind = LineKind::Body;
            continue;
        }
        let Some(next) = lines
            .get(i + 2)
            .filter(|_| lines[i + 1].kind == LineKind::Blank)
        else {
            continue;
        };
        if line.kind == LineKind::Heading
            && !line.opens_paragraph
            && !line.tight
            && matches!(line.ending, Ending::Open | Ending::Continuing)
            && line.width + HEADING_SHORTFALL >= line.column
            && next.kind == LineKind::Body
            && !next.opens_paragraph
            && !next.tight
            && !next.leading_space
            && next.width + FULL_TOLERANCE >= next.column
        {
            first_lines.push(i);
        } else if line.kind == LineKind::Body
            && ((line.opens_paragraph && wraps_into(line, next))
                || (line.ending == Ending::Open
                    && next.opens_paragraph
                    && above.is_none_or(|p| {
                        lines[p].ending == Ending::Terminal || lines[p].kind != LineKind::Body
                    })
                    && NEWS_DATELINE.is_match(&text[next.content.clone()])
                    && !text[line.content.clone()].contains(['，', '。', '、', '；', ','])))
        {
            lines[i].kind = LineKind::Heading;
        }
    }
    let indents = enough_indented(starts, short);
    if indents {
        for i in first_lines {
            lines[i].kind = LineKind::Body;
        }
    }
    indents
}

/// In a double-spaced page, the lines of a headline block the extraction set
/// into another article's text (002: the block, its ● author line, then the
/// text it cut goes on). They are:
/// - lines with no stop in them over the block's end (a ● author line, a
///   dashed subtitle, a heading), after a finished sentence or a heading:
///   "深入推进“双报到、双服务、双报告”工作" over "着力提升…安全感" over
///   "●市人大常委会办公室机关党委  薛 博";
/// - such a line right over a ● author line, with no blank between;
/// - lines set single-spaced (no blank between them) with no stop in them,
///   after a finished sentence or closed by a note in brackets ("…的决定"
///   over "（2024年12月30日…通过）");
/// - a document's title wrapped over two lines a blank line apart
///   ([`wrapped_over_blank`]);
/// - a line that closes the 《 or “ a heading left open
///   ("…《内蒙古自治区建设国家向北" over "开放重要桥头堡促进条例》情况…").
///
/// And an issuer over a date under a finished text is a signature; a line
/// that stops at 第 is no heading.
fn mark_set_in_headlines(text: &str, lines: &mut [Line]) {
    let content = |lines: &[Line], k: usize| &text[lines[k].content.clone()];
    let candidate = |lines: &[Line], k: usize| {
        let line = &lines[k];
        line.kind == LineKind::Body
            && line.ending == Ending::Open
            && !line.opens_paragraph
            && line.list == ListPart::Outside
            && !content(lines, k).contains(SET_IN_STOPS)
    };
    // The text line above `k`, through one blank line at most.
    let above = |lines: &[Line], k: usize| match k.checked_sub(1) {
        Some(j) if lines[j].kind != LineKind::Blank => Some(j),
        Some(j) => j
            .checked_sub(1)
            .filter(|&i| lines[i].kind != LineKind::Blank),
        None => None,
    };
    // Does the text before `k` end there: a finished sentence, a heading, a
    // banner, an author line, or nothing?
    let ends_before = |lines: &[Line], k: usize| {
        let line = &lines[k];
        line.kind != LineKind::Body || line.ending == Ending::Terminal
    };
    // Over the block's end; and a document's title wrapped over two lines a
    // blank line apart. (One pass: most lines are body text that neither
    // test reads.)
    let mut last_text: Option<usize> = None;
    for i in 0..lines.len() {
        let ends_block = match lines[i].kind {
            LineKind::Blank => continue,
            LineKind::Byline => content(lines, i).starts_with(text::SIGNATURE_SIGNS),
            LineKind::Heading => content(lines, i).starts_with("——"),
            LineKind::Body => {
                if lines[i].ending == Ending::Open {
                    // The text above, one blank line up at most, ended.
                    let after_end = last_text.is_none_or(|p| i - p > 2 || ends_before(lines, p));
                    if after_end {
                        wrapped_over_blank(text, lines, i, &candidate);
                        wraps_into_tail(lines, i);
                    }
                }
                false
            }
            _ => false,
        };
        last_text = Some(i);
        if !ends_block {
            continue;
        }
        // The block's lines over it, at most four: candidates, and headings
        // already read.
        let mut run: smallvec::SmallVec<[usize; 4]> = smallvec::SmallVec::new();
        let mut k = above(lines, i);
        while let Some(j) = k {
            let heading = lines[j].kind == LineKind::Heading && !lines[j].opens_paragraph;
            if !(heading || candidate(lines, j)) || run.len() == 4 {
                break;
            }
            run.push(j);
            k = above(lines, j);
        }
        let Some(&top) = run.last() else {
            continue;
        };
        let adjacent = run[0] + 1 == i;
        // Under a heading, or after the text before the block ended.
        let capped = lines[top].kind == LineKind::Heading;
        let after_end = above(lines, top).is_none_or(|j| ends_before(lines, j));
        if capped || after_end || (adjacent && run.len() == 1) {
            for &j in &run {
                lines[j].kind = LineKind::Heading;
            }
        }
    }
    // Set single-spaced: a run of lines with no blank between them.
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].tight || lines[i].kind == LineKind::Blank {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && lines[i].kind != LineKind::Blank {
            i += 1;
        }
        let end = i;
        let titles = (start..end)
            .take_while(|&k| {
                (candidate(lines, k) || lines[k].kind == LineKind::Heading)
                    && !lines[k].leading_space
            })
            .count();
        if titles == 0 || titles > 3 {
            continue;
        }
        let closed_by_note = start + titles < end && {
            let note = content(lines, start + titles);
            note.starts_with(['（', '(']) && note.ends_with(['）', ')'])
        };
        let after_end = above(lines, start).is_none_or(|j| ends_before(lines, j));
        // And the text under it starts afresh: in the run (a frame opened by a
        // space), or after a blank line a heading or a paragraph's first line.
        // A line that runs on into the text under it is that text's.
        let text_starts = start + titles < end
            || text::leaves_open(content(lines, start + titles - 1))
            || lines
                .get(end + 1)
                .is_none_or(|n| n.kind != LineKind::Body || n.leading_space || n.opens_paragraph);
        if (titles >= 2 && after_end && text_starts) || closed_by_note {
            for line in &mut lines[start..start + titles] {
                line.kind = LineKind::Heading;
            }
        }
    }
    // A signature under a finished text: the issuers over the date, the
    // first read as a heading ("巴彦淖尔市人大工作研究会" over
    // "《巴彦淖尔人大》编辑部" over "2024年11月29日"). A line that stops at
    // 第, a number's first character, is no heading ("《中华人民共和国残疾
    // 人保障法》第" over "三十三条规定：…"). A heading's open 《 or “ is closed
    // by the line under it.
    for i in 0..lines.len() {
        match lines[i].kind {
            LineKind::Byline if is_date(content(lines, i)) => {
                let mut k = above(lines, i);
                let mut issuers = 0;
                while let Some(j) = k.filter(|&j| lines[j].kind == LineKind::Byline && issuers < 2)
                {
                    issuers += 1;
                    k = above(lines, j);
                }
                if let Some(h) = k.filter(|&h| {
                    issuers > 0
                        && lines[h].kind == LineKind::Heading
                        && lines[h].width <= 2 * 24
                        && !lines[h].opens_paragraph
                        && !content(lines, h).contains(SET_IN_STOPS)
                        && above(lines, h).is_some_and(|t| {
                            lines[t].kind == LineKind::Body && lines[t].ending == Ending::Terminal
                        })
                }) {
                    lines[h].kind = LineKind::Byline;
                }
            }
            LineKind::Heading => {
                let head = content(lines, i);
                if head.ends_with('第') {
                    lines[i].kind = LineKind::Body;
                    continue;
                }
                let Some(next) =
                    (i + 1..lines.len().min(i + 3)).find(|&k| lines[k].kind != LineKind::Blank)
                else {
                    continue;
                };
                if candidate(lines, next) && text::closes_open(head, content(lines, next)) {
                    lines[next].kind = LineKind::Heading;
                }
            }
            _ => {}
        }
    }
}

/// [`mark_set_in_headlines`]' test of body line `i`, open and after a
/// finished text, and the line a blank below it: a document's title wrapped.
fn wrapped_over_blank(
    text: &str,
    lines: &mut [Line],
    i: usize,
    candidate: &impl Fn(&[Line], usize) -> bool,
) {
    // The lines' form first, their words last.
    if lines.get(i + 1).is_none_or(|l| l.kind != LineKind::Blank) || lines.get(i + 2).is_none() {
        return;
    }
    let next = i + 2;
    let first = &text[lines[i].content.clone()];
    if (first.ends_with('会') || first.contains("关于"))
        && candidate(lines, i)
        && (candidate(lines, next) || lines[next].kind == LineKind::Heading)
        && wrapped_title(text, &lines[i], &lines[next])
    {
        lines[i].kind = LineKind::Heading;
        lines[next].kind = LineKind::Heading;
    }
}

/// [`mark_set_in_headlines`]' test of body line `i`, open, short of its column
/// and after a finished text, over a word alone a blank line below, with no
/// stop, over text: a heading wrapped ("结合实际办实事好事，改善居民生产生活"
/// over "环境", 002 line 6177), for text never ends without a stop. (A
/// paragraph's first line, indented, is as short.)
fn wraps_into_tail(lines: &mut [Line], i: usize) {
    // (The outline groups the two lines as one heading by the same width.)
    let [line, blank, tail, gap, under, ..] = &lines[i..] else {
        return;
    };
    if blank.kind == LineKind::Blank
        && gap.kind == LineKind::Blank
        && tail.kind == LineKind::Heading
        && tail.width <= HEADING_TAIL
        && tail.ending == Ending::Open
        && !tail.opens_paragraph
        && under.kind == LineKind::Body
        && !line.tight
        && line.list == ListPart::Outside
        && line.width + FULL_TOLERANCE < line.column
    {
        lines[i].kind = LineKind::Heading;
    }
}

/// The widest a heading's last line may be when it holds only what its first
/// line left over, a word or two (three characters: "…改善居民生产生活" over "环境").
pub(crate) const HEADING_TAIL: u32 = 2 * 3;

/// Stops no line of a headline holds.
const SET_IN_STOPS: [char; 10] = ['，', '。', '；', '：', '！', '？', ',', ';', ':', '!'];

/// `first_on_page`: the line is the page's first line with text (blank lines may
/// stand above it).
#[allow(clippy::too_many_arguments)]
fn classify_line(
    s: &str,
    line: &Line,
    first_on_page: bool,
    layout: Layout,
    inside_block: bool,
    followed_by_blank: bool,
    neighbour_width: u32,
    heads_news: bool,
) -> LineKind {
    let first = s.chars().next().unwrap_or(' ');
    if s.len() <= 80
        && may_end_in_marker(s)
        && s.chars().count() <= 20
        && (markers::is_marker_line(s) || markers::serial_note(s).is_some())
    {
        return LineKind::Marker;
    }
    if matches!(first, '▲' | '△' | '↑' | '↓') {
        return LineKind::Caption;
    }
    // "”" alone: the closing quote of the line above, wrapped to a line of its
    // own at the column's edge (她说：“…是我最开心的事。 / ”).
    if line.width <= 4
        && s.chars()
            .all(|c| matches!(c, '”' | '’' | '」' | '』' | '）' | ')'))
    {
        return LineKind::Body;
    }
    // "【编者按】" over the note's text: its first words, not a headline.
    if matches!(first, '【' | '编') && is_preface_head(s) {
        return LineKind::Body;
    }
    // "【关键词】基层人大；监督": a paper's abstract or keywords, its text.
    if first == '【' && ABSTRACT_HEADS.iter().any(|h| s.starts_with(h)) {
        return LineKind::Body;
    }
    // "【代表风采】" alone between blank lines: a column's name; "【链接】" a
    // box's heading.
    if first == '【' && line.after_blank && followed_by_blank && is_bracketed_name(s) {
        if text::is_square_heading(s) {
            return LineKind::Heading;
        }
        return LineKind::Banner;
    }
    // (Where each line is a paragraph, every line stands alone.)
    if first == '图'
        && is_picture_caption(
            s,
            (line.after_blank && followed_by_blank) || layout == Layout::ParagraphPerLine,
        )
    {
        return LineKind::Caption;
    }
    if first == '表' && is_table_title(s) {
        return LineKind::Caption;
    }
    if matches!(first, '（' | '(') && is_bracketed_credit(s, line) {
        return LineKind::Byline;
    }
    let open = !matches!(line.ending, Ending::Terminal | Ending::Continuing);
    let short_line = line.width <= 2 * 40;
    // "■带领乡亲共同致富" set alone: a section's heading, not an author.
    if matches!(first, '■' | '◆')
        && short_line
        && open
        && followed_by_blank
        && text::is_square_heading(s)
    {
        return LineKind::Heading;
    }
    // "●城川镇人大开展代表活动日  近日，…": a brief's lead-in and its text, no byline.
    if text::AUTHOR_SIGNS.contains(&first) && short_line && open {
        if text::is_brief_head(s) {
            return LineKind::Heading;
        }
        if !s.contains(['，', '。'])
            && (followed_by_blank
                || line.width + FULL_TOLERANCE < line.column
                || ends_in_signature(s))
        {
            return LineKind::Byline;
        }
        // A brief's first line, run on into the next ("●多伦县开展普法宣传  县司法局
        // 局长刘志刚带队深入" over "社区开展…"): its text, lead-in and all.
        if !followed_by_blank {
            return LineKind::Body;
        }
    }
    if open && short_line {
        // "本报讯 市融媒体中心记者杨帧 王红" alone on its line; "本报讯（赵峰）自治区两会…"
        // opens the body instead.
        // "本报讯（记者 王晓燕 通讯员 李明" over "辉）11月19日，…": the credit runs on.
        if (s.starts_with("本报讯") || s.starts_with("本刊讯"))
            && !s.contains(['，', '。', ','])
            && (followed_by_blank || !opens_bracket(s) && !text_after_bracket(s))
        {
            return LineKind::Byline;
        }
        if matches!(first, '文' | '图' | '撰') && is_magazine_credit(s) {
            return LineKind::Byline;
        }
        if is_photo_credit_end(s) && line.width < line.column {
            return LineKind::Byline;
        }
        // "本报记者 吴嘉欣" between a headline and its text, blank lines or none.
        if first == '本'
            && is_writer_credit(s)
            && line.width <= 2 * 24
            && !s.contains(['，', '。', ','])
        {
            return LineKind::Byline;
        }
        if line.width <= 2 * 12 && is_commentator_credit(s) {
            return LineKind::Byline;
        }
        let standalone = line.after_blank && followed_by_blank;
        // The regex last: it is the costly test, and most lines fail a cheap one.
        if standalone
            && line.width <= 2 * 30
            && (layout != Layout::DoubleSpaced || line.width + 4 <= line.column)
            && !s.ends_with("委员会")
            && !s.contains(['，', '“', '”', '《', '》', ','])
            // "——记…镇党委书记刘建国": a profile's subtitle, not its author.
            && !s.starts_with("——")
            && !is_dated_entry(s)
            && is_author_line_named(s)
            // "记者手记", "记者观察": a column's name, not a reporter's.
            && !COLUMN_WORDS.iter().any(|w| s.ends_with(w))
        {
            return LineKind::Byline;
        }
    }
    // " 学习贯彻党的二十届四中全会精神" set apart at the head of the page: the
    // page's banner, however wide.
    // A document's title set in as far ("中共…全会公报", "乌审旗2025年大事记") is none.
    if first_on_page
        && line.leading_space
        && followed_by_blank
        && layout == Layout::BlankLineParagraphs
        && open
        && !s.contains(['，', '。', ','])
        && !text::ends_in_notice_word(s)
    {
        return LineKind::Banner;
    }
    // "政策体系——": a section heading that leads into its subtitle.
    if s.ends_with("——") && line.width + HEADING_SHORTFALL <= line.column {
        return LineKind::Heading;
    }
    // A line ending in a colon or semicolon belongs to running text ("建议：").
    if !open || line.ending == Ending::Clause {
        return LineKind::Body;
    }
    // "一、加强党的领导，把牢履职“指挥棒”" standing alone: a section heading.
    // (In a double-spaced page every line stands so: there a point that fills
    // the column and stops mid-sentence, "二、下一步，我局将把…偏远", goes on,
    // unless its first sentence, its title, ends in it: "（一）高度重视，加强
    // 组织领导。市旗两级…".)
    if line.opens_paragraph
        && followed_by_blank
        && line.after_blank
        && !NEWS_DATELINE.is_match(s)
        && !(layout == Layout::DoubleSpaced
            && line.width + FULL_TOLERANCE >= line.column
            && !s.contains('。'))
    {
        return LineKind::Heading;
    }
    let heading = match layout {
        // (Two commas make a sentence: "…养殖,推动草原畜牧业转型" is a paragraph
        // cut off, a headline holds one at most: "联群众促和谐,画好…同心圆——".)
        Layout::ParagraphPerLine => line.width < 2 * 40 && s.matches(['，', ',']).nth(1).is_none(),
        // Inside a block of text only a really short line is a heading.
        _ if inside_block => line.width * 3 <= line.column * 2,
        // A one-line block: a headline unless it fills the column.
        _ if line.after_blank && followed_by_blank && layout == Layout::BlankLineParagraphs => {
            heads_news || one_line_headline(s, line, neighbour_width)
        }
        _ => {
            line.width + HEADING_SHORTFALL <= line.column
                || s.starts_with("——")
                || text::is_document_title(s)
                || (line.width < line.column
                    && has_double_space(s)
                    && !opens_with_marker(s)
                    && !NEWS_DATELINE.is_match(s))
                // The page's first line, alone: "达拉特旗：让代表建议落地见效"
                // (not by a gap: "通讯员  娜日娜" may open a page too, but
                // "深 入 学 习 贯 彻" is a title spaced out).
                // A document's title first on a double-spaced page ("…大事记").
                || (first_on_page
                    && followed_by_blank
                    && layout == Layout::DoubleSpaced
                    && text::ends_in_notice_word(s)
                    && !s.contains(['，', '。', ',']))
                || (first_on_page
                    && followed_by_blank
                    && layout == Layout::BlankLineParagraphs
                    && (is_letter_spaced(s)
                        || !has_gap(s)
                            && (heads_news || one_line_headline(s, line, neighbour_width))))
        }
    };
    // "联系人：刘晓东  电话：0477-8588888": labels and their values, not a title
    // (asked of headings only: searching every line cost 16 % of the layout).
    // "记者：今年您带来了哪些建议？", "问：…", "答：…": an interview's turn,
    // however short, not a headline.
    if heading && !is_date(s) && !is_labelled(s) && !opens_with_speaker(s) {
        if line.leading_space
            && layout == Layout::BlankLineParagraphs
            && !text::ends_in_notice_word(s)
            // "政协委员提案选登", "代表建议选编" set apart: a column's name.
            || (line.after_blank || first_on_page)
                && followed_by_blank
                && line.width <= 2 * 12
                && COLUMN_NAME_ENDS.iter().any(|w| s.ends_with(w))
        {
            LineKind::Banner
        } else {
            LineKind::Heading
        }
    } else {
        LineKind::Body
    }
}

/// [`is_labelled`], asked of any line: a label of two to eight Chinese
/// characters, so its colon stands at a multiple of three bytes (compared
/// there alone: asked of thousands of lines, a search cost 2 % of the analysis).
pub(crate) fn is_field(s: &str) -> bool {
    let colon = "：".as_bytes();
    (2..=8).any(|k| s.as_bytes().get(3 * k..3 * k + 3) == Some(colon)) && is_labelled(s)
}

/// "联系人：刘晓东  电话：0477-8588888" (two labels), "联系电话：0477-5212345"
/// (a value in Latin letters and digits), "答复单位：…" (a form's field): a
/// line of a notice, not a title.
#[inline(never)]
fn is_labelled(s: &str) -> bool {
    s.split_once('：').is_some_and(|(label, value)| {
        value.contains('：') || labels_a_number(label, value) || labels_a_field(label, value)
    })
}

/// Labels of a form's fields whose value may be any text (答复单位：鄂托克前旗
/// 交通运输局, 办理时间：…).
const FIELD_LABEL_ENDS: &[&str] = &[
    "单位", "时间", "日期", "地点", "地址", "电话", "邮箱", "网址", "邮编",
];

/// Labels whose value is a name (代表：张建国（…代表）, 联系人：李明); a label
/// that is no more than these (人大代表：履职为民 is a headline).
const PERSON_LABELS: &[&str] = &[
    "代表",
    "领衔代表",
    "建议人",
    "提案人",
    "联系人",
    "主持人",
    "记者",
    "作者",
    "编辑",
    "责任编辑",
    "审判长",
    "审判员",
    "书记员",
    "通讯员",
];

/// A field of a form, a reply to a deputy's suggestion or a court notice.
fn labels_a_field(label: &str, value: &str) -> bool {
    let label = label.trim_matches(text::is_space);
    if FIELD_LABEL_ENDS.iter().any(|end| label.ends_with(end)) {
        return (2..=6).contains(&label.chars().count()) && !value.trim().is_empty();
    }
    if !PERSON_LABELS.contains(&label) {
        return false;
    }
    // A name, then nothing, a note in brackets or another name after a space.
    let value = value.trim_start_matches(text::is_space);
    let name = value
        .char_indices()
        .find(|&(_, c)| !text::is_han_script(c))
        .map_or(value.len(), |(i, _)| i);
    (2..=6).contains(&value[..name].chars().count())
        && value[name..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '（' | '(' | '、') || text::is_space(c))
}

/// "联系电话：0477-5212345", "邮箱：rdb@163.com": a label and its value in
/// Latin letters and digits, a line of a notice, not a title.
fn is_labelled_number(s: &str) -> bool {
    s.split_once('：')
        .is_some_and(|(label, value)| labels_a_number(label, value))
}

fn labels_a_number(label: &str, value: &str) -> bool {
    (2..=6).contains(&label.chars().count())
        && !value.trim().is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii() || matches!(c, '－' | '—' | '、'))
}

/// How far a line set to the right of the column is indented, in half-width
/// units: a notice's signature and date stand there.
const SIGNATURE_INDENT: u32 = 12;

/// The white space before the line's text, in half-width units.
pub fn indent(text: &str, line: &Line) -> u32 {
    text[line.span.start..line.content.start]
        .chars()
        .map(|c| if c == '\u{3000}' { 2 } else { 1 })
        .sum()
}

/// A line indented as a paragraph's first line is (two full-width characters
/// or more) where blank lines separate paragraphs: it opens a paragraph, and
/// no text above goes on in it.
pub fn indented_paragraph(text: &str, page: &PageLayout, line: &Line) -> bool {
    page.layout == Layout::BlankLineParagraphs && line.leading_space && indent(text, line) >= 4
}

/// "（市气象台提供）", "（市统计局供稿）": who supplied the item, in brackets
/// alone on its line, closing it.
pub fn is_source_credit(s: &str) -> bool {
    in_brackets(s).is_some_and(|inner| {
        (inner.ends_with("提供") || inner.ends_with("供稿"))
            && inner.chars().count() <= 16
            && !inner.contains(['，', '。', ','])
    })
}

/// A line opened by a bracket that credits its item: who supplied it or who
/// wrote it. Out of the classification's loop (most such lines are headings'
/// numbers, （一）…).
#[inline(never)]
fn is_bracketed_credit(s: &str, line: &Line) -> bool {
    is_source_credit(s) || line.width <= 2 * 24 && is_closing_credit(s, line)
}

/// "（记者 巴图）", "（杨娜 贾荷蓉）", "（苏波）" on a line of its own: the
/// reporters who close a news item. One name alone and untitled only where a
/// paragraph may open, and no word of a title's note (（讨论稿）, （待续）).
fn is_closing_credit(s: &str, line: &Line) -> bool {
    const TITLES: [&str; 7] = [
        "本报记者",
        "特约记者",
        "见习记者",
        "记者",
        "通讯员",
        "实习生",
        "摄影",
    ];
    let Some(inner) = in_brackets(s) else {
        return false;
    };
    let mut titled = false;
    let mut names = 0;
    for token in inner.split_whitespace() {
        // "（记者 王丽 摄）": the photographer's.
        if TITLES.contains(&token) || matches!(token, "摄" | "供图") {
            titled = true;
            continue;
        }
        let n = token.chars().count();
        if !(2..=4).contains(&n) || !token.chars().all(is_name_char) {
            return false;
        }
        names += 1;
    }
    let note = || inner.contains(|c| "稿案版本期号届次年月日续完编载摘译注附图表文".contains(c));
    (1..=3).contains(&names)
        && (titled || names >= 2 || line.may_be_indented && inner.chars().count() <= 3 && !note())
}

/// Is the line set far to the right of its column, where a signature stands?
pub fn set_right(text: &str, line: &Line) -> bool {
    line.leading_space && indent(text, line) >= SIGNATURE_INDENT
}

/// "                    鄂尔多斯市人民政府办公室" over "          2026年11月24日":
/// a short line set far to the right, no sentence in it, signs a notice, a
/// letter or an obituary.
fn is_signature(text: &str, line: &Line, s: &str) -> bool {
    line.width <= 2 * 24 && set_right(text, line) && !s.contains(['，', '。', '；', '：', ',', ':'])
}

/// Can a line set right under the lines `before` it sign them? Text can be
/// signed, and a signature goes on over lines (an issuer over a date), but a
/// signature's date closes it. Under anything else, a line set far in signs
/// only when text stands above (`text_above`), and not under a line set as
/// far in: at the head of a page, "            中共杭锦旗委员会组织部" over
/// "            干部任前公示" is a centred headline.
fn signs_under(text: &str, before: &[Line], text_above: bool) -> bool {
    let Some(above) = before.iter().rev().find(|l| l.kind != LineKind::Blank) else {
        return false;
    };
    match above.kind {
        LineKind::Body => true,
        LineKind::Byline => !is_date(&text[above.content.clone()]),
        _ => text_above && !set_right(text, above),
    }
}

/// Does `s` end in a name set apart by white space ("●市人大常委会办公室  杨 菁",
/// "…工作委员会 王凤英"): an author line, however wide?
fn ends_in_signature(s: &str) -> bool {
    s.rsplit_once(text::is_space)
        .is_some_and(|(_, name)| (1..=4).contains(&name.chars().count()))
}

/// Does `line` (a heading, or the byline it became), under `above` and over
/// a blank line, sign a letter or a reply? A reader (读者  王丽华) signs one
/// set apart or right under its last sentence; a body (…住房和城乡建设局)
/// only right under it, as no headline stands.
pub(super) fn signs_letter(above: &Line, line: &Line, s: &str) -> bool {
    let under_text =
        !line.after_blank && above.kind == LineKind::Body && above.ending == Ending::Terminal;
    (under_text || line.after_blank) && line.width <= 2 * 12 && is_reader_signature(s)
        || under_text && line.width <= 2 * 20 && is_issuer_name(s)
}

/// Who signs a letter to the paper, before their name.
const READERS: [&str; 8] = [
    "读者", "网友", "市民", "居民", "村民", "牧民", "农民", "群众",
];

/// "读者  王丽华", "网友 草原雄鹰": a reader's word, white space, a name; the
/// reader's place may come first ("东胜区读者  刘玉兰").
fn is_reader_signature(s: &str) -> bool {
    // (White space parts the name: most lines have none and are done here.)
    if !s.contains(text::is_space) {
        return false;
    }
    let s = place_of_reader(s).map_or(s, |at| &s[at..]);
    READERS.iter().any(|w| {
        s.strip_prefix(w).is_some_and(|rest| {
            let name = rest.trim_start_matches(text::is_space);
            name.len() < rest.len() && is_name_tail(name)
        })
    })
}

/// Where a reader's word starts after a place ("东胜区" of "东胜区读者"): two
/// to eight Han characters that end in a place's level.
fn place_of_reader(s: &str) -> Option<usize> {
    let (at, _) = s
        .char_indices()
        .skip(2)
        .take(7)
        .find(|&(at, _)| READERS.iter().any(|w| s[at..].starts_with(w)))?;
    let place = &s[..at];
    (place.chars().count() >= 2
        && place.chars().all(text::is_han_script)
        && place.ends_with(['区', '旗', '县', '市', '镇', '乡', '村', '木', '查']))
    .then_some(at)
}

/// How the names of bodies that sign a reply or a notice end: a bureau, a
/// committee, a government, an office, a centre, a company, a court…
const ISSUER_ENDS: [&str; 24] = [
    "局",
    "委员会",
    "常委会",
    "党委",
    "政府",
    "办公室",
    "中心",
    "公司",
    "法院",
    "检察院",
    "医院",
    "学校",
    "学院",
    "厅",
    "管理处",
    "管理站",
    "派出所",
    "大队",
    "支队",
    "组织部",
    "宣传部",
    "统战部",
    "联合会",
    "协会",
];

/// "鄂托克前旗住房和城乡建设局": a body's name alone, Han characters only,
/// none of the words that make a sentence of it (的, 是, 在, 了).
fn is_issuer_name(s: &str) -> bool {
    s.chars().count() >= 4
        && ISSUER_ENDS.iter().any(|end| s.ends_with(end))
        && s.chars()
            .all(|c| text::is_han_script(c) && !matches!(c, '的' | '是' | '在' | '了'))
}

/// Words that end the name of a unit an author works in, besides
/// [`ISSUER_ENDS`] ("…人大常委会研究室　王志强").
const UNIT_ENDS: [&str; 8] = ["室", "所", "院", "站", "馆", "处", "科", "校"];

/// "鄂托克前旗人大常委会研究室　王志强": an author's unit, a gap, the author.
pub(crate) fn is_unit_and_name(s: &str) -> bool {
    // First by bytes from the end: a name of two to six Chinese characters,
    // three bytes each, after a space.
    let b = s.as_bytes();
    let gap_before = |k: usize| {
        let at = b.len().checked_sub(3 * k);
        at.is_some_and(|at| b[..at].ends_with(b" ") || b[..at].ends_with("\u{3000}".as_bytes()))
    };
    if !(2..=6).any(gap_before) {
        return false;
    }
    let Some((unit, name)) = s
        .rsplit_once('\u{3000}')
        .or_else(|| s.rsplit_once("  "))
        .map(|(u, n)| (u.trim_end_matches(text::is_space), n.trim()))
    else {
        return false;
    };
    let unit_ends = |u: &str| {
        ISSUER_ENDS
            .iter()
            .chain(&UNIT_ENDS)
            .any(|end| u.ends_with(end))
    };
    unit.chars().count() >= 4
        && unit_ends(unit)
        && unit
            .chars()
            .all(|c| text::is_han_script(c) && !matches!(c, '的' | '是' | '在' | '了'))
        && name.chars().all(text::is_han_script)
        && crate::analysis::entities::may_be_name(name)
}

/// "1月6日　旗委十五届九次全体会议召开。": an entry of a chronicle, its day
/// and then the text after a space (not a page's head: "7月2日  星期三").
pub(crate) fn is_dated_entry(s: &str) -> bool {
    let Some(after) = text::after_month_day(s) else {
        return false;
    };
    let text = after.trim_start_matches(text::is_space);
    text.len() < after.len() && text.chars().count() >= 6 && !text.starts_with("星期")
}

/// Is a line set apart by blank lines a headline: two parts with a gap, a
/// subtitle's dash, narrower than the text around it, a "place：topic" title,
/// or a document's title without a stop in it ("…发展统计公报")?
fn one_line_headline(s: &str, line: &Line, neighbour_width: u32) -> bool {
    let neighbours = neighbour_width.min(line.column);
    // (A chronicle's entry, "1月6日　旗委…全体会议召开。旗委", has a gap and a stop.)
    (has_gap(s) && !s.contains('。') && !is_dated_entry(s))
        || s.starts_with("——")
        || line.width + 8 <= neighbours
        || (s.contains('：') && !s.contains(['，', '。']))
        || (text::ends_in_notice_word(s) && !s.contains(['，', '。', '、', '；', ',']))
        || text::is_document_title(s)
        || reports_meeting(s)
}

/// "市五届人大常委会召开第26次主任会议": a line that reports a meeting held,
/// its body first and the meeting last, with no punctuation: a headline,
/// however wide (a sentence that says so goes on, or ends in a stop).
fn reports_meeting(s: &str) -> bool {
    s.ends_with(['会', '议', '班'])
        && !s.contains(CLAUSE_MARKS)
        && ["召开", "举行", "举办"]
            .iter()
            .filter_map(|verb| s.find(verb))
            .min()
            .is_some_and(|at| at >= 2 * 3 && s.len() - at <= 14 * 3)
}

/// Line `i`, a heading where blank lines part paragraphs, read again with
/// the line above and the line below it:
/// - under the first line of its block, with no stop in either and a blank
///   line after it ("（一）以实际规划为引领，进一步提升居" over "家社区养
///   老服务设施建设"): a heading wrapped, both lines of it; a paragraph's
///   last line ends its sentence, and a blank line that splits one follows
///   a full line;
/// - over a line that opens with one character and a comma ("一是落实新建
///   小区养老服务用房配建标" over "准，政府统筹…"), or opening a point run
///   into its text (一是…): a paragraph's first line.
#[inline(never)]
fn wrapped_heading(text: &str, lines: &mut [Line], i: usize, followed_by_blank: bool) {
    let line = &lines[i];
    // (Or over a text frame's first line, set in: " 众所周知，…".)
    let stands = followed_by_blank || lines.get(i + 1).is_some_and(|n| n.leading_space);
    if stands {
        if line.after_blank || i == 0 || line.ending != Ending::Open {
            return;
        }
        let above = &lines[i - 1];
        // The heading's first line opens its block, or a point's heading opens
        // a frame under finished text (" 四、对进一步贯彻实施《基本医疗卫生与").
        let opens_block = above.after_blank
            || i == 1
            || above.opens_paragraph
                && (lines[i - 2].kind != LineKind::Body || lines[i - 2].ending == Ending::Terminal);
        let above_text = &text[above.content.clone()];
        // A comma at the end of a line goes on with the sentence: the short line
        // under it ends that sentence ("…积极建言献策，" over "为推动…贡献"), cut
        // by the blank line, unless the line above opens a point's heading.
        let goes_on = match above.ending {
            Ending::Open => true,
            Ending::Continuing => is_enumerated(above_text),
            _ => false,
        };
        if above.kind == LineKind::Body
            && opens_block
            && goes_on
            && above.list == ListPart::Outside
            && !above_text.contains(['。', '；', '：'])
            && !text[line.content.clone()].contains(['，', '。', '、', '；', '：', '！', '？', ','])
        {
            lines[i - 1].kind = LineKind::Heading;
            // (" 残的浓厚氛围" set in by the extraction is no banner.)
            lines[i].kind = LineKind::Heading;
        }
    } else if let Some(next) = lines.get(i + 1) {
        let mut chars = text[next.content.clone()].chars();
        let wraps = chars.next().is_some_and(text::is_han_script)
            && chars
                .next()
                .is_some_and(|c| matches!(c, '，' | '、' | '；' | '。'));
        if wraps || opens_run_in(&text[line.content.clone()]) {
            lines[i].kind = LineKind::Body;
        }
    }
}

/// Does `s` open with a point run into its paragraph ("一是落实…", "二是…"),
/// which no heading does when text follows it?
fn opens_run_in(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| "一二三四五六七八九十".contains(c))
        && chars.next() == Some('是')
}

/// A line alone between blank lines over a subtitle ("——三论学习贯彻全国两会
/// 精神"), or under a commentator's credit ("本报评论员"), is a headline,
/// however near the column's width: a sentence's piece split off by a blank
/// line does not end over a subtitle or start under a credit.
fn mark_titles_over_subtitles(text: &str, lines: &mut [Line]) {
    let titled = |text: &str, line: &Line| {
        line.kind == LineKind::Body
            && line.ending == Ending::Open
            && line.width <= 2 * 30
            && !text[line.content.clone()].contains(['，', '。', '；', ','])
    };
    // "鄂托克前旗人民政府关于印发" over "《…工作方案》的通知", a block of its
    // own (after a blank line, or first on the page): a document's title
    // wrapped, however wide.
    let wrapped_block = |lines: &mut [Line], i: usize| {
        let found = lines[i].kind == LineKind::Body
            && lines.get(i + 1).is_some_and(|n| n.kind == LineKind::Body)
            && lines.get(i + 2).is_none_or(|n| n.kind == LineKind::Blank)
            && wrapped_title(text, &lines[i], &lines[i + 1]);
        if found {
            lines[i].kind = LineKind::Heading;
            lines[i + 1].kind = LineKind::Heading;
        }
        found
    };
    if !lines.is_empty() {
        wrapped_block(lines, 0);
    }
    for i in 2..lines.len() {
        if lines[i - 1].kind != LineKind::Blank || wrapped_block(lines, i) {
            continue;
        }
        let (above, line) = (&lines[i - 2], &lines[i]);
        // "赵文斌" alone under "…第五次会议秘书长": the one name a list of
        // posts gives, not a headline.
        if line.kind == LineKind::Heading
            && above.kind == LineKind::Heading
            && line.width <= 2 * 6
            && lines.get(i + 1).is_none_or(|n| n.kind == LineKind::Blank)
            && ["名单", "秘书长", "主席", "主任", "书记", "组长"]
                .iter()
                .any(|w| text[above.content.clone()].ends_with(w))
            && crate::analysis::entities::may_be_name(&text[line.content.clone()])
        {
            lines[i].kind = LineKind::Body;
            lines[i].list = ListPart::Table;
            continue;
        }
        if line.kind == LineKind::Heading
            && (i == 2 || above.after_blank)
            && titled(text, above)
            && text[line.content.clone()].starts_with("——")
        {
            lines[i - 2].kind = LineKind::Heading;
        } else if (above.kind == LineKind::Byline
            && lines.get(i + 1).is_none_or(|l| l.kind == LineKind::Blank)
            && titled(text, line)
            && is_commentator_credit(&text[above.content.clone()]))
            // A question alone under a column's name, a heading or the
            // signature of the letter before.
            || (line.kind == LineKind::Body
                && line.ending == Ending::Terminal
                && matches!(
                    above.kind,
                    LineKind::Heading | LineKind::Banner | LineKind::Byline
                )
                && lines.get(i + 1).is_some_and(|l| l.kind == LineKind::Blank)
                && asks_or_calls(text, line))
        {
            lines[i].kind = LineKind::Heading;
        }
    }
}

/// Are `line` and `next` a title wrapped ([`text::is_wrapped_title`]), with no
/// sentence's stop or comma in them?
fn wrapped_title(text: &str, line: &Line, next: &Line) -> bool {
    let (first, second) = (&text[line.content.clone()], &text[next.content.clone()]);
    line.width <= 2 * 30
        && next.width <= 2 * 30
        && !first.contains(['，', '。', '；', '：', ','])
        && !second.contains(['，', '。', '；', '：', ','])
        && text::is_wrapped_title(first, second)
}

/// "小区路灯何时能亮？", "你好，2026！": a headline that ends in a question
/// or an exclamation, one short line with no other stop in it. Asked of a
/// line alone under a heading, a column's name or a signature (the letter
/// before it).
fn asks_or_calls(text: &str, line: &Line) -> bool {
    let s = &text[line.content.clone()];
    line.width <= 2 * 20
        && line.width + HEADING_SHORTFALL <= line.column
        && s.ends_with(['？', '！', '?', '!'])
        && !s
            .trim_end_matches(['？', '！', '?', '!'])
            .contains(['。', '？', '！', '；'])
        && !opens_with_speaker(s)
}

/// "2024年6月28日" alone: the date under a notice's signature, not a headline.
#[inline(never)]
pub fn is_date(s: &str) -> bool {
    s.ends_with('日')
        && s.contains('年')
        && s.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || "年月日〇零一二三四五六七八九十 \u{3000}".contains(c)
        })
}

/// "市科协主席郭晓峰（左二）在科普大篷车上…。" over "本报记者  刘畅  摄"
/// and a blank line: a photo's caption without 图为 or a triangle, a short
/// paragraph of its own that the photographer's credit `credits` closes. Marks
/// the caption's lines and returns its last. (Not where blank lines part every
/// line: there the text above a credit may be an article's last line.)
fn captioned_by_credit(
    text: &str,
    lines: &mut [Line],
    layout: Layout,
    credits: &[usize],
) -> Vec<usize> {
    let mut captions = Vec::new();
    for &c in credits {
        // The caption's last line: the credit's own where the credit follows
        // the caption's last sentence on its line ("…比赛中。  本报记者  乌力吉
        // 摄"), else the line above it.
        let inline = credit_after_sentence(&text[lines[c].content.clone()]).is_some();
        let Some(last) = (if inline { Some(c) } else { c.checked_sub(1) }) else {
            continue;
        };
        let first = match layout {
            Layout::DoubleSpaced => continue,
            Layout::ParagraphPerLine => last,
            Layout::BlankLineParagraphs => {
                let Some(first) = (last.saturating_sub(4)..=last)
                    .rev()
                    .find(|&k| k == 0 || lines[k - 1].kind == LineKind::Blank)
                else {
                    continue;
                };
                first
            }
        };
        // (A caption is a sentence or two: not an article's last paragraph.)
        // Its last sentence ends the line, or a credit opened after it does,
        // wrapped onto the credit's line ("…比赛中。  本报记者" over "  乌力吉
        // 摄"). Its lines are text; a line of a wrapped caption that fills its
        // column may have been read as a headline over a credit.
        let (text_lines, last_text) = if inline {
            (first..last, true)
        } else {
            (
                first..last + 1,
                lines[last].ending == Ending::Terminal
                    || opens_credit_after_sentence(&text[lines[last].content.clone()]),
            )
        };
        if last_text
            && lines[text_lines.clone()].iter().all(|l| {
                l.kind == LineKind::Body
                    || (inline || last > first) && l.kind == LineKind::Heading && l.width + 2 >= l.column
            })
            && lines[first..=last].iter().map(|l| l.width).sum::<u32>() <= 2 * 90
            && !text[lines[first].content.clone()].starts_with("本报讯")
            // (Not the end of a sentence cut by a blank line.)
            && lines[..first]
                .iter()
                .rfind(|l| l.kind != LineKind::Blank)
                .is_none_or(|l| l.kind != LineKind::Body || l.ending == Ending::Terminal)
        {
            for l in &mut lines[first..=last] {
                l.kind = LineKind::Caption;
            }
            captions.push(last);
        }
    }
    captions
}

/// "…比赛中。  本报记者  乌力吉  摄", "…比赛中。  本报记者": where a credit
/// follows a finished sentence on the line after a wide gap (two spaces or
/// more, or an ideographic one), the byte where the gap starts.
pub(crate) fn credit_after_sentence(s: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(k) = s[search..]
        .find(['。', '！', '？', '”'])
        .map(|k| search + k)
    {
        let after = k + 3;
        let rest = &s[after..];
        let gap = rest.len() - rest.trim_start_matches(text::is_space).len();
        if (rest.starts_with("  ") || rest.starts_with('\u{3000}'))
            && !rest[gap..].contains(['。', '！', '？', '，'])
        {
            return Some(after);
        }
        search = after + gap;
    }
    None
}

/// "…比赛中。  本报记者", "…比赛中。  本报记者  乌力": does the line end in
/// a credit opened after its last sentence (a few characters after a wide
/// gap), to go on on the next line?
pub(crate) fn opens_credit_after_sentence(s: &str) -> bool {
    credit_after_sentence(s).is_some_and(|gap| {
        let opened = s[gap..].trim_start_matches(text::is_space);
        (1..=10).contains(&opened.chars().filter(|&c| !text::is_space(c)).count())
            && opened
                .chars()
                .all(|c| text::is_han_script(c) || text::is_space(c))
    })
}

/// A caption block of its own: "图为…。" over "（记者 张丽萍 摄）", a few lines
/// between blank lines that open with 图为 (or ①, the captions of numbered
/// photos) and close with the photographer's credit.
/// `heads`: the lines classified as text that open with 图为 after a blank line,
/// or with ① after a blank line or any line but another numbered one;
/// `captions`: the lines classified as captions.
fn mark_picture_captions(
    text: &str,
    lines: &mut [Line],
    heads: &[usize],
    mut captions: Vec<usize>,
) {
    for &i in heads {
        // Photos numbered ①②③ have a caption each, a line or two, and the
        // block ends with the credit, a blank line under it or not.
        let numbered = text[lines[i].content.clone()].starts_with(is_circled_number);
        let end = (i..lines.len())
            .find(|&k| {
                lines[k].kind == LineKind::Blank
                    || numbered
                        && k > i
                        && ends_in_photo_credit(&text[lines[k - 1].content.clone()])
            })
            .unwrap_or(lines.len());
        if end - i > if numbered { 10 } else { 5 } {
            continue;
        }
        if ends_in_photo_credit(&text[lines[end - 1].content.clone()]) {
            for l in &mut lines[i..end] {
                l.kind = LineKind::Caption;
            }
            captions.push(end - 1);
        }
    }
    // "▲11月18日，旗人民医院医护人员走进昂素镇" over "哈日根图嘎查，为牧民
    // 开展健康体检。": a caption wrapped at the column goes on in the line under it
    // (not past its credit: "…  本报记者  刘畅  摄" over a brief set a paragraph
    // a line ends the caption).
    let mut wrapped = Vec::new();
    for &c in &captions {
        let mut k = c;
        while lines[k].ending != Ending::Terminal
            && lines[k].width + FULL_TOLERANCE >= lines[k].column
            && !ends_in_photo_credit(&text[lines[k].content.clone()])
            && lines.get(k + 1).is_some_and(|n| n.kind == LineKind::Body)
            && k < c + 4
        {
            k += 1;
            lines[k].kind = LineKind::Caption;
            wrapped.push(k);
        }
    }
    captions.extend(wrapped);
    // "（记者 高鹏飞 摄）" alone under a caption, a blank line between or none:
    // the caption's credit.
    for c in captions {
        let Some(i) = (c + 1..lines.len().min(c + 3)).find(|&k| lines[k].kind != LineKind::Blank)
        else {
            continue;
        };
        if !matches!(lines[i].kind, LineKind::Body | LineKind::Byline) {
            continue;
        }
        let s = &text[lines[i].content.clone()];
        // (Or a photographer's credit without brackets: "本报记者 乌日娜 摄".)
        let bracketed = s.starts_with(['（', '(']) && s.ends_with(['）', ')']);
        if !(bracketed || lines[i].kind == LineKind::Byline && is_photo_credit_end(s)) {
            continue;
        }
        if lines[i].width <= 2 * 20 && !s.contains(['，', '。']) && ends_in_photo_credit(s) {
            lines[i].kind = LineKind::Caption;
        }
    }
}

/// "本报记者 吴嘉欣", "本刊记者  张  敏": a staff writer's credit.
fn is_writer_credit(s: &str) -> bool {
    s.starts_with("本报记者") || s.starts_with("本刊记者")
}

/// Does a photographer's credit end `s`: …摄, …摄影, …供图, 图片由…提供?
#[inline]
pub fn is_photo_credit_end(s: &str) -> bool {
    s.ends_with('摄')
        || s.ends_with("摄影")
        || s.ends_with("供图")
        || s.ends_with("提供") && (s.contains("图片由") || s.contains("照片由"))
}

/// [`is_photo_credit_end`], closing brackets and white space aside ("（记者 张丽萍 摄）").
fn ends_in_photo_credit(s: &str) -> bool {
    is_photo_credit_end(
        s.trim_end_matches(['）', ')'])
            .trim_end_matches(text::is_space),
    )
}

/// A credit that closes the item above it on a line of its own: the
/// reporters in brackets ("（记者 巴图）") or a photographer's
/// ("本报记者 乌日娜 摄", "（记者 王丽 摄）").
pub(crate) fn closes_with_credit(s: &str) -> bool {
    s.starts_with(['（', '(']) || ends_in_photo_credit(s)
}

/// Does `s` close a credit in brackets that the line `above` opened after its
/// text's last sentence ("…发生。（孙立" over "新）", "…办”。（通讯员 乌" over
/// "力吉木仁）")?
pub(crate) fn ends_credit_wrapped(above: &str, s: &str) -> bool {
    s.strip_suffix(['）', ')'])
        .is_some_and(|rest| is_credit_part(rest) && opens_credit(above))
}

/// Does the text `s` end in a credit in brackets after its last sentence
/// ("…坚决遏制重特大事故发生。（孙立新）"), all on its line?
pub(crate) fn ends_in_credit(s: &str) -> bool {
    s.strip_suffix(['）', ')']).is_some_and(opens_credit)
}

/// Does `s` open a credit in brackets after a finished sentence ("…发生。（孙立")?
fn opens_credit(s: &str) -> bool {
    s.rfind(['（', '(']).is_some_and(|open| {
        let (before, opened) = s.split_at(open);
        !before.is_empty()
            && is_credit_part(&opened[opened.chars().next().map_or(0, char::len_utf8)..])
            && text::ending(before) == Ending::Terminal
    })
}

/// A credit's names, or a part of them: short, without punctuation.
fn is_credit_part(t: &str) -> bool {
    t.chars().count() <= 8 && !t.contains(['，', '。', '、', '；', '：', '（', '(', '）', ')', ','])
}

/// "图为会议现场。  新华社记者 张伟 摄", "图：…": a photo caption without a
/// triangle, standing `alone` (a paragraph of its own) or ending in a credit.
// Out of line, as the next one: asked of few lines, inlined they slowed the
// classification of every line (15 µs on the 220 KB sample page).
#[inline(never)]
fn is_picture_caption(s: &str, alone: bool) -> bool {
    numbered_caption(s) || worded_caption(s) && (alone || s.ends_with('摄') || s.ends_with("供图"))
}

/// "图①队员们在嘎查演出。": a numbered photo's caption, wherever it stands.
fn numbered_caption(s: &str) -> bool {
    s.strip_prefix('图')
        .is_some_and(|rest| rest.starts_with(is_circled_number))
}

/// ① to ⑳: the numbers of photos set together, before their captions.
fn is_circled_number(c: char) -> bool {
    ('①'..='⑳').contains(&c)
}

/// "图为…", "图：…": a caption's opening words.
fn worded_caption(s: &str) -> bool {
    s.starts_with("图为") || s.starts_with("图：") || s.starts_with("图:")
}

/// Does `s` open a caption of its own ("图为…", "图：…", "图①…", "①…"), not go
/// on with the caption above it?
pub fn opens_caption(s: &str) -> bool {
    worded_caption(s) || numbered_caption(s) || s.starts_with(is_circled_number)
}

/// "本报讯（记者　韩雪）为深入了解《中华人民共和国": text after the credit's
/// closing bracket, where the dateline's item begins.
fn text_after_bracket(s: &str) -> bool {
    s.split_once(['）', ')'])
        .is_some_and(|(_, rest)| !rest.trim().is_empty())
}

/// Does the line leave a bracket open: "本报讯（记者 王晓燕 通讯员 李明"?
fn opens_bracket(s: &str) -> bool {
    s.rfind(['（', '('])
        .is_some_and(|open| !s[open..].contains(['）', ')']))
}

/// "文/张三  李四", "图／王五", "文·图/赵六": a magazine's credit.
#[inline(never)]
fn is_magazine_credit(s: &str) -> bool {
    [
        "文/",
        "文／",
        "图/",
        "图／",
        "文·图/",
        "文·图／",
        "撰文/",
        "撰文／",
    ]
    .iter()
    .any(|p| s.starts_with(p))
        && !s.contains(['，', '。', ','])
}

/// Does the line end in 版 or 页, or in a closing bracket? Every continuation
/// marker does ([`markers::is_marker_line`]); few other lines.
fn may_end_in_marker(s: &str) -> bool {
    // Most lines end in another character: decided by it alone.
    let last = s.chars().next_back().unwrap_or(' ');
    if !(matches!(last, '版' | '页' | '）' | ')' | ']' | '】') || text::is_space(last)) {
        return false;
    }
    let s = s.trim_end_matches(text::is_space);
    // In brackets, a marker ends in 版, a figure or a place on the page
    // (（转A2）, （下转第二版上部）); most bracketed ends are names (（苏波）).
    match s.strip_suffix(['）', ')', ']', '】']) {
        Some(inner) => inner.trim_end_matches(text::is_space).ends_with(|c: char| {
            matches!(
                c,
                '版' | '页' | '部' | '上' | '下' | '左' | '右' | '中' | '侧' | '期' | '续'
            ) || markers::is_page_figure(c)
        }),
        None => s.ends_with(['版', '页']),
    }
}

/// Does the marker line `s` say where its text comes from ("（上接第一版）",
/// "（接上期）"), not where it goes ("（下转第二版）", "（未完待续）")?
pub(crate) fn continues_from(s: &str) -> bool {
    match markers::serial_note(s) {
        Some(direction) => direction == markers::Direction::ContinuedFrom,
        None => s.contains(['接', '续']),
    }
}

/// Does `s` end in a marker of the page its text goes on on ("【下转第4版】",
/// "（转A3版）")? Asked only of lines that end in 版, 页 or a bracket.
#[inline(never)]
fn ends_in_marker(s: &str) -> bool {
    let end = s.trim_end_matches(text::is_space).len();
    markers::find_markers(s)
        .last()
        .is_some_and(|m| m.range.end == end && m.direction == markers::Direction::ContinuedOn)
}

/// The text of a line without a short credit set apart at its end by a wide gap
/// ("生产。" in "生产。        张妍  摄"): the credit does not make the line wider.
fn main_part(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            run += 1;
        } else {
            // "公    告": a title spaced out, not a text and its credit.
            if run >= 4 && s[i..].chars().count() <= 8 && s[..i - run].chars().nth(2).is_some() {
                return s[..i - run].trim_end();
            }
            run = 0;
        }
    }
    s
}

/// The wrapped end of a list entry is text of that entry, not a heading.
// A pass that reads one field of most lines: asked of every line inside the
// classification loop, the test slowed it by 20 µs on the 220 KB sample page.
fn mark_list_tails(lines: &mut [Line]) {
    for e in 0..lines.len() {
        if lines[e].list != ListPart::Entry {
            continue;
        }
        let next = e + 1 + usize::from(lines.get(e + 1).is_some_and(|l| l.kind == LineKind::Blank));
        if next < lines.len() && is_list_tail(lines, next) {
            lines[next].kind = LineKind::Body;
            lines[next].list = ListPart::Tail;
        }
    }
}

/// Is line `i` the wrapped end of a list entry: a short line right under a
/// full entry that stops mid-word ("作委员会" under "王凯立 市人大常委会环境资源城乡建设工";
/// in a double-spaced page, a blank line between)?
fn is_list_tail(lines: &[Line], i: usize) -> bool {
    // The line's own tests first: most lines are full.
    let line = &lines[i];
    if line.width + FULL_TOLERANCE >= line.column
        || line.list != ListPart::Outside
        || !matches!(line.kind, LineKind::Heading | LineKind::Body)
        || line.leading_space
        || line.opens_paragraph
    {
        return false;
    }
    let above = match i.checked_sub(1).map(|k| &lines[k]) {
        Some(l) if l.kind == LineKind::Blank => i.checked_sub(2).map(|k| &lines[k]),
        l => l,
    };
    above.is_some_and(|entry| {
        entry.list == ListPart::Entry
            && entry.kind == LineKind::Body
            && entry.ending == Ending::Open
            && entry.width + FULL_TOLERANCE >= entry.column
    })
}

/// How many text lines at the top and at the foot of a page may be its folio.
const FOLIO_LINES: usize = 4;

/// The folio that heads or foots a printed page ("2026年11月20日  星期五  责任编辑：王丽",
/// "第3版  要闻"): a banner, not an article. Looked for among the first and the
/// last few text lines only, where the extraction puts it.
fn mark_folios(text: &str, lines: &mut [Line]) {
    let text_lines = |it: &mut dyn Iterator<Item = usize>| -> Vec<usize> {
        it.filter(|&i| lines[i].kind != LineKind::Blank)
            .take(FOLIO_LINES)
            .collect()
    };
    let head = text_lines(&mut (0..lines.len()));
    let foot = text_lines(&mut (0..lines.len()).rev());
    let folio_kind = |i: usize| matches!(lines[i].kind, LineKind::Body | LineKind::Heading);
    // The page's first line, the paper's name with its date or page
    // ("锡林郭勒日报 2025年6月18日 第3版"), is the masthead even set right over
    // the first headline, as a page of a paragraph a line sets it.
    let masthead = head
        .first()
        .copied()
        .filter(|&i| folio_kind(i) && is_masthead(&text[lines[i].content.clone()]));
    // The paper's or the section's name alone on the first line ("乌审旗新闻"),
    // right over the day and the editor, is the folio's, as a page of a
    // paragraph a line sets it.
    let name_over_day = match head[..] {
        [first, second, ..] if second == first + 1 => Some(first).filter(|&i| {
            folio_kind(i)
                && folio_kind(second)
                && is_folio_name(&text[lines[i].content.clone()])
                && names_day_and_editor(&text[lines[second].content.clone()])
        }),
        _ => None,
    };
    let mut candidates: Vec<usize> = head
        .iter()
        .copied()
        .chain(foot)
        .filter(|&i| {
            folio_kind(i)
                && (Some(i) == masthead
                    || Some(i) == name_over_day
                    || is_folio(&text[lines[i].content.clone()]))
        })
        .collect();
    // A section's short name right between two folio lines (the day over it,
    // the editor under it: "健康", "农牧"), whatever the section is called.
    let sandwiched: Vec<usize> = head
        .iter()
        .copied()
        .filter(|&i| {
            i > 0
                && folio_kind(i)
                && !candidates.contains(&i)
                && candidates.contains(&(i - 1))
                && candidates.contains(&(i + 1))
                && is_folio_name(&text[lines[i].content.clone()])
                && text[lines[i].content.clone()].chars().count() <= SECTION_NAME_CHARS
        })
        .collect();
    candidates.extend(sandwiched);
    // A folio stands alone, or in a block of folio lines (a masthead: the paper's
    // name over the date and the page's number).
    let alone = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_none_or(|line| line.kind == LineKind::Blank)
            || i.is_some_and(|i| candidates.contains(&i))
    };
    let folios: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            Some(i) == masthead
                || alone(i.checked_sub(1))
                    && (alone(Some(i + 1))
                        || names_day_and_editor(&text[lines[i].content.clone()])
                        // The last of a block of folio lines, right over the
                        // text (8 / 2025年12月3日 星期三 / 社会·公益 / 责任编辑：包红梅).
                        || i.checked_sub(1).is_some_and(|k| candidates.contains(&k)))
        })
        .collect();
    for i in folios {
        lines[i].kind = LineKind::Banner;
    }
}

/// How long a section's name between two folio lines may be, in characters.
const SECTION_NAME_CHARS: usize = 6;

/// A name as a folio prints it: a few Chinese characters, a middle dot
/// between words at most ("乌审旗新闻", "经济·产业").
fn is_folio_name(s: &str) -> bool {
    (2..=10).contains(&s.chars().count())
        && s.chars()
            .all(|c| text::is_han(c) || matches!(c, '·' | '•' | '・'))
}

/// "2025年11月20日 星期四 责任编辑：包春梅": the day and the page's editor, a
/// folio even with no blank line under it (as a page of a paragraph a line
/// sets it, right over the first headline).
fn names_day_and_editor(s: &str) -> bool {
    s.contains("星期") && s.contains("编辑") && s.contains('日')
}

/// A magazine's running head, set at each page's foot and left in the text
/// where the extraction joined the pages ("巴彦淖尔人大 /41", "62/ 巴彦淖尔人大"),
/// and the column's name right above it ("机关党建"): banners wherever they
/// stand, not headlines of the text around them.
fn mark_page_numbers(text: &str, lines: &mut [Line]) {
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind != LineKind::Heading || line.width > 2 * 12 || !line.after_blank {
            continue;
        }
        if !is_page_number(&text[line.content.clone()]) {
            continue;
        }
        lines[i].kind = LineKind::Banner;
        // The column's name, one blank line above: a few characters, no stop.
        if i >= 2 && lines[i - 1].kind == LineKind::Blank {
            let above = &lines[i - 2];
            let s = &text[above.content.clone()];
            if above.kind == LineKind::Heading
                && above.width <= 2 * 6
                && s.chars().all(|c| c.is_alphabetic())
            {
                lines[i - 2].kind = LineKind::Banner;
            }
        }
    }
}

/// "巴彦淖尔人大 /41", "62/ 巴彦淖尔人大": a name and a page number, a slash between.
fn is_page_number(s: &str) -> bool {
    let Some((left, right)) = s.split_once('/') else {
        return false;
    };
    let (left, right) = (left.trim(), right.trim());
    let number = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let name =
        |p: &str| (2..=12).contains(&p.chars().count()) && p.chars().all(|c| c.is_alphabetic());
    (number(left) && name(right)) || (name(left) && number(right))
}

/// Names of a paper's sections, printed alone at the head of a page ("要闻").
const SECTION_NAMES: [&str; 20] = [
    "要闻", "综合", "时政", "国内", "国际", "地方", "本地", "社会", "民生", "经济", "文化", "体育",
    "教育", "法治", "副刊", "专版", "专题", "评论", "理论", "视点",
];

/// Does `s` (a line on its own) read as a folio: a weekday, an editor's
/// credit, an edition number or a section's name alone, and no sentence?
fn is_folio(s: &str) -> bool {
    if SECTION_NAMES.contains(&s)
        || is_paper_name(s)
        || is_bare_page_number(s)
        || is_dotted_section_name(s)
    {
        return true;
    }
    const CREDITS: [&str; 8] = [
        "责任编辑",
        "编辑：",
        "编辑:",
        "美编",
        "校对",
        "版式",
        "组版",
        "值班主任",
    ];
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)第?[A-Z]?[0-9０-９]{1,3}版(?:\s|$)|星期[一二三四五六日天]|周[一二三四五六日]\s")
            .expect("folio regex")
    });
    holds_no_sentence(s) && (CREDITS.iter().any(|c| s.contains(c)) || EDITION.is_match(s))
}

/// The page's number alone on a line ("8", "A3", "０２"), as the folio's
/// corner prints it.
fn is_bare_page_number(s: &str) -> bool {
    let digits = s
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(s);
    (1..=2).contains(&digits.chars().count())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// A page's section named in two or three short words joined by a middle
/// dot ("经济·产业", "健康·卫生"), as the folio's corner prints it.
fn is_dotted_section_name(s: &str) -> bool {
    let parts = s.split(['·', '•', '・']);
    (2..=3).contains(&parts.clone().count())
        && parts
            .into_iter()
            .all(|p| (2..=4).contains(&p.chars().count()) && p.chars().all(text::is_han))
}

/// Is `s` short and free of sentence marks, as a folio's or a masthead's line is?
fn holds_no_sentence(s: &str) -> bool {
    s.chars().count() <= 80 && !s.contains(['。', '！', '？', '，', ','])
}

/// Does the page's first line `s` read as its masthead: a paper's name and,
/// after white space, its date or page ("锡林郭勒日报 2025年6月18日 第3版",
/// "乌审旗新闻 2025年5月20日"), and no sentence?
fn is_masthead(s: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s(?:[0-9]{4}|[０-９]{4})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:\s|$)")
            .expect("masthead date regex")
    });
    s.contains(char::is_whitespace)
        && holds_no_sentence(s)
        && (is_paper_name(s) || DATE.is_match(s))
}

/// Does `s` open with a paper's name (新疆日报, 包头晚报), alone or before white
/// space ("鄂尔多斯日报  2025年3月1日")? The masthead, not a headline.
fn is_paper_name(s: &str) -> bool {
    let name = s.split(char::is_whitespace).next().unwrap_or_default();
    let n = name.chars().count();
    (3..=10).contains(&n)
        && name.chars().all(text::is_han)
        && ["日报", "晚报", "时报", "早报", "商报", "都市报"]
            .iter()
            .any(|paper| name.ends_with(paper))
}

/// "上接1版  在乡村振兴工作中，…": a marker set apart from the text it opens,
/// not the two parts of a headline.
fn opens_with_marker(s: &str) -> bool {
    s.split_once("  ")
        .is_some_and(|(head, _)| head.len() <= 60 && markers::is_marker_line(head))
}

/// Two ASCII spaces in a row (memchr: most lines have no space at all).
fn has_double_space(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b' ', bytes).any(|i| bytes.get(i + 1) == Some(&b' '))
}

/// Two spaces, or one space between Chinese characters: how headlines separate
/// their parts ("乌市人大：细化目标任务  实现推进有序").
fn has_gap(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars
        .windows(2)
        .any(|w| text::is_space(w[0]) && text::is_space(w[1]))
        || chars
            .windows(3)
            .any(|w| text::is_han(w[0]) && text::is_space(w[1]) && text::is_han(w[2]))
}

/// Does line `line` open with an author's sign ("●市人大常委会办公室  杨 菁")?
fn opens_with_author_sign(text: &str, line: &Line) -> bool {
    text[line.content.clone()].starts_with(text::AUTHOR_SIGNS)
}

/// A block of one to three lines, none of which ends a sentence, with at least one
/// heading line, is a headline block: its full-width lines are headline lines too
/// ("为绿色乌审高质量发展贡献人大智慧力量" under "坚持党的领导发挥制度优势").
///
/// Where blank lines part paragraphs, a block of two or three such lines is one
/// without a heading line too, when no line holds a clause mark (but 、, which
/// lists in a title: "…幸福感、获得感、安全感") and either
/// - an author line stands under it ("巴彦淖尔市人大常委会执法检查组" over
///   "关于检查《…卫生" over "与健康促进法》实施情况的报告" over "●…  张鸿杰"),
///   or
/// - a line is wider than the column and no line holds any punctuation: a
///   title and its subtitle set wider than the text ("市人大常委会举办市五届
///   人大代表履职能力提升培训班").
fn promote_heading_blocks(text: &str, lines: &mut [Line], layout: Layout) {
    let mut from = 0;
    // (`i`: the line after the block, a blank one or the page's end.)
    while let Some(Range { start, end: i }) = next_block(lines, from) {
        from = i;
        // An author line right under the block signs it; it is no part of it.
        let signed = i - start >= 3 && opens_with_author_sign(text, &lines[i - 1]);
        let end = if signed { i - 1 } else { i };
        let block = &lines[start..end];
        if block.len() > 3 {
            continue;
        }
        // The first line of text after the block.
        let after = (i..lines.len()).find(|&k| lines[k].kind != LineKind::Blank);
        // A notice's number under its title ("（第十二号）") ends no sentence.
        let all_open = block.iter().all(|l| {
            !matches!(l.ending, Ending::Terminal | Ending::Continuing)
                || is_notice_number(&text[l.content.clone()])
        });
        let has_heading = block
            .iter()
            .any(|l| matches!(l.kind, LineKind::Heading | LineKind::Banner))
            || layout == Layout::BlankLineParagraphs
                && block.len() >= 2
                && block.iter().all(|l| {
                    l.kind == LineKind::Body
                        && l.list == ListPart::Outside
                        && !text[l.content.clone()].contains(['，', '。', '；', '：', ','])
                })
                && (signed
                    || after.is_some_and(|k| opens_with_author_sign(text, &lines[k]))
                    || stops_short(text, lines, start, end, after)
                    || block.iter().any(|l| l.width > l.column + 2)
                        && block.iter().all(|l| {
                            !text[l.content.clone()].contains(|c: char| {
                                CLAUSE_MARKS.contains(&c) || "！？!?《》“”".contains(c)
                            })
                        }));
        // The text after the block goes on at full width, without the indent of a
        // new paragraph: the block's last line is the first half of that text.
        let continued = after.is_some_and(|k| {
            let next = &lines[k];
            next.kind == LineKind::Body
                && !next.opens_paragraph
                && !next.leading_space
                && next.width + 2 >= next.column
        });
        let last_is_text = !signed && continued && lines[end - 1].kind == LineKind::Body;
        if all_open && has_heading {
            let end = if last_is_text { end - 1 } else { end };
            for line in &mut lines[start..end] {
                // A line with sentence punctuation inside is text, not a headline.
                let sentence = text[line.content.clone()].contains(['，', '。', ',']);
                if line.kind == LineKind::Body && !sentence && line.list != ListPart::Table {
                    line.kind = LineKind::Heading;
                }
            }
        }
    }
}

/// Does the block `start..end` of body lines stop short of its column before
/// its last line, between prose (or at the page's ends)? Wrapped text fills
/// its column on every line but a paragraph's last, so a line two characters
/// short or more over another is a headline set on lines of its own
/// ("旗人大常委会召开" over "第二十三次会议" under a column of ten). A block of
/// verse among others like it is no headline: its neighbours are no prose.
fn stops_short(text: &str, lines: &[Line], start: usize, end: usize, after: Option<usize>) -> bool {
    let prose = |k: usize| {
        let line = &lines[k];
        line.kind != LineKind::Body || text[line.content.clone()].contains(['，', '。'])
    };
    let before = (0..start).rev().find(|&k| lines[k].kind != LineKind::Blank);
    lines[start..end - 1]
        .iter()
        .all(|l| l.width + 4 <= l.column)
        && before.is_none_or(prose)
        && after.is_none_or(prose)
}

/// A document's issuers and its date under its title: "鄂尔多斯市统计局" over
/// "国家统计局鄂尔多斯调查队" over "（2026年3月18日）", a block of short lines
/// without a stop that ends in a date in brackets, below a heading. They sign the
/// document, as a byline does.
///
/// `dates`: the lines of text that are a date in brackets over a blank line.
fn mark_issuers(text: &str, lines: &mut [Line], dates: &[usize]) {
    for &i in dates {
        if lines[i].kind != LineKind::Body {
            continue;
        }
        // Three issuers at most: the blank line above them is looked for no
        // further up (a date at the foot of a long block signs nothing).
        let start = (i.saturating_sub(4)..i)
            .rev()
            .find(|&k| lines[k].kind == LineKind::Blank)
            .map_or(i.saturating_sub(4), |k| k + 1);
        let issuers = start..i;
        let headed = (0..start)
            .rev()
            .find(|&k| lines[k].kind != LineKind::Blank)
            .is_some_and(|k| lines[k].kind == LineKind::Heading);
        if !headed
            || issuers.len() > 3
            || !lines[issuers.clone()].iter().all(|l| {
                l.width <= 2 * 24
                    && l.ending == Ending::Open
                    && !text[l.content.clone()].contains(['，', '。', '、', ','])
            })
        {
            continue;
        }
        for line in &mut lines[start..=i] {
            line.kind = LineKind::Byline;
        }
    }
}

/// A signature set flush left at the foot of a notice or an obituary: the
/// issuer over a date ("巴音朝鲁同志治丧委员会" over "2026年7月1日"), a blank
/// line above them and the notice's last sentence (or a list's last row) above it. `dates`: lines
/// that are a date alone, right under another line, with a blank line under them.
fn mark_signatures(text: &str, lines: &mut [Line], dates: &[usize]) {
    for &i in dates {
        if i < 3 {
            continue;
        }
        let issues = |k: usize| {
            lines[k].kind != LineKind::Blank
                && lines[k].width <= 2 * 24
                && lines[k].ending == Ending::Open
                && !text[lines[k].content.clone()].contains(CLAUSE_MARKS)
        };
        let blank = |k: usize| lines[k].kind == LineKind::Blank;
        // The issuer right over the date, in a line or two; or, on a page that
        // sets every line of the signature apart, over a blank line, in one
        // or two blocks ("鄂托克前旗第十八届人民代表大会" ⏎ "第四次会议主席团"),
        // with no text under the date (a date over text dates that text).
        let issuers: smallvec::SmallVec<[usize; 2]> = if !blank(i - 1) {
            if !issues(i - 1) {
                continue;
            }
            if blank(i - 2) {
                smallvec::smallvec![i - 1]
            } else if i >= 4 && issues(i - 2) && blank(i - 3) {
                smallvec::smallvec![i - 2, i - 1]
            } else {
                continue;
            }
        } else {
            let text_under = (i + 1..lines.len())
                .find(|&k| !blank(k))
                .is_some_and(|k| lines[k].kind == LineKind::Body);
            if text_under || !issues(i - 2) || !blank(i - 3) {
                continue;
            }
            if i >= 6 && issues(i - 4) && blank(i - 5) {
                smallvec::smallvec![i - 4, i - 2]
            } else {
                smallvec::smallvec![i - 2]
            }
        };
        let top = issuers[0];
        let signs = (0..top - 1)
            .rev()
            .find(|&k| lines[k].kind != LineKind::Blank)
            .is_some_and(|k| {
                lines[k].kind == LineKind::Body
                    && (lines[k].ending == Ending::Terminal
                        || lines[k].list != ListPart::Outside
                        // "联系电话：0477-5212345" closing the notice.
                        || is_labelled_number(&text[lines[k].content.clone()])
                        // Its attachments ("附件：1.…防火责任分工表").
                        || lines[..=k]
                            .iter()
                            .rposition(|l| l.kind == LineKind::Blank)
                            .is_some_and(|b| is_attachments(&text[lines[b + 1].content.clone()])))
            });
        if signs {
            for k in issuers {
                lines[k].kind = LineKind::Byline;
            }
            lines[i].kind = LineKind::Byline;
        }
    }
}

/// "本报评论员", "新华社评论员": a commentary's author, unnamed.
pub(super) fn is_commentator_credit(s: &str) -> bool {
    s.ends_with("评论员") && !s.contains(['，', '。', ','])
}

/// "附件：1.乌审旗森林草原防火责任分工表": the attachments a notice lists
/// before its signature.
pub(super) fn is_attachments(s: &str) -> bool {
    s.strip_prefix("附件").is_some_and(|rest| {
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['：', ':'])
    })
}

/// A notice's attachments (附件：1.… over "  2.…") are a part of its text, not
/// headings or banners: the line naming them and the numbered lines right
/// under it. Asked only of pages with a signature's date.
fn mark_attachments(text: &str, lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        // (附 opens with the byte 0xE9: most lines are skipped by it.)
        if lines[i].kind == LineKind::Blank
            || text.as_bytes().get(lines[i].content.start) != Some(&0xE9)
            || !is_attachments(&text[lines[i].content.clone()])
        {
            i += 1;
            continue;
        }
        lines[i].kind = LineKind::Body;
        i += 1;
        while i < lines.len()
            && lines[i].kind != LineKind::Blank
            && text[lines[i].content.clone()].starts_with(|c: char| c.is_ascii_digit())
        {
            lines[i].kind = LineKind::Body;
            i += 1;
        }
    }
}

/// "（2025年4月28日鄂托克旗第十八届人民代表大会常务委员会第二十次会议通过）":
/// the session that passed a document, or heard a report (…会议上), in brackets.
fn is_session_note(s: &str) -> bool {
    in_brackets(s).is_some_and(|inner| {
        inner.contains("会议")
            && ["通过", "批准", "会议上", "修正", "修订"]
                .iter()
                .any(|w| inner.ends_with(w))
            && !inner.contains(['。', '（', '('])
    })
}

/// A session's note under a document's title ("鄂托克旗人大常委会任免名单" over
/// "（2025年4月28日…会议通过）"), or the date of a speech under its title over
/// more text: the note and the title over it, up to two lines without a
/// sentence, are a headline, however wide or set in a block. An author line
/// right under the note ("旗委副书记、旗长  高  波") is the speaker's.
fn mark_session_notes(text: &str, lines: &mut [Line], notes: &[usize]) {
    for &i in notes {
        let title = (0..i)
            .rev()
            .take_while(|&k| lines[k].kind != LineKind::Blank)
            .take(2)
            .take_while(|&k| {
                lines[k].width <= 2 * 30
                    && matches!(lines[k].kind, LineKind::Body | LineKind::Heading)
                    && !text[lines[k].content.clone()].contains(['，', '。', '；', '：', ',', ':'])
            })
            .collect::<smallvec::SmallVec<[usize; 2]>>();
        if title.is_empty() {
            continue;
        }
        for k in title.into_iter().chain([i]) {
            lines[k].kind = LineKind::Heading;
        }
        if let Some(speaker) = lines.get_mut(i + 1).filter(|l| {
            l.kind != LineKind::Blank
                && l.width <= 2 * 30
                && is_speaker_line(&text[l.content.clone()])
        }) {
            speaker.kind = LineKind::Byline;
        }
    }
}

/// A speaker's posts and name set apart ("旗委副书记、旗长  高  波", its name
/// perhaps spaced out). (Not [`is_author_line`]: a second caller of that test
/// had it split up in the classifying loop, 1 % of the layout.)
fn is_speaker_line(s: &str) -> bool {
    ends_in_signature(s)
        && !s.contains(['，', '。', ','])
        && AUTHOR_TITLES.iter().any(|t| s.contains(t))
}

/// "（2026年3月18日）": a date in brackets, alone.
fn is_bracketed_date(s: &str) -> bool {
    in_brackets(s).is_some_and(is_date)
}

/// The text inside round brackets (full-width or not) that open and close `s`.
fn in_brackets(s: &str) -> Option<&str> {
    s.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])
}

/// "【编者按】", "编者的话：": the head of an editor's note, alone.
fn is_preface_head(s: &str) -> bool {
    matches!(
        s.trim_matches(['【', '】', '：', ':']),
        "编者按" | "编者按语" | "编者的话"
    )
}

/// How a paper's abstract, keywords and author's note open.
const ABSTRACT_HEADS: [&str; 5] = [
    "【内容摘要】",
    "【摘要】",
    "【内容提要】",
    "【关键词】",
    "【作者简介】",
];

/// Does `s` open with the label of who speaks in an interview ("记者：",
/// "问：", "答：", "主持人：")?
// (Asked of headings only: asked of every line, looking for the colon cost
// 12 % of the analysis of 002.)
fn opens_with_speaker(s: &str) -> bool {
    const SPEAKERS: [&str; 8] = ["记者", "本报记者", "问", "答", "主持人", "Q", "A", "嘉宾"];
    s.starts_with(['记', '本', '问', '答', '主', 'Q', 'A', '嘉'])
        && SPEAKERS.iter().any(|w| {
            s.strip_prefix(w)
                .and_then(|rest| rest.strip_prefix(['：', ':']))
                .is_some_and(|rest| !rest.is_empty())
        })
}

/// Does a paragraph stand under line `i` (after blank lines), not a title: a
/// block of two lines or more where blank lines part paragraphs, or a line
/// that ends mid-sentence, or a sentence longer than a title's?
fn heads_paragraph(lines: &[Line], i: usize) -> bool {
    let Some(k) = (i + 1..lines.len()).find(|&k| lines[k].kind != LineKind::Blank) else {
        return false;
    };
    let next = &lines[k];
    let block = lines.get(k + 1).is_some_and(|l| l.kind != LineKind::Blank);
    block
        || matches!(next.ending, Ending::Continuing | Ending::Clause)
        || next.ending == Ending::Terminal && next.width > 2 * 16
}

/// "【代表风采】", "【一线传真】": a column's name in square brackets.
fn is_bracketed_name(s: &str) -> bool {
    s.strip_prefix('【')
        .and_then(|s| s.strip_suffix('】'))
        .is_some_and(|name| {
            (2..=10).contains(&name.chars().count())
                && !name.contains(['，', '。', '【', '】', '版'])
        })
}

/// "（第十二号）", "（2026年第3号）", "第  15  号": the number of a notice,
/// alone on its line.
pub(crate) fn is_notice_number(s: &str) -> bool {
    if in_brackets(s).is_some() {
        return s.contains('号') && s.chars().count() <= 14 && !s.contains(['，', '。', ',']);
    }
    let number = s.trim();
    number.starts_with(|c: char| c == '第' || c.is_ascii_digit())
        && number.ends_with('号')
        && number.chars().count() <= 16
        && number.chars().all(|c| {
            c.is_whitespace()
                || c.is_ascii_digit()
                || "第号年〔〕[]零〇一二两三四五六七八九十百".contains(c)
        })
}

/// Where blank lines part paragraphs and the extraction dropped their
/// indent, a paragraph's first line stands short of its column by the two
/// characters of the indent. Where most first lines do (five at least, seven
/// in ten), a "heading" over a full line of text, short of its column by no
/// more, holding punctuation and ending in no stop, is a paragraph's first
/// line ("会议强调，要学好用好新修改的《中华" over "人民共和国…").
fn unindented_first_lines(text: &str, lines: &mut [Line]) {
    let first_line = |lines: &[Line], i: usize| {
        let line = &lines[i];
        (i == 0 || line.after_blank)
            && lines.get(i + 1).is_some_and(|next| {
                next.kind == LineKind::Body && next.width + FULL_TOLERANCE >= next.column
            })
    };
    let (mut starts, mut short) = (0usize, 0usize);
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Body && first_line(lines, i) {
            starts += 1;
            short += usize::from(line.width + FULL_TOLERANCE < line.column);
        }
    }
    if !enough_indented(starts, short) {
        return;
    }
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Heading
            && !line.opens_paragraph
            && matches!(line.ending, Ending::Open | Ending::Continuing)
            && line.width + HEADING_SHORTFALL >= line.column
            && first_line(lines, i)
            && text[line.content.clone()].contains(['，', '、', '《', '“'])
        {
            lines[i].kind = LineKind::Body;
        }
    }
}

/// A short line right under a full line of text that stops mid-sentence is the
/// end of that paragraph, however short ("查监督，推动" under "…持续深化预算审",
/// with a photo caption after it): the text runs into it with no blank line
/// between. A headline block of such lines was promoted before, so its full
/// lines are no longer text.
fn end_paragraphs_under_full_lines(lines: &mut [Line]) {
    for i in 1..lines.len() {
        let (above, line) = (&lines[i - 1], &lines[i]);
        if matches!(line.kind, LineKind::Heading | LineKind::Banner)
            && !line.leading_space
            && above.kind == LineKind::Body
            && above.ending == Ending::Open
            && above.width + FULL_TOLERANCE >= above.column
        {
            lines[i].kind = LineKind::Body;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        for m in [
            "（上接第一版）",
            "（下转第二版）",
            "（上接1版）",
            "（下转第3版）",
            "（上接A2版）",
            "（紧接第一版）",
            "（转第四版）",
            "下转第二版",
            "(下转3版)",
            "■下转第2版",
            "续第二十四版",
            "→转4版",
        ] {
            assert!(markers::is_marker_line(m), "{m}");
        }
        assert!(!markers::is_marker_line("转变作风第一版"));
    }

    #[test]
    fn marker_lines() {
        let kind = |line: &str| {
            let text =
                format!("第一段文字在这里继续写下去。\n\n{line}\n\n第二段文字在这里继续写下去。\n");
            analyze_layout(&text).lines[2].kind
        };
        for line in [
            "（下转第二版）",
            "（上接第1版 ）",
            "■下转第2版",
            "续第二十四版",
            "→转4版",
            "（下转第2页）",
            "（转A2）",
            "（下转第二版上部）",
            "（接上期）",
            "（未完待续）",
        ] {
            assert_eq!(kind(line), LineKind::Marker, "{line}");
        }
        for line in ["转变作风第一版", "版面设计", "（苏波）", "（一）"] {
            assert_ne!(kind(line), LineKind::Marker, "{line}");
        }
    }

    #[test]
    fn detects_layouts() {
        let blank_line = "第一段第一行文字在这里继续写下去\n第一段第二行。\n\n第二段第一行文字在这里继续\n第二段第二行。\n";
        assert_eq!(
            analyze_layout(blank_line).layout,
            Layout::BlankLineParagraphs
        );
        let double: String = (0..10)
            .map(|i| format!("第{i}行文字在这里继续写\n\n"))
            .collect();
        assert_eq!(analyze_layout(&double).layout, Layout::DoubleSpaced);
        let long = "长".repeat(100);
        let per_line = format!("标题\n\n{long}。\n\n{long}。\n");
        assert_eq!(analyze_layout(&per_line).layout, Layout::ParagraphPerLine);
        // Short paragraphs of a line each, none wrapped: every line ends a
        // sentence. A column wrapped at 20 characters ends few.
        let short = "嘎鲁图镇开展防汛应急演练
5月18日，嘎鲁图镇组织开展防汛应急演练，全镇干部群众参加。
演练模拟了强降雨引发河水上涨的险情，检验了各环节。
镇党委书记王志刚说，要把演练成果转化为实战能力。
培训邀请旗农牧局专家授课，内容包括饲草种植和电商销售。
";
        assert_eq!(analyze_layout(short).layout, Layout::ParagraphPerLine);
        let wrapped = "嘎鲁图镇开展防汛应急演练
5月18日，嘎鲁图镇组织开展防汛应急演练，全
镇干部群众参加。演练模拟了强降雨引发河水上
涨的险情，检验了各环节。镇党委书记王志刚说
，要把演练成果转化为实战能力。培训邀请旗农
牧局专家授课，内容包括饲草种植和电商销售。
";
        assert_eq!(analyze_layout(wrapped).layout, Layout::BlankLineParagraphs);
        assert_eq!(analyze_layout("").layout, Layout::BlankLineParagraphs);
    }

    /// A block of short lines of uneven widths is verse; wrapped text whose
    /// first lines lost their indent (32, 32, 34, 36 wide, 000 lines 179–182)
    /// and a list's entries are not.
    #[test]
    fn verse_and_what_is_not() {
        let verse_of = |page: &str| -> Vec<bool> {
            let layout = analyze_layout(page);
            layout
                .lines
                .iter()
                .filter(|l| l.kind != LineKind::Blank)
                .map(|l| l.list == ListPart::Verse)
                .collect()
        };
        let prose = "前面的一段文字写在这里，\n\n\
                     月亮挂在杨树梢上\n我在灯下读信\n母亲说\n今年的糜子\n收了十二袋\n\n\
                     深刻认识加强思想政治引领、广泛凝\n聚共识是人民政协履职工作的中心环\n\
                     节。我们牢牢把握铸牢中华民族共同体\n意识工作主线，充分发挥大团结大联合的\n\n\
                     组  长：王建军  旗人大常委会副主任\n副组长：李  强  旗人大常委会办公室主任\n\
                     成  员：赵  敏  旗人大常委会办公室副主任\n        孙  丽  旗财政局副局长\n";
        let verse = verse_of(prose);
        assert_eq!(
            verse,
            [[false].as_slice(), &[true; 5], &[false; 4], &[false; 4]].concat()
        );
        // Lines of one width: verse when no punctuation stands inside a
        // line, wrapped text when it does, however narrow the column.
        let even = "月亮升起来的时候\n羊群已经回到圈里\n母亲在毡房门口\n一遍遍数着星星\n\n\
                    小时候，每天清晨\n母亲总是第一个起\n床。她把铁锅架在\n炉子上，倒进砖茶\n";
        assert_eq!(verse_of(even), [[true; 4], [false; 4]].concat());
    }

    /// The kind and the list part of each line with text.
    fn kinds_and_parts(layout: &PageLayout) -> Vec<(LineKind, ListPart)> {
        layout
            .lines
            .iter()
            .filter(|l| l.kind != LineKind::Blank)
            .map(|l| (l.kind, l.list))
            .collect()
    }

    /// A table's head and rows of numbers, set apart by runs of spaces or
    /// ideographic spaces, are rows that stand alone; its title is a caption;
    /// a line with two wide gaps but one number is text ("联系人：…  电话：…").
    #[test]
    fn table_rows_head_and_title() {
        for gap in ["        ", "\u{3000}\u{3000}"] {
            let page = format!(
                "表1  2025年主要农产品产量\n\n\
                 产品名称{gap}产量（万吨）{gap}比上年增长（%）\n\
                 粮食{gap}186.3{gap}3.2\n\
                 油料{gap}12.8{gap}-1.5\n\n\
                 联系人：刘晓东  电话：0477-8588888  地址：东胜区\n"
            );
            let layout = analyze_layout(&page);
            let parts = kinds_and_parts(&layout);
            use LineKind::{Body, Caption};
            use ListPart::{Outside, Table};
            assert_eq!(
                parts[..4],
                [
                    (Caption, Outside),
                    (Body, Table),
                    (Body, Table),
                    (Body, Table),
                ],
                "{gap:?}"
            );
            assert_ne!(parts[4].1, Table);
            assert!(!layout.is_full(&layout.lines[3]));
            assert!(!layout.continues(2, 3));
        }
    }

    /// Rows with one number each ("东胜区  晴  -7℃～3℃") are a table where they
    /// stand together; one such line alone is not.
    #[test]
    fn rows_with_one_number_stand_together() {
        let page = "天气预报\n\n东胜区  晴  -7℃～3℃\n康巴什区  晴  -8℃～2℃\n\n\
                    记者  王磊  2026\n";
        let layout = analyze_layout(page);
        let lists: Vec<ListPart> = kinds_and_parts(&layout)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        use ListPart::{Outside, Table};
        assert_eq!(lists[..3], [Outside, Table, Table]);
        assert_ne!(lists[3], Table);
    }

    /// Rows of names, and rows of a post and a name after a wide gap, are a
    /// table where they stand together; an author's line alone is not one, nor
    /// are credits ("本报记者  刘  洋" over "通讯员  李四").
    #[test]
    fn rows_of_names_stand_together() {
        let page = "名单\n\n马文静  王海军  乌日娜  李  明\n杨光明  张  华  陈建国\n\n\
                    旗人大代表、树林召镇农民  李二虎\n市人大代表、东胜区某公司经理  王  刚\n\n\
                    ●市人大常委会办公室  龚培贞\n\n本报记者  刘  洋\n通讯员  李四\n\n\
                    达拉特旗人大常委会研究室  王凤英\n";
        let layout = analyze_layout(page);
        let lists: Vec<ListPart> = kinds_and_parts(&layout)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        use ListPart::Table;
        assert_eq!(lists[1..5], [Table, Table, Table, Table], "{lists:?}");
        assert!(lists[5..].iter().all(|&p| p != Table), "{lists:?}");
        assert_eq!(layout.lines[8].kind, LineKind::Byline);
    }

    /// Entries set apart by an ASCII, no-break or ideographic space, each
    /// perhaps wrapped: an entry's short end is text of that entry, and the
    /// next entry does not go on with it.
    #[test]
    fn list_entries_and_their_wrapped_ends() {
        for space in [" ", "\u{a0}", "\u{3000}"] {
            let page = format!(
                "这是一份通报文字在这里继续写下去并且写满一整行\n\n优秀通讯员：\n\n\
                 张鸿杰{space}市人大常委会科教文卫工作委员会\n\n\
                 王凯立{space}市人大常委会环境资源城乡建设工\n\n作委员会\n\n\
                 贾来庆{space}乌拉特后旗人大常委会办公室\n\n\
                 望受表彰的先进集体和优秀通讯员再接再厉。\n"
            );
            let layout = analyze_layout(&page);
            assert_eq!(layout.layout, Layout::DoubleSpaced);
            let parts = kinds_and_parts(&layout);
            use LineKind::Body;
            use ListPart::{Entry, Outside, Tail};
            assert_eq!(
                parts,
                [
                    (Body, Outside),
                    (Body, Outside),
                    (Body, Entry),
                    (Body, Entry),
                    (Body, Tail),
                    (Body, Entry),
                    (Body, Outside),
                ],
                "{space:?}"
            );
            let line = |n: usize| {
                (0..layout.lines.len())
                    .filter(|&i| layout.lines[i].kind != LineKind::Blank)
                    .nth(n)
                    .unwrap()
            };
            assert!(layout.continues(line(3), line(4)));
            assert!(!layout.continues(line(4), line(5)));
            assert!(!layout.continues(line(2), line(3)));
        }
    }

    #[test]
    fn author_title_ends() {
        for title in AUTHOR_TITLES {
            assert!(
                AUTHOR_TITLE_ENDS.contains(&title.chars().last().unwrap()),
                "{title}"
            );
        }
    }

    #[test]
    fn author_lines() {
        for (line, expected) in [
            ("乌审旗人大常委会党组书记、主任宝音满都呼", true),
            ("记者 吴晓慧 高鹏飞", true),
            ("本报记者  张  三", false),
            ("主任张", false),
            ("主任张三李四王五赵", false),
            ("通讯员 王红 阿拉坦其其格", false),
            ("通讯员 王红 阿拉坦", true),
            ("市长·张三", true),
            ("市人大常委会委员会", false),
        ] {
            assert_eq!(is_author_line(line), expected, "{line}");
        }
        // Names run on from the title open with a surname or are Mongolian.
        for (line, expected) in [
            ("市融媒体中心记者吴晓慧高鹏飞", true),
            ("通讯员阿拉坦", true),
            ("记者 走进社区", true),
            ("政协委员走进社区", false),
            ("县委书记访谈录", false),
            // (委员 of 委员会 is no title: 主任 is.)
            ("旗发展和改革委员会主任  刘文华", true),
        ] {
            assert_eq!(is_author_line_named(line), expected, "{line}");
        }
    }

    proptest::proptest! {
        /// The written-out enumeration test is the regex it replaced.
        #[test]
        fn enumerated_is_the_regex(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "一", "二", "十", "九", "、", "（", "(", "）", ")", "第", "章", "节", "部", "分", "条",
            "1", "0", "9", ".", "．", "a", "１", "文", " ", "𠮷",
        ]), 0..7)) {
            let regex = Regex::new(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、]\D|第[一二三四五六七八九十]{1,3}[章节部分条])").unwrap();
            let s = pieces.concat();
            proptest::prop_assert_eq!(is_enumerated(&s), regex.is_match(&s), "{}", s);
        }

        /// The written-out author test is the regex it replaced.
        #[test]
        fn author_line_is_the_regex(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "书记", "主任", "副主席", "理事长", "记者", "通讯员", "张", "三", "宝音", "满都呼", "·",
            " ", "  ", "\u{3000}", "、", "，", "a", "1", "〇", "々", "⺀", "𠮷", "：",
        ]), 0..12)) {
            let regex = Regex::new(r"(?:书记|主任|主席|副主席|委员|部长|局长|院长|会长|理事长|秘书长|记者|编辑|通讯员|教授|研究员|旗长|县长|市长|镇长|站长|所长|科长|组长)\s*[\p{Han}·]{2,6}(?:\s+[\p{Han}·]{2,4})*$").unwrap();
            let s = pieces.concat();
            let s = s.trim_matches(text::is_space);
            proptest::prop_assert_eq!(is_author_line(s), regex.is_match(s), "{}", s);
        }

        /// Windows moving forward by any steps hold exactly the values of their range.
        #[test]
        fn sliding_window_is_sorted_range(
            values in proptest::collection::vec(0u32..20, 0..60),
            steps in proptest::collection::vec((0usize..4, 0usize..14), 0..40),
        ) {
            let mut window = SlidingWindow::new(&values);
            let mut start = 0;
            for (advance, len) in steps {
                start = (start + advance).min(values.len());
                let end = (start + len).min(values.len());
                let mut expected = values[start..end].to_vec();
                expected.sort_unstable();
                proptest::prop_assert_eq!(window.slide(start..end), &expected[..]);
            }
        }
    }
}
