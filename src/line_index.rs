//! Conversions between byte offsets (the core's coordinates) and editor positions
//! (line, character) in UTF-8, UTF-16 or UTF-32 code units. Line breaks are LSP's:
//! `\n`, `\r\n`, `\r`.

use crate::analysis::text::{LineSpan, split_lines, sum_bytes};

/// The unit of the `character` part of a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl PositionEncoding {
    fn units(self, c: char) -> usize {
        match self {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
            PositionEncoding::Utf32 => 1,
        }
    }

    /// The units of `s`, counted on its bytes without decoding a character:
    /// every byte but a continuation byte starts a character, and a four-byte
    /// character (lead byte from 0xF0) is two UTF-16 units.
    fn units_in(self, s: &str) -> usize {
        match self {
            PositionEncoding::Utf8 => s.len(),
            PositionEncoding::Utf16 => sum_bytes(s.as_bytes(), |b| {
                u8::from((b & 0xC0) != 0x80) + u8::from(b >= 0xF0)
            }),
            PositionEncoding::Utf32 => sum_bytes(s.as_bytes(), |b| u8::from((b & 0xC0) != 0x80)),
        }
    }
}

/// A 0-based line and a 0-based character offset in some encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

/// Why a position could not be mapped onto the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PositionError {
    LineOutOfRange { line: u32, lines: usize },
    InsideCharacter { line: u32, character: u32 },
}

impl std::fmt::Display for PositionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PositionError::LineOutOfRange { line, lines } => {
                write!(
                    f,
                    "line {line} is past the end of the document ({lines} lines)"
                )
            }
            PositionError::InsideCharacter { line, character } => {
                write!(f, "position {line}:{character} falls inside a character")
            }
        }
    }
}

/// Line starts of one text, for position conversions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    lines: Vec<LineSpan>,
    /// On lines longer than `CHECKPOINT_EVERY` bytes, every that many bytes (at a
    /// character boundary): (byte offset, UTF-16 units, characters) counted from
    /// the line's start, so a conversion on a 1 MB line scans at most one gap.
    checkpoints: Vec<Checkpoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Checkpoint {
    offset: usize,
    utf16: usize,
    utf32: usize,
}

const CHECKPOINT_EVERY: usize = 2048;

