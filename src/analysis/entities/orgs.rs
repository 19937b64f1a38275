//! Organisation names: place + institution + units, and what they resolve to.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::home::Home;
use super::lexicon::{Anchor, LEVEL_SUFFIXES, Lexicon, Place};
use super::segments::Segments;
use super::{OrgBody, Organisation, Reason, Strings};

/// Suffixes of a township's own institutions, named after the town without
/// its level word (城川人民法庭, 昂素派出所).
const TOWNSHIP_SUFFIXES: [&str; 4] = ["人民法庭", "派出所", "卫生院", "司法所"];

/// Institutions of a district or banner, named after it without its level
/// word (东胜交警大队, 康巴什公安分局).
const COUNTY_INSTITUTIONS: [&str; 4] = ["交警大队", "交通管理大队", "公安分局", "消防救援大队"];

/// The place a short name before `core_start` stands for, its level word
/// dropped (城川 of 城川派出所, 康巴什 of 康巴什交警大队), for a township's or a
/// district's own body `suffix`; `starts` are where the short name may start,
/// two to four characters before. The place and where its name starts.
fn level_dropped<'l>(
    buf: &str,
    seg_start: usize,
    core_start: usize,
    suffix: &str,
    starts: impl IntoIterator<Item = usize>,
    lex: &'l Lexicon,
) -> Option<(Prefix<'l>, usize)> {
    let (levels, level): (&[&str], u8) = if TOWNSHIP_SUFFIXES.contains(&suffix) {
        (&["镇", "苏木", "乡"], 4)
    } else if COUNTY_INSTITUTIONS.contains(&suffix) {
        (&["区", "旗", "县"], 3)
    } else {
        return None;
    };
    // The short name stands after a boundary or a word of place
    // (在城川派出所), not inside a phrase (审议巴彦卫生院).
    starts.into_iter().find_map(|m| {
        if prev_char(buf, seg_start, m)
            .is_some_and(|c| is_han(c) && !"在到赴于的和与及".contains(c))
        {
            return None;
        }
        let short = &buf[m..core_start];
        let mut name = String::with_capacity(short.len() + 6);
        levels.iter().find_map(|word| {
            name.clear();
            name.push_str(short);
            name.push_str(word);
            lex.place(&name)
                .filter(|p| p.level == level)
                .map(|p| (Prefix::Written(p.name.as_str()), m))
        })
    })
}

/// The place part of an organisation name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prefix<'a> {
    /// A place from the gazetteer (the innermost one when several are chained).
    Written(&'a str),
    /// A level word standing for the page's own place (市, 旗, 自治区).
    Relative(&'a str),
    /// A short form of a place of the page's region (乌市, 前旗).
    Short(&'a str),
    /// No place: a standalone body or a user's organisation.
    None,
}

/// An organisation found in the buffer, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawOrg<'a> {
    pub range: Range<usize>,
    pub prefix: Prefix<'a>,
    /// Buffer range of the prefix (empty when none).
    pub prefix_range: Range<usize>,
    pub kind: OrgKind,
    /// Buffer range from the institution to the end (institution and units).
    pub body: Range<usize>,
    /// Index of the last scanner token the name uses.
    pub last_token: usize,
    /// Named without its place after another body's post, whose place it
    /// shares (书法家协会 of 旗文联主席、书法家协会主席).
    pub shares_place: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    Institution(usize),
    /// A democratic party's committee (民盟鄂尔多斯市委): the party (an index of
    /// [`DEMOCRATIC_PARTIES`]) and the Party committee's institution (市委) that
    /// gives its level.
    PartyCommittee {
        party: usize,
        institution: usize,
    },
    Suffix,
    User,
}

/// A scanner token: an anchor pattern found in the buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub anchor: Anchor,
}

pub fn is_han(c: char) -> bool {
    crate::analysis::text::is_han(c)
}

fn numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '0'..='9'
    )
}

/// 政协鄂尔多斯市第五届委员会 (or 中国人民政治协商会议…): the CPPCC's committee
/// of a place in one term, named from token `i` (its name, institution
/// `index`), the place and term after it. None where a meeting's name goes
/// on (…第五届委员会第四次会议: the meeting is no organisation), or its standing
/// committee's (…第十一届委员会常务委员会, whose full name this form cannot
/// build).
fn termed_committee<'a>(
    buf: &str,
    seg: &Range<usize>,
    tokens: &[Token],
    i: usize,
    index: usize,
    lex: &'a Lexicon,
) -> Option<RawOrg<'a>> {
    let token = &tokens[i];
    let after = token.range.end;
    let rest = buf.get(after..seg.end)?;
    let at = rest
        .char_indices()
        .take(16)
        .find(|&(_, c)| c == '委')
        .map(|(k, _)| after + k)
        .filter(|&k| buf[k..].starts_with("委员会"))?;
    let term = ordinal_before(buf, after, at);
    if term == at {
        return None;
    }
    let (place_start, place) = places_before(buf, after, term, lex)?;
    let end = at + "委员会".len();
    if place_start != after || meeting_at(buf, end, lex) || buf[end..].starts_with("常务委员会")
    {
        return None;
    }
    let last = i + tokens[i..]
        .iter()
        .take_while(|t| t.range.start < end)
        .count()
        - 1;
    Some(RawOrg {
        range: token.range.start..end,
        prefix: Prefix::Written(place),
        prefix_range: after..term,
        kind: OrgKind::Institution(index),
        body: token.range.clone(),
        last_token: last,
        shares_place: false,
    })
}

/// Start of the session ordinal ("五届", "第五届") that ends at `end`, if any.
fn ordinal_before(buf: &str, seg_start: usize, end: usize) -> usize {
    let before = &buf[seg_start..end];
    let Some(rest) = before.strip_suffix('届') else {
        return end;
    };
    let digits: usize = rest
        .chars()
        .rev()
        .take_while(|&c| numeral(c))
        .map(char::len_utf8)
        .sum();
    if digits == 0 {
        return end;
    }
    let mut start = end - '届'.len_utf8() - digits;
    if buf[seg_start..start].ends_with('第') {
        start -= '第'.len_utf8();
    }
    start
}

/// The longest gazetteer place that ends at `end` (2 to 10 characters).
pub fn place_before<'l>(
    buf: &str,
    seg_start: usize,
    end: usize,
    lex: &'l Lexicon,
) -> Option<(usize, &'l Place)> {
    let mut tail = buf[seg_start..end].chars().rev();
    let (last, second) = (tail.next()?, tail.next()?);
    // Only the lengths some place name ending in these two characters has.
    let lengths = lex.place_lengths(second, last);
    if lengths == 0 {
        return None;
    }
    let mut best = None;
    let mut start = end;
    for n in 1..=16 {
        let Some((i, c)) = buf[seg_start..start].char_indices().next_back() else {
            break;
        };
        if !is_han(c) {
            break;
        }
        start = seg_start + i;
        if n >= 2
            && lengths & (1 << n) != 0
            && let Some(place) = lex.place(&buf[start..end])
        {
            best = Some((start, place));
        }
        if lengths >> (n + 1) == 0 {
            // No longer name ends here.
            break;
        }
    }
    // A sumu or gacha the gazetteer knows, inside a longer one it lacks
    // (布拉格嘎查 in 乌兰布拉格嘎查): not this place; the name is read as written.
    // (成立巴音查干嘎查 is still 巴音查干嘎查: 立巴音查干 opens nowhere.)
    if let Some((start, place)) = best
        && let Some(level) = ["嘎查", "苏木"]
            .into_iter()
            .find(|l| place.name.ends_with(l))
        && prev_char(buf, seg_start, start).is_some_and(|c| is_han(c) && lex.in_township_names(c))
        && !short_can_start(buf, seg_start, start)
        && unlisted_township(buf, seg_start, end - level.len(), lex).is_some_and(|s| s < start)
    {
        return None;
    }
    best
}

