//! A company's short form after its full name: "内蒙古伊泰集团有限公司" first,
//! then "伊泰集团董事长张晶泉"; "鄂尔多斯市东胜区热力有限责任公司", then
//! "热力公司维修班班长". The short form names the same body wherever the
//! page repeats it after the full name, and a title right after it is a
//! post of that body.

use std::ops::Range;

use super::Lexicon;
use super::orgs::{OrgKind, Prefix, RawOrg, places_before};
use super::people::Raw;

/// The legal forms a company's full name ends in, longest first.
const LEGAL_FORMS: [&str; 3] = ["股份有限公司", "有限责任公司", "有限公司"];

/// A short form's mention: where, and the index in `raw.orgs` of the full
/// name it stands for.
pub struct ShortMention {
    pub range: Range<usize>,
    pub full: usize,
}

/// The short form of a company named in full after its place (`name` is the
/// name after the place): 伊泰集团有限公司 → 伊泰集团, 热力有限责任公司 →
/// 热力公司, 伊泰集团 → 伊泰集团. None for other bodies, or where the
/// company's own name would be under two characters.
fn short_form(name: &str) -> Option<String> {
    let core = LEGAL_FORMS
        .iter()
        .find_map(|form| name.strip_suffix(form))
        .filter(|core| core.chars().count() >= 2);
    let short = match core {
        Some(core) if core.ends_with("集团") || core.ends_with("公司") => core.to_owned(),
        Some(core) => format!("{core}公司"),
        None if name.ends_with("集团") => name.to_owned(),
        None => return None,
    };
    let own = short.trim_end_matches("公司").trim_end_matches("集团");
    (own.chars().count() >= 2).then_some(short)
}

/// Finds the short forms of the companies `raw` names in full in `buf`,
/// after the first full mention and outside every other organisation's
/// name, and makes each title right after one a post of that company.
pub fn find(buf: &str, raw: &mut Raw<'_>, lex: &Lexicon) -> Vec<ShortMention> {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for (i, org) in raw.orgs.iter().enumerate() {
        if org.kind != OrgKind::Suffix || !matches!(org.prefix, Prefix::Written(_)) {
            continue;
        }
        // The name after the places written at its start (内蒙古,
        // 鄂尔多斯市东胜区): the longest run of them the name opens with.
        let name = &buf[org.range.clone()];
        let Some(place_end) = name
            .char_indices()
            .map(|(k, _)| org.range.start + k)
            .skip(2)
            .take(12)
            .filter(|&end| {
                places_before(buf, org.range.start, end, lex)
                    .is_some_and(|(s, _)| s == org.range.start)
            })
            .last()
        else {
            continue;
        };
        let Some(short) = short_form(&buf[place_end..org.range.end]) else {
            continue;
        };
        if !forms.iter().any(|(s, _)| *s == short) {
            forms.push((short, i));
        }
    }
    let mentions = if forms.is_empty() {
        Vec::new()
    } else {
        find_forms(buf, raw, &forms)
    };
    // A title right after a short form is a post of its company.
    let mut kinds: Option<KindIndex> = None;
    for person in &mut raw.people {
        let Some(post) = person.posts.first_mut().filter(|p| p.org.is_none()) else {
            continue;
        };
        let i = mentions.partition_point(|m| m.range.end < post.title.start);
        if let Some(m) = mentions.get(i).filter(|m| m.range.end == post.title.start) {
            post.org = Some(m.range.clone());
            person.range.start = person.range.start.min(m.range.start);
        } else if let Some((word, full)) = kind_before(buf, post.title.start, || {
            kinds.get_or_insert_with(|| KindIndex::new(buf, &raw.orgs))
        }) {
            // The kind's word is no name (公司 alone is no organisation): the
            // post is the body's named before, the mention starts at the word.
            post.org = Some(raw.orgs[full].range.clone());
            person.range.start = person.range.start.min(word.start);
        }
    }
    mentions
}

/// Kinds of body a page names by the kind alone once it has named one in
/// full ("合作社理事长" after 乌审旗呼和淖尔养殖专业合作社).
const KINDS: [&str; 22] = [
    "合作社",
    "中心",
    "公司",
    "集团",
    "医院",
    "卫生院",
    "兽医站",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "协会",
    "律师事务所",
    "法庭",
    "派出所",
    "司法所",
    "博物馆",
    "图书馆",
    "乌兰牧骑",
    "支队",
    "大队",
    "中队",
];

