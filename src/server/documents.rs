//! Open documents: a rope per document for applying incremental edits, and an
//! immutable snapshot (text, line index, analysis) that requests read.

use std::path::Path;
use std::sync::Arc;

use ropey::Rope;

use crate::analysis::markers::{self, Marker};
use crate::analysis::{self, PageAnalysis};
use crate::index::{PageNaming, PageSummary};
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
}

impl Snapshot {
    /// Analyses `text`. `path` is the file behind the document, or a stand-in for
    /// documents that are not files (`untitled:`), which form an issue of their own.
    pub fn new(version: i32, text: String, path: &Path, naming: &PageNaming) -> Snapshot {
        let too_large = text.len() > MAX_ANALYSED_BYTES;
        let analysed: &str = if too_large { "" } else { &text };
        let analysis = match std::panic::catch_unwind(|| analysis::analyze(analysed)) {
            Ok(a) => a,
            Err(_) => {
                eprintln!("baokan: analysis panicked on version {version}; showing no findings");
                analysis::analyze("")
            }
        };
        let summary = Arc::new(PageSummary::new(path, analysed, &analysis, naming));
        let markers = markers::find_markers(analysed);
        Snapshot {
            version,
            index: LineIndex::new(&text),
            text,
            analysis,
            too_large,
            summary,
            markers,
        }
    }
}

/// An open document.
pub struct Document {
    pub rope: Rope,
    pub snapshot: Arc<Snapshot>,
}

impl Document {
    pub fn open(version: i32, text: String, path: &Path, naming: &PageNaming) -> Document {
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