/// The chain of places ending at `end` (乌拉特后旗巴音前达门苏木巴音查干嘎查): its start
/// and the innermost place's name.
pub fn places_before<'a>(
    buf: &str,
    seg_start: usize,
    end: usize,
    lex: &'a Lexicon,
) -> Option<(usize, &'a str)> {
    let (mut start, innermost) = place_before(buf, seg_start, end, lex)?;
    let innermost = innermost.name.as_str();
    for _ in 0..3 {
        match place_before(buf, seg_start, start, lex) {
            Some((s, _)) => start = s,
            None => break,
        }
    }
    Some((start, innermost))
}

pub(super) fn prev_char(buf: &str, seg_start: usize, at: usize) -> Option<char> {
    buf[seg_start..at].chars().next_back()
}

/// Is the character before `at` a boundary (segment start, punctuation, space)?
pub fn boundary_before(buf: &str, seg_start: usize, at: usize) -> bool {
    prev_char(buf, seg_start, at).is_none_or(|c| !is_han(c))
}

/// A body's own Party or League committee, written right after its name
/// (市税务局党委, 学校团委): a unit of it.
pub(super) const OWN_COMMITTEES: [&str; 2] = ["党委", "团委"];

/// Level words that stand for the page's own place before a department (市能源局),
/// or for the town named shortly before (镇卫生院, 苏木兽医站).
const RELATIVE_LEVELS: &[&str] = &["市", "旗", "县", "区", "盟", "苏木", "镇"];

/// Words that start with a level character but are not a place (市场, 区域).
const NOT_RELATIVE: &[&str] = &[
    "市场", "市民", "市区", "市域", "市级", "市县", "区域", "区级", "县域", "县级", "县城", "旗帜",
    "旗下", "旗舰", "旗县", "区块", "区内", "区外", "市内", "市外", "旗内", "县内", "镇内",
];

/// Characters that, before 市, are a word of their own and not a short form (受市人大, 在市政协).
const NOT_SHORT: &str =
    "本我该此受由和与及在对向从把被为是的了各全经据将请让给于赴到至来去驻原访问看见";

/// Can a short form (乌市, 前旗) start at `at`: after punctuation or a function word?
fn short_can_start(buf: &str, seg_start: usize, at: usize) -> bool {
    boundary_before(buf, seg_start, at)
        || prev_char(buf, seg_start, at)
            .is_some_and(|c| "在对与和及由向从经据为是把被将于同".contains(c))
}

/// Two-character words that end in 前, 中, 后, 左, 右, 东 or 西: before 旗 they
/// are not a banner's short form (其中旗人大代表 is 其中 + 旗人大代表).
const NOT_BANNER_SHORT: &[&str] = &[
    "其中", "之中", "当中", "从中", "集中", "心中", "手中", "眼中", "家中", "空中", "期中", "会中",
    "之前", "此前", "以前", "目前", "提前", "当前", "向前", "面前", "眼前", "事前", "会前", "前前",
    "之后", "此后", "以后", "今后", "随后", "最后", "然后", "落后", "背后", "会后", "前后", "先后",
    "左右", "东西", "以东", "以西", "向东", "向西",
];

/// Can a banner's short form (前旗, 中旗) start at `at`? After punctuation or a
/// function word, and after any other character unless the two make a word
/// (开创中旗人大 is 开创 + 中旗人大; 其中旗人大代表 is not).
fn banner_short_form(buf: &str, seg_start: usize, at: usize) -> bool {
    if short_can_start(buf, seg_start, at) {
        return true;
    }
    let Some(before) = prev_char(buf, seg_start, at) else {
        return true;
    };
    let word_start = at - before.len_utf8();
    let word_end = at + buf[at..].chars().next().map_or(0, char::len_utf8);
    !NOT_BANNER_SHORT.contains(&&buf[word_start..word_end])
}

/// Characters that end a word with the level after them: before a level and a
/// department they are not the page's own place (城市图书馆, 社区医院, 红旗小学).
fn word_with_level(before: char, level: &str) -> bool {
    let ends = match level {
        "市" => "城都超上门夜股楼集早菜车花闹开罢休退收黑互坊",
        "旗" => "国红党团锦彩战队升会校",
        "县" => "郡州知",
        "区" => "社园景城市地辖片山牧灾街小新矿治发范护能校厂院湾误盲禁专林农郊老特学选政营分务",
        "盟" => "联同结加",
        "镇" => "城乡村集重古小军坐压",
        _ => "",
    };
    ends.contains(before)
}

/// Reads the place before an institution that starts at `core_start`.
fn prefix_before<'a>(
    buf: &'a str,
    seg_start: usize,
    core_start: usize,
    lex: &'a Lexicon,
) -> (Prefix<'a>, usize) {
    if let Some((start, name)) = places_before(buf, seg_start, core_start, lex) {
        return (Prefix::Written(name), start);
    }
    let before = &buf[seg_start..core_start];
    if before.ends_with("公社")
        && let Some(s) = commune_before(buf, seg_start, core_start - "公社".len(), lex)
    {
        let whole = places_before(buf, seg_start, s, lex).map_or(s, |(p, _)| p);
        return (Prefix::Written(&buf[s..core_start]), whole);
    }
    for level in ["全国", "中央", "国家"] {
        if before.ends_with(level) {
            return (Prefix::Written(level), core_start - level.len());
        }
    }
    // 地区行署 opening a clause: the page's prefecture. After a word (各地区,
    // 本地区人大工作, 有关地区): regions in general, none in particular.
    if before.ends_with("地区") {
        let start = core_start - "地区".len();
        return if boundary_before(buf, seg_start, start) {
            (Prefix::Relative("地区"), start)
        } else {
            (Prefix::None, core_start)
        };
    }
    for level in LEVEL_SUFFIXES {
        let Some(rest) = before.strip_suffix(level) else {
            continue;
        };
        let start = core_start - level.len();
        // 各旗县区人大常委会, 全市人大: many bodies or none in particular.
        if rest.ends_with("苏木") || rest.ends_with("乡") {
            return (Prefix::None, core_start);
        }
        match rest.chars().next_back() {
            Some('各' | '全' | '旗' | '县' | '区' | '市' | '盟' | '省' | '镇' | '乡') => {
                return (Prefix::None, core_start);
            }
            // 社区党委, 园区党委: a word in 区, not the page's district. A
            // community the gazetteer lacks, its name as written (苏泊罕社区党委).
            Some(c) if *level == "区" && word_with_level(c, level) => {
                let word = start - c.len_utf8();
                if c == '社'
                    && let Some(s) = unlisted_township(buf, seg_start, word, lex)
                {
                    let whole = places_before(buf, seg_start, s, lex).map_or(s, |(p, _)| p);
                    return (Prefix::Written(&buf[s..core_start]), whole);
                }
                return (Prefix::None, core_start);
            }
            Some(c @ ('前' | '中' | '后' | '左' | '右' | '东' | '西'))
                if *level == "旗" && banner_short_form(buf, seg_start, start - c.len_utf8()) =>
            {
                let s = start - c.len_utf8();
                return (Prefix::Short(&buf[s..core_start]), s);
            }
            Some(c) if *level == "市" && is_han(c) => {
                let s = start - c.len_utf8();
                if short_can_start(buf, seg_start, s)
                    && !NOT_SHORT.contains(c)
                    && lex.is_city_initial(c)
                {
                    return (Prefix::Short(&buf[s..core_start]), s);
                }
            }
            _ => {}
        }
        // 哈日根图苏木党委: a sumu the gazetteer lacks, its name as written.
        if matches!(*level, "苏木" | "嘎查")
            && let Some(s) = unlisted_township(buf, seg_start, start, lex)
        {
            let whole = places_before(buf, seg_start, s, lex).map_or(s, |(p, _)| p);
            return (Prefix::Written(&buf[s..core_start]), whole);
        }
        return (Prefix::Relative(level), start);
    }
    (Prefix::None, core_start)
}