/// How far before the kind's word (bytes, about two short paragraphs) the
/// body it stands for is taken to be named, where the page names others of
/// its kind before that.
const KIND_NEAR: usize = 600;

/// The bodies of each kind in `KINDS` the page names in full, in the order
/// their names end, each with whether every one of its kind up to it has the
/// same name. Built once a page, so each title asks in logarithmic time.
struct KindIndex {
    /// Per kind: (end of the name, index in `orgs`, same name as all before).
    named: Vec<Vec<(usize, usize, bool)>>,
}

impl KindIndex {
    fn new(buf: &str, orgs: &[RawOrg<'_>]) -> KindIndex {
        let mut named: Vec<Vec<(usize, usize, bool)>> = vec![Vec::new(); KINDS.len()];
        for (i, o) in orgs.iter().enumerate() {
            let name = &buf[o.range.clone()];
            for (k, kind) in KINDS.iter().enumerate() {
                // (A group's company is the group: 集团董事长 after
                // 鄂尔多斯市水务投资控股集团有限公司.)
                if name.ends_with(kind)
                    || *kind == "集团" && name.ends_with("公司") && name.contains("集团")
                {
                    named[k].push((o.range.end, i, true));
                }
            }
        }
        for list in &mut named {
            list.sort_by_key(|&(end, i, _)| (end, i));
            let Some(&(_, first, _)) = list.first() else {
                continue;
            };
            let mut same = true;
            for entry in list.iter_mut() {
                same &= buf[orgs[entry.1].range.clone()] == buf[orgs[first].range.clone()];
                entry.2 = same;
            }
        }
        KindIndex { named }
    }
}

/// The body a kind's word right before a title at `title` stands for: the
/// body of that kind the page named last before it, if named close by or the
/// only one of its kind so far (a title right after a full name already took
/// that name for its body, so the word is not inside one). The word's range
/// and the body's index in `orgs`. `index` builds the page's bodies by kind
/// the first time a title needs them.
fn kind_before<'i>(
    buf: &str,
    title: usize,
    index: impl FnOnce() -> &'i KindIndex,
) -> Option<(Range<usize>, usize)> {
    let k = KINDS.iter().position(|k| buf[..title].ends_with(*k))?;
    let range = title - KINDS[k].len()..title;
    // The word alone or after a word that points back (该公司, 本合作社), not
    // the end of another (分公司, 子公司, 养殖合作社).
    if buf[..range.start]
        .chars()
        .next_back()
        .is_some_and(|c| super::orgs::is_han(c) && !"该本这此其和与及".contains(c))
    {
        return None;
    }
    let named = &index().named[k];
    let before = named.partition_point(|&(end, _, _)| end <= range.start);
    let &(end, full, only) = named.get(before.checked_sub(1)?)?;
    (range.start - end <= KIND_NEAR || only).then_some((range, full))
}

/// Where the page repeats each short form of `forms` after its full name,
/// outside every other organisation's name.
fn find_forms(buf: &str, raw: &Raw<'_>, forms: &[(String, usize)]) -> Vec<ShortMention> {
    let mut taken: Vec<Range<usize>> = raw.orgs.iter().map(|o| o.range.clone()).collect();
    taken.sort_by_key(|r| r.start);
    let overlaps = |r: &Range<usize>| {
        let i = taken.partition_point(|t| t.end <= r.start);
        taken.get(i).is_some_and(|t| t.start < r.end)
    };
    let mut mentions = Vec::new();
    for (short, full) in forms {
        let after = raw.orgs[*full].range.end;
        for at in memchr::memmem::find_iter(&buf.as_bytes()[after..], short.as_bytes()) {
            let range = after + at..after + at + short.len();
            if !overlaps(&range) {
                mentions.push(ShortMention { range, full: *full });
            }
        }
    }
    mentions.sort_by_key(|m| m.range.start);
    mentions
}

#[cfg(test)]
mod tests {
    use super::short_form;

    #[test]
    fn a_companys_short_form_drops_its_legal_form() {
        assert_eq!(short_form("伊泰集团有限公司").as_deref(), Some("伊泰集团"));
        assert_eq!(short_form("热力有限责任公司").as_deref(), Some("热力公司"));
        assert_eq!(short_form("伊泰集团").as_deref(), Some("伊泰集团"));
        assert_eq!(short_form("能源股份有限公司").as_deref(), Some("能源公司"));
        // Too short to name a company, or no company at all.
        assert_eq!(short_form("有限公司"), None);
        assert_eq!(short_form("A有限公司"), None);
        assert_eq!(short_form("第一中学"), None);
    }
}
