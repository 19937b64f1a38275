//! Open documents: a rope per document for applying incremental edits, and an
//! immutable snapshot (text, line index, analysis) that requests read.

use std::path::Path;
use std::sync::Arc;

use ropey::Rope;

use crate::analysis::markers::Marker;
use crate::analysis::{self, PageAnalysis};
use crate::index::{PageSummary, ReadOptions};
use crate::line_index::{LineIndex, Position, PositionEncoding};

/// Pages larger than this are not analysed (said once in the log).
pub const MAX_ANALYSED_BYTES: usize = 16 * 1024 * 1024;

/// What requests see of a document: immutable, cheap to clone.
#[derive(Debug)]
pub struct Snapshot {
    pub version: i32,
    pub text: String,
    pub index: LineIndex,
    pub analysis: PageAnalysis,
    pub too_large: bool,
    /// What this page contributes to the workspace index.
    pub summary: Arc<PageSummary>,
    pub markers: Vec<Marker>,
    /// People and organisations are recognised (false for the quick snapshot
    /// installed on a keystroke, until the full one replaces it).
    pub entities_ready: bool,
}

impl Snapshot {
    /// Analyses `text`. `path` is the file behind the document, or a stand-in for
    /// documents that are not files (`untitled:`), which form an issue of their own.
    pub fn new(version: i32, text: String, path: &Path, naming: &ReadOptions) -> Snapshot {
        Snapshot::build(version, text, path, naming, true)
    }

    /// Layout and findings only: published at once after an edit.
    pub fn quick(version: i32, text: String, path: &Path, naming: &ReadOptions) -> Snapshot {
        Snapshot::build(version, text, path, naming, false)
    }

    fn build(
        version: i32,
        text: String,
        path: &Path,
        naming: &ReadOptions,
        entities: bool,
    ) -> Snapshot {
        let too_large = text.len() > naming.max_bytes.unwrap_or(MAX_ANALYSED_BYTES);
        let analysed: &str = if too_large { "" } else { &text };
        let lexicon = naming.lexicon();
        let run = || {
            if entities {
                analysis::analyze_with(analysed, lexicon)
            } else {
                analysis::analyze_without_entities(analysed)
            }
        };
        let analysis = match std::panic::catch_unwind(run) {
            Ok(a) => a,
            Err(_) => {
                eprintln!("baokan: analysis panicked on version {version}; showing no findings");
                analysis::analyze("")
            }
        };
        // One line index serves the snapshot and the page summary (the summary of
        // a page too large to analyse is that of an empty page).
        let index = LineIndex::new(&text);
        let summary = Arc::new(if too_large {
            PageSummary::new(path, "", &analysis, naming)
        } else {
            PageSummary::with_index(path, &text, &analysis, &index, naming)
        });
        let markers = summary.markers.iter().map(|e| e.marker.clone()).collect();
        Snapshot {
            version,
            index,
            text,
            analysis,
            too_large,
            summary,
            markers,
            entities_ready: entities,
        }
    }
}

/// An open document.
pub struct Document {
    pub rope: Rope,
    pub snapshot: Arc<Snapshot>,
}

impl Document {
    pub fn open(version: i32, text: String, path: &Path, naming: &ReadOptions) -> Document {
        Document {
            rope: Rope::from_str(&text),
            snapshot: Arc::new(Snapshot::new(version, text, path, naming)),
        }
    }
}

/// One change of a didChange notification, in core terms.
pub struct Change<'a> {
    pub range: Option<(Position, Position)>,
    pub text: &'a str,
}