/// Where the name of a people's commune starts when it ends at `level_start`
/// (城川 of 城川公社党委): the communes became the townships of the same name,
/// so the name is a township's the gazetteer knows (城川镇), its level dropped.
fn commune_before(buf: &str, seg_start: usize, level_start: usize, lex: &Lexicon) -> Option<usize> {
    let mut found = None;
    let mut name = String::new();
    for (n, (i, c)) in buf[seg_start..level_start]
        .char_indices()
        .rev()
        .enumerate()
        .take(4)
    {
        if !is_han(c) {
            break;
        }
        if n == 0 {
            continue;
        }
        let stem = &buf[seg_start + i..level_start];
        let known = ["镇", "乡", "苏木"].iter().any(|level| {
            name.clear();
            name.push_str(stem);
            name.push_str(level);
            lex.place(&name).is_some_and(|p| p.level == 4)
        });
        if known {
            // The longest: 红庆河 rather than 庆河.
            found = Some(seg_start + i);
        }
    }
    found
}

/// Where the name of a sumu or gacha the gazetteer lacks starts, when it ends
/// at `level_start`: two to five characters of the gazetteer's own sumu and
/// gacha names, after a break, a function word or a known place (鄂托克旗
/// 哈日根图苏木), and not a word for many (各苏木, 本嘎查).
fn unlisted_township(
    buf: &str,
    seg_start: usize,
    level_start: usize,
    lex: &Lexicon,
) -> Option<usize> {
    for (n, (i, c)) in buf[seg_start..level_start]
        .char_indices()
        .rev()
        .enumerate()
        .take(5)
    {
        if !is_han(c) || !lex.in_township_names(c) {
            return None;
        }
        let start = seg_start + i;
        let opens = n >= 1
            && !"各全本该每所有这那其两几多些".contains(c)
            && (short_can_start(buf, seg_start, start)
                || place_before(buf, seg_start, start, lex).is_some());
        if opens {
            return Some(start);
        }
    }
    None
}

/// 民建鄂尔多斯市委会: a democratic party's committee (委会), not the city's
/// Party committee (市委) with a word after it; 市委会议 is still the 市委's.
fn committee_of_a_party(buf: &str, end: usize) -> bool {
    buf[..end].ends_with('委') && buf[end..].starts_with('会') && !buf[end..].starts_with("会议")
}

/// The democratic parties and the Communist Youth League as written before a
/// committee that 市委 or 省委 names (民盟鄂尔多斯市委, 团市委: not the Communist
/// Party's), with the name their committees' full names open with
/// (中国民主同盟鄂尔多斯市委员会, 中国共产主义青年团鄂尔多斯市委员会).
/// 共青团 before 团, which it ends in.
const DEMOCRATIC_PARTIES: &[(&str, &str)] = &[
    ("共青团", "中国共产主义青年团"),
    ("团", "中国共产主义青年团"),
    ("民革", "中国国民党革命委员会"),
    ("民盟", "中国民主同盟"),
    ("民建", "中国民主建国会"),
    ("民进", "中国民主促进会"),
    ("农工党", "中国农工民主党"),
    ("致公党", "中国致公党"),
    ("九三学社", "九三学社"),
    ("台盟", "台湾民主自治同盟"),
];

/// Which party wrote its name right before `start` (its ordinal between), the
/// twin of [`committee_of_a_party`] for the names that do not end in 委会:
/// `Some(Some((party, where its name starts)))` for one party (民盟鄂尔多斯市委),
/// `Some(None)` for all of them (各民主党派市委), `None` for no party.
fn named_after_a_party(
    buf: &str,
    seg_start: usize,
    start: usize,
) -> Option<Option<(usize, usize)>> {
    let end = ordinal_before(buf, seg_start, start);
    let before = &buf[seg_start..end];
    if before.ends_with("党派") {
        return Some(None);
    }
    let party = DEMOCRATIC_PARTIES
        .iter()
        .position(|(p, _)| before.ends_with(p))?;
    let party_start = end - DEMOCRATIC_PARTIES[party].0.len();
    // 团 alone is the League's where a short form may start, or after 的
    // (，团市委; 和团市委), not at the end of a word (集团, 代表团).
    if DEMOCRATIC_PARTIES[party].0 == "团"
        && !short_can_start(buf, seg_start, party_start)
        && prev_char(buf, seg_start, party_start) != Some('的')
    {
        return None;
    }
    Some(Some((party, party_start)))
}

/// Does a meeting name start at `at` (第十九次会议, 会议, 全体会议, 政协工作会议)?
/// Then the organisation before it is part of the meeting's name.
fn meeting_at(buf: &str, at: usize, lex: &Lexicon) -> bool {
    let rest = &buf[at..];
    // Up to four characters naming the meeting, none a verb (召开会议 is not one).
    let mut gap = 0;
    for (i, c) in rest.char_indices().take(5) {
        if !is_han(c) || lex.stop_at(&rest[i..]).is_some() {
            break;
        }
        if i > 0 && (rest[i..].starts_with("会议") || rest[i..].starts_with("工作会")) {
            gap = i;
            break;
        }
    }
    if gap > 0 {
        return true;
    }
    // 第十九次, 十四届一次: the session and sitting.
    let counted: usize = rest
        .chars()
        .take_while(|&c| numeral(c) || matches!(c, '第' | '届' | '次'))
        .map(char::len_utf8)
        .sum();
    let rest = &rest[counted..];
    let meetings = [
        "会议",
        "全体会议",
        "常务会议",
        "主任会议",
        "党组会议",
        "工作会议",
        "工作会",
        "全会",
        "大会",
    ];
    if counted > 0 && !meetings.iter().any(|m| rest.starts_with(m)) {
        return false;
    }
    meetings.iter().any(|m| rest.starts_with(m))
}

