//! Page diagnostics: each lint lives in its own file and turns the page layout
//! into findings with stable codes and, where safe, a fix.

mod broken_wrap;
mod cut_paragraph;
mod distant;
mod double_spaced;

use std::ops::Range;

use serde::Serialize;

use super::layout::{self, Layout, LineKind, ListPart, PageLayout};
use super::messages::Message;
use super::text::{self, Ending};

/// Stable diagnostic codes, as users configure and search for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    BrokenWrap,
    DoubleSpaced,
    CutParagraph,
    /// Cross-page: the page a continuation marker names is not in the workspace.
    UnresolvedContinuation,
    /// Cross-page: the page exists but does not continue the article.
    MismatchedContinuation,
}

impl Code {
    pub const ALL: [Code; 5] = [
        Code::BrokenWrap,
        Code::DoubleSpaced,
        Code::CutParagraph,
        Code::UnresolvedContinuation,
        Code::MismatchedContinuation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::BrokenWrap => "broken-wrap",
            Code::DoubleSpaced => "double-spaced",
            Code::CutParagraph => "cut-paragraph",
            Code::UnresolvedContinuation => "unresolved-continuation",
            Code::MismatchedContinuation => "mismatched-continuation",
        }
    }

    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "info",
            Severity::Hint => "hint",
        }
    }
}

/// Replace the bytes in `range` with `insert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub insert: String,
}

/// A set of edits that repairs one finding. Edits never overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<Edit>,
}

/// A place elsewhere on the page that explains a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub range: Range<usize>,
    pub message: Message,
}

/// One problem found on a page. Ranges are byte offsets into the page text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub range: Range<usize>,
    pub message: Message,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
}

/// Runs every page diagnostic, in page order.
pub fn diagnose(text: &str, page: &PageLayout) -> Vec<Finding> {
    diagnose_with(text, page, &find_joins(text, page))
}

/// [`diagnose`] with the joins already found.
pub(crate) fn diagnose_with(text: &str, page: &PageLayout, joins: &[Join]) -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(double_spaced::check(text, page, joins));
    findings.extend(broken_wrap::check(text, page, joins));
    findings.extend(cut_paragraph::check(text, page, joins));
    findings.sort_by_key(|f| (f.range.start, f.code));
    findings
}

/// A paragraph that stops at line `from` mid-sentence and goes on at line `to`,
/// possibly after lines `inserted` that the extraction placed in between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Join {
    pub from: usize,
    pub inserted: Range<usize>,
    pub to: usize,
    /// Blank lines between `from` and `to`, outside the inserted lines.
    pub blank_lines: usize,
}

impl Join {
    /// The join of line `from` with line `to` past the lines `inserted`,
    /// counting the blank lines between that are not part of the block.
    fn new(page: &PageLayout, from: usize, inserted: Range<usize>, to: usize) -> Join {
        let blank_lines = (from + 1..to)
            .filter(|&i| page.lines[i].kind == LineKind::Blank && !inserted.contains(&i))
            .count();
        Join {
            from,
            inserted,
            to,
            blank_lines,
        }
    }
}

/// The most lines an inserted block may have; beyond it we do not guess.
const MAX_INSERTED_LINES: usize = 12;

/// Finds every place where a sentence is interrupted: by blank lines, by inserted blocks or both.
pub(crate) fn find_joins(text: &str, page: &PageLayout) -> Vec<Join> {
    let (mut joins, unjoined) = nearby_joins(text, page);
    distant::rejoin(text, page, &mut joins, &unjoined);
    joins
}