impl Checkpoint {
    fn units(&self, line_start: usize, encoding: PositionEncoding) -> usize {
        match encoding {
            PositionEncoding::Utf8 => self.offset - line_start,
            PositionEncoding::Utf16 => self.utf16,
            PositionEncoding::Utf32 => self.utf32,
        }
    }
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex::from_lines(text, split_lines(text))
    }

    /// The index of `text` split into `lines` already (as [`split_lines`] splits
    /// it: the layout of an analysis holds them).
    pub fn from_lines(text: &str, lines: Vec<LineSpan>) -> LineIndex {
        debug_assert_eq!(lines, split_lines(text));
        let mut checkpoints = Vec::new();
        for span in lines.iter().filter(|l| l.end - l.start > CHECKPOINT_EVERY) {
            let (mut utf16, mut utf32) = (0, 0);
            let mut next = span.start + CHECKPOINT_EVERY;
            for (i, c) in text[span.start..span.end].char_indices() {
                let at = span.start + i;
                if at >= next {
                    checkpoints.push(Checkpoint {
                        offset: at,
                        utf16,
                        utf32,
                    });
                    next = at + CHECKPOINT_EVERY;
                }
                utf16 += c.len_utf16();
                utf32 += 1;
            }
        }
        LineIndex { lines, checkpoints }
    }

    /// The last checkpoint of the line starting at `span` that satisfies `before`,
    /// as (byte offset, units so far); else the line's start.
    /// The last checkpoint of line `span` for which `before` holds.
    fn checkpoint_before(
        &self,
        span: LineSpan,
        before: impl Fn(&Checkpoint) -> bool,
    ) -> Option<Checkpoint> {
        let first = self.checkpoints.partition_point(|c| c.offset <= span.start);
        let last = self.checkpoints.partition_point(|c| c.offset <= span.end);
        let within = &self.checkpoints[first..last];
        within
            .partition_point(|c| before(c))
            .checked_sub(1)
            .map(|n| within[n])
    }

    /// Where to start counting in line `span`, and the units counted up to there.
    fn checkpoint(
        &self,
        span: LineSpan,
        encoding: PositionEncoding,
        before: impl Fn(&Checkpoint) -> bool,
    ) -> (usize, usize) {
        match self.checkpoint_before(span, before) {
            None => (span.start, 0),
            Some(c) => (c.offset, c.units(span.start, encoding)),
        }
    }

    /// The line of `offset` (moved back to a character boundary) and the offset
    /// itself, clamped to the line's content: an offset inside a line break
    /// belongs to the end of the line.
    fn locate(&self, text: &str, offset: usize) -> (usize, LineSpan, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .lines
            .partition_point(|l| l.start <= offset)
            .saturating_sub(1);
        let span = self.lines[line];
        (line, span, offset.min(span.end))
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// The position of byte `offset`. Offsets past the end or inside a character
    /// are moved back to the nearest character boundary.
    pub fn position(&self, text: &str, offset: usize, encoding: PositionEncoding) -> Position {
        let (line, span, end) = self.locate(text, offset);
        let (from, counted) = self.checkpoint(span, encoding, |c| c.offset <= end);
        let character: usize = counted + encoding.units_in(&text[from..end]);
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// The positions of both ends of a range. An end on the start's line is
    /// counted on from the start, not from the line's beginning.
    pub fn range(
        &self,
        text: &str,
        start: usize,
        end: usize,
        encoding: PositionEncoding,
    ) -> (Position, Position) {
        let first = self.position(text, start, encoding);
        let line = self.lines[first.line as usize];
        let start = start.min(text.len());
        let long = line.end - line.start > CHECKPOINT_EVERY;
        if end < start || end > line.end || long || !text.is_char_boundary(start) {
            return (first, self.position(text, end, encoding));
        }
        let mut end = end;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let more = encoding.units_in(&text[start..end]);
        let last = Position {
            line: first.line,
            character: first.character + more as u32,
        };
        (first, last)
    }

    /// The byte offset of `position`. A character past the end of its line means
    /// the end of the line, as the LSP specification says.
    pub fn offset(
        &self,
        text: &str,
        position: Position,
        encoding: PositionEncoding,
    ) -> Result<usize, PositionError> {
        let Some(span) = self.lines.get(position.line as usize) else {
            return Err(PositionError::LineOutOfRange {
                line: position.line,
                lines: self.lines.len(),
            });
        };
        let wanted = position.character as usize;
        let (from, mut units) =
            self.checkpoint(*span, encoding, |c| c.units(span.start, encoding) <= wanted);
        for (i, c) in text[from..span.end].char_indices() {
            if units == wanted {
                return Ok(from + i);
            }
            units += encoding.units(c);
            if units > wanted {
                return Err(PositionError::InsideCharacter {
                    line: position.line,
                    character: position.character,
                });
            }
        }
        Ok(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_round_trip_through_checkpoints() {
        let line: String = "人a𠮷😀b".repeat(3000);
        let text = format!("x\r\n{line}\n{line}");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        for encoding in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            for (offset, c) in text.char_indices() {
                if c == '\n' {
                    continue; // inside the CRLF break: not a position of its own
                }
                let p = index.position(&text, offset, encoding);
                assert_eq!(
                    index.offset(&text, p, encoding),
                    Ok(offset),
                    "{encoding:?} {p:?}"
                );
            }
        }
        // Counting from the start agrees with the checkpoints.
        let last = text.len() - 1;
        let p = index.position(&text, last, PositionEncoding::Utf16);
        let naive: usize = text[text.rfind('\n').unwrap() + 1..last]
            .chars()
            .map(char::len_utf16)
            .sum();
        assert_eq!(p.character as usize, naive);
    }

    #[test]
    fn a_range_is_the_position_of_each_end() {
        let line: String = "人a𠮷😀b".repeat(3000);
        let text = format!("x\r\n{line}\n\r{line}\rend");
        let index = LineIndex::new(&text);
        for encoding in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            for offset in (0..=text.len() + 2).step_by(3).chain([text.len()]) {
                for end in [offset, offset + 1, offset + 5, offset + 40, offset + 9000] {
                    assert_eq!(
                        index.range(&text, offset, end, encoding),
                        (
                            index.position(&text, offset, encoding),
                            index.position(&text, end, encoding)
                        ),
                        "{offset}..{end} {encoding:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn astral_and_crlf() {
        let text = "𠮷a\r\n人😀b\rc";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        let p16 = index.position(text, b, PositionEncoding::Utf16);
        assert_eq!(
            p16,
            Position {
                line: 1,
                character: 3
            }
        );
        let p8 = index.position(text, b, PositionEncoding::Utf8);
        assert_eq!(
            p8,
            Position {
                line: 1,
                character: 7
            }
        );
        let p32 = index.position(text, b, PositionEncoding::Utf32);
        assert_eq!(
            p32,
            Position {
                line: 1,
                character: 2
            }
        );
        for enc in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            let p = index.position(text, b, enc);
            assert_eq!(index.offset(text, p, enc), Ok(b));
        }
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 1
                },
                PositionEncoding::Utf16
            ),
            Err(PositionError::InsideCharacter {
                line: 0,
                character: 1
            })
        );
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 99
                },
                PositionEncoding::Utf16
            ),
            Ok(5)
        );
        let c = text.find('c').unwrap();
        assert_eq!(
            index.position(text, c, PositionEncoding::Utf16),
            Position {
                line: 2,
                character: 0
            }
        );
        assert!(
            index
                .offset(
                    text,
                    Position {
                        line: 3,
                        character: 0
                    },
                    PositionEncoding::Utf16
                )
                .is_err()
        );
    }

    proptest::proptest! {
        /// Counting units on bytes is counting them character by character.
        #[test]
        fn units_in_is_the_sum_of_units(s in "\\PC{0,300}") {
            for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
                let by_char: usize = s.chars().map(|c| encoding.units(c)).sum();
                proptest::prop_assert_eq!(encoding.units_in(&s), by_char);
            }
        }
    }
}
