//! Paragraphs that go on far away: the extraction put a whole block (another
//! article's headline and paragraphs, a caption) between the two halves, as in
//! 004 lines 39→71, where a paragraph stops at 相关部 and goes on thirty lines
//! later at 门，组织部分外国留学生….
//!
//! The second half is recognised by how it starts: a line no sentence opens
//! with (的各界代表人士…, 门，…, ，…). Each such line that no nearby join reaches
//! is given to the nearest paragraph above it that stops mid-sentence and has
//! no continuation, or only a guessed one (after inserted lines, at a line that
//! could as well open a paragraph).

use super::{Ending, Join, Layout, LineKind, PageLayout, is_inserted, layout};
use crate::analysis::text::starts_mid_sentence;

/// How far (in lines) the rest of a paragraph is looked for.
const WINDOW: usize = 80;

/// Extends `joins` (in order of `from`) with paragraphs continued far away;
/// `unjoined` are the lines (in order) that stop a paragraph mid-sentence and
/// have no join.
pub(super) fn rejoin(text: &str, page: &PageLayout, joins: &mut Vec<Join>, unjoined: &[usize]) {
    let lines = &page.lines;
    let mid_sentence = |i: usize| starts_mid_sentence(&text[lines[i].content.clone()]);
    // Lines where a join already goes on, sorted: looked up only for the few
    // lines that start mid-sentence.
    let mut reached: Vec<usize> = joins.iter().map(|j| j.to).collect();
    reached.sort_unstable();
    // Paragraphs above the current line stopped mid-sentence whose rest is not
    // found (`None`), or only guessed (the index of that join): taken in order
    // from `unjoined` and `joins`.
    let mut open: Vec<(usize, Option<usize>)> = Vec::new();
    let (mut next_unjoined, mut next_join) = (0, 0);
    let mut added = Vec::new();
    // The last text line above is body text whose sentence is not finished.
    let mut after_open_text = false;
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Blank {
            continue;
        }
        let open_above = std::mem::replace(
            &mut after_open_text,
            line.kind == LineKind::Body && line.ending != Ending::Terminal,
        );
        // A line whose text above is not finished goes on from it, even where
        // that line looks short of its column: not a distant continuation.
        if open_above
            || line.kind != LineKind::Body
            || line.opens_paragraph
            || layout::indented_paragraph(text, page, line)
            || !mid_sentence(i)
            || is_inserted(page, i)
            || reached.binary_search(&i).is_ok()
        {
            continue;
        }
        while let Some(&from) = unjoined.get(next_unjoined).filter(|&&from| from < i) {
            open.push((from, None));
            next_unjoined += 1;
        }
        while let Some(join) = joins.get(next_join).filter(|j| j.from < i) {
            // In a double-spaced page a frame that starts with a space is
            // where text goes on: not a guess.
            let frame = page.layout == Layout::DoubleSpaced && lines[join.to].leading_space;
            let guessed = !join.inserted.is_empty() && !frame && !mid_sentence(join.to);
            if guessed {
                open.push((join.from, Some(next_join)));
            }
            next_join += 1;
        }
        // The nearest open paragraph above, within the window: one without a
        // continuation before one with a guessed one.
        open.retain(|&(from, _)| from + WINDOW >= i);
        let pick = open
            .iter()
            .rposition(|&(_, join)| join.is_none())
            .or(open.len().checked_sub(1));
        if let Some((from, join)) = pick.map(|k| open.remove(k)) {
            let rejoined = between(page, from, i);
            match join {
                None => added.push(rejoined),
                Some(k) => joins[k] = rejoined,
            }
        }
    }
    if !added.is_empty() {
        joins.extend(added);
        joins.sort_by_key(|j| j.from);
    }
}

/// The join of line `from` with line `to`: every non-blank line between is inserted.
fn between(page: &PageLayout, from: usize, to: usize) -> Join {
    let lines = &page.lines;
    let text_lines = || (from + 1..to).filter(|&k| lines[k].kind != LineKind::Blank);
    let inserted = match (text_lines().next(), text_lines().next_back()) {
        (Some(first), Some(last)) => first..last + 1,
        _ => to..to,
    };
    Join::new(page, from, inserted, to)
}