/// The joins a reader sees at a glance: a paragraph that goes on at the next
/// text line, or after a few inserted lines. Also the lines that stop a
/// paragraph mid-sentence and are not joined to anything nearby.
fn nearby_joins(text: &str, page: &PageLayout) -> (Vec<Join>, Vec<usize>) {
    let lines = &page.lines;
    let mut joins = Vec::new();
    let mut unjoined = Vec::new();
    for from in 0..lines.len() {
        let line = &lines[from];
        // A double-spaced page's line that stops mid-word short of its column
        // ("…切实加" over a headline block and its author line, then " 强对…")
        // is cut where a text frame goes on right after an inserted block.
        let framed_only = !cut_start(page, from);
        if framed_only && !cut_before_frame(page, from) {
            continue;
        }
        let Some(first) = page.next_non_blank(from) else {
            unjoined.push(from);
            continue;
        };
        // A notice or an advertisement ends in its contact details, with no
        // stop ("联系电话：13947712345  联系人：张" over "女士").
        if page.layout != Layout::DoubleSpaced && first > from + 1 && line.ending == Ending::Open {
            let above = from
                .checked_sub(1)
                .map_or("", |k| &text[lines[k].content.clone()]);
            if text::ends_in_contact(&text[line.content.clone()], above) {
                continue;
            }
        }
        // The last row of a list (名单: a name, a space, a unit) ends without
        // punctuation; a blank line after it ends the list, where blank lines
        // part paragraphs.
        if line.list == ListPart::Entry
            && page.layout == Layout::BlankLineParagraphs
            && first > from + 1
        {
            continue;
        }
        let mut next = first;
        let mut inserted_lines = 0;
        let mut last_inserted = None;
        while is_inserted(page, next) && inserted_lines < MAX_INSERTED_LINES {
            inserted_lines += 1;
            last_inserted = Some(next);
            match page.next_non_blank(next) {
                Some(n) => next = n,
                None => break,
            }
        }
        let mut to = next;
        // In a double-spaced page a text frame goes on at a line that starts with a
        // space; a body line between is part of the inserted headline block.
        if page.layout == Layout::DoubleSpaced
            && last_inserted.is_some()
            && !lines[to].leading_space
        {
            let mut k = to;
            for _ in 0..4 {
                let Some(n) = page.next_non_blank(k) else {
                    break;
                };
                if lines[n].leading_space && lines[n].kind == LineKind::Body {
                    last_inserted = Some(k);
                    to = n;
                    break;
                }
                if !is_inserted(page, n) {
                    break;
                }
                k = n;
            }
        }
        let target = &lines[to];
        if framed_only && !(last_inserted.is_some() && target.leading_space && page.is_full(target))
        {
            continue;
        }
        if is_inserted(page, to)
            || target.kind != LineKind::Body
            || target.opens_paragraph
            || layout::indented_paragraph(text, page, target)
        {
            unjoined.push(from);
            continue;
        }
        let inserted = match last_inserted {
            Some(last) => first..last + 1,
            None => first..first,
        };
        // A line inside the block another join moved out of the way is a part of
        // that block (the first line of a two-line headline), not a paragraph.
        if joins
            .last()
            .is_some_and(|j: &Join| j.inserted.contains(&from))
        {
            continue;
        }
        // One entry of a list (名单: a name, a space, a unit) is not continued by
        // the next one.
        if line.list != ListPart::Outside && target.list == ListPart::Entry {
            continue;
        }
        // "任命王建军为…副市长；" and "任命李晓燕为…局长；", each a paragraph of
        // one line: items of a list, not a sentence split.
        if page.layout == Layout::BlankLineParagraphs && list_items(text, page, from, to) {
            continue;
        }
        // Nor does a table's row go on with any text above it, nor a stanza
        // with the lines above it ("我在这头，故乡在那头" over "如今啊").
        if matches!(target.list, ListPart::Table | ListPart::Verse) {
            continue;
        }
        // "答复单位：鄂托克前旗公安局交通管理大队": a form's field is no
        // sentence, however wide. (Not asked in a double-spaced page, where
        // nearly every line reaches here and a join is no finding: reading
        // each line's head cost 1 % of the analysis of 002.)
        if page.layout != Layout::DoubleSpaced
            && (layout::is_field(&text[line.content.clone()])
                || opens_with_label(&text[target.content.clone()]))
        {
            continue;
        }
        joins.push(Join::new(page, from, inserted, to));
    }
    (joins, unjoined)
}

