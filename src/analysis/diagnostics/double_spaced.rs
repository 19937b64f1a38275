//! `double-spaced`: a whole document with a blank line after every line (002).
//! One finding for the document; the fix collapses it to single spacing and keeps
//! a blank line only at real paragraph ends.

use super::{Code, Edit, Finding, Fix, Severity};
use crate::analysis::layout::{Layout, LineKind, PageLayout, is_dated_entry};
use crate::analysis::messages::Message;

pub(super) fn check(text: &str, page: &PageLayout) -> Option<Finding> {
    if page.layout != Layout::DoubleSpaced {
        return None;
    }
    let lines = &page.lines;
    let first = lines.iter().find(|l| l.kind != LineKind::Blank)?;
    // Every edit removes the one blank line between two lines of text: there are
    // at most `single_blank_after` (thousands on a long page: sized once).
    let mut edits = Vec::with_capacity(page.single_blank_after);
    for i in 0..lines.len().saturating_sub(2) {
        let (line, blank, next) = (&lines[i], &lines[i + 1], &lines[i + 2]);
        if line.kind == LineKind::Blank || blank.kind != LineKind::Blank {
            continue;
        }
        if next.kind == LineKind::Blank {
            continue;
        }
        // A line set apart from a single-spaced run ends its paragraph there,
        // and a chronicle's entry (1月8日　…) starts one, however wide the
        // entry above. (Its first byte is read before the line is sliced:
        // slicing every line this loop joins cost 55 K instructions an
        // analysis of 002.)
        if !line.tight
            && page.continues(i, i + 2)
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
