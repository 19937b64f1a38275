//! `cut-paragraph`: a paragraph that stops mid-sentence, goes on after a block the
//! extraction inserted (a caption, a headline block, an author line), as in 004
//! lines 13→19. The fix rejoins the paragraph and moves the inserted block after it.

use super::{Code, Edit, Finding, Fix, Join, Related, Severity, first_char, joiner, last_char};
use crate::analysis::layout::{LineKind, PageLayout};
use crate::analysis::messages::Message;

pub(super) fn check(text: &str, page: &PageLayout, joins: &[Join]) -> Vec<Finding> {
    joins
        .iter()
        .filter(|join| !join.inserted.is_empty())
        .filter(|join| {
            // The text after the block must read as the rest of a paragraph: a
            // full line, or the paragraph's last line.
            let to = &page.lines[join.to];
            page.is_full(to) || to.ending == crate::analysis::text::Ending::Terminal
        })
        .map(|join| {
            let lines = &page.lines;
            let before = &lines[join.from];
            let after = &lines[join.to];
            let first_inserted = &lines[join.inserted.start];
            let last_inserted = &lines[join.inserted.end - 1];
            let block = first_inserted.span.start..last_inserted.content.end;
            let paragraph_end = &lines[page.paragraph_end(join.to)];
            let br = joiner(text, page, join.from);
            // The block moves as lines of the page, with its line breaks (CRLF
            // stays CRLF), even where the halves join with nothing.
            let separator = match before.span.line_break(text) {
                "" => "\n",
                line_break => line_break,
            };
            let moved = format!(
                "{separator}{separator}{}",
                &text[first_inserted.content.start..last_inserted.content.end]
            );
            Finding {
                code: Code::CutParagraph,
                severity: Severity::Warning,
                range: last_char(text, before.content.end),
                message: Message::CutParagraph {
                    inserted_lines: join
                        .inserted
                        .clone()
                        .filter(|&k| lines[k].kind != LineKind::Blank)
                        .count(),
                },
                related: vec![
                    Related {
                        range: first_char(text, after.content.start),
                        message: Message::ContinuesHere,
                    },
                    Related {
                        range: block,
                        message: Message::InsertedBlock,
                    },
                ],
                fix: Some(Fix {
                    title: Message::FixMoveBlock,
                    edits: vec![
                        Edit {
                            range: before.content.end..after.content.start,
                            insert: br.to_string(),
                        },
                        Edit {
                            range: paragraph_end.span.end..paragraph_end.span.end,
                            insert: moved,
                        },
                    ],
                }),
            }
        })
        .collect()
}