/// "赈济救护部" before 部长, "食品经营安全监督管理科" before 科长, "群众体育司"
/// before 副司长: where the text from `end` (a body's name's end) to the title
/// at `title` names a department whose head the title is (two to twelve
/// characters, no stop word, ending in the character the title heads), where
/// the department ends.
fn department_before_head(
    buf: &str,
    end: usize,
    title: Range<usize>,
    lex: &Lexicon,
) -> Option<usize> {
    let head = buf[title.clone()]
        .strip_prefix('副')
        .unwrap_or(&buf[title.clone()]);
    let kind = head.strip_suffix('长')?;
    if !matches!(kind, "科" | "部" | "处" | "股" | "司") {
        return None;
    }
    let name = buf.get(end..title.start)?;
    let count = name.chars().count();
    ((2..=12).contains(&count) && name.ends_with(kind) && names_unit(name, lex))
        .then_some(title.start)
}

/// Can `s`, right after a body's name, name a unit of it (科教文卫 before
/// 工作委员会, 赈济救护部 before 部长): Han characters only, no 各 and no stop
/// word (等, 和, 的 …) anywhere in it.
fn names_unit(s: &str, lex: &Lexicon) -> bool {
    s.char_indices()
        .all(|(i, c)| is_han(c) && c != '各' && c != '等' && lex.stop_at(&s[i..]).is_none())
}

/// 《巴彦淖尔人大》, “巴彦淖尔人大网”: the name of a publication or product.
fn quoted_name(buf: &str, start: usize, end: usize) -> bool {
    let opened = buf[..start].ends_with('《') || buf[..start].ends_with('“');
    let closes = buf[end..].chars().take(4).any(|c| c == '》' || c == '”');
    opened && closes
}

/// How many Han characters (at most `max`) before `at` can be the modifier of a
/// unit or suffix ("科教文卫" before 工作委员会): no punctuation, no stop words.
fn modifier_start(
    buf: &str,
    seg_start: usize,
    at: usize,
    max: usize,
    lex: &Lexicon,
) -> SmallVec<[usize; 11]> {
    let mut starts = smallvec::smallvec![at];
    let mut start = at;
    for _ in 0..max {
        let Some((i, c)) = buf[seg_start..start].char_indices().next_back() else {
            break;
        };
        if !is_han(c) {
            break;
        }
        start = seg_start + i;
        if lex
            .stop_at(&buf[start..at])
            .is_some_and(|n| n <= at - start)
            && c != '和'
            && !ends_word_of_work(&buf[seg_start..start], c)
            && !(c == '就' && buf[start + c.len_utf8()..at].starts_with('业'))
        {
            break;
        }
        starts.push(start);
    }
    starts
}

/// "国家能源集团准格尔能源有限责任公司": a company named after the group that
/// owns it. Where the group's name starts, two to ten characters before 集团
/// from a boundary, when one of `starts` (the company's) follows 集团.
fn group_before(buf: &str, seg_start: usize, starts: &[usize], lex: &Lexicon) -> Option<usize> {
    let group_end = starts
        .iter()
        .skip(2)
        .copied()
        .find(|&m| buf[seg_start..m].ends_with("集团"))?;
    let group = modifier_start(buf, seg_start, group_end - "集团".len(), 10, lex);
    name_from_boundary(buf, seg_start, &group, AFTER_WORDS)
}

/// Where a name without a place starts, of the `starts` [`modifier_start`]
/// gives: the earliest, two characters back or more, at a boundary or after
/// one of `words` (及, 和, 在 …).
fn name_from_boundary(buf: &str, seg_start: usize, starts: &[usize], words: &str) -> Option<usize> {
    let s = *starts.last()?;
    (starts.len() >= 3
        && prev_char(buf, seg_start, s).is_none_or(|c| !is_han(c) || words.contains(c)))
    .then_some(s)
}

/// A company's registered name may open after these words as after a
/// boundary (在国家能源集团准格尔能源有限责任公司, 与…有限公司): they end where a
/// name begins.
const AFTER_WORDS: &str = "及和与同在由到赴向对从据经";

/// Two characters before 集团 or 煤矿 that say what kind of group or mine,
/// not which: 国有集团, 民营集团, 能源集团, 露天煤矿.
const GENERIC_GROUPS: &[&str] = &[
    "大型", "国有", "民营", "企业", "龙头", "骨干", "重点", "相关", "有关", "各类", "下属", "所属",
    "旗下", "央企", "省属", "市属", "区属", "中央", "地方", "上市", "能源", "煤炭", "化工", "实业",
    "控股", "投资", "建设", "物流", "文化", "旅游", "医药", "交通", "产业", "商贸", "农牧", "乳业",
    "钢铁", "电力", "教育", "传媒", "报业", "出版", "金融", "保险", "露天", "井工", "小型", "中型",
    "生产", "在建", "整合", "关闭", "智能",
];

/// Is `c`, a name stop (作: 王海作报告; 等: 王海等人), the end of a word with
/// the character before it (合作, 工作, 协作; 高等), as in 市合作交流办,
/// 妇女工作办公室 and 内蒙古幼儿师范高等专科学校? (就 opens one with the
/// character after it: 市就业服务中心.)
fn ends_word_of_work(before: &str, c: char) -> bool {
    (c == '作' && before.ends_with(['合', '工', '协'])) || (c == '等' && before.ends_with('高'))
}

/// Reads the organisation whose institution or suffix is token `i`.
pub fn parse<'a>(
    buf: &'a str,
    seg: &Range<usize>,
    tokens: &[Token],
    i: usize,
    lex: &'a Lexicon,
) -> Option<RawOrg<'a>> {
    let org = parse_item(buf, seg, tokens, i, lex, true)?;
    // "人力资源和社会保障部门": departments of that kind, no ministry.
    let departments =
        buf[..org.range.end].ends_with('部') && buf[org.range.end..].starts_with('门');
    (!departments).then_some(org)
}

