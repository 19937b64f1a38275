//! The page as recognition reads it: lines joined where the paragraph goes on.
//!
//! All segments live in one buffer, separated by `\n`, so that one scan covers the
//! page and no match crosses from one segment into the next. `pieces` maps buffer
//! offsets back to byte offsets of the page.

use std::cell::Cell;
use std::ops::Range;

use crate::analysis::layout::{LineKind, PageLayout};

#[derive(Debug)]
pub struct Segments {
    pub buf: String,
    /// (buffer offset, page offset) where each copied piece starts, in order.
    pieces: Vec<(usize, usize)>,
    /// Buffer ranges of the segments.
    pub ranges: Vec<Range<usize>>,
    /// The piece of the last [`source`](Self::source) lookup: people and
    /// organisations are mapped back in page order, so the next lookup is
    /// mostly in that piece or the next (a page of short items made thousands
    /// of binary searches, 8 % of its analysis).
    last_piece: Cell<usize>,
}

impl Segments {
    /// `wraps` (sorted) are (from, to) line indices the text goes on across.
    pub fn new(text: &str, layout: &PageLayout, wraps: &[(usize, usize)]) -> Segments {
        let mut buf = String::with_capacity(text.len() + layout.lines.len());
        let mut pieces = Vec::with_capacity(layout.lines.len());
        // At most one segment a non-blank line.
        let mut ranges = Vec::with_capacity(layout.non_blank);
        let mut previous: Option<usize> = None;
        let mut start = 0;
        for (index, line) in layout.lines.iter().enumerate() {
            if line.kind == LineKind::Blank || line.content.is_empty() {
                continue;
            }
            let joined = previous.is_some_and(|p| {
                layout.continues(p, index)
                    || wraps.binary_search(&(p, index)).is_ok()
                    || crate::analysis::text::wraps_body_name(
                        &text[layout.lines[p].content.clone()],
                        &text[line.content.clone()],
                    )
            });
            if !joined && previous.is_some() {
                ranges.push(start..buf.len());
                buf.push('\n');
                start = buf.len();
            }
            pieces.push((buf.len(), line.content.start));
            buf.push_str(&text[line.content.clone()]);
            previous = Some(index);
        }
        if previous.is_some() {
            ranges.push(start..buf.len());
        }
        Segments {
            buf,
            pieces,
            ranges,
            last_piece: Cell::new(0),
        }
    }

    /// The page offset of buffer offset `at` (a character boundary inside a piece).
    pub fn source(&self, at: usize) -> usize {
        // The last piece that starts at or before `at`.
        let holds = |i: usize| {
            self.pieces.get(i).is_some_and(|&(b, _)| b <= at)
                && self.pieces.get(i + 1).is_none_or(|&(b, _)| b > at)
        };
        let last = self.last_piece.get();
        let i = if holds(last) {
            last
        } else if holds(last + 1) {
            last + 1
        } else {
            self.pieces.partition_point(|&(b, _)| b <= at).max(1) - 1
        };
        self.last_piece.set(i);
        let (b, s) = self.pieces.get(i).copied().unwrap_or((0, 0));
        s + (at - b)
    }

    /// The page range of a buffer range; the end maps from the last character so a
    /// range ending at a line's end does not run into the next line.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self.source(range.start);
            return at..at;
        }
        let last = self.buf[..range.end]
            .char_indices()
            .next_back()
            .map_or(range.start, |(i, _)| i);
        let end = self.source(last) + (range.end - last);
        self.source(range.start)..end
    }

    /// The segment that holds buffer offset `at`.
    pub fn segment_of(&self, at: usize) -> Range<usize> {
        let i = self.ranges.partition_point(|r| r.end < at);
        self.ranges.get(i).cloned().unwrap_or(0..0)
    }

    /// The segments before `seg` (one of them), nearest first.
    pub fn before(&self, seg: &Range<usize>) -> impl Iterator<Item = &Range<usize>> {
        let i = self.ranges.partition_point(|r| r.end < seg.start);
        self.ranges[..i].iter().rev()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::layout::analyze_layout;

    proptest::proptest! {
        /// Looked up in any order, a buffer offset maps to the page offset that
        /// a binary search over the pieces gives.
        #[test]
        fn lookups_in_any_order_are_the_binary_search(
            lines in proptest::collection::vec(proptest::sample::select(vec![
                "市人大常委会", "主任周玉林，", "", "", "▲图为", "（上接第一版）", "工作。",
            ]), 1..40),
            picks in proptest::collection::vec(0usize..10_000, 1..60),
        ) {
            let text = lines.join("\n");
            let layout = analyze_layout(&text);
            let segs = Segments::new(&text, &layout, &[]);
            let starts: Vec<usize> = segs.buf.char_indices().map(|(i, _)| i).collect();
            for pick in picks {
                let Some(&at) = starts.get(pick % starts.len().max(1)) else { continue };
                let i = segs.pieces.partition_point(|&(b, _)| b <= at).max(1) - 1;
                let (b, s) = segs.pieces[i];
                proptest::prop_assert_eq!(segs.source(at), s + (at - b));
            }
        }
    }

    #[test]
    fn joins_wrapped_lines_and_maps_back() {
        let text = "近年来，全市柔性引进傅伯杰、荣\n廷召等院士专家团队一起来到这里\n工作，共同推动全市的科技发展。\n\n标题\n";
        let layout = analyze_layout(text);
        let segs = Segments::new(text, &layout, &[]);
        let at = segs.buf.find("荣廷召").expect("joined across the wrap");
        let range = segs.source_range(at..at + "荣廷召".len());
        assert_eq!(&text[range], "荣\n廷召");
    }

    #[test]
    fn joins_a_body_name_set_in_two_headline_lines() {
        let text = "鄂托克前旗第十八届人民代表大会\n常务委员会组成人员名单\n\n主任  王建军\n";
        let layout = analyze_layout(text);
        let segs = Segments::new(text, &layout, &[]);
        assert!(
            segs.buf
                .starts_with("鄂托克前旗第十八届人民代表大会常务委员会组成人员名单\n")
        );
        let text = "鄂托克前旗第十八届人民代表大会\n第一次会议代表名单\n\n王建军  李强  张丽华\n";
        let layout = analyze_layout(text);
        assert_eq!(Segments::new(text, &layout, &[]).ranges.len(), 3);
    }
}
