//! Position conversions on any text: every character boundary round-trips in
//! UTF-8, UTF-16 and UTF-32, and no position panics.
#![no_main]

use baokan::line_index::{LineIndex, Position, PositionEncoding};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let index = LineIndex::new(&text);
    for encoding in [
        PositionEncoding::Utf8,
        PositionEncoding::Utf16,
        PositionEncoding::Utf32,
    ] {
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let position = index.position(&text, offset, encoding);
            let back = index.offset(&text, position, encoding);
            // A line break pair (\r\n) is one boundary for the protocol.
            let back = back.unwrap_or_else(|e| panic!("{offset} -> {position:?}: {e:?}"));
            assert!(
                back == offset || text[back..offset].chars().all(|c| c == '\r' || c == '\n'),
                "{offset} -> {position:?} -> {back}"
            );
        }
        for (offset, _) in text.char_indices() {
            for end in [offset, offset + 1, offset + 7, offset + 100] {
                assert_eq!(
                    index.range(&text, offset, end, encoding),
                    (
                        index.position(&text, offset, encoding),
                        index.position(&text, end, encoding)
                    )
                );
            }
        }
        for line in 0..4u32 {
            for character in 0..8u32 {
                let _ = index.offset(&text, Position { line, character }, encoding);
            }
        }
    }
});