/// [`parse`]; `siblings`: a name with a suffix may be read as an item of a list
/// whose neighbour is an organisation (asked of the neighbour without it).
fn parse_item<'a>(
    buf: &'a str,
    seg: &Range<usize>,
    tokens: &[Token],
    i: usize,
    lex: &'a Lexicon,
    siblings: bool,
) -> Option<RawOrg<'a>> {
    let token = &tokens[i];
    // Where a democratic party's name opens the organisation's, or the
    // Communist Party's (`party_name`).
    let mut opening = None;
    let mut party_name = false;
    let (kind, prefix, start) = match token.anchor {
        Anchor::Organisation => (OrgKind::User, Prefix::None, token.range.start),
        Anchor::Institution(index) => {
            let ordinal = ordinal_before(buf, seg.start, token.range.start);
            let (mut prefix, mut start) = prefix_before(buf, seg.start, ordinal, lex);
            let name = &lex.institution_names[index];
            // 市一中心: the centre, no school.
            if is_level_school(name)
                && buf[token.range.end..].starts_with(['心', '央', '间', '国', '华', '学'])
            {
                return None;
            }
            // 准格尔旗委: the place's own level character opens the institution
            // (鄂尔多斯市委 is found by the city's short name, 准格尔 is none).
            if prefix == Prefix::None && ordinal == token.range.start && own_level(name) {
                let level_end = token.range.start + level_of(name).len();
                // Two characters at least before the level, or the name after a
                // break: 市委和县委 is not 和县's committee.
                if let Some((s, place)) = places_before(buf, seg.start, level_end, lex)
                    && (token.range.start - s >= 2 * 3 || boundary_before(buf, seg.start, s))
                {
                    (prefix, start) = (Prefix::Written(place), s);
                }
            }
            // 政协鄂尔多斯市第五届委员会: the CPPCC's name with the term after
            // the place.
            if prefix == Prefix::None
                && lex.institutions[index].expanded == "中国人民政治协商会议{place}委员会"
            {
                return termed_committee(buf, seg, tokens, i, index, lex);
            }
            // 康巴什交警大队: a district's institution under its short name.
            if prefix == Prefix::None && COUNTY_INSTITUTIONS.contains(&name.as_str()) {
                let starts = buf[seg.start..ordinal]
                    .char_indices()
                    .rev()
                    .map(|(k, _)| seg.start + k)
                    .skip(1)
                    .take(3);
                if let Some((p, s)) = level_dropped(buf, seg.start, ordinal, name, starts, lex) {
                    (prefix, start) = (p, s);
                }
            }
            let standalone = lex.institutions[index].standalone;
            // 市委, 旗委: the level is in the name and stands for the page's own place.
            let mut prefix = match prefix {
                Prefix::None if own_level(name) && !boundary_plural(buf, seg.start, start) => {
                    Prefix::Relative(level_of(name))
                }
                // A prefecture's committee and its administrative office (地委,
                // 行署), where the paper's home is a 地区: not inside a word
                // (当地委托, 各地委员).
                Prefix::None if name == "地委" || name == "行署" => {
                    let inside_word = !boundary_before(buf, seg.start, start)
                        || (name == "地委" && buf[token.range.end..].starts_with(['托', '员']));
                    if inside_word {
                        return None;
                    }
                    Prefix::Relative("地区")
                }
                p => p,
            };
            if prefix == Prefix::None && !standalone {
                return None;
            }
            // 民盟鄂尔多斯市委, 民盟市委: a democratic party's committee, not the
            // Communist Party's that 市委 alone names; 各民主党派市委 is none
            // in particular.
            let mut kind = OrgKind::Institution(index);
            if party_body(lex, index) {
                let written = named_after_a_party(buf, seg.start, start);
                // 民盟市委: the level alone (盟市 is no place's short form).
                let bare = || {
                    named_after_a_party(buf, seg.start, token.range.start)
                        .filter(|_| own_level(name))
                };
                match written.or_else(bare) {
                    None => {}
                    Some(Some((party, party_start))) if own_level(name) => {
                        if party_start + DEMOCRATIC_PARTIES[party].0.len() == token.range.start {
                            prefix = Prefix::Relative(level_of(name));
                            start = token.range.start;
                        }
                        kind = OrgKind::PartyCommittee {
                            party,
                            institution: index,
                        };
                        opening = Some(party_start);
                    }
                    Some(_) => return None,
                }
            }
            // 中共杭锦旗委: the Party's name written before the place is the
            // organisation's too.
            if opening.is_none() && party_body(lex, index) {
                let before = &buf[seg.start..ordinal_before(buf, seg.start, start)];
                opening = ["中国共产党", "中共"]
                    .iter()
                    .find(|w| before.ends_with(*w))
                    .map(|w| seg.start + before.len() - w.len());
                party_name = opening.is_some();
            }
            // 鄂尔多斯市委员会 written in full: the Party's, or the CPPCC's after
            // 政协 / 中国人民政治协商会议 (政协第五届鄂尔多斯市委员会).
            if name.ends_with('委') && buf[token.range.end..].starts_with("员会") {
                let mut end = token.range.end + "员会".len();
                let mut last = i;
                let before = ordinal_before(buf, seg.start, start);
                let cppcc = ["中国人民政治协商会议", "政协"]
                    .iter()
                    .find(|w| buf[seg.start..before].ends_with(*w));
                let (kind, whole) = match (cppcc, opening) {
                    (_, Some(party_start)) => (kind, party_start),
                    (Some(w), None) => (
                        OrgKind::Institution(lex.institution_index("政协")?),
                        before - w.len(),
                    ),
                    (None, None) => (kind, start),
                };
                // 中共杭锦旗委员会组织部, 旗委员会办公室: a department or office
                // of the committee, right after its name.
                if let Some(next) = tokens.get(i + 1).filter(|t| t.range.start == end)
                    && match next.anchor {
                        Anchor::Unit { .. } => true,
                        Anchor::Institution(j) => party_department(lex, kind, j).is_some(),
                        _ => false,
                    }
                {
                    end = next.range.end;
                    last = i + 1;
                }
                return Some(RawOrg {
                    range: whole..end,
                    prefix,
                    prefix_range: start..token.range.start,
                    kind,
                    // The institution, 员会 and the units: the full name's units
                    // are what follows 员会 (none, or 组织部).
                    body: token.range.start..end,
                    last_token: last,
                    shares_place: false,
                });
            }
            (kind, prefix, start)
        }
        Anchor::Suffix => {
            // 办 names an office (市扶贫办) only where a post of it follows
            // (主任, 副主任): elsewhere it is a verb's (为群众办实事).
            if &buf[token.range.clone()] == "办"
                && !["主任", "副主任", "常务副主任", "负责人"]
                    .iter()
                    .any(|post| buf[token.range.end..].starts_with(post))
            {
                return None;
            }
            let starts = modifier_start(buf, seg.start, token.range.start, 10, lex);
            // A place, then up to ten characters, then the suffix.
            let written = starts
                .iter()
                .find_map(|&m| places_before(buf, seg.start, m, lex))
                .map(|(s, name)| (Prefix::Written(name), s));
            // Or 市/旗 for the page's own place, then two to nine characters
            // (市能源局, 市青少年体育运动学校), or none before a suffix that
            // names a whole body (市图书馆; not 中心: 市中心 is a place).
            let whole_body = [
                "图书馆",
                "医院",
                "文化馆",
                "博物馆",
                "档案馆",
                "乌兰牧骑",
                "兽医站",
            ]
            .contains(&&buf[token.range.clone()]);
            let relative = || {
                let words = starts.iter().skip(2).take(8);
                let bare = starts.first().filter(|_| whole_body);
                bare.into_iter().chain(words).find_map(|&m| {
                    let level = RELATIVE_LEVELS
                        .iter()
                        .find(|l| buf[seg.start..m].ends_with(*l))?;
                    let s = m - level.len();
                    let word = &buf[s..];
                    // 服务区和智慧管控中心: a conjunction, two things.
                    let false_friend = NOT_RELATIVE.iter().any(|w| word.starts_with(w))
                        || word[level.len()..].starts_with(['和', '与', '及']);
                    // 市人大常委会民医院: five or six characters that hold another
                    // body's name are two names run together, not one.
                    let inner = s + level.len()..token.range.start;
                    let holds_body = buf[inner.clone()].chars().count() >= 5
                        && tokens[..i]
                            .iter()
                            .rev()
                            .take_while(|t| t.range.start >= inner.start)
                            .any(|t| {
                                matches!(t.anchor, Anchor::Institution(_))
                                    && t.range.end <= inner.end
                            });
                    // 联合市图书馆: a verb before the level; 城市图书馆: a word.
                    // 全市, 各旗, 旗县区: many bodies or none in particular.
                    let own_place = prev_char(buf, seg.start, s).is_none_or(|c| {
                        !is_han(c)
                            || !(word_with_level(c, level) || "全各市旗县区盟省镇乡".contains(c))
                    });
                    (own_place && !false_friend && !holds_body)
                        .then_some((Prefix::Relative(level), s))
                })
            };
            // Or a township's institution under the town's short name, its
            // level word dropped (城川人民法庭 of 城川镇, 昂素派出所).
            let township = || {
                let suffix = &buf[token.range.clone()];
                let starts = starts.iter().skip(2).take(3).copied();
                level_dropped(buf, seg.start, token.range.start, suffix, starts, lex)
            };
            // Or a name known without a place (清华大学, 世界银行).
            let known = || {
                lex.known_org_ending_at(buf, seg.start, token.range.end)
                    .map(|s| (Prefix::None, s))
            };
            // A name without a place: two to ten characters before the suffix,
            // from a boundary or one of `conjunctions`; where it starts.
            let free_standing =
                |conjunctions: &str| name_from_boundary(buf, seg.start, &starts, conjunctions);
            // Or a company's registered name, which needs no place
            // (、视联动力信息技术股份有限公司).
            let company = || {
                let registered = ["有限公司", "股份有限公司", "有限责任公司"];
                if !registered.contains(&&buf[token.range.clone()]) {
                    return None;
                }
                // 施工单位中交第一公路工程局有限公司: the company a project's
                // role word (施工单位, 建设单位) names.
                let after_role = || {
                    starts
                        .iter()
                        .skip(2)
                        .find(|&&m| buf[seg.start..m].ends_with("单位"))
                        .copied()
                };
                free_standing(AFTER_WORDS)
                    .or_else(after_role)
                    .or_else(|| group_before(buf, seg.start, &starts, lex))
                    .map(|s| (Prefix::None, s))
            };
            // Or an item of a list whose neighbour, with the same suffix, is an
            // organisation (蒙商银行、鄂尔多斯银行).
            let sibling = || {
                if !siblings {
                    return None;
                }
                let s = free_standing("及和与")?;
                let suffix = &buf[token.range.clone()];
                let listed = |j: usize, gap: Range<usize>| {
                    tokens.get(j).is_some_and(|t| {
                        t.anchor == Anchor::Suffix
                            && buf.get(t.range.clone()) == Some(suffix)
                            && buf.get(gap).is_some_and(|g| {
                                g.starts_with('、') && g['、'.len_utf8()..].chars().all(is_han)
                            })
                            && parse_item(buf, seg, tokens, j, lex, false).is_some()
                    })
                };
                let next = tokens
                    .get(i + 1)
                    .is_some_and(|t| listed(i + 1, token.range.end..t.range.start));
                let previous = i > 0 && {
                    let t = &tokens[i - 1];
                    t.range.end <= s && listed(i - 1, t.range.end..s)
                };
                (next || previous).then_some((Prefix::None, s))
            };
            // Or a group's short name of two characters, or a mine's name of
            // two to five, from a boundary, that a post or its Party committee
            // follows (准能集团党委书记, 伊泰集团董事长, 黑岱沟露天煤矿安全副
            // 矿长): a company, as the post shows; not a kind of group or mine
            // (国有集团, 各集团, 井工煤矿).
            let titled_group = || {
                let name_chars = match &buf[token.range.clone()] {
                    "集团" => 2..=2,
                    "煤矿" => 2..=5,
                    _ => return None,
                };
                if !name_chars.contains(&(starts.len() - 1)) {
                    return None;
                }
                let name_start = *starts.last()?;
                let name = &buf[name_start..token.range.start];
                let followed = tokens.get(i + 1).is_some_and(|t| {
                    t.range.start == token.range.end
                        && matches!(t.anchor, Anchor::Title(_) | Anchor::Unit { .. })
                        || buf[token.range.end..].starts_with("党委")
                });
                // (After the company's full name, 伊泰集团 is its short form:
                // [`short_forms`](super::short_forms) reads it so.)
                let short = &buf[name_start..token.range.end];
                let short_form_of_named = || {
                    buf[..token.range.start]
                        .match_indices(short)
                        .any(|(k, _)| buf[k + short.len()..].starts_with(['有', '股']))
                };
                (followed
                    && !name.contains(['各', '全', '本', '该', '每', '其', '这', '那', '此', '等'])
                    && !GENERIC_GROUPS.contains(&name)
                    && !short_form_of_named())
                .then(|| free_standing("、和与及"))
                .flatten()
                .map(|s| (Prefix::None, s))
            };
            let (prefix, start) = written
                .or_else(relative)
                .or_else(township)
                .or_else(known)
                .or_else(company)
                .or_else(sibling)
                .or_else(titled_group)?;
            (OrgKind::Suffix, prefix, start)
        }
        _ => return None,
    };
    let prefix_end = match kind {
        OrgKind::Institution(_) | OrgKind::PartyCommittee { .. } => token.range.start,
        _ => start,
    };
    let mut end = token.range.end;
    let mut last = i;
    // Units right after (办公室, 法工委), with up to six characters naming them.
    while let Some(next) = tokens.get(last + 1) {
        if next.range.end > seg.end {
            break;
        }
        if kind == OrgKind::Suffix
            && let Some(sub_end) = school_of_university(buf, start..end, next)
        {
            end = sub_end;
            last += 1;
            continue;
        }
        if next.range.start > end + 6 * 3 {
            break;
        }
        let named = match next.anchor {
            Anchor::Unit { named } => named,
            // 北京大学鄂尔多斯能源研究院: an institute of the university.
            Anchor::Suffix if next.range.start == end && kind == OrgKind::Suffix => false,
            // 县委宣传部: a department of the party committee before it.
            Anchor::Institution(j)
                if next.range.start == end && party_department(lex, kind, j).is_some() =>
            {
                false
            }
            // 市税务局党委, 旗人民医院党委, 学校团委: the body's own Party or
            // League committee, its place the body's.
            Anchor::Institution(j)
                if next.range.start == end
                    && !party_committee(lex, kind)
                    && OWN_COMMITTEES.contains(&lex.institution_names[j].as_str()) =>
            {
                false
            }
            _ => break,
        };
        let gap = &buf[end..next.range.start];
        if !gap.is_empty() && !named {
            break;
        }
        // (市委派驻村工作队: a team the committee sent, none of its units.)
        let clean = !gap.starts_with('派') && names_unit(gap, lex);
        // 农牧局组织科技特派员: 组织 is the verb, 科技 the word.
        let word_goes_on = buf[next.range.clone()].ends_with('科')
            && buf[next.range.end..].starts_with(['技', '学', '研', '普']);
        if !clean || word_goes_on {
            break;
        }
        end = next.range.end;
        last += 1;
        // 教科文卫委员会, 财经委员会: a committee's short name written out.
        if buf[..end].ends_with('委') && buf[end..].starts_with("员会") {
            end += "员会".len();
        }
    }
    // 市红十字会赈济救护部部长, 市市场监管局食品经营安全监督管理科科长: a
    // department the body's lexicon lacks, named right before its head's title.
    if let Some(next) = tokens.get(last + 1)
        && matches!(next.anchor, Anchor::Title(_))
        && next.range.end <= seg.end
        && let Some(department_end) = department_before_head(buf, end, next.range.clone(), lex)
    {
        end = department_end;
    }
    // 《巴彦淖尔人大》: a publication; 第十九次会议: a meeting.
    if meeting_at(buf, end, lex) || quoted_name(buf, start, end) {
        return None;
    }
    if let Some(party_start) = opening {
        // 民建鄂尔多斯市委会: the committee's name ends in 委会.
        if !party_name && committee_of_a_party(buf, end) {
            end += '会'.len_utf8();
        }
        return Some(RawOrg {
            range: party_start..end,
            prefix,
            prefix_range: start..prefix_end,
            kind,
            body: prefix_end..end,
            last_token: last,
            shares_place: false,
        });
    }
    if committee_of_a_party(buf, end) {
        return None;
    }
    Some(RawOrg {
        range: start..end,
        prefix,
        prefix_range: start..prefix_end,
        kind,
        body: prefix_end..end,
        last_token: last,
        shares_place: false,
    })
}