/// Applies `changes` in order to a copy of `rope`. On the first invalid range,
/// returns the error and leaves the caller's text untouched.
pub fn apply_changes(
    rope: &Rope,
    changes: &[Change<'_>],
    encoding: PositionEncoding,
) -> Result<Rope, String> {
    let mut rope = rope.clone();
    for change in changes {
        match change.range {
            None => rope = Rope::from_str(change.text),
            Some((start, end)) => {
                let s = char_index(&rope, start, encoding)?;
                let e = char_index(&rope, end, encoding)?;
                if s > e {
                    return Err(format!(
                        "range start {}:{} is after its end {}:{}",
                        start.line, start.character, end.line, end.character
                    ));
                }
                rope.remove(s..e);
                rope.insert(s, change.text);
            }
        }
    }
    Ok(rope)
}

/// The char index of `pos` in `rope`. A character past the end of its line means
/// the end of the line (LSP); a line past the end, or a position inside a
/// character, is an error.
fn char_index(rope: &Rope, pos: Position, encoding: PositionEncoding) -> Result<usize, String> {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return Err(format!(
            "line {} is past the end of the document ({} lines)",
            pos.line,
            rope.len_lines()
        ));
    }
    let start = rope.line_to_char(line);
    let wanted = pos.character as usize;
    let mut units = 0usize;
    for (i, c) in rope.line(line).chars().enumerate() {
        if c == '\n' || c == '\r' || units == wanted {
            return Ok(start + i);
        }
        units += match encoding {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
            PositionEncoding::Utf32 => 1,
        };
        if units > wanted {
            return Err(format!(
                "position {}:{} falls inside a character",
                pos.line, pos.character
            ));
        }
    }
    Ok(start + rope.line(line).len_chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn applies_edits_on_astral_and_crlf() {
        let rope = Rope::from_str("𠮷a\r\nb\rc");
        let out = apply_changes(
            &rope,
            &[Change {
                range: Some((pos(0, 2), pos(0, 3))),
                text: "X",
            }],
            PositionEncoding::Utf16,
        )
        .unwrap();
        assert_eq!(out.to_string(), "𠮷X\r\nb\rc");
        let out = apply_changes(
            &rope,
            &[Change {
                range: Some((pos(2, 0), pos(2, 1))),
                text: "人",
            }],
            PositionEncoding::Utf8,
        )
        .unwrap();
        assert_eq!(out.to_string(), "𠮷a\r\nb\r人");
        assert!(
            apply_changes(
                &rope,
                &[Change {
                    range: Some((pos(0, 1), pos(0, 1))),
                    text: "X"
                }],
                PositionEncoding::Utf16,
            )
            .is_err()
        );
        assert!(
            apply_changes(
                &rope,
                &[Change {
                    range: Some((pos(9, 0), pos(9, 0))),
                    text: "X"
                }],
                PositionEncoding::Utf16,
            )
            .is_err()
        );
        // Past the end of a line: the end of the line, before its break.
        let out = apply_changes(
            &rope,
            &[Change {
                range: Some((pos(1, 50), pos(1, 50))),
                text: "!",
            }],
            PositionEncoding::Utf32,
        )
        .unwrap();
        assert_eq!(out.to_string(), "𠮷a\r\nb!\rc");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::line_index::LineIndex;

    const PIECES: &[&str] = &[
        "人", "大", "𠮷", "😀", "a", "，", "。", "\n", "\r\n", "\r", "\n\n", " ",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        /// Random edits applied incrementally through LSP positions give the text a
        /// client computes; the analysis, a pure function of the text, follows.
        #[test]
        fn incremental_edits_match_the_clients_text(
            start in text(),
            edits in prop::collection::vec((0usize..200, 0usize..4, text()), 1..20),
            encoding in prop::sample::select(&[PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32][..]),
        ) {
            let mut rope = Rope::from_str(&start);
            let mut expected = start.clone();
            for (at, len, insert) in edits {
                let boundaries: Vec<usize> = expected.char_indices().map(|(i, _)| i).chain([expected.len()]).collect();
                let s = boundaries[at % boundaries.len()];
                let e = boundaries[(at % boundaries.len() + len).min(boundaries.len() - 1)];
                let index = LineIndex::new(&expected);
                let (ps, pe) = (index.position(&expected, s, encoding), index.position(&expected, e, encoding));
                // The client's own model: positions inside a CRLF pair mean the end of the line.
                let (s, e) = (index.offset(&expected, ps, encoding).unwrap(), index.offset(&expected, pe, encoding).unwrap());
                expected.replace_range(s..e, &insert);
                rope = apply_changes(&rope, &[Change { range: Some((ps, pe)), text: &insert }], encoding).unwrap();
                prop_assert_eq!(rope.to_string(), expected.clone());
            }
            prop_assert_eq!(analysis::analyze(&rope.to_string()), analysis::analyze(&expected));
        }

        /// Every character boundary of any text round-trips through each encoding.
        #[test]
        fn positions_round_trip(text in text()) {
            let index = LineIndex::new(&text);
            for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
                for (offset, c) in text.char_indices() {
                    // Offsets inside a line break belong to the end of the line.
                    if c == '\n' && text[..offset].ends_with('\r') {
                        continue;
                    }
                    let p = index.position(&text, offset, encoding);
                    prop_assert_eq!(index.offset(&text, p, encoding), Ok(offset));
                }
            }
        }

        /// Any text: results and findings, never a panic; fixes only move or remove.
        #[test]
        fn analysis_never_fails(text in text()) {
            let (fixed, _) = analysis::fix_all(&text);
            let mut a: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
            let mut b: Vec<char> = fixed.chars().filter(|c| !c.is_whitespace()).collect();
            a.sort_unstable();
            b.sort_unstable();
            prop_assert_eq!(a, b);
        }
    }
}
