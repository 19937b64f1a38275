//! Posts a sentence gives its subject after a verb of tenure, with no name
//! after them: 李文斌同志任旗委常委、宣传部部长，原任杭锦旗副旗长; a short
//! biography (王建国，男，汉族……曾任达拉特旗副旗长，准格尔旗委副书记、旗长。
//! 现任市委委员。); 陈晓东同志任…党委书记，不再担任札萨克镇镇长职务.

use std::ops::Range;

use super::{Held, Scan, bounded_name_char};

/// Verbs of tenure right before a post, and when the post is held.
/// Longer words first: 不再担任 before 担任, 曾任 before 任.
const VERBS: &[(&str, Held)] = &[
    ("不再担任", Held::Once),
    ("先后担任", Held::Once),
    ("曾经担任", Held::Once),
    ("先后任", Held::Once),
    ("曾担任", Held::Once),
    ("曾任", Held::Once),
    ("历任", Held::Once),
    ("原任", Held::Once),
    // A notice of appointments before they are made (任前公示): 现任…，拟任….
    ("拟担任", Held::Proposed),
    ("拟任", Held::Proposed),
    ("现任", Held::Now),
    ("兼任", Held::Now),
    ("担任", Held::Now),
    ("出任", Held::Now),
    ("调任", Held::Now),
    ("改任", Held::Now),
    ("升任", Held::Now),
    ("起任", Held::Now),
    ("任", Held::Now),
];

/// A verb of tenure read, for the posts listed after it.
#[derive(Debug, Clone)]
pub(super) struct Tenure {
    subject: Range<usize>,
    held: Held,
    /// End of the last post read under the verb.
    end: usize,
}

/// Does a post end its item where `after` starts: punctuation, 职务, 等职 or the end?
fn ends_item(after: &str) -> bool {
    after.is_empty()
        || after.starts_with("职务")
        || after.starts_with("等职")
        || after.starts_with(['，', '、', '。', '；', '）', '\n'])
}

impl Scan<'_> {
    /// The subject holding the posts `start..end` (buffer offsets) that a verb
    /// of tenure before them gives, and when they are held.
    pub(super) fn tenure_subject(
        &mut self,
        start: usize,
        end: usize,
        seg: &Range<usize>,
    ) -> Option<(Range<usize>, Held)> {
        let buf = self.buf;
        let before = &buf[seg.start..start];
        // Every verb ends in 任; with none, only a list under an earlier verb
        // (asked of every post with no name after it: most have neither).
        let verb = before.ends_with('任');
        let previous = self
            .tenure
            .as_ref()
            .filter(|t| (seg.start..start).contains(&t.end));
        if !(verb || previous.is_some()) || !ends_item(&buf[end..seg.end]) {
            return None;
        }
        let previous = previous.cloned();
        let found = verb
            .then(|| VERBS.iter().find(|(v, _)| before.ends_with(v)))
            .flatten();
        let Some(&(verb, held)) = found else {
            // The next post of a list under the same verb (曾任…副旗长，…旗长).
            let t = previous?;
            if !matches!(&buf[t.end..start], "，" | "、") {
                return None;
            }
            self.tenure = Some(Tenure { end, ..t.clone() });
            return Some((t.subject, t.held));
        };
        let verb_start = start - verb.len();
        let subject = self
            .subject_before(verb_start, seg)
            // 陈晓东同志任…书记，不再担任…职务: the subject of the clause before.
            .or_else(|| {
                previous
                    .filter(|t| &buf[t.end..verb_start] == "，")
                    .map(|t| t.subject)
            })
            // 王建国，男，汉族……。曾任…: the person the biography is of
            // (任 alone needs its subject written before it).
            .or_else(|| {
                (verb != "任")
                    .then(|| self.biography_subject(verb_start, seg))
                    .flatten()
            })?;
        self.tenure = Some(Tenure {
            subject: subject.clone(),
            held,
            end,
        });
        Some((subject, held))
    }

    /// A name (and 同志) written right before the verb at `at`.
    fn subject_before(&self, at: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let q = at
            - if self.buf[seg.start..at].ends_with("同志") {
                "同志".len()
            } else {
                0
            };
        if let Some(p) = self
            .raw
            .people
            .iter()
            .rev()
            .take(4)
            .find(|p| p.name.end == q)
        {
            return Some(p.name.clone());
        }
        self.name_before(q, seg)
    }

    /// The person a biography before `at` is of: 王建国，男，… or 宝玉，男，蒙古族
    /// (in this segment, or in one of the few before it).
    fn biography_subject(&self, at: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        // The nearest biography is the one: a name it lacks is no licence to
        // take an earlier one's (乌日图，男，… under 宝玉，男，…).
        let (r, comma) = std::iter::once(seg.start..at)
            .chain(self.segs.before(seg).take(8).cloned())
            .find_map(|r| {
                let s = &buf[r.clone()];
                // The comma before 男 or 女 set between commas.
                let comma = s.rmatch_indices(['男', '女']).find_map(|(i, _)| {
                    let after = s[i + '男'.len_utf8()..].starts_with(['，', ',']);
                    let before = s[..i].strip_suffix(['，', ','])?;
                    after.then_some(before.len())
                })?;
                Some((r, comma))
            })?;
        // Characters that end no name elsewhere (日, 其, 和) are a Mongolian
        // name's here (乌日图，男).
        let s = &buf[r.start..r.start + comma];
        let name_len: usize = s
            .chars()
            .rev()
            .take_while(|&c| bounded_name_char(c) || c == '·')
            .map(char::len_utf8)
            .sum();
        let count = s[comma - name_len..].chars().count();
        (2..=6)
            .contains(&count)
            .then(|| r.start + comma - name_len..r.start + comma)
    }
}