/// A school or institute of the university `org` that `next` ends, named by up
/// to ten characters after it, perhaps after its campus in brackets
/// (北京大学地球与空间科学学院, 中国矿业大学（北京）内蒙古研究院): where it ends.
fn school_of_university(buf: &str, org: Range<usize>, next: &Token) -> Option<usize> {
    const SCHOOLS: [&str; 6] = ["学院", "研究院", "研究所", "研究中心", "实验室", "医院"];
    if next.anchor != Anchor::Suffix
        || !buf[org.clone()].ends_with("大学")
        || !SCHOOLS.contains(&&buf[next.range.clone()])
    {
        return None;
    }
    let mut gap = buf.get(org.end..next.range.start)?;
    if let Some(rest) = gap.strip_prefix('（').or_else(|| gap.strip_prefix('(')) {
        let close = rest.find(['）', ')'])?;
        let campus = &rest[..close];
        if campus.is_empty() || campus.chars().count() > 6 || !campus.chars().all(is_han) {
            return None;
        }
        gap = &rest[close + rest[close..].chars().next()?.len_utf8()..];
    }
    (gap.chars().count() <= 10 && gap.chars().all(is_han)).then_some(next.range.end)
}

/// What an organisation's body is made from: equal keys make equal bodies, so
/// a page's repeated mentions (市人大常委会 a hundred times) resolve once.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct BodyKey<'a> {
    text: &'a str,
    written_prefix: &'a str,
    body: &'a str,
    kind: OrgKind,
    prefix: Prefix<'a>,
    place: Option<&'a str>,
    alias: bool,
}