/// Are lines `from` and `to` items of a list, each a paragraph of one line:
/// the first ends in "；", and the second ends in "；" too, or ends the list
/// in "。" and opens with the same two characters ("任命…；" over "任命…。")?
fn list_items(text: &str, page: &PageLayout, from: usize, to: usize) -> bool {
    let alone = |i: usize| {
        (i == 0 || page.lines[i].after_blank)
            && page
                .lines
                .get(i + 1)
                .is_none_or(|n| n.kind == LineKind::Blank)
    };
    let (first, second) = (
        &text[page.lines[from].content.clone()],
        &text[page.lines[to].content.clone()],
    );
    first.ends_with('；')
        && alone(from)
        && alone(to)
        && (second.ends_with('；')
            || second.ends_with('。')
                && first.chars().take(2).eq(second.chars().take(2))
                && first.chars().take(2).all(text::is_han_script))
}

/// Does `s` open with a short label ("今天夜间：晴，…", "温馨提示：…"): a
/// line of its own, not a sentence's next words?
fn opens_with_label(s: &str) -> bool {
    s.char_indices()
        .take(7)
        .find(|&(_, c)| !crate::analysis::text::is_han_script(c))
        .is_some_and(|(at, c)| c == '：' && (2 * 3..=6 * 3).contains(&at))
}

/// Does line `index` stop a paragraph mid-sentence, by layout: a body line that
/// runs to the end of its column (or ends in a comma) without ending its sentence,
/// or a short one that a sentence runs into and stops in.
fn cut_start(page: &PageLayout, index: usize) -> bool {
    let line = &page.lines[index];
    line.kind == LineKind::Body
        && !is_inserted(page, index)
        && matches!(
            line.ending,
            Ending::Open | Ending::Continuing | Ending::Clause
        )
        && (line.ending == Ending::Continuing
            || page.is_full(line)
            || stops_short_mid_sentence(page, index))
}

/// In a double-spaced page whose paragraphs open indented (so that a full line
/// opens none), a body line short of its column that stops with no punctuation
/// right above an inserted block: its paragraph is cut there if a full line
/// starts a text frame after the block ([`nearby_joins`] asks).
fn cut_before_frame(page: &PageLayout, index: usize) -> bool {
    let line = &page.lines[index];
    page.layout == Layout::DoubleSpaced
        && page.indents_paragraphs
        && line.kind == LineKind::Body
        && line.ending == Ending::Open
        && !is_inserted(page, index)
        && page
            .next_non_blank(index)
            .is_some_and(|next| is_inserted(page, next))
}

/// A short line that ends without punctuation under a full line whose sentence
/// runs into it ("…持续深化预算审" over "查监督，推动"), where blank lines separate
/// paragraphs: the last line of a paragraph always ends its sentence there.
fn stops_short_mid_sentence(page: &PageLayout, index: usize) -> bool {
    let line = &page.lines[index];
    page.layout == Layout::BlankLineParagraphs && line.ending == Ending::Open && index > 0 && {
        let above = &page.lines[index - 1];
        above.kind == LineKind::Body && above.ending != Ending::Terminal && page.is_full(above)
    }
}

fn is_inserted(page: &PageLayout, index: usize) -> bool {
    let line = &page.lines[index];
    match page.layout {
        // Where every paragraph is one line, a heading starts a new section: only
        // captions, credits and markers are dropped into a paragraph.
        Layout::ParagraphPerLine => matches!(
            line.kind,
            LineKind::Caption | LineKind::Byline | LineKind::Marker
        ),
        Layout::DoubleSpaced => line.kind.is_insertable() || (line.tight && !line.leading_space),
        Layout::BlankLineParagraphs => line.kind.is_insertable(),
    }
}

/// The range of the last character before `end`.
pub(crate) fn last_char(text: &str, end: usize) -> Range<usize> {
    let start = text[..end]
        .char_indices()
        .next_back()
        .map_or(end, |(i, _)| i);
    start..end
}

/// The range of the first character at `start`.
pub(crate) fn first_char(text: &str, start: usize) -> Range<usize> {
    let len = text[start..].chars().next().map_or(0, char::len_utf8);
    start..start + len
}

/// How two halves of a sentence are joined: the line break of the page, or nothing
/// where every paragraph is one line.
pub(crate) fn joiner<'a>(text: &'a str, page: &PageLayout, from: usize) -> &'a str {
    if page.layout == Layout::ParagraphPerLine {
        ""
    } else {
        let br = page.lines[from].span.line_break(text);
        if br.is_empty() { "\n" } else { br }
    }
}
