//! An Aho-Corasick DFA whose steps are characters, not bytes.
//!
//! The patterns are Chinese: three UTF-8 bytes a character, so a byte DFA makes
//! three dependent transition loads per character of the page, and that chain of
//! loads is what the scan waits on. Here each character is first mapped to its
//! class (the characters of the patterns, one class each; every other character
//! is class 0, which leads back to the start) with a table lookup that does not
//! depend on the state, then makes one transition. The table is dense
//! (states × classes, `u16`), the top bit of an entry marks states with matches.

use std::collections::VecDeque;

use rustc_hash::FxHashMap;

/// A state's entry with this bit set has matches.
const MATCHES: u16 = 1 << 15;
/// Larger automata (huge baokan.toml lexicons) are not built: the caller falls back.
const MAX_ENTRIES: usize = 1 << 25;
/// How many parts of a long text are walked side by side.
pub(super) const LANES: usize = 4;
/// Below this many bytes a lane, the text is walked in one piece.
pub(super) const MIN_LANE: usize = 4096;

pub struct CharDfa {
    /// Class of each character of the Basic Multilingual Plane (indexed by a
    /// `u16`, so without a bounds check).
    bmp: Box<[u16; 0x10000]>,
    /// Classes of characters outside it (some names are written with them).
    astral: FxHashMap<char, u16>,
    /// Number of classes: the stride of `trans`.
    classes: usize,
    /// `trans[state * classes + class]`: the next state, `MATCHES` set if it has matches.
    trans: Box<[u16]>,
    /// Patterns matched in each state: a range of `outputs`.
    output_ranges: Box<[(u32, u32)]>,
    outputs: Box<[u32]>,
    /// Byte length of each pattern.
    lengths: Box<[u32]>,
    /// Byte length of the longest pattern.
    max_len: usize,
}

/// A match: end offset (bytes), pattern length (bytes), pattern index.
#[derive(Debug, Clone, Copy)]
pub struct End {
    pub end: usize,
    pub len: usize,
    pub pattern: u32,
}

