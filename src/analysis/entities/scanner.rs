//! One pass over a page that finds the lexicon's anchor patterns
//! (leftmost-longest) and the level characters that end place names.
//!
//! A byte DFA (aho-corasick) over the patterns plus the level characters: the
//! patterns and the text are UTF-8, so a match never starts or ends inside a
//! character. Measured on the 220 KB sample page against the alternatives
//! (daachorse's character-wise double array, a character bitmap or a Bloom filter of
//! character pairs in front of a hash lookup), the DFA was fastest, and it is
//! one pass for both jobs. Level characters are one character long and every
//! pattern is longer, so adding them never changes which patterns match.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, dfa, nfa};

/// Characters that end most place names (市, 旗, 县, 盟, 区): recorded for the
/// home-place inference.
pub const LEVEL_CHARS: [char; 5] = ['市', '旗', '县', '盟', '区'];

/// A match: byte range and pattern index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
}

/// What one scan finds.
#[derive(Debug, Default)]
pub struct Found {
    /// Anchor patterns, leftmost-longest, in order.
    pub hits: Vec<Hit>,
    /// End offsets of every level character, in order (inside matches too).
    pub level_ends: Vec<usize>,
}

/// The patterns, compiled for the scan.
pub struct Scanner {
    automaton: Compiled,
    /// Pattern indices from here on are the level characters.
    levels_from: usize,
}

enum Compiled {
    Dfa(dfa::DFA),
    /// Too many patterns for a DFA (a huge baokan.toml): slower but works.
    Nfa(nfa::contiguous::NFA),
}

impl Scanner {
    /// Compiles `patterns`; on equal length the earlier one wins. Empty patterns never match.
    pub fn new(patterns: Vec<String>) -> Scanner {
        let levels_from = patterns.len();
        let mut all = patterns;
        all.extend(LEVEL_CHARS.iter().map(|c| c.to_string()));
        // Every match, overlapping ("standard" semantics): the leftmost-longest
        // choice is made after the pass, which keeps the pass a plain DFA walk.
        let automaton = match dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&all)
        {
            Ok(dfa) => Compiled::Dfa(dfa),
            Err(_) => Compiled::Nfa(
                nfa::contiguous::Builder::new()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(&all)
                    .expect("lexicon patterns build an automaton"),
            ),
        };
        Scanner {
            automaton,
            levels_from,
        }
    }

    /// Scans `text` once.
    pub fn scan(&self, text: &str) -> Found {
        let mut all = Vec::new();
        let mut found = Found::default();
        match &self.automaton {
            Compiled::Dfa(a) => walk(a, text, self.levels_from, &mut all, &mut found),
            Compiled::Nfa(a) => walk(a, text, self.levels_from, &mut all, &mut found),
        }
        // `all` is in leftmost-longest order (see `walk`): take each match that
        // starts after the last one taken.
        let mut taken_end = 0;
        found.hits = all
            .into_iter()
            .filter(|h| {
                let take = h.start >= taken_end;
                if take {
                    taken_end = h.end;
                }
                take
            })
            .collect();
        found
    }
}

/// The DFA walk: every pattern match, level characters apart.
fn walk<A: Automaton>(
    automaton: &A,
    text: &str,
    levels_from: usize,
    all: &mut Vec<Hit>,
    found: &mut Found,
) {
    let Ok(mut sid) = automaton.start_state(Anchored::No) else {
        return;
    };
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        sid = automaton.next_state(Anchored::No, sid, byte);
        if !automaton.is_special(sid) || !automaton.is_match(sid) {
            continue;
        }
        let end = at + 1;
        for i in 0..automaton.match_len(sid) {
            let pattern = automaton.match_pattern(sid, i);
            let len = automaton.pattern_len(pattern);
            if pattern.as_usize() >= levels_from {
                found.level_ends.push(end);
            } else if len > 0 {
                // Matches come by end; keep them by start, longest first, then the
                // earlier pattern. A match only passes the few shorter ones nested
                // in it, so this insertion costs less than a sort afterwards.
                let hit = Hit {
                    start: end - len,
                    end,
                    pattern: pattern.as_u32(),
                };
                let key = |h: &Hit| (h.start, std::cmp::Reverse(h.end), h.pattern);
                let mut j = all.len();
                all.push(hit);
                while j > 0 && key(&all[j - 1]) > key(&hit) {
                    all[j] = all[j - 1];
                    j -= 1;
                }
                all[j] = hit;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(patterns: &[&str], text: &str) -> Vec<String> {
        let scanner = Scanner::new(patterns.iter().map(|p| p.to_string()).collect());
        scanner
            .scan(text)
            .hits
            .iter()
            .map(|h| format!("{}:{}", &text[h.start..h.end], h.pattern))
            .collect()
    }

    #[test]
    fn leftmost_longest() {
        let pats = ["人大", "人大常委会", "常委会", "主任", "副主任", "委"];
        assert_eq!(
            scan(&pats, "市人大常委会副主任图门，委员"),
            ["人大常委会:1", "副主任:4", "委:5"]
        );
        // Leftmost wins over longer later: 人大 then 常委会 cannot overlap it.
        assert_eq!(scan(&["人大", "大常委会"], "人大常委会"), ["人大:0"]);
        // Equal patterns: the first wins.
        assert_eq!(scan(&["主任", "主任"], "主任"), ["主任:0"]);
    }

    #[test]
    fn agrees_with_aho_corasick() {
        let pats = [
            "党委",
            "党委书记",
            "书记",
            "市委",
            "委员",
            "员会",
            "𠮷野",
            "a",
            "会",
        ];
        let text = "市委书记、党委书记𠮷野家委员会abc会员";
        let ac = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(pats)
            .unwrap();
        let expected: Vec<String> = ac
            .find_iter(text)
            .map(|m| format!("{}:{}", &text[m.range()], m.pattern().as_usize()))
            .collect();
        assert_eq!(scan(&pats, text), expected);
    }

    #[test]
    fn level_characters_inside_and_outside_matches() {
        let scanner = Scanner::new(vec!["旗委".into(), "区域".into()]);
        let text = "乌审旗委员，全市和县区";
        let ends: Vec<&str> = scanner
            .scan(text)
            .level_ends
            .iter()
            .map(|&e| &text[..e])
            .collect();
        assert_eq!(
            ends,
            [
                "乌审旗",
                "乌审旗委员，全市",
                "乌审旗委员，全市和县",
                "乌审旗委员，全市和县区"
            ]
        );
    }

    proptest::proptest! {
        /// On any text and patterns over a small alphabet (so that matches
        /// overlap often), the scan finds what aho-corasick's leftmost-longest finds.
        #[test]
        fn same_as_aho_corasick(
            patterns in proptest::collection::vec("[市人大常委会𠮷a]{1,4}", 1..8),
            text in "[市人大常委会𠮷a ]{0,40}",
        ) {
            let pats: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let ac = aho_corasick::AhoCorasickBuilder::new()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&pats)
                .unwrap();
            let expected: Vec<(usize, usize)> =
                ac.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            let scanner = Scanner::new(patterns.clone());
            let got: Vec<(usize, usize)> =
                scanner.scan(&text).hits.iter().map(|h| (h.start, h.end)).collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }
}
