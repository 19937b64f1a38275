//! `broken-wrap`: blank lines that split a sentence or a word of a hard-wrapped
//! paragraph ("…跟踪监督和监督" / blank / "“回头看”，…"). The fix removes the
//! blank lines and never inserts a space between the halves.

use super::{Code, Edit, Finding, Fix, Join, Severity, first_char, joiner, last_char};
use crate::analysis::layout::{Layout, PageLayout};
use crate::analysis::messages::Message;

pub(super) fn check(text: &str, page: &PageLayout, joins: &[Join]) -> Vec<Finding> {
    // In a double-spaced page every line is followed by a blank line; that is one
    // defect of the document, reported by `double-spaced`, not one per line.
    if page.layout == Layout::DoubleSpaced {
        return Vec::new();
    }
    joins
        .iter()
        .filter(|join| join.inserted.is_empty() && join.blank_lines > 0)
        .map(|join| {
            let before = &page.lines[join.from];
            let after = &page.lines[join.to];
            let range = last_char(text, before.content.end).start
                ..first_char(text, after.content.start).end;
            Finding {
                code: Code::BrokenWrap,
                severity: Severity::Warning,
                range,
                message: Message::BrokenWrap {
                    blank_lines: join.blank_lines,
                },
                related: Vec::new(),
                fix: Some(Fix {
                    title: Message::FixJoinLines,
                    edits: vec![Edit {
                        range: before.content.end..after.content.start,
                        insert: joiner(text, page, join.from).to_string(),
                    }],
                }),
            }
        })
        .collect()
}