impl CharDfa {
    /// `None` when the automaton would be too large for a dense table.
    pub fn new(patterns: &[String]) -> Option<CharDfa> {
        let mut class_of: FxHashMap<char, u16> = FxHashMap::default();
        for c in patterns.iter().flat_map(|p| p.chars()) {
            let next = class_of.len() + 1;
            class_of.entry(c).or_insert(next as u16);
            if class_of.len() >= usize::from(u16::MAX) {
                return None;
            }
        }
        let classes = class_of.len() + 1;
        // The trie of the patterns.
        let mut children: Vec<FxHashMap<u16, u16>> = vec![FxHashMap::default()];
        let mut outputs: Vec<Vec<u32>> = vec![Vec::new()];
        for (index, pattern) in patterns.iter().enumerate() {
            if pattern.is_empty() {
                continue;
            }
            let mut node = 0;
            for c in pattern.chars() {
                let class = class_of[&c];
                node = match children[node].get(&class) {
                    Some(&next) => usize::from(next),
                    None => {
                        let next = children.len();
                        if next >= usize::from(MATCHES) {
                            return None;
                        }
                        children.push(FxHashMap::default());
                        outputs.push(Vec::new());
                        children[node].insert(class, next as u16);
                        next
                    }
                };
            }
            outputs[node].push(index as u32);
        }
        let states = children.len();
        if states.checked_mul(classes)? > MAX_ENTRIES {
            return None;
        }
        // Transitions and failure links, breadth first: a state's failure is
        // shallower, so its transitions and matches are complete when needed.
        let mut trans = vec![0u16; states * classes];
        let mut fail = vec![0usize; states];
        let mut queue = VecDeque::new();
        for (&class, &child) in &children[0] {
            trans[usize::from(class)] = child;
            queue.push_back(usize::from(child));
        }
        while let Some(state) = queue.pop_front() {
            let f = fail[state];
            if f != 0 {
                let inherited = outputs[f].clone();
                outputs[state].extend(inherited);
            }
            for class in 0..classes {
                let via_fail = trans[f * classes + class];
                match children[state].get(&(class as u16)) {
                    Some(&child) => {
                        fail[usize::from(child)] = usize::from(via_fail);
                        trans[state * classes + class] = child;
                        queue.push_back(usize::from(child));
                    }
                    None => trans[state * classes + class] = via_fail,
                }
            }
        }
        for entry in &mut trans {
            if !outputs[usize::from(*entry)].is_empty() {
                *entry |= MATCHES;
            }
        }
        let mut bmp: Box<[u16; 0x10000]> = vec![0u16; 0x10000]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("0x10000 entries"));
        let mut astral = FxHashMap::default();
        for (&c, &class) in &class_of {
            match usize::try_from(u32::from(c)) {
                Ok(code) if code < 0x10000 => bmp[code] = class,
                _ => {
                    astral.insert(c, class);
                }
            }
        }
        let mut flat = Vec::new();
        let output_ranges = outputs
            .iter()
            .map(|list| {
                let start = flat.len() as u32;
                flat.extend_from_slice(list);
                (start, flat.len() as u32)
            })
            .collect();
        Some(CharDfa {
            bmp,
            astral,
            classes,
            trans: trans.into(),
            output_ranges,
            outputs: flat.into(),
            lengths: patterns.iter().map(|p| p.len() as u32).collect(),
            max_len: patterns.iter().map(String::len).max().unwrap_or(0),
        })
    }

    /// The class of the character at byte `at` of `text`, and its length.
    #[inline(always)]
    fn class_at(&self, text: &[u8], at: usize) -> (usize, usize) {
        // Four bytes at once, one bounds check: a Chinese character (three
        // bytes, lead 0xE_) decodes from the word with shifts and masks.
        if let Some(&word) = text.get(at..at + 4).and_then(|w| w.first_chunk::<4>()) {
            let w = u32::from_le_bytes(word);
            if w & 0xF0 == 0xE0 {
                let code = ((w & 0x0F) << 12) | ((w >> 2) & 0x0FC0) | ((w >> 16) & 0x3F);
                return (usize::from(self.bmp[usize::from(code as u16)]), 3);
            }
        }
        self.class_slow(text, at)
    }

    /// [`class_at`](Self::class_at) for any character.
    #[inline(always)]
    fn class_slow(&self, text: &[u8], at: usize) -> (usize, usize) {
        let b = text[at];
        if b < 0x80 {
            (usize::from(self.bmp[usize::from(b)]), 1)
        } else if b < 0xE0 {
            let code = (u16::from(b & 0x1F) << 6) | u16::from(text[at + 1] & 0x3F);
            (usize::from(self.bmp[usize::from(code)]), 2)
        } else if b < 0xF0 {
            let code = (u16::from(b & 0x0F) << 12)
                | (u16::from(text[at + 1] & 0x3F) << 6)
                | u16::from(text[at + 2] & 0x3F);
            (usize::from(self.bmp[usize::from(code)]), 3)
        } else {
            let code = (u32::from(b & 0x07) << 18)
                | (u32::from(text[at + 1] & 0x3F) << 12)
                | (u32::from(text[at + 2] & 0x3F) << 6)
                | u32::from(text[at + 3] & 0x3F);
            let class = char::from_u32(code)
                .and_then(|c| self.astral.get(&c))
                .copied()
                .unwrap_or(0);
            (usize::from(class), 4)
        }
    }

    #[inline(always)]
    fn step(&self, state: u16, class: usize) -> u16 {
        self.trans[usize::from(state & !MATCHES) * self.classes + class]
    }

    /// The matches of `state` (which has the `MATCHES` bit) ending at `end`, if after `after`.
    // Out of the walk's loop: one character in twenty ends a match, and the
    // loop keeps its registers (2 % faster on the sample page).
    #[inline(never)]
    #[cold]
    fn record(&self, state: u16, end: usize, after: usize, out: &mut Vec<End>) {
        if end <= after {
            return;
        }
        let (from, to) = self.output_ranges[usize::from(state & !MATCHES)];
        for &pattern in &self.outputs[from as usize..to as usize] {
            out.push(End {
                end,
                len: self.lengths[pattern as usize] as usize,
                pattern,
            });
        }
    }

    /// One character of a walk: from `state` at byte `at`, recording matches
    /// that end after `after`.
    #[inline(always)]
    fn advance(
        &self,
        text: &[u8],
        at: &mut usize,
        state: &mut u16,
        after: usize,
        out: &mut Vec<End>,
    ) {
        let (class, len) = self.class_at(text, *at);
        *at += len;
        *state = self.step(*state, class);
        if *state & MATCHES != 0 {
            self.record(*state, *at, after, out);
        }
    }

    /// One walk over `text[from..to]` (character boundaries) from the start,
    /// keeping matches that end after `after`.
    fn walk(&self, text: &[u8], from: usize, to: usize, after: usize, out: &mut Vec<End>) {
        let (mut at, mut state) = (from, 0u16);
        while at < to {
            self.advance(text, &mut at, &mut state, after, out);
        }
    }

    /// Every match (overlapping) in `text`, in order of end.
    ///
    /// Long texts are cut in [`LANES`] parts walked side by side, one character
    /// of each per step, so that their transition loads overlap. Each part but
    /// the first starts the longest pattern's length before its cut (at a
    /// character boundary) and keeps only the matches that end after the cut.
    pub fn find_all(&self, text: &str, out: &mut Vec<End>) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        if n < LANES * MIN_LANE {
            self.walk(bytes, 0, n, 0, out);
            return;
        }
        let boundary = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let cuts: [usize; LANES] = std::array::from_fn(|j| boundary(n * j / LANES));
        let to: [usize; LANES] =
            std::array::from_fn(|j| if j + 1 < LANES { cuts[j + 1] } else { n });
        let mut at: [usize; LANES] =
            std::array::from_fn(|j| boundary(cuts[j].saturating_sub(self.max_len)));
        // Room for a match every 32 bytes (pages have one every 60 or so): a
        // lane rarely grows, which would copy it.
        let mut lanes: [Vec<End>; LANES] =
            std::array::from_fn(|j| Vec::with_capacity((to[j] - at[j]) / 32));
        let mut state = [0u16; LANES];
        {
            // Four lanes in locals (registers), so that their loads overlap.
            let [l0, l1, l2, l3] = &mut lanes;
            let [mut a0, mut a1, mut a2, mut a3] = at;
            let [mut s0, mut s1, mut s2, mut s3] = state;
            while a0 < to[0] && a1 < to[1] && a2 < to[2] && a3 < to[3] {
                self.advance(bytes, &mut a0, &mut s0, cuts[0], l0);
                self.advance(bytes, &mut a1, &mut s1, cuts[1], l1);
                self.advance(bytes, &mut a2, &mut s2, cuts[2], l2);
                self.advance(bytes, &mut a3, &mut s3, cuts[3], l3);
            }
            at = [a0, a1, a2, a3];
            state = [s0, s1, s2, s3];
        }
        for j in 0..LANES {
            while at[j] < to[j] {
                let (a, s) = (&mut at[j], &mut state[j]);
                self.advance(bytes, a, s, cuts[j], &mut lanes[j]);
            }
        }
        out.reserve(lanes.iter().map(Vec::len).sum());
        for lane in lanes {
            out.extend(lane);
        }
    }
}
