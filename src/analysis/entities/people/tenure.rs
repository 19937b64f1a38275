//! Posts a sentence gives its subject after a verb of tenure, with no name
//! after them: 李文斌同志任旗委常委、宣传部部长，原任杭锦旗副旗长; a short
//! biography (王建国，男，汉族……曾任达拉特旗副旗长，准格尔旗委副书记、旗长。
//! 现任市委委员。); 陈晓东同志任…党委书记，不再担任札萨克镇镇长职务.

use std::ops::Range;

use super::{Held, Scan, bounded_name_char, is_han};

/// Verbs of tenure right before a post, and when the post is held.
/// Longer words first: 不再担任 before 担任, 曾任 before 任. Each ends in 任
/// but those of a nomination, which end in 为 (拟提名为).
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
    // …，拟提名为准格尔旗人民政府副旗长人选: the candidate a council elects.
    ("拟提名为", Held::Proposed),
    ("拟推荐为", Held::Proposed),
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

/// Does a post end its item where `after` starts: punctuation, 职务, 等职,
/// 人选 (拟任…副旗长人选: the candidate for it), a note in brackets
/// (（试用期一年）) or the end?
fn ends_item(after: &str) -> bool {
    after.is_empty()
        || after.starts_with("职务")
        || after.starts_with("等职")
        || after.starts_with("人选")
        || after.starts_with(['，', '、', '。', '；', '）', '（', '(', '\n'])
}

/// The verb of tenure a list of posts that ends `before` (with its last
/// separator) is under, when no item of it was read as a post: the verb (not
/// 任 alone) and its offset in `before`. One to four items since it, each
/// two to sixteen Han characters, in the same sentence.
fn verb_over_items(before: &str) -> Option<(&'static str, Held, usize)> {
    let list = before.strip_suffix(['，', '、'])?;
    let from = list
        .rfind(['。', '；', '：'])
        .map_or(0, |i| i + '。'.len_utf8());
    let sentence = &list[from..];
    // Every verb of a list ends in 任: the last one that ends a verb (主任 in
    // an item does not).
    let (at, verb, held) = sentence.rmatch_indices('任').find_map(|(i, _)| {
        let head = &sentence[..i + '任'.len_utf8()];
        VERBS
            .iter()
            .find(|(v, _)| head.ends_with(v))
            .filter(|(v, _)| *v != "任")
            .map(|&(v, held)| (head.len() - v.len(), v, held))
    })?;
    let items = &sentence[at + verb.len()..];
    let short = |item: &str| (2..=16).contains(&item.chars().count()) && item.chars().all(is_han);
    items
        .split(['，', '、'])
        .enumerate()
        .all(|(k, item)| k < 4 && short(item))
        .then_some((verb, held, from + at))
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
        // Every verb ends in 任 or 为; with none, only a list under an earlier
        // verb (asked of every post with no name after it: most have neither).
        let verb = before.ends_with(['任', '为']);
        let previous = self
            .tenure
            .as_ref()
            .filter(|t| (seg.start..start).contains(&t.end));
        let listed = !verb && previous.is_none() && before.ends_with(['，', '、']);
        if !(verb || previous.is_some() || listed) || !ends_item(&buf[end..seg.end]) {
            return None;
        }
        let previous = previous.cloned();
        let found = verb
            .then(|| VERBS.iter().find(|(v, _)| before.ends_with(v)))
            .flatten();
        let (verb, held, verb_start) = match (found, &previous) {
            (Some(&(verb, held)), _) => (verb, held, start - verb.len()),
            // The next post of a list under the same verb (曾任…副旗长，…旗长).
            (None, Some(t)) => {
                if !matches!(&buf[t.end..start], "，" | "、") {
                    return None;
                }
                let subject = (t.subject.clone(), t.held);
                self.tenure = Some(Tenure { end, ..t.clone() });
                return Some(subject);
            }
            // A list whose first items were not read as posts (历任城川公社
            // 党委书记，鄂托克前旗副旗长): the verb over them.
            (None, None) => {
                let (verb, held, at) = verb_over_items(before)?;
                (verb, held, seg.start + at)
            }
        };
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
                    .then(|| {
                        self.biography_subject(verb_start, seg)
                            .or_else(|| self.opening_subject(verb_start, seg))
                    })
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

    /// The person a paragraph opens with, as an obituary's account of a life
    /// does (王福生同志1943年5月出生，……。历任…): named first in the paragraph,
    /// with 同志 or a comma after the name, and no one else named before `at`.
    fn opening_subject(&self, at: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let mut named = self
            .raw
            .people
            .iter()
            .rev()
            .take_while(|p| p.range.start >= seg.start)
            .filter(|p| p.range.start < at);
        let head = &buf[seg.start..at];
        let Some(first) = named.next() else {
            // Named bare (王福生同志), the subject is not read yet: its name
            // before 同志 at the head of the paragraph.
            let end = head.find("同志")?;
            let count = head[..end].chars().count();
            let name = &head[..end];
            return ((2..=4).contains(&count) && name.chars().all(bounded_name_char))
                .then(|| seg.start..seg.start + end);
        };
        if named.next().is_some() || first.name.start != seg.start {
            return None;
        }
        let after = &buf[first.name.end..at];
        (after.starts_with("同志") || after.starts_with('，')).then(|| first.name.clone())
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
