//! Random edits applied the way didChange applies them: never a panic, an invalid
//! range leaves the text untouched, and the text after valid edits is what
//! splicing strings gives.
#![no_main]

use baokan::line_index::{LineIndex, Position, PositionEncoding};
use baokan::server::{Change, apply_changes};
use libfuzzer_sys::fuzz_target;
use ropey::Rope;

const PIECES: &[&str] = &[
    "市", "人大", "𠮷", "😀", "\n", "\r\n", "\r", "\n\n", "。", " ", "a", "",
];

fuzz_target!(|data: &[u8]| {
    let mut text = String::from("市人大常委会\r\n主任𠮷\n\n😀。\r");
    let encodings = [
        PositionEncoding::Utf8,
        PositionEncoding::Utf16,
        PositionEncoding::Utf32,
    ];
    let mut rope = Rope::from_str(&text);
    for chunk in data.chunks(6) {
        let [l1, c1, l2, c2, piece, enc] = chunk.try_into().unwrap_or([0; 6]);
        let encoding = encodings[enc as usize % 3];
        let start = Position {
            line: l1 as u32 % 8,
            character: c1 as u32 % 16,
        };
        let end = Position {
            line: l2 as u32 % 8,
            character: c2 as u32 % 16,
        };
        let insert = PIECES[piece as usize % PIECES.len()];
        let change = Change {
            range: Some((start, end)),
            text: insert,
        };
        match apply_changes(&rope, &[change], encoding) {
            Ok(next) => {
                // The same edit through the line index, on the String.
                let index = LineIndex::new(&text);
                let s = index
                    .offset(&text, start, encoding)
                    .expect("valid for the rope");
                let e = index
                    .offset(&text, end, encoding)
                    .expect("valid for the rope");
                text.replace_range(s..e, insert);
                rope = next;
                assert_eq!(rope.to_string(), text);
            }
            Err(_) => assert_eq!(rope.to_string(), text),
        }
    }
    let _ = baokan::analysis::analyze(&text);
});
