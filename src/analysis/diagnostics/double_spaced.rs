//! `double-spaced`: a whole document with a blank line after every line (002).
//! One finding for the document; the fix collapses it to single spacing and keeps
//! a blank line only at real paragraph ends.

use super::{Code, Edit, Finding, Fix, Join, Severity, cut_paragraph};
use crate::analysis::layout::{Layout, Line, LineKind, ListPart, PageLayout, is_dated_entry};
use crate::analysis::messages::Message;

pub(super) fn check(text: &str, page: &PageLayout, joins: &[Join]) -> Option<Finding> {
    if page.layout != Layout::DoubleSpaced {
        return None;
    }
    let lines = &page.lines;
    let first = lines.iter().find(|l| l.kind != LineKind::Blank)?;
    // Every edit removes the one blank line between two lines of text: there are
    // at most `single_blank_after` (thousands on a long page: sized once).
    let mut edits = Vec::with_capacity(page.single_blank_after);
    // The lines a cut paragraph's fix moves, with the blank lines around them:
    // that fix rewrites them, and a headline's lines or a table's rows there
    // are left as they stand, so that both fixes apply together.
    let moved: Vec<std::ops::Range<usize>> = joins
        .iter()
        .filter(|j| cut_paragraph::moves_block(page, j))
        .map(|j| j.from + 1..j.to)
        .collect();
    for i in 0..lines.len().saturating_sub(2) {
        let (line, blank, next) = (&lines[i], &lines[i + 1], &lines[i + 2]);
        if line.kind == LineKind::Blank || blank.kind != LineKind::Blank {
            continue;
        }
        if next.kind == LineKind::Blank {
            continue;
        }
        // Rows of a table stand together, as a single-spaced page sets them.
        // A line set apart from a single-spaced run ends its paragraph there,
        // and a chronicle's entry (1月8日　…) starts one, however wide the
        // entry above. (Its first byte is read before the line is sliced:
        // slicing every line this loop joins cost 55 K instructions an
        // analysis of 002.)
        // (A headline's last line set a blank line under the run of its first
        // two goes on with them when it closes a 《 they left open: "…建设国家
        // 向北" over "开放重要桥头堡促进条例》情况进行专题调研".)
        // (Asked only where the cheaper tests leave the join open.)
        let wraps = || title_wraps(text, page, i);
        let closes = || {
            line.kind == LineKind::Heading
                && next.kind == LineKind::Heading
                && !next.tight
                && crate::analysis::text::closes_open(
                    &text[line.content.clone()],
                    &text[next.content.clone()],
                )
        };
        if (!line.tight || closes() && wraps())
            && (page.continues(i, i + 2)
                || (((line.list == ListPart::Table && next.list == ListPart::Table)
                    || wraps()
                    || signature_goes_on(text, page, i))
                    && !moved.iter().any(|m| m.contains(&(i + 1)))))
            && !(text
                .as_bytes()
                .get(next.content.start)
                .is_some_and(u8::is_ascii_digit)
                && is_dated_entry(&text[next.content.clone()]))
        {
            edits.push(Edit {
                range: blank.span.start..blank.span.next,
                insert: String::new(),
            });
        }
    }
    // The blank lines after the last line of text, at the end of the file,
    // go too: a single-spaced page ends with its last line.
    if let [.., end] = &lines[..]
        && end.kind == LineKind::Blank
        && end.span.start == text.len()
        && let Some(last) = lines.iter().rposition(|l| l.kind != LineKind::Blank)
    {
        for blank in &lines[last + 1..lines.len() - 1] {
            edits.push(Edit {
                range: blank.span.start..blank.span.next,
                insert: String::new(),
            });
        }
    }
    Some(Finding {
        code: Code::DoubleSpaced,
        severity: Severity::Information,
        range: first.content.clone(),
        message: Message::DoubleSpaced {
            doubled: page.single_blank_after,
            lines: page.non_blank,
        },
        related: Vec::new(),
        fix: Some(Fix {
            title: Message::FixSingleSpace {
                removed: edits.len(),
            },
            edits,
        }),
    })
}

/// Are bylines `i` and `i + 2` lines of one signature, its issuers over its
/// date ("巴彦淖尔市人大工作研究会" over "《巴彦淖尔人大》编辑部" over
/// "2024年11月29日")? A single-spaced page sets them together.
fn signature_goes_on(text: &str, page: &PageLayout, i: usize) -> bool {
    page.lines[i].kind == LineKind::Byline
        && page.lines[i + 2].kind == LineKind::Byline
        && crate::analysis::outline::signs_over_date(text, page, i)
}

/// Do headings `i` and `i + 2` make one title, wrapped a blank line apart
/// ("市五届人大常委会第十九次会议" over "在临河召开"), or one headline (a
/// title over its subtitle, an issuer over its title)? The outline joins them
/// into one name or one headline; single spacing sets them together.
pub(super) fn title_wraps(text: &str, page: &PageLayout, i: usize) -> bool {
    if page.layout != Layout::DoubleSpaced {
        return false;
    }
    let (line, next) = (&page.lines[i], &page.lines[i + 2]);
    // (A section's heading, "（六）…" or "1.…", wraps as a paragraph does.)
    if line.kind != LineKind::Heading
        || next.kind != LineKind::Heading
        || line.opens_paragraph
        || next.opens_paragraph
    {
        return false;
    }
    let (first, second) = (&text[line.content.clone()], &text[next.content.clone()]);
    // Nor do rows of a table, set out in columns ("东胜区      晴 …"); a
    // title's first line may part its phrases so ("秉持初心  持续奋进 …").
    let row = |l: &Line, s: &str| l.list == ListPart::Table || s.contains("  ");
    if row(line, first) && row(next, second) {
        return false;
    }
    crate::analysis::outline::wraps_title(page, i, first, second)
        || crate::analysis::outline::in_one_headline(text, page, i, i + 2)
}
