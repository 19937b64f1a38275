//! Later mentions of many names (more than Teddy's 64): leftmost-longest
//! matches of a set of names, by a hash lookup where a name's first character
//! stands.
//!
//! A page listing officials (a meeting's attendance, an appointment list)
//! names thousands of people. An Aho-Corasick automaton of them took a fifth
//! of such a page's analysis to build and run; here the build is a hash set,
//! and the search looks up only at characters that start a name (surnames,
//! mostly), the longest candidate length first.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

pub struct NameFinder<'n> {
    names: FxHashSet<&'n str>,
    /// Byte lengths of the names starting with each first character, longest first.
    lengths: FxHashMap<char, Vec<usize>>,
    /// One bit per character of the Basic Multilingual Plane: does a name start
    /// with it? Most characters of a page do not, and need no hash lookup.
    starts: Vec<u64>,
}

impl<'n> NameFinder<'n> {
    /// Empty names never match.
    pub fn new(names: &[&'n str]) -> NameFinder<'n> {
        let mut lengths: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        let mut set = FxHashSet::default();
        let mut starts = vec![0u64; 0x10000 / 64];
        for &name in names {
            let Some(first) = name.chars().next() else {
                continue;
            };
            if set.insert(name) {
                lengths.entry(first).or_default().push(name.len());
                if let Some(bit) = bmp_bit(first) {
                    starts[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        for l in lengths.values_mut() {
            l.sort_unstable_by(|a, b| b.cmp(a));
            l.dedup();
        }
        NameFinder {
            names: set,
            lengths,
            starts,
        }
    }

    /// Could a name start with `c`?
    fn may_start(&self, c: char) -> bool {
        bmp_bit(c).is_none_or(|bit| self.starts[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// Leftmost-longest, non-overlapping matches in `text`, in order: what
    /// aho-corasick's `MatchKind::LeftmostLongest` finds (a proptest compares).
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(c) = text[at..].chars().next() {
            let len = if self.may_start(c) {
                self.lengths.get(&c).and_then(|lengths| {
                    lengths.iter().copied().find(|&len| {
                        text.get(at..at + len)
                            .is_some_and(|candidate| self.names.contains(candidate))
                    })
                })
            } else {
                None
            };
            match len {
                Some(len) => {
                    out.push(at..at + len);
                    at += len;
                }
                None => at += c.len_utf8(),
            }
        }
        out
    }
}

/// The bit of `c` in [`NameFinder::starts`], if it is in the BMP.
fn bmp_bit(c: char) -> Option<usize> {
    let u = c as usize;
    (u < 0x10000).then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The matches are aho-corasick's leftmost-longest ones, for names that
        /// share prefixes and overlap in the text, astral characters included.
        #[test]
        fn same_as_aho_corasick(
            names in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec!["王", "小", "明", "李", "𠮷", "a"]),
                    1..5,
                ),
                1..20,
            ),
            text in proptest::collection::vec(
                proptest::sample::select(vec!["王", "小", "明", "李", "𠮷", "a", "\n", "，"]),
                0..60,
            ),
        ) {
            let names: Vec<String> = names.iter().map(|p| p.concat()).collect();
            let text = text.concat();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let reference: Vec<Range<usize>> = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&refs)
                .unwrap()
                .find_iter(&text)
                .map(|m| m.range())
                .collect();
            proptest::prop_assert_eq!(NameFinder::new(&refs).find_all(&text), reference);
        }
    }
}