/// The bodies of a page resolved so far.
pub type Bodies<'a> = FxHashMap<BodyKey<'a>, Arc<OrgBody>>;

/// Resolves a raw organisation against the page's home place.
pub fn resolve<'a>(
    org: &RawOrg<'a>,
    segs: &'a Segments,
    home: &'a Home,
    lex: &'a Lexicon,
    strings: &mut Strings,
    bodies: &mut Bodies<'a>,
) -> Organisation {
    let text = &segs.buf[org.range.clone()];
    let range = segs.source_range(org.range.clone());
    let written_prefix = &segs.buf[org.prefix_range.clone()];
    let body = &segs.buf[org.body.clone()];
    let alias = lex.aliases.get(text);
    let place = match org.prefix {
        _ if alias.is_some() => None,
        Prefix::Written(name) => Some(name),
        Prefix::Relative(level) => home.place_for(level, org.range.start),
        Prefix::Short(short) => match home.short_form(short) {
            Some(p) => Some(p),
            // Not a short form after all: the first character is a word before 市.
            None => {
                let first = short.chars().next().map_or(0, char::len_utf8);
                let mut org = org.clone();
                // Where the prefix is written in this name, the word leaves it; a
                // body sharing the place of the one before (职市纪委书记、监委主任)
                // has none written.
                if org.prefix_range.len() >= first {
                    org.range.start += first;
                    org.prefix_range.start += first;
                }
                org.prefix = Prefix::Relative(&short[first..]);
                return resolve(&org, segs, home, lex, strings, bodies);
            }
        },
        Prefix::None => None,
    };
    let key = BodyKey {
        text,
        written_prefix,
        body,
        kind: org.kind,
        prefix: org.prefix,
        place,
        alias: alias.is_some(),
    };
    let shared = match bodies.get(&key) {
        Some(shared) => shared.clone(),
        None => {
            let shared = Arc::new(make_body(org, &key, alias, lex, strings));
            bodies.insert(key, shared.clone());
            shared
        }
    };
    Organisation {
        body: shared,
        range,
    }
}

