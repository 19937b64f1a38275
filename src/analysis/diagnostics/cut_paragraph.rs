//! `cut-paragraph`: a paragraph that stops mid-sentence, goes on after a block the
//! extraction inserted (a caption, a headline block, an author line), as in 004
//! lines 13→19. The fix rejoins the paragraph and moves the inserted block after it.

use std::borrow::Cow;
use std::ops::Range;

use super::{
    Code, Edit, Finding, Fix, Join, Related, Severity, double_spaced, first_char, joiner, last_char,
};
use crate::analysis::layout::{LineKind, PageLayout};
use crate::analysis::messages::Message;

/// Does `join` rejoin a paragraph cut by a block, so that its fix moves the
/// block? The text after the block must read as the rest of a paragraph: a
/// full line, or the paragraph's last line.
pub(super) fn moves_block(page: &PageLayout, join: &Join) -> bool {
    let to = &page.lines[join.to];
    !join.inserted.is_empty()
        && (page.is_full(to) || to.ending == crate::analysis::text::Ending::Terminal)
}

pub(super) fn check(text: &str, page: &PageLayout, joins: &[Join]) -> Vec<Finding> {
    joins
        .iter()
        .filter(|join| moves_block(page, join))
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
                block_text(
                    text,
                    page,
                    join,
                    first_inserted.content.start..last_inserted.content.end
                )
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

/// The text of the block `join` inserted (`range`), as the fix moves it: in a
/// double-spaced page, without the blank line inside a headline wrapped over
/// two lines, as single spacing joins it elsewhere ([`double_spaced`]).
fn block_text<'a>(
    text: &'a str,
    page: &PageLayout,
    join: &Join,
    range: Range<usize>,
) -> Cow<'a, str> {
    let lines = &page.lines;
    let mut dropped = join
        .inserted
        .clone()
        .filter(|&k| {
            k > join.inserted.start
                && k + 1 < join.inserted.end
                && lines[k].kind == LineKind::Blank
                && double_spaced::title_wraps(text, page, k - 1)
        })
        .peekable();
    if dropped.peek().is_none() {
        return Cow::Borrowed(&text[range]);
    }
    let mut out = String::with_capacity(range.len());
    let mut at = range.start;
    for k in dropped {
        out.push_str(&text[at..lines[k].span.start]);
        at = lines[k].span.next;
    }
    out.push_str(&text[at..range.end]);
    Cow::Owned(out)
}