/// The body of the organisation `key` describes (computed once a page).
fn make_body(
    org: &RawOrg,
    key: &BodyKey,
    alias: Option<&String>,
    lex: &Lexicon,
    strings: &mut Strings,
) -> OrgBody {
    let BodyKey {
        text,
        written_prefix,
        body,
        place,
        ..
    } = *key;
    // The name as written: the body's text, and often its expanded form too.
    let written = strings.get(text);
    if let Some(target) = alias {
        return OrgBody {
            text: written,
            expanded: strings.get(target),
            resolved: strings.get(target),
            reason: Reason::Alias(text.to_owned()),
        };
    }
    let reason = match (org.prefix, place) {
        (Prefix::Written(name), _) => Reason::Written(name.to_owned()),
        (Prefix::Relative(_), Some(p)) => Reason::Home(p.to_owned()),
        (Prefix::Short(_), Some(p)) => Reason::ShortForm(p.to_owned()),
        (Prefix::Relative(_) | Prefix::Short(_), None) => Reason::Unresolved,
        (Prefix::None, _) => Reason::Standalone,
    };
    let (expanded, resolved) = match org.kind {
        OrgKind::Institution(index) => {
            let name = &lex.institution_names[index];
            let template = &lex.institutions[index].expanded;
            let units = body.strip_prefix(name.as_str()).unwrap_or("");
            // 旗委员会组织部: written in full, the committee's name adds no unit.
            let units = units.strip_prefix("员会").unwrap_or(units);
            // 县委宣传部: the department's own full name (统战部: 统一战线工作部).
            let units = department_named(lex, org.kind, units).unwrap_or(units);
            // 人大财经委: the committee's full name (财政经济委员会).
            let written_out;
            let units = match lex
                .unit_names
                .iter()
                .find(|(short, _)| units.starts_with(short.as_str()))
            {
                Some((short, full)) if !units[short.len()..].starts_with("员会") => {
                    written_out = format!("{full}{}", &units[short.len()..]);
                    written_out.as_str()
                }
                _ => units,
            };
            // 市委 carries its level: the place fills the whole of it (so does
            // the 市委 of 政协鄂尔多斯市委员会, the CPPCC's name in full).
            let level_word = [name.as_str(), body].into_iter().find(|w| own_level(w));
            let as_written: std::borrow::Cow<str> = if let Some(word) = level_word {
                format!("{written_prefix}{}", level_of(word)).into()
            } else if written_prefix.is_empty() {
                // A body that shares the place of the one before it in a chain of
                // posts (县委常委、宣传部部长): that place, as it was written.
                match org.prefix {
                    Prefix::Written(p) | Prefix::Relative(p) | Prefix::Short(p) => p.into(),
                    Prefix::None => "".into(),
                }
            } else {
                written_prefix.into()
            };
            let expanded = strings.get(&fill(template, strip_ordinal(&as_written), units));
            let resolved = match place {
                Some(p) => strings.get(&fill(template, p, units)),
                None => expanded.clone(),
            };
            (expanded, resolved)
        }
        // 市能源局 on a 巴彦淖尔 page is 巴彦淖尔市能源局: the place takes the
        // place of the level or short form written.
        OrgKind::Suffix => {
            let prefix_len = match org.prefix {
                Prefix::Relative(level) => level.len(),
                Prefix::Short(short) => short.len(),
                Prefix::Written(_) | Prefix::None => 0,
            };
            let resolved = match (place, text.get(prefix_len..)) {
                (Some(p), _) if org.shares_place => strings.get(&format!("{p}{text}")),
                (Some(p), Some(rest)) if prefix_len > 0 => strings.get(&format!("{p}{rest}")),
                _ => written.clone(),
            };
            (written.clone(), resolved)
        }
        OrgKind::PartyCommittee { party, institution } => {
            let name = &lex.institution_names[institution];
            let level = level_of(name);
            // 市委会办公室: the units after the committee's name, 委会 or 委.
            let units = body.strip_prefix(name.as_str()).unwrap_or("");
            let units = units
                .strip_prefix("员会")
                .or_else(|| units.strip_prefix('会'))
                .unwrap_or(units);
            let full = DEMOCRATIC_PARTIES[party].1;
            let mut committee = |place: &str| strings.get(&format!("{full}{place}委员会{units}"));
            let as_written = format!("{}{level}", strip_ordinal(written_prefix));
            let expanded = committee(&as_written);
            let resolved = match place {
                Some(p) => committee(p),
                None => expanded.clone(),
            };
            (expanded, resolved)
        }
        OrgKind::User => (written.clone(), written.clone()),
    };
    OrgBody {
        text: written,
        expanded,
        resolved,
        reason,
    }
}

/// The template's `{place}` filled in, then the units: one allocation.
fn fill(template: &str, place: &str, units: &str) -> String {
    let mut out = String::with_capacity(template.len() + place.len() + units.len());
    let mut rest = template;
    // A char search: a &str needle would set up a two-way searcher per call.
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        match rest[at..].strip_prefix("{place}") {
            Some(after) => {
                out.push_str(place);
                rest = after;
            }
            None => {
                out.push('{');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out.push_str(units);
    out
}

/// The template of every department of a party committee: the committee's
/// full name, then the department's.
const DEPARTMENT_OF: &str = "中国共产党{place}委员会";

/// When `kind` is a party committee (市委, 党委) and institution `j` one of its
/// departments (宣传部, 统战部): the department's full name (统一战线工作部).
fn party_department(lex: &Lexicon, kind: OrgKind, j: usize) -> Option<&str> {
    if !party_committee(lex, kind) {
        return None;
    }
    lex.institutions[j]
        .expanded
        .strip_prefix(DEPARTMENT_OF)
        .filter(|full| !full.is_empty())
}

/// Is `kind` a party committee (市委, 党委)?
fn party_committee(lex: &Lexicon, kind: OrgKind) -> bool {
    let OrgKind::Institution(k) = kind else {
        return false;
    };
    let committee = &lex.institutions[k].expanded;
    committee.starts_with("中国共产党{place}")
        && committee.ends_with("委员会")
        && !is_department(committee)
}

/// Is institution `index` a body of the Party itself (市委, 纪委, 党工委), not
/// one of a committee's departments (组织部), whose full names also open with
/// the Party's?
fn party_body(lex: &Lexicon, index: usize) -> bool {
    let expanded = &lex.institutions[index].expanded;
    expanded.starts_with("中国共产党") && !is_department(expanded)
}

/// Is `expanded` the template of a committee's department (中国共产党{place}委员会组织部)?
fn is_department(expanded: &str) -> bool {
    expanded
        .strip_prefix(DEPARTMENT_OF)
        .is_some_and(|rest| !rest.is_empty())
}

/// The full name of the department `units` names, when they are exactly one
/// department of the party committee `kind`; a committee's 常委会 is its
/// standing committee (中国共产党…委员会常务委员会).
fn department_named<'l>(lex: &'l Lexicon, kind: OrgKind, units: &str) -> Option<&'l str> {
    if units.is_empty() {
        return None;
    }
    if units == "常委会" {
        return party_committee(lex, kind).then_some("常务委员会");
    }
    let j = lex.institution_names.iter().position(|n| n == units)?;
    party_department(lex, kind, j)
}

/// 市委, 旗委, 盟委: institutions whose name carries the level of their place.
fn own_level(name: &str) -> bool {
    // Two or three Chinese characters: most institutions' names are longer.
    if !matches!(name.len(), 6 | 9) {
        return false;
    }
    let mut chars = name.chars();
    let level = chars.next();
    let rest = chars.as_str();
    let committee =
        rest == "委" && matches!(level, Some('市' | '旗' | '县' | '区' | '盟' | '州' | '省'));
    committee || is_level_school(name)
}

/// 市一中, 旗二小: a numbered school's short name after its place's level.
fn is_level_school(name: &str) -> bool {
    name.len() == 9
        && name.starts_with(['市', '旗', '县', '区', '盟'])
        && is_numbered_school(&name[level_of(name).len()..])
}

/// 一中, 二小 … 十中: a numbered middle or primary school's short name.
fn is_numbered_school(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (
            Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'),
            Some('中' | '小'),
            None
        )
    )
}

/// The level of a body whose name carries it (市 of 市委, 旗 of 旗一中).
fn level_of(name: &str) -> &str {
    name.chars().next().map_or(name, |c| &name[..c.len_utf8()])
}

/// 各市委, 全旗委: not one body in particular.
fn boundary_plural(buf: &str, seg_start: usize, at: usize) -> bool {
    matches!(prev_char(buf, seg_start, at), Some('各' | '全'))
}

fn strip_ordinal(s: &str) -> &str {
    match s.find('届') {
        Some(i) => {
            let head = s[..i].trim_end_matches(numeral);
            head.strip_suffix('第').unwrap_or(head)
        }
        None => s,
    }
}
