//! People: chains of posts followed by names (市纪委副书记、监委副主任姜元文), names
//! before a title (孟长云副主任), credits (本报讯（赵峰）, 记者吴晓慧高鹏飞), bylines
//! (●市人大常委会办公室  龚培贞) and later bare mentions of the names found.

use std::ops::Range;

use smallvec::{SmallVec, smallvec};

use super::PersonKind;
use super::lexicon::{Anchor, Lexicon, TitleInfo};
use super::names::NameFinder;
use super::orgs::{self, RawOrg, Token, is_han, places_before, prev_char};
use super::segments::Segments;
use crate::analysis::text::LEVEL_CHARS;

mod tenure;

/// A post as found: buffer ranges of its title and of its organisation or place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPost {
    pub title: Range<usize>,
    pub org: Option<Range<usize>>,
    pub post: bool,
    pub held: Held,
    /// The village a bare 村, 嘎查 or 社区 (`org`) stands for, named earlier in
    /// the paragraph ("在大沙头村，村党支部书记…").
    pub village: Option<Range<usize>>,
}

/// When a post is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Held {
    #[default]
    Now,
    /// Held once, not now: 原 before the chain or the title (原伊克昭盟行政公署副盟长,
    /// 伊盟盟委原书记), 曾任…, 免去…职务.
    Once,
    /// To be held: 拟任… in a notice of appointments before they are made.
    Proposed,
}

/// The posts of a mention: one or two, nearly always (kept inline, no allocation).
pub type Posts = SmallVec<[RawPost; 2]>;

/// Names read after a title: one or two, nearly always.
type Names = SmallVec<[Range<usize>; 2]>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPerson {
    pub kind: PersonKind,
    pub range: Range<usize>,
    pub name: Range<usize>,
    pub posts: Posts,
    /// The unit of a byline without a title (●市人大常委会办公室  龚培贞).
    pub affiliation: Option<Range<usize>>,
}

impl RawPerson {
    /// A person named and nothing more (a byline's, a credit's or a roster's name).
    fn named(name: Range<usize>) -> RawPerson {
        RawPerson {
            kind: PersonKind::Person,
            range: name.clone(),
            name,
            posts: Posts::new(),
            affiliation: None,
        }
    }
}

/// Everything found, in buffer offsets.
#[derive(Debug, Default)]
pub struct Raw<'a> {
    pub people: Vec<RawPerson>,
    pub orgs: Vec<RawOrg<'a>>,
    /// End offsets of the level characters (市, 旗, 县, 盟, 区) of the buffer.
    pub level_ends: Vec<usize>,
}

/// Titles that also name many people at once (人大代表, 常委会委员): a name after
/// them needs a surname and a clear end.
const WEAK_TITLES: &[&str] = &[
    "代表",
    "委员",
    "常委",
    "同志",
    "负责人",
    "党组成员",
    "党委委员",
    "老师",
    "教师",
    "医生",
    "博士",
    "编辑",
    "农民",
    "牧民",
    "村民",
    "居民",
    "种植户",
    "养殖户",
];

/// How much the context vouches for a name after a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// A body and a post (市人大常委会副主任): any two or three characters.
    Strong,
    /// A title on its own, or a body and a title that names many: needs a surname.
    Plain,
    /// A title that names many, on its own (委员管理): a three-character name.
    Weak,
}

/// Titles that no word ends in or opens with, so that they stand after any
/// noun (基地负责人, 合作社理事长, 非物质文化遗产代表性传承人), not only after a
/// body.
const STANDING_TITLES: &[&str] = &[
    "负责人",
    "理事长",
    "董事长",
    "总经理",
    "传承人",
    "代表性传承人",
];

/// Does the text before a post say it was held once (原伊克昭盟行政公署副盟长,
/// 前任达拉特旗旗长)?
fn held_once(before: &str) -> bool {
    before.ends_with('原') || before.ends_with("前任")
}

/// `posts`, each held as `held` says (曾任…, 免去…职务: once; 拟任…: to be).
fn held_as(posts: &Posts, held: Held) -> Posts {
    posts
        .iter()
        .map(|p| RawPost { held, ..p.clone() })
        .collect()
}

/// Characters that do not occur in names (or almost never): they end or reject a
/// candidate read before a title.
fn not_name_char(c: char) -> bool {
    static SET: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let mut set: Vec<char> = "会委部局院所的了是在和与等及省市县旗区盟镇乡村党政府级届次年月日号各全本我你他她它们这那其之上下内外个位名们说讲议及对向从把被就于也还已将要有无不没很更最"
            .chars()
            .collect();
        set.sort_unstable();
        set.dedup();
        set
    });
    SET.binary_search(&c).is_ok()
}

/// How many characters may stand between a name and the comma before a
/// title of the same body (出席并讲话).
const SIBLING_GAP: usize = 8;

/// Heads of a police or military unit, whose political officer a page names
/// right after them (所长韩亮、教导员赵磊).
const COMMANDERS: [&str; 6] = ["所长", "队长", "大队长", "中队长", "支队长", "站长"];

/// Characters [`not_name_char`] rejects that Mongolian names use.
const MONGOLIAN_NAME_PARTS: &str = "日其和";

/// A character a name may hold: any but those no name holds, and in a
/// Mongolian name (`mongolian`) also 日, 其 and 和 (其其格).
fn clean_name_char(c: char, mongolian: bool) -> bool {
    !not_name_char(c) || (mongolian && MONGOLIAN_NAME_PARTS.contains(c))
}

/// A character of a name whose bounds the text gives (a list's item between
/// 、 marks, a biography's subject before ，男，): any a name may hold, 日, 其
/// and 和 included.
fn bounded_name_char(c: char) -> bool {
    is_han(c) && clean_name_char(c, true)
}

/// What follows a byline's mark (□, ●…) or credit (文/, 作者：), if `line`
/// opens with one.
fn after_byline_mark(line: &str) -> Option<&str> {
    const CREDITS: [&str; 12] = [
        "文/图",
        "图/文",
        "图/",
        "图／",
        "文/",
        "文／",
        "文｜",
        "文|",
        "作者：",
        "作者:",
        "撰文：",
        "撰稿：",
    ];
    const MARKS: [char; 5] = ['□', '■', '●', '◎', '○'];
    // Most lines open with neither (asked of every segment).
    if !line.starts_with(MARKS) && !line.starts_with(['文', '图', '作', '撰']) {
        return None;
    }
    let marked = line.trim_start_matches(MARKS);
    let rest = CREDITS
        .iter()
        .find_map(|p| marked.strip_prefix(p))
        .unwrap_or(marked);
    (rest.len() < line.len()).then_some(rest)
}

/// Credits that may follow another on a byline's line (文/张三  图/李四).
const SECOND_CREDITS: [&str; 6] = ["图/", "图／", "摄影/", "摄影／", "摄影：", "摄/"];

/// Where a second credit stands in `s` (the byline after its first credit),
/// after white space: the end of the names before it and the start of those
/// after it.
fn second_credit(s: &str) -> Option<(usize, usize)> {
    SECOND_CREDITS.iter().find_map(|credit| {
        let (before, _) = s.split_once(credit)?;
        let end = before.trim_end_matches(is_space).len();
        (end < before.len()).then_some((end, before.len() + credit.len()))
    })
}

/// Where the first character of a name of two characters spaced out to the
/// width of three (王  磊, 李  强) starts, when `s` ends right before its second
/// character: white space, and one Han character before it.
fn spaced_first_char(s: &str) -> Option<usize> {
    let head = s.trim_end_matches(is_space);
    if head.len() == s.len() {
        return None;
    }
    let first = head.chars().next_back().filter(|&c| is_han(c))?;
    Some(head.len() - first.len_utf8())
}

/// Does an entry of a list open after `head` (the text before it in its
/// segment): at the start, or after the entry before it or the list's verb
/// (一、决定免去：张志宏的…；)?
fn opens_entry(head: &str) -> bool {
    head.is_empty() || head.ends_with(['；', '。', '：', ':'])
}

/// Verbs of an appointment: 任命 name 为 post.
const APPOINT: &[&str] = &[
    "任命", "选举", "提名", "聘任", "推选", "补选", "增补", "决定", "批准",
];
/// Verbs of a removal: 免去 name 的 post 职务.
const REMOVE: &[&str] = &["免去", "撤销", "罢免"];
/// Words before a resignation: 接受 name 辞去 post 职务.
const RESIGN: &[&str] = &["接受", "同意", "批准"];

/// Characters that never occur in a name read between an appointment's verb and 为/的.
const NOT_IN_APPOINTEE: &str = "的了是在和与及等为对向从把被将要有无不会委部局院所党政府";

/// Words that often come right before a name written before its title.
const PRECEDERS: &[&str] = &[
    "学习", "贯彻", "落实", "聘请", "邀请", "引进", "感谢", "看望", "会见", "陪同", "根据", "按照",
    "跟随", "随同", "由", "和", "与", "及", "同", "对", "向", "是", "为", "请", "给", "让", "把",
    "将", "在", "被", "经",
];

/// Characters of units, titles and grammar that end a part of a dotted name
/// (霍城县县长热合曼·吐尔逊 is a post before a name). Narrower than
/// [`not_name_char`]: transliterations use 不, 也 and 其 (阿不都, 也尔肯).
const NOT_IN_DOTTED: &str =
    "会委部局院所厅处省市县旗区盟州镇乡村党政府届次年月日号的了是在与等及长记员";

/// The length of a note on a person right at the start of `s` (（女）,
/// （女，蒙古族）, （满族）), or 0.
fn person_note(s: &str) -> usize {
    let Some(inner) = s.strip_prefix('（') else {
        return 0;
    };
    let Some(close) = inner.find('）') else {
        return 0;
    };
    let words = &inner[..close];
    let known = words.split(['，', '、', ',']).all(|w| {
        w == "女" || w == "男" || (w.ends_with('族') && (2..=5).contains(&w.chars().count()))
    });
    if known {
        '（'.len_utf8() + close + '）'.len_utf8()
    } else {
        0
    }
}

/// The dots between the parts of a name (艾尔肯·吐尼亚孜), as extraction gives them.
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧' | '∙')
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t'
}

struct Scan<'a> {
    buf: &'a str,
    segs: &'a Segments,
    lex: &'a Lexicon,
    tokens: Vec<Token>,
    raw: Raw<'a>,
    /// Names read before a weak title, kept if the page names them elsewhere.
    pending: Vec<RawPerson>,
    /// The last verb of tenure read (曾任, 现任), for the posts listed after it.
    tenure: Option<tenure::Tenure>,
}

/// Is `name` a body of the kind its last character `kind` names (院, 局, 校 …)?
/// A 校 is also a 中学, 小学 or 大学 (该校, 校长).
fn of_kind(name: &str, kind: &str) -> bool {
    name.ends_with(kind) || (kind == "校" && name.ends_with('学'))
}

/// Units of the fire and rescue service, the police and the mines' rescue
/// teams, named by two characters where other bodies are named by one
/// (该大队教导员, 支队长刘志刚 after 市消防救援支队).
const TEAM_KINDS: [&str; 3] = ["支队", "大队", "中队"];

/// Titles of a Party or League committee's members (书记 of 市税务局党委).
const PARTY_TITLES: [&str; 5] = ["书记", "副书记", "委员", "常委", "党委委员"];

/// 市税务局 of 市税务局党委: the body whose own committee `org` names, when it
/// ends in one after a body of its own.
fn without_own_committee<'a>(buf: &str, org: &RawOrg<'a>) -> Option<RawOrg<'a>> {
    let name = &buf[org.body.clone()];
    let committee = orgs::OWN_COMMITTEES
        .into_iter()
        .find(|c| name.ends_with(c) && name.len() > c.len())?;
    let end = org.range.end - committee.len();
    Some(RawOrg {
        range: org.range.start..end,
        body: org.body.start..end,
        last_token: org.last_token.checked_sub(1)?,
        ..org.clone()
    })
}

impl Scan<'_> {
    /// Does the title at `title` stand after a conjunction (和, 与, 及, 同)
    /// that joins it to a person named right before (第一书记刘海涛和村委会委员王丽),
    /// or is it a long title no word ends in (刘海涛和嘎查委员会委员娜仁花)?
    fn after_conjunction(&self, seg_start: usize, title: Range<usize>) -> bool {
        let Some(conj) =
            prev_char(self.buf, seg_start, title.start).filter(|c| "和与及同".contains(*c))
        else {
            return false;
        };
        let at = title.start - conj.len_utf8();
        self.buf[title].chars().count() >= 5
            || self.raw.people.last().is_some_and(|p| p.range.end == at)
    }
}

/// Finds organisations and people in the segments.
pub fn scan<'a>(segs: &'a Segments, lex: &'a Lexicon) -> Raw<'a> {
    let buf = segs.buf.as_str();
    let found = lex.scanner.scan(buf);
    let tokens = found
        .hits
        .iter()
        .map(|h| Token {
            range: h.start..h.end,
            anchor: lex.anchors[h.pattern as usize],
        })
        .collect();
    let mut scan = Scan {
        buf,
        segs,
        lex,
        tokens,
        raw: Raw {
            level_ends: found.level_ends,
            ..Raw::default()
        },
        pending: Vec::new(),
        tenure: None,
    };
    scan.chains();
    scan.name_villages();
    scan.confirm_pending();
    scan.credits();
    scan.marked_bylines();
    scan.rosters();
    scan.bare_mentions();
    scan.paragraph_heads();
    scan.raw
        .people
        .sort_by_key(|p| (p.range.start, p.range.end));
    scan.raw.orgs.sort_by_key(|o| (o.range.start, o.range.end));
    scan.raw
}

/// "驻村第一书记", "包村干部": posts held where their holders are sent, no
/// village's or town's own.
const VILLAGE_POSTINGS: [&str; 6] = ["驻村", "驻嘎查", "驻镇", "驻苏木", "包村", "包嘎查"];

/// The levels a village's posts are named by when the page names the
/// village before them (村党支部书记, 嘎查委员会委员, 社区居委会主任).
const VILLAGE_LEVELS: [&str; 4] = ["村", "嘎查", "社区", "居委会"];

/// How far back (bytes of the buffer, some 300 characters) 该院 looks for its body.
const REFERRED_WITHIN: usize = 900;

/// The last characters of bodies whose head's title is that character and 长
/// (院长 of a 法院, 局长 of a 公安局).
const HEADED_BODIES: &str = "院局所校行庭处站馆厂社台";

/// How many of the people named last [`Scan::post_held_before`] looks at.
const HELD_BEFORE: usize = 32;

/// A standing committee named without its body (常委会主任王海军): the body is
/// the people's congress standing committee named last before it.
pub(super) const STANDING_COMMITTEE: &str = "常委会";

impl<'a> Scan<'a> {
    /// A post in a village given by its level alone ("村党支部书记", "嘎查长"
    /// under "走进…巴音希里嘎查，"): the village named last before it in
    /// the paragraph, as the reader takes it.
    fn name_villages(&mut self) {
        let buf = self.buf;
        for k in 0..self.raw.people.len() {
            for p in 0..self.raw.people[k].posts.len() {
                let post = &self.raw.people[k].posts[p];
                // The level as the post's body (村党支部书记), or opening a
                // village committee's title given with no body (嘎查委员会委员,
                // 村委会主任); not the head's own title (嘎查长, 村长), which
                // reads the village's name right before it.
                let (level, start) = match post.org.clone() {
                    Some(org) => (&buf[org.clone()], org.start),
                    None => {
                        let title = &buf[post.title.clone()];
                        match VILLAGE_LEVELS.iter().find(|l| title.starts_with(*l)) {
                            Some(level) if !matches!(title, "嘎查长" | "嘎查达" | "村长") => {
                                (*level, post.title.start)
                            }
                            _ => continue,
                        }
                    }
                };
                if !VILLAGE_LEVELS.contains(&level) {
                    continue;
                }
                let seg = self.segs.segment_of(start);
                let mut end = start;
                let village = loop {
                    let Some(at) = buf[seg.start..end].rfind(level) else {
                        break None;
                    };
                    let after = seg.start + at + level.len();
                    if let Some(named) = self
                        .place_before_title(after..after, &seg)
                        .filter(|r| r.start < seg.start + at)
                    {
                        break Some(named);
                    }
                    end = seg.start + at;
                };
                self.raw.people[k].posts[p].village = village;
            }
        }
    }

    fn chains(&mut self) {
        let mut i = 0;
        let mut pos = 0;
        while i < self.tokens.len() {
            let token = self.tokens[i].clone();
            if token.range.start < pos {
                i += 1;
                continue;
            }
            let seg = self.segs.segment_of(token.range.start);
            match token.anchor {
                Anchor::Institution(_) | Anchor::Suffix | Anchor::Organisation => {
                    let Some(mut org) = orgs::parse(self.buf, &seg, &self.tokens, i, self.lex)
                    else {
                        i += 1;
                        continue;
                    };
                    // 北京大学鄂尔多斯能源研究院, 上海交通大学化学化工学院: one body
                    // inside another is one name.
                    while let Some(last) = self.raw.orgs.last() {
                        let inside = last.range.start >= org.range.start;
                        let adjacent = last.range.end == org.range.start
                            && last.kind == orgs::OrgKind::Suffix
                            && org.kind == orgs::OrgKind::Suffix;
                        if !(inside || adjacent) || last.range.end > org.range.end {
                            break;
                        }
                        org.range.start = org.range.start.min(last.range.start);
                        self.raw.orgs.pop();
                    }
                    let next = org.last_token + 1;
                    // 伊盟盟委原书记李四: a former post of the body.
                    let title_at = title_after_body(self.buf, org.range.end);
                    let titled = self.tokens.get(next).is_some_and(|t| {
                        matches!(t.anchor, Anchor::Title(_)) && t.range.start == title_at
                    });
                    if titled {
                        let (end, next) = self.chain(next, Some(org), &seg);
                        pos = end;
                        i = next;
                    } else {
                        pos = org.range.end;
                        i = org.last_token + 1;
                        self.byline(&org, &seg);
                        self.raw.orgs.push(org);
                    }
                }
                // An occupation (农民) is a role only right after a place
                // (王爱召镇农民张海); alone it is a word (向牧民宣传…).
                // (A place ends in its level, 镇, 村, 嘎查: asked first.)
                Anchor::Title(info)
                    if info.occupation
                        && (!self.buf[seg.start..token.range.start].ends_with(|c: char| {
                            LEVEL_CHARS.contains(&c) || "村查屯".contains(c)
                        }) || self.place_before_title(token.range.clone(), &seg).is_none()) =>
                {
                    pos = token.range.end;
                    i += 1;
                }
                Anchor::Title(_) => {
                    let (end, next) = self.chain(i, None, &seg);
                    pos = end;
                    i = next;
                }
                Anchor::Unit { .. } | Anchor::Not => {
                    pos = token.range.end;
                    i += 1;
                }
            }
        }
    }

    /// Reads a chain of posts starting with the title token `i` (after `org`, if
    /// any) and the names after it. Returns the end of what was read and the next token.
    fn chain(
        &mut self,
        mut i: usize,
        org: Option<RawOrg<'a>>,
        seg: &Range<usize>,
    ) -> (usize, usize) {
        let buf = self.buf;
        let first_index = i;
        let start = org
            .as_ref()
            .map_or(self.tokens[i].range.start, |o| o.range.start);
        let mut posts = Posts::new();
        let mut chain_orgs: SmallVec<[RawOrg<'a>; 2]> = SmallVec::new();
        // The organisation or place the next titles belong to.
        // A body or place written right before the title opens the chain; one
        // referred to (该局), a sibling's or one named earlier does not, and may
        // lie in an earlier paragraph.
        let adjacent: Option<Range<usize>> = match &org {
            Some(o) => Some(o.range.clone()),
            None => self
                .place_before_title(self.tokens[i].range.clone(), seg)
                .or_else(|| self.standing_committee_before(i)),
        };
        // 原伊克昭盟行政公署副盟长, 原哲里木盟盟长: the body or place starts the chain.
        let chain_start = adjacent.as_ref().map_or(start, |c| c.start.min(start));
        let mut current = adjacent.or_else(|| {
            self.referred_body(i, seg)
                .or_else(|| self.sibling_body(i, seg))
                .or_else(|| self.head_of_body_named(i, seg))
        });
        let mut last_prefix = org.as_ref().map(|o| o.prefix);
        // The place of a Party committee just named: a head of government after
        // it (北滘镇党委书记、镇长) holds the post in the place, not the committee.
        let mut committee_place = org.as_ref().and_then(|o| self.committee_place(o));
        if let Some(o) = org {
            chain_orgs.push(o);
        }
        let mut at = self.tokens[i].range.start;
        let former_chain = held_once(&buf[seg.start..chain_start]);
        let mut first_info: Option<TitleInfo> = None;
        let mut last_title = "";
        loop {
            let mut any = false;
            while let Some(t) = self.tokens.get(i) {
                let Anchor::Title(info) = t.anchor else { break };
                if t.range.start != at {
                    break;
                }
                let title = &buf[t.range.clone()];
                // An occupation follows a place, never another title.
                if any && info.occupation {
                    break;
                }
                first_info.get_or_insert(info);
                let org = match &committee_place {
                    Some(place) if heads_government_of(title, &buf[place.clone()]) => {
                        Some(place.clone())
                    }
                    // 旗农牧局局长、副旗长: a head of government after a
                    // department's post heads the government, not the
                    // department (the page's place, as for 副旗长 alone).
                    _ if !posts.is_empty()
                        && government_head_level(title).is_some()
                        && current
                            .as_ref()
                            .is_some_and(|c| is_department(&buf[c.clone()])) =>
                    {
                        None
                    }
                    _ => current.clone(),
                };
                posts.push(RawPost {
                    title: t.range.clone(),
                    org,
                    post: info.post,
                    held: if former_chain || held_once(&buf[..t.range.start]) {
                        Held::Once
                    } else {
                        Held::Now
                    },
                    village: None,
                });
                last_title = &buf[t.range.clone()];
                at = t.range.end;
                i += 1;
                any = true;
            }
            // 、 or 兼 (国务委员兼国务院秘书长) then another post: a title (same
            // body) or a body and its title.
            if !any {
                break;
            }
            let Some(joiner) = ['、', '兼'].into_iter().find(|&j| buf[at..].starts_with(j))
            else {
                break;
            };
            let after = at + joiner.len_utf8();
            let Some(next) = self.tokens.get(i).cloned() else {
                break;
            };
            // The next token is the institution; its place may start right after 、.
            // A named unit's name comes before it: 、检察委员会委员 (检察 + 委员会).
            let named_unit = matches!(next.anchor, Anchor::Unit { named: true })
                && next.range.start > after
                && next.range.start <= after + 6 * 3
                && buf[after..next.range.start].chars().all(is_han);
            // 、乌审旗图克镇葫芦素嘎查党支部书记: a place and its title.
            let place = match next.anchor {
                Anchor::Title(_) if next.range.start > after => self
                    .place_before_title(next.range.clone(), seg)
                    .filter(|p| p.start == after),
                _ => None,
            };
            let starts_after = next.range.start == after
                || named_unit
                || place.is_some()
                || (matches!(next.anchor, Anchor::Institution(_) | Anchor::Suffix)
                    && next.range.start <= after + 12 * 3);
            if !starts_after {
                break;
            }
            match next.anchor {
                Anchor::Title(_) => match place {
                    Some(place) => {
                        at = place.end;
                        current = Some(place);
                        committee_place = None;
                    }
                    None => {
                        at = after;
                        // 市税务局党委书记、局长: the body's post, not its committee's.
                        let title = &buf[next.range.clone()];
                        if !PARTY_TITLES.contains(&title)
                            && let Some(body) = chain_orgs
                                .last()
                                .filter(|o| current.as_ref() == Some(&o.range))
                                .and_then(|o| without_own_committee(buf, o))
                        {
                            current = Some(body.range.clone());
                            chain_orgs.push(body);
                        }
                    }
                },
                // 机关党组书记、办公室主任: a unit of the same body and its title.
                Anchor::Unit { .. } => {
                    let titled = self.tokens.get(i + 1).is_some_and(|t| {
                        matches!(t.anchor, Anchor::Title(_)) && t.range.start == next.range.end
                    });
                    if !titled {
                        break;
                    }
                    current = Some(if named_unit {
                        after..next.range.end
                    } else {
                        next.range.clone()
                    });
                    committee_place = None;
                    at = next.range.end;
                    i += 1;
                }
                Anchor::Institution(_) | Anchor::Organisation | Anchor::Suffix => {
                    let parsed = orgs::parse(buf, seg, &self.tokens, i, self.lex);
                    let o = match parsed {
                        Some(o) => o,
                        // 市纪委副书记、监委副主任: the second body shares the place.
                        None => match (&next.anchor, &last_prefix) {
                            (Anchor::Institution(index), Some(prefix)) => RawOrg {
                                range: next.range.clone(),
                                prefix: *prefix,
                                prefix_range: next.range.start..next.range.start,
                                kind: orgs::OrgKind::Institution(*index),
                                body: next.range.clone(),
                                last_token: i,
                                shares_place: false,
                            },
                            // 旗文联主席、书法家协会主席: a society or school
                            // named without its place shares the one before.
                            (Anchor::Suffix, Some(prefix))
                                if next.range.start > after
                                    && buf[after..next.range.start].chars().all(is_han) =>
                            {
                                RawOrg {
                                    range: after..next.range.end,
                                    prefix: *prefix,
                                    prefix_range: after..after,
                                    kind: orgs::OrgKind::Suffix,
                                    body: after..next.range.end,
                                    last_token: i,
                                    shares_place: true,
                                }
                            }
                            _ => break,
                        },
                    };
                    // 、旗政协原副主席: a former post of the next body.
                    let title_at = title_after_body(buf, o.range.end);
                    let titled = self.tokens.get(o.last_token + 1).is_some_and(|t| {
                        matches!(t.anchor, Anchor::Title(_)) && t.range.start == title_at
                    });
                    if !titled || o.range.start != after {
                        break;
                    }
                    current = Some(o.range.clone());
                    committee_place = self.committee_place(&o);
                    last_prefix = Some(o.prefix);
                    at = title_at;
                    i = o.last_token + 1;
                    chain_orgs.push(o);
                }
                _ => break,
            }
        }
        let mut end = at;
        if !posts.is_empty() {
            let weak = WEAK_TITLES.contains(&last_title);
            // A title with no body before it must stand on its own (□记者, 。副主任):
            // 社会长远 holds 会长, 完善代表 holds 代表.
            let anchored = !chain_orgs.is_empty() || posts[0].org.is_some();
            let first_title = posts[0].title.start;
            let stands = anchored
                || orgs::boundary_before(buf, seg.start, first_title)
                || (first_index > 0 && self.tokens[first_index - 1].range.end == first_title)
                || after_its_body(&buf[seg.start..first_title], &buf[posts[0].title.clone()])
                // 基地负责人张海军: a word no other word ends in.
                || STANDING_TITLES.contains(&&buf[posts[0].title.clone()])
                || self.after_conjunction(seg.start, posts[0].title.clone())
                // 现任旗长张强, 前任旗长王海军: who holds the post now, or held it;
                // 驻村第一书记王建国: where the post is held.
                || VILLAGE_POSTINGS
                    .iter()
                    .chain(&["本报", "本刊", "由", "经", "请", "现任", "前任"])
                    .any(|w| buf[seg.start..first_title].ends_with(w));
            let strength = match (anchored, weak) {
                (true, false) => Strength::Strong,
                (true, true) | (false, false) => Strength::Plain,
                (false, true) => Strength::Weak,
            };
            // 审判长：赵红梅；书记员：高娃: a label, then the names it is given.
            let label = ['：', ':'].into_iter().find(|&c| buf[at..].starts_with(c));
            let names = match label {
                _ if !stands => Names::new(),
                Some(colon) => self.names_after_label(at + colon.len_utf8(), seg),
                None => self.names_after(at, seg, strength),
            };
            let official = posts.iter().any(|p| p.post);
            let kind = if official {
                PersonKind::Official
            } else {
                PersonKind::Person
            };
            if let Some(last) = names.last() {
                end = last.end;
            }
            // 任命张建军为市教育局局长, 免去王志刚的…局长职务: the names come first;
            // so they do in a list (组  长：王建军  旗人大常委会副主任).
            let (appointed, removed) = if names.is_empty() && anchored {
                let (appointed, removed) = self.appointees_before(chain_start, seg);
                if appointed.is_empty() {
                    (
                        self.listed_before(chain_start, at, seg)
                            .into_iter()
                            .collect(),
                        false,
                    )
                } else {
                    (appointed, removed)
                }
            } else {
                (Names::new(), false)
            };
            // （作者系市人大常委会研究室主任）: the post of the article's author,
            // named in its byline.
            let mut held = false;
            if names.is_empty()
                && anchored
                && appointed.is_empty()
                && let Some(author) = self.author_before(start, seg)
            {
                held = true;
                // The byline's mention of the author (with the unit) is this one.
                self.raw
                    .people
                    .retain(|p| !(p.range == author && p.posts.is_empty()));
                self.raw.people.push(RawPerson {
                    kind,
                    range: author.clone(),
                    name: author,
                    posts: posts.clone(),
                    affiliation: None,
                });
            }
            // 曾任…副旗长, 李文斌同志任…部长: the subject of the sentence holds them.
            if names.is_empty()
                && appointed.is_empty()
                && !held
                && let Some((subject, when)) = self.tenure_subject(chain_start, at, seg)
            {
                held = true;
                self.raw.people.push(RawPerson {
                    kind,
                    range: chain_start..at,
                    name: subject,
                    posts: held_as(&posts, when),
                    affiliation: None,
                });
            }
            // 免去王志刚的…职务, 接受刘五辞去…职务: the post is held no more.
            for (n, name) in appointed.iter().enumerate() {
                // 任命巴图同志为…: the name was read before 同志 already; the
                // appointment is that mention.
                let addressed = |p: &RawPerson| {
                    p.range == (name.start..name.end + "同志".len())
                        && p.posts.len() == 1
                        && &buf[p.posts[0].title.clone()] == "同志"
                };
                self.raw.people.retain(|p| !addressed(p));
                self.pending.retain(|p| !addressed(p));
                self.raw.people.push(RawPerson {
                    kind,
                    range: if n == 0 { name.start..at } else { name.clone() },
                    name: name.clone(),
                    posts: if removed {
                        held_as(&posts, Held::Once)
                    } else {
                        posts.clone()
                    },
                    affiliation: None,
                });
            }
            for (n, name) in names.iter().enumerate() {
                self.raw.people.push(RawPerson {
                    kind,
                    range: if n == 0 {
                        start..name.end
                    } else {
                        name.clone()
                    },
                    name: name.clone(),
                    posts: posts.clone(),
                    affiliation: None,
                });
            }
            if names.is_empty()
                && !held
                && chain_orgs.is_empty()
                && posts.len() == 1
                && first_info.is_some_and(|f| f.after_name)
                && !self.speaks_for(posts[0].title.clone(), i)
            {
                let title = posts[0].title.clone();
                if let Some(name) = self.name_before(title.start, seg) {
                    // 强化代表, 丰富代表: a two-character word before a title that
                    // names many is a name only if the page names that person elsewhere.
                    // 清华大学魏飞教授: the body before the name is the post's.
                    let body = self
                        .raw
                        .orgs
                        .iter()
                        .rev()
                        .find(|o| o.range.end == name.start)
                        .map(|o| o.range.clone());
                    // 额尔德尼主任强调: the body this person holds that post in,
                    // when the page named it before (旗人大常委会主任额尔德尼).
                    // (Not for the weak titles: most such words are no titles,
                    // and the search is over every person named so far.)
                    let held = match body {
                        None if !weak => {
                            self.post_held_before(&buf[name.clone()], &buf[title.clone()])
                        }
                        _ => None,
                    };
                    let short = buf[name.clone()].chars().count() == 2
                        && !self.lex.known_people.contains(&buf[name.clone()]);
                    let list = if weak && short {
                        &mut self.pending
                    } else {
                        &mut self.raw.people
                    };
                    list.push(RawPerson {
                        kind,
                        range: body.as_ref().map_or(name.start, |b| b.start)..title.end,
                        name,
                        posts: smallvec![RawPost {
                            title,
                            org: body.or(held),
                            post: posts[0].post,
                            held: Held::Now,
                            village: None,
                        }],
                        affiliation: None,
                    });
                }
            }
        }
        self.raw.orgs.extend(chain_orgs);
        (end.max(at), i.max(1))
    }

    /// Is `title`, 代表 after a name, the verb "on behalf of" (苏雅拉图代表
    /// 政协常务委员会作报告, 王芳代表全体委员发言): a body, or all of a
    /// group, follows it. Token `next` is the first after it.
    fn speaks_for(&self, title: Range<usize>, next: usize) -> bool {
        let buf = self.buf;
        if &buf[title.clone()] != "代表" {
            return false;
        }
        let rest = &buf[title.end..];
        ["全体", "各", "本"].iter().any(|w| rest.starts_with(w))
            || self.tokens.get(next).is_some_and(|t| {
                matches!(
                    t.anchor,
                    Anchor::Institution(_) | Anchor::Organisation | Anchor::Suffix
                ) && t.range.start >= title.end
                    && t.range.start - title.end <= 10 * 3
                    && buf[title.end..t.range.start].chars().all(is_han)
            })
    }

    /// The body in which the person `name` was said to hold `title` shortly
    /// before, if any: among the last [`HELD_BEFORE`] people named (the same
    /// article; searching the whole page cost 1 % of the analysis of 002).
    fn post_held_before(&self, name: &str, title: &str) -> Option<Range<usize>> {
        let buf = self.buf;
        self.raw
            .people
            .iter()
            .rev()
            .take(HELD_BEFORE)
            .filter(|p| p.name.len() == name.len() && &buf[p.name.clone()] == name)
            .flat_map(|p| p.posts.iter())
            .find(|post| post.org.is_some() && &buf[post.title.clone()] == title)
            .and_then(|post| post.org.clone())
    }

    /// The names an appointment or removal writes before the post that starts
    /// at `start`: 任命张建军为…, 选举张三、李四为…, 免去王志刚的…职务,
    /// 接受刘五辞去…职务. The verb vouches for the names: any two to six
    /// characters that can be a name.
    /// Also says whether the post is left (a removal or a resignation).
    fn appointees_before(&self, start: usize, seg: &Range<usize>) -> (Names, bool) {
        let buf = self.buf;
        let before = &buf[seg.start..start];
        let (end, verbs, removed): (usize, &[&str], bool) =
            if let Some(r) = before.strip_suffix('为') {
                (seg.start + r.len(), APPOINT, false)
            } else if let Some(r) = before.strip_suffix('的') {
                (seg.start + r.len(), REMOVE, true)
            } else if let Some(r) = before.strip_suffix("辞去") {
                (seg.start + r.len(), RESIGN, true)
            } else {
                return (Names::new(), false);
            };
        (self.names_under_verb(end, verbs, seg), removed)
    }

    /// The names between one of `verbs` and `end`, joined by 、.
    fn names_under_verb(&self, mut end: usize, verbs: &[&str], seg: &Range<usize>) -> Names {
        let buf = self.buf;
        let mut names = Names::new();
        // From the last name back to the verb, over names joined by 、.
        for _ in 0..20 {
            let back: SmallVec<[usize; 6]> = buf[seg.start..end]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_han(c) || c == '·')
                .take(6)
                .map(|(i, _)| seg.start + i)
                .collect();
            let head = |s: usize| &buf[seg.start..s];
            let verb_at = back
                .iter()
                .skip(1)
                .copied()
                .find(|&s| verbs.iter().any(|v| head(s).ends_with(v)));
            let name_start = match verb_at {
                Some(s) => s,
                None if back.len() >= 2
                    && back.len() < 6
                    && head(back[back.len() - 1]).ends_with('、') =>
                {
                    back[back.len() - 1]
                }
                // An entry of a list under its verb (一、任命 ⏎ 张宏伟为…；
                // 李娜为…): the name opens the entry.
                None if back.len() >= 2
                    && back.len() < 6
                    && opens_entry(head(back[back.len() - 1]))
                    && self.under_list_verb(seg, verbs) =>
                {
                    back[back.len() - 1]
                }
                // 王  磊为…: a name of two characters spaced out to the width
                // of three, in such a list.
                None if back.len() == 1 => {
                    let before = head(back[0]);
                    match spaced_first_char(before) {
                        Some(start)
                            if before[start..]
                                .chars()
                                .next()
                                .is_some_and(|c| self.lex.is_surname(c))
                                && (1..=4).contains(&before[start..].chars().skip(1).count())
                                && opens_entry(&before[..start])
                                && self.under_list_verb(seg, verbs) =>
                        {
                            seg.start + start
                        }
                        _ => return Names::new(),
                    }
                }
                None => return Names::new(),
            };
            // The verb vouches for the name: only particles and words of
            // office reject it (其 and 木 are common in Mongolian names).
            if buf[name_start..end]
                .chars()
                .any(|c| NOT_IN_APPOINTEE.contains(c))
            {
                return Names::new();
            }
            // 任命巴图同志为…: the name without the address.
            let name_end = match buf[name_start..end].strip_suffix("同志") {
                Some(name) if name.chars().count() >= 2 => name_start + name.len(),
                _ => end,
            };
            names.insert(0, name_start..name_end);
            if verb_at.is_some() || !head(name_start).ends_with('、') {
                return names;
            }
            end = name_start - '、'.len_utf8();
        }
        Names::new()
    }

    /// The author's name in the byline of the article, when the posts at `start`
    /// are written in an author's note (（作者系…主任）, 作者为…): the last
    /// byline before it (□ 王建国, 文/李明, 作者：张三) that names one person.
    fn author_before(&self, start: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let before = buf[seg.start..start].trim_end_matches(is_space);
        if !["作者系", "作者为", "作者是", "作者现任"]
            .iter()
            .any(|w| before.ends_with(w))
        {
            return None;
        }
        for r in self.segs.before(seg).take(60) {
            let line = &buf[r.clone()];
            let Some(rest) = after_byline_mark(line) else {
                // "鄂托克前旗人大常委会研究室　王志强" under the headline,
                // unmarked: the writer's unit, a gap, the name.
                if crate::analysis::layout::is_unit_and_name(line) {
                    let name = line.trim_end_matches(is_space);
                    let last = name.rsplit(is_space).next().unwrap_or("");
                    let end = r.start + name.len();
                    return Some(end - last.len()..end);
                }
                continue;
            };
            // A byline: it names one person and nothing else, or it is not the author's.
            let name = rest.trim_start_matches(is_space);
            let at = r.end - name.len();
            let name = name.trim_end_matches(is_space);
            let end = at + name.len();
            let one = (2..=4).contains(&name.chars().count()) && name.chars().all(is_han)
                || self.spaced_name_at(at, r).is_some_and(|n| n.end == end);
            if one
                && name
                    .chars()
                    .all(|c| !not_name_char(c) || c == ' ' || c == '\u{3000}')
            {
                return Some(at..end);
            }
            // □ 鄂尔多斯市人大常委会研究室  李文华: the writer's unit, then the
            // name set apart by two spaces.
            let (unit, last) = name.rsplit_once("  ")?;
            let last = last.trim_start_matches(is_space);
            // (文/张三  李四 names two people, and no author.)
            let named = unit.trim().chars().count() > 4
                && (2..=4).contains(&last.chars().count())
                && last.chars().all(|c| is_han(c) && !not_name_char(c));
            return named.then_some(end - last.len()..end);
        }
        None
    }

    /// Does the segment `seg` stand in a list headed by one of `verbs` (一、任命;
    /// 二、免去; 一、决定任命)? The heading opens the segment, or is the last short segment
    /// before it (the entries are long: a name, a body and a post).
    fn under_list_verb(&self, seg: &Range<usize>, verbs: &[&str]) -> bool {
        // What follows the verb that opens `s` (after its number: 一、任命).
        let after_verb = |s: &'a str| {
            let s = s.trim_start_matches(|c: char| {
                "一二三四五六七八九十、（）()0123456789.．".contains(c)
            });
            // 一、决定任命： / 二、决定免去：: the decision, then its verb.
            let s = s
                .strip_prefix("决定")
                .filter(|s| !s.is_empty())
                .unwrap_or(s);
            verbs.iter().find_map(|v| s.strip_prefix(v))
        };
        let buf = self.buf;
        // 一、任命张宏伟为…；李娜为…: the verb opens the segment itself.
        if after_verb(&buf[seg.clone()]).is_some() {
            return true;
        }
        // "…第四次会议于2026年1月12日选举：巴特尔为…": a long heading that ends
        // in its verb, the first entry after it.
        if let Some((head, _)) = buf[seg.clone()].split_once(['：', ':'])
            && verbs.iter().any(|v| head.ends_with(v))
        {
            return true;
        }
        for r in self.segs.before(seg).take(40) {
            let text = &buf[r.clone()];
            if text.chars().count() <= 10 {
                return after_verb(text)
                    .is_some_and(|rest| rest.trim_end_matches(['：', ':']).is_empty());
            }
        }
        false
    }

    /// A name set apart by spaces before a post that ends its line, as lists of
    /// members print them (组  长：王建军  旗人大常委会副主任); a name of two
    /// characters may be spaced out to the width of three (李  强), and a note
    /// may follow it (其其格（女）).
    fn listed_before(&self, start: usize, end: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let after = &buf[end..seg.end];
        if !after.trim_start_matches(is_space).is_empty() {
            return None;
        }
        let before = &buf[seg.start..start];
        let spaced = before.trim_end_matches(is_space);
        if spaced.len() == before.len() {
            return None;
        }
        // "其其格（女）  …党支部书记": a note on the person after the name.
        let spaced = match spaced.strip_suffix(['）', ')']).and_then(|inner| {
            let open = inner.rfind(['（', '('])?;
            let note = inner[open..].chars().skip(1);
            (note.count() <= crate::analysis::text::NAME_NOTE_CHARS).then_some(&inner[..open])
        }) {
            Some(name) => name,
            None => spaced,
        };
        let name_end = seg.start + spaced.len();
        // Back over the name: Han characters, and spaces inside a two-character name.
        let head = spaced.trim_end_matches(|c: char| is_han(c) || c == '·');
        let last = &spaced[head.len()..];
        let (name_start, chars) = match last.chars().count() {
            1 => (spaced_first_char(head)?, 2),
            n => (head.len(), n),
        };
        if !(2..=6).contains(&chars) {
            return None;
        }
        // The name stands after a colon, spaces or the start of the line.
        let lead = &spaced[..name_start];
        if !(lead.is_empty() || lead.ends_with(['：', ':']) || lead.ends_with(is_space)) {
            return None;
        }
        let name = seg.start + name_start..name_end;
        let text: SmallVec<[char; 8]> = buf[name.clone()]
            .chars()
            .filter(|&c| !is_space(c))
            .collect();
        let lex = self.lex;
        // 其其格: a Mongolian name may hold characters no Han name does.
        let mongolian = text.iter().all(|&c| lex.is_mongolian(c));
        let clean = |c: char| clean_name_char(c, mongolian);
        let plausible = text.iter().all(|&c| clean(c))
            && (lex.is_surname(text[0])
                || mongolian
                || lex.known_people.contains(&buf[name.clone()]));
        plausible.then_some(name)
    }

    /// "常委会" right before title token `i` (常委会主任王海军): the standing
    /// committee the page is about, resolved from the one named before it.
    fn standing_committee_before(&self, i: usize) -> Option<Range<usize>> {
        let unit = self.tokens.get(i.checked_sub(1)?)?;
        (matches!(unit.anchor, Anchor::Unit { .. })
            && unit.range.end == self.tokens[i].range.start
            && &self.buf[unit.range.clone()] == STANDING_COMMITTEE)
            .then(|| unit.range.clone())
    }

    /// 该院副院长周建平, 该局局长: 该 and a body's last character before title
    /// token `i` stand for the body of that kind named last, shortly before.
    fn referred_body(&self, i: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let title = &self.tokens[i].range;
        let before = &buf[seg.start..title.start];
        let kind = TEAM_KINDS
            .into_iter()
            .find(|k| before.ends_with(k))
            .or_else(|| {
                let c = before.chars().next_back()?;
                "院局委部所校厅办会处行矿"
                    .contains(c)
                    .then(|| &before[before.len() - c.len_utf8()..])
            })?;
        if !before[..before.len() - kind.len()].ends_with('该') {
            return None;
        }
        self.raw
            .orgs
            .iter()
            .rev()
            .take_while(|o| o.range.end + REFERRED_WITHIN >= title.start)
            .find(|o| of_kind(&buf[o.range.clone()], kind))
            .map(|o| o.range.clone())
    }

    /// 伊金霍洛旗人民法院召开…会议。院长刘志强出席: the head's title of a kind of
    /// body (院长, 局长, 校长), written alone at the head of a sentence or clause,
    /// is the head of the body of that kind named last in the paragraph.
    fn head_of_body_named(&self, i: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let title = &self.tokens[i].range;
        let kind = head_rank_stripped(&buf[title.clone()]).strip_suffix('长')?;
        let mut kind_chars = kind.chars();
        let one_character = matches!(
            (kind_chars.next(), kind_chars.next()),
            (Some(c), None) if HEADED_BODIES.contains(c)
        );
        if !one_character && !TEAM_KINDS.contains(&kind) {
            return None;
        }
        let before = &buf[seg.start..title.start];
        if !(before.is_empty() || before.ends_with(['。', '，', '；', '：', '！'])) {
            return None;
        }
        self.raw
            .orgs
            .iter()
            .rev()
            .take_while(|o| o.range.start >= seg.start)
            .find(|o| of_kind(&buf[o.range.clone()], kind))
            .map(|o| o.range.clone())
    }

    /// The body of the posts named just before title token `i`, when the title
    /// is one of the same body's (市人大常委会主任周玉林主持，副主任图门、樊文，
    /// 秘书长刘志强; 党组成员、秘书长杨晓东): after a comma, at most a verb between.
    fn sibling_body(&self, i: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let title = &self.tokens[i].range;
        let last = self.raw.people.last()?;
        if last.range.start < seg.start || last.name.end > title.start {
            return None;
        }
        let post = last.posts.last()?;
        let org = post.org.clone()?;
        // After a comma, a few words between (检察长郝建军出席并讲话，副检察长
        // 张慧); or right after the name and 、 (所长韩亮、教导员赵磊).
        let between = &buf[last.name.end..title.start];
        let gap = between.strip_suffix(['，', '；', '、'])?;
        if (between.ends_with('、') && !gap.is_empty())
            || gap.chars().count() > SIBLING_GAP
            || !gap.chars().all(is_han)
        {
            return None;
        }
        let previous = &buf[post.title.clone()];
        let this = &buf[title.clone()];
        let of_a_council = |t: &str| {
            [
                "主任",
                "副主任",
                "主席",
                "副主席",
                "委员长",
                "副委员长",
                "秘书长",
                "副秘书长",
            ]
            .contains(&t)
        };
        let same_body = this == previous
            || this.strip_prefix('副') == Some(previous)
            || (this.starts_with('副') && this.strip_prefix('副') == previous.strip_prefix('副'))
            || (of_a_council(previous) && of_a_council(this))
            || (of_a_council(previous) && matches!(this, "委员" | "常委会委员"))
            // …副主任张明，党组成员、秘书长杨晓东: the council's party group.
            || (of_a_council(previous) && matches!(this, "党组成员" | "党组副书记"))
            // 所长韩亮、教导员赵磊: a unit's commander, then its political officer.
            || (COMMANDERS.contains(&previous.trim_start_matches('副'))
                && matches!(this, "教导员" | "副教导员" | "指导员" | "政委" | "政治委员"));
        same_body.then_some(org)
    }

    /// The place written in a Party committee's name (北滘镇 of 北滘镇党委), if
    /// `org` is one.
    fn committee_place(&self, org: &RawOrg<'_>) -> Option<Range<usize>> {
        let orgs::OrgKind::Institution(index) = org.kind else {
            return None;
        };
        let expanded = &self.lex.institutions[index].expanded;
        let body = &self.buf[org.body.clone()];
        let committee = expanded.starts_with("中国共产党")
            && expanded.ends_with("{place}委员会")
            && org.body.end == org.range.end
            && body.ends_with('委');
        if !committee {
            return None;
        }
        // The level that opens the committee's name (县 of 县委), if any.
        let level = body
            .strip_suffix('委')
            .filter(|level| COMMITTEE_LEVELS.contains(level));
        if org.prefix_range.is_empty() {
            // 县委 with no place written: its level character stands for the
            // page's county (县委常委、副县长).
            return level.map(|level| org.body.start..org.body.start + level.len());
        }
        // 乌审旗委: the banner's 旗 opens the committee's name (旗委).
        let mut place = org.prefix_range.clone();
        if org.body.start == place.end
            && let Some(level) = level
        {
            place.end += level.len();
        }
        Some(place)
    }

    /// A place written right before a title without an institution (嘎查书记,
    /// 乌审旗旗长): the post's body.
    fn place_before_title(&self, title: Range<usize>, seg: &Range<usize>) -> Option<Range<usize>> {
        let at = title.start;
        if let Some((start, _)) = places_before(self.buf, seg.start, at, self.lex) {
            return Some(start..at);
        }
        // 霍城县长: the head's level character ends the place's name (霍城县).
        if let Some(level) = government_head_level(&self.buf[title])
            .filter(|level| self.buf[at..].starts_with(level))
            && let Some((start, place)) =
                orgs::place_before(self.buf, seg.start, at + level.len(), self.lex)
            && start < at
            && place.name.ends_with(level)
        {
            return Some(start..at);
        }
        let before = &self.buf[seg.start..at];
        // 赛乌素嘎查驻村第一书记: the post of whoever is sent there, held in
        // the place named before.
        if let Some(posting) = VILLAGE_POSTINGS.iter().find(|w| before.ends_with(*w)) {
            let end = at - posting.len();
            return self
                .place_before_title(end..end, seg)
                .filter(|place| place.start < end)
                .map(|place| place.start..end);
        }
        let level = ["嘎查", "苏木", "社区", "村", "镇", "乡"]
            .iter()
            .find(|w| before.ends_with(*w))?;
        let level_start = at - level.len();
        // 巴音苏木苏木长: the name of the sumu, when it stands after punctuation;
        // 图克镇葫芦素嘎查党支部书记: or after the places it lies in.
        let candidates = self.buf[seg.start..level_start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_han(c))
            .take(5)
            .map(|(i, _)| seg.start + i)
            .filter(|&s| s < level_start - 3);
        let after_places = candidates
            .clone()
            .find_map(|s| places_before(self.buf, seg.start, s, self.lex).map(|(start, _)| start));
        if let Some(start) = after_places {
            return Some(start..at);
        }
        // Not a verb before the word (，提起嘎查党支部书记: the village's),
        // nor a pronoun (，他和嘎查党支部书记).
        let named = candidates
            .filter(|&s| {
                orgs::boundary_before(self.buf, seg.start, s)
                    && self.lex.stop_at(&self.buf[s..]).is_none()
                    && !self.buf[s..level_start].contains(|c| "他她我你们这那".contains(c))
            })
            .last();
        Some(named.unwrap_or(level_start)..at)
    }

    /// Names right after a chain of posts: one, a list (图门、菅江左、樊文), or
    /// credits separated by spaces (柳东 陈国丽).
    fn names_after(&self, at: usize, seg: &Range<usize>, strong: Strength) -> Names {
        let buf = self.buf;
        let mut p = at;
        let mut spaced = false;
        while p < seg.end && buf[p..].starts_with(is_space) {
            p += buf[p..].chars().next().map_or(1, char::len_utf8);
            spaced = true;
        }
        let mut names = self.read_name(p, seg, strong);
        if names.is_empty() {
            return names;
        }
        for _ in 0..20 {
            let q = names.last().map_or(p, |r| r.end);
            let rest = &buf[q..seg.end];
            let next = if let Some(r) = rest.strip_prefix('、') {
                let at = seg.end - r.len();
                let mut next = self.read_name(at, seg, strong);
                if next.is_empty() {
                    next.extend(self.list_item_name(at, seg));
                }
                next
            } else if rest.starts_with(is_space) || spaced {
                let trimmed = rest.trim_start_matches(is_space);
                if trimmed.len() == rest.len() {
                    break;
                }
                self.read_name(seg.end - trimmed.len(), seg, strong)
            } else {
                break;
            };
            if next.is_empty() {
                break;
            }
            names.extend(next);
        }
        names
    }

    /// The names after a title used as a label (审判长：赵红梅, 责任编辑：
    /// 孟克那顺, 审判员：李明、刘芳): each must end where the text does or at
    /// punctuation or a space, so that the label of a line of speech (记者：
    /// 王主任您好) gives none.
    fn names_after_label(&self, at: usize, seg: &Range<usize>) -> Names {
        let buf = self.buf;
        let bounded = |r: &Range<usize>| {
            buf[r.end..seg.end]
                .chars()
                .next()
                .is_none_or(|c| !is_han(c) && c != '·')
        };
        let mut names = self.names_after(at, seg, Strength::Plain);
        let whole = names.iter().take_while(|r| bounded(r)).count();
        if whole == 0 {
            return Names::new();
        }
        names.truncate(whole);
        // 副组长：李  强  旗人大常委会委员: a row of a list, whose post follows
        // the name ([`listed_before`](Self::listed_before) reads it); another
        // label may follow (责任编辑：张华  校对：王丽).
        let rest = buf[names[whole - 1].end..seg.end].trim_start_matches(is_space);
        let label_next = || {
            rest.char_indices()
                .take(7)
                .find(|&(_, c)| !is_han(c))
                .is_some_and(|(_, c)| matches!(c, '：' | ':'))
        };
        if rest.is_empty() || rest.starts_with(|c: char| !is_han(c)) || label_next() {
            names
        } else {
            Names::new()
        }
    }

    /// An item of a list of names, between 、 and the next mark (副主任张凤英、
    /// 吴日根、赵晓东): two to four characters, a surname's or a Mongolian
    /// name's first, where 日, 其 and 和, which end no Han name elsewhere,
    /// are a name's.
    fn list_item_name(&self, p: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let rest = &self.buf[p..seg.end];
        let len = rest.find(['、', '，', '。', '；', ',', ';'])?;
        let item = &rest[..len];
        let first = item.chars().next()?;
        let count = item.chars().count();
        ((2..=4).contains(&count)
            && (self.lex.is_surname(first) || self.lex.is_mongolian(first))
            && item.chars().all(bounded_name_char))
        .then_some(p..p + len)
    }

    /// Reads one name (or two names written together, 吴晓慧高鹏飞) at `p`;
    /// not a place's name before its level (副主任鄂托克旗调研).
    fn read_name(&self, p: usize, seg: &Range<usize>, strength: Strength) -> Names {
        let mut names = self.read_name_at(p, seg, strength);
        if names.is_empty() && strength != Strength::Weak {
            names.extend(self.spaced_name_at(p, seg));
        }
        let buf = self.buf;
        // The place's level right after the name or up to two characters on
        // (乌兰木 of 乌兰木伦镇).
        let place_follows = |r: &Range<usize>| {
            buf[r.end..seg.end]
                .char_indices()
                .take(3)
                .find(|&(_, c)| "旗市县区盟镇乡苏".contains(c))
                .is_some_and(|(at, level)| {
                    let end = r.end + at + level.len_utf8();
                    let place = |end| self.lex.place(&buf[r.start..end]).is_some();
                    // (苏木: a sumu's level is two characters.)
                    place(end)
                        || level == '苏' && buf[end..seg.end].starts_with('木') && place(end + 3)
                })
        };
        // 任 ends names (王建军任副局长), but 主任 is a post (主任任杰).
        let post = |r: &Range<usize>| {
            let name = &buf[r.clone()];
            name.ends_with("主任") || name.ends_with('主') && buf[r.end..].starts_with('任')
        };
        if names.first().is_some_and(|r| place_follows(r) || post(r)) {
            names.clear();
        }
        names
    }

    /// A two-character name spaced out to the width of three, as credits and
    /// lists print it (本报记者  苏  和; 委员高  娃、乌  兰): a surname or a
    /// Mongolian name, standing alone up to a space or punctuation.
    fn spaced_name_at(&self, p: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = &self.buf[..seg.end];
        let mut chars = buf[p..].char_indices();
        let (_, first) = chars.next().filter(|&(_, c)| is_han(c))?;
        let mut gap = 0;
        let (offset, second) = loop {
            match chars.next()? {
                (_, ' ' | '\u{3000}') if gap < 4 => gap += 1,
                (i, c) if gap > 0 && is_han(c) => break (i, c),
                _ => return None,
            }
        };
        let end = p + offset + second.len_utf8();
        let lex = self.lex;
        // Up to a space, punctuation or a word that ends a name (参加); not a
        // list's label (成  员：).
        let after = buf[end..].trim_start_matches(is_space);
        if (buf[end..].chars().next().is_some_and(is_han) && lex.stop_at(&buf[end..]).is_none())
            || after.starts_with(['：', ':'])
        {
            return None;
        }
        let mongolian = lex.is_mongolian(first) && lex.is_mongolian(second);
        let clean = |c: char| clean_name_char(c, mongolian);
        ((lex.is_surname(first) || mongolian) && clean(first) && clean(second)).then_some(p..end)
    }

    fn read_name_at(&self, p: usize, seg: &Range<usize>, strength: Strength) -> Names {
        let buf = self.buf;
        let lex = self.lex;
        if p >= seg.end {
            return Names::new();
        }
        // 任 ends a name (王建军任副局长) and opens one (副局长任志刚): after
        // a post, three characters that are no title (书记任组长), or two
        // before a verb (主任任杰出席).
        let opens_with_stop = lex.stop_at(&buf[p..]).is_some();
        if opens_with_stop && !(strength != Strength::Weak && buf[p..].starts_with('任')) {
            return Names::new();
        }
        if let Some(dotted) = self.dotted_name_at(p, seg) {
            return smallvec![dotted];
        }
        let chars: SmallVec<[(usize, char); 12]> = buf[p..seg.end]
            .char_indices()
            .map(|(i, c)| (p + i, c))
            .take_while(|&(_, c)| is_han(c) || c == '·')
            .take(12)
            .collect();
        if chars.len() < 2 {
            return Names::new();
        }
        let pos = |k: usize| -> usize {
            chars
                .get(k)
                .map_or_else(|| chars[k - 1].0 + chars[k - 1].1.len_utf8(), |&(i, _)| i)
        };
        // The run ends at a non-Han character when it is shorter than the cap.
        let run_ends = chars.len() < 12;
        let ends_at = |k: usize| -> bool {
            (k == chars.len() && run_ends)
                || (k < chars.len() && lex.stop_at(&buf[pos(k)..]).is_some())
        };
        let mongolian = chars
            .iter()
            .take_while(|&&(_, c)| lex.is_mongolian(c))
            .count()
            .min(6);
        if mongolian >= 4 {
            for k in (4..=mongolian).rev() {
                if ends_at(k) {
                    return smallvec![p..pos(k)];
                }
            }
        }
        // Tibetan names: two or three known parts (次仁扎西, 达瓦卓玛).
        let tibetan = chars
            .chunks_exact(2)
            .take(3)
            .take_while(|part| lex.is_tibetan_part(part[0].1, part[1].1))
            .count();
        for parts in (2..=tibetan).rev() {
            if ends_at(2 * parts) {
                return smallvec![p..pos(2 * parts)];
            }
        }
        // A name the lexicon knows, whatever its first character and whatever
        // follows it (国家主席习近平签署): a run of four or more characters
        // opens with it.
        if strength != Strength::Weak
            && chars.len() >= 3
            && !ends_at(2)
            && lex.known_people.contains(&buf[p..pos(3)])
        {
            return smallvec![p..pos(3)];
        }
        let Some(mut cut) = (2..=chars.len().min(7)).find(|&k| ends_at(k)) else {
            return Names::new();
        };
        // 和 ends a name before another (王玉和李明), but is the name's own
        // before a verb or punctuation (旗长王玉和作政府工作报告, 王玉和，).
        // (Not before a word a conjunction may lead to: 李强和在场群众.)
        let and_last = cut == 2
            && chars.len() > 2
            && chars[2].1 == '和'
            && ends_at(3)
            && chars.get(3).is_none_or(|&(_, c)| {
                !"在到赴为对向从是也还已将要就于的了以把被受同与及和等".contains(c)
            });
        if and_last {
            cut = 3;
        }
        if opens_with_stop
            && !(cut == 3 && self.title_info(&buf[pos(1)..pos(3)]).is_none()
                || cut == 2 && lex.stop_at(&buf[pos(2)..]).is_some_and(|len| len > 3))
        {
            return Names::new();
        }
        let text: SmallVec<[char; 7]> = chars[..cut].iter().map(|&(_, c)| c).collect();
        let all_mongolian = text.iter().all(|&c| lex.is_mongolian(c));
        // 日, 其 and 和 end words elsewhere (日期, 其他, 和谐) but are common
        // parts of Mongolian names (乌日娜, 其其格, and 孟和 after a body's post).
        let strong = strength == Strength::Strong;
        let surname = lex.is_surname(text[0]);
        // 政 names people too (吴政隆), in the middle of three characters and
        // not opening a word (王政协 is no name); after a body's title and a
        // surname, so do 会, 院, 月 and 有 (张院忠, 王会军, 李月华, 刘有才),
        // and 月 last (王晓月).
        let given = cut == 3
            && (text[1] == '政' && !"协府治策务法权绩风".contains(text[2])
                || strong && surname && "会院月有".contains(text[1]));
        let given_last = cut == 3 && strong && surname && text[2] == '月';
        // After a body's title, a name that runs to punctuation may hold them
        // too, whatever its first character (旗长海日汗，): nothing follows it.
        let bounded = strong
            && cut == chars.len()
            && run_ends
            && text[1..].iter().all(|&c| lex.is_mongolian(c));
        let mongolian = ((cut >= 3 || strength != Strength::Weak) && all_mongolian) || bounded;
        let clean = text.iter().enumerate().all(|(k, &c)| {
            clean_name_char(c, mongolian)
                || (k == 1 && given)
                || (k == 2 && (given_last || and_last))
        });
        let compound = cut >= 3 && lex.is_compound_surname(&buf[p..pos(2)]);
        if strength == Strength::Weak
            && cut < 4
            && !(cut == 3 && surname)
            && !lex.known_people.contains(&buf[p..pos(cut)])
        {
            return Names::new();
        }
        match cut {
            2 | 3 if clean && (strong || surname || compound || all_mongolian) => {
                smallvec![p..pos(cut)]
            }
            4 if clean && compound => smallvec![p..pos(cut)],
            4..=6 if all_mongolian => smallvec![p..pos(cut)],
            // Two names written together end the run (吴晓慧高鹏飞, 郝巧宁赵小雨摄), not
            // a verb: 张国卿宣读 is one name and a verb.
            4..=6
                if clean
                    && surname
                    && (cut == chars.len() || buf[pos(cut)..].starts_with('摄')) =>
            {
                for first in [3, 2] {
                    let second = cut - first;
                    if (2..=3).contains(&second) && lex.is_surname(text[first]) {
                        return smallvec![p..pos(first), pos(first)..pos(cut)];
                    }
                }
                // 张国卿宣读: a verb the stop list lacks follows a full name.
                if strong && !text[..3].iter().any(|&c| not_name_char(c)) {
                    return smallvec![p..pos(3)];
                }
                Names::new()
            }
            4..=6 if strong && surname && !text[..3].iter().any(|&c| not_name_char(c)) => {
                smallvec![p..pos(3)]
            }
            _ => Names::new(),
        }
    }

    /// A name in parts joined by a middle dot, as Uyghur, Kazakh and foreign
    /// names are written (艾尔肯·吐尼亚孜, 热合曼·吐尔逊): two to four parts of
    /// one to eight Han characters. The last part ends where the Han run ends
    /// or a word that ends a name begins (吐尼亚孜出席).
    fn dotted_name_at(&self, p: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = &self.buf[..seg.end];
        // The dot first: most names read have none, and then no part is tested.
        let (dot, _) = buf[p..]
            .char_indices()
            .take(7)
            .take_while(|&(_, c)| is_han(c) || is_name_dot(c))
            .find(|&(_, c)| is_name_dot(c))
            .filter(|&(i, _)| i > 0)?;
        if buf[p..p + dot].contains(|c| NOT_IN_DOTTED.contains(c)) {
            return None;
        }
        let mut at = p + dot;
        let mut parts = 1;
        loop {
            // `at` is on a dot: read the part after it.
            let c = buf[at..].chars().next()?;
            let start = at + c.len_utf8();
            let mut end = start;
            let mut n = 0;
            let mut next_dot = None;
            for (i, c) in buf[start..].char_indices() {
                if is_name_dot(c) {
                    next_dot = Some(start + i);
                    break;
                }
                if !is_han(c)
                    || NOT_IN_DOTTED.contains(c)
                    || (n >= 2 && self.lex.stop_at(&buf[start + i..]).is_some())
                {
                    break;
                }
                n += 1;
                end = start + i + c.len_utf8();
                if n > 8 {
                    return None;
                }
            }
            if n == 0 {
                return None;
            }
            parts += 1;
            match next_dot {
                Some(d) if end == d && parts < 4 => at = d,
                Some(_) => return None,
                None => return Some(p..end),
            }
        }
    }

    /// A name written right before a title (孟长云副主任, 习近平总书记).
    fn name_before(&self, q: usize, seg: &Range<usize>) -> Option<Range<usize>> {
        let buf = self.buf;
        let lex = self.lex;
        let back: SmallVec<[(usize, char); 6]> = buf[seg.start..q]
            .char_indices()
            .rev()
            .take(6)
            .map(|(i, c)| (seg.start + i, c))
            .take_while(|&(_, c)| is_han(c))
            .collect();
        let start_of = |len: usize| back.get(len - 1).map(|&(i, _)| i);
        // 苏木镇长 (the heads of sumus and towns), 嘎查书记: a level, not a name.
        let a_level = |s: usize| buf[s..q].ends_with("苏木") || buf[s..q].ends_with("嘎查");
        let left_ok = |s: usize| {
            !a_level(s)
                && (s == seg.start
                    || !buf[seg.start..s].chars().next_back().is_some_and(is_han)
                    || self.raw.orgs.iter().any(|o| o.range.end == s)
                    || PRECEDERS.iter().any(|w| buf[seg.start..s].ends_with(w)))
        };
        for len in [3, 2, 4] {
            if let Some(s) = start_of(len)
                && lex.known_people.contains(&buf[s..q])
            {
                return Some(s..q);
            }
        }
        for len in [3, 2] {
            let Some(s) = start_of(len) else { continue };
            let name = &buf[s..q];
            let first = name.chars().next()?;
            let clean = !name.chars().any(not_name_char);
            let all_mongolian = name.chars().all(|c| lex.is_mongolian(c));
            if clean && (lex.is_surname(first) || all_mongolian) && left_ok(s) {
                return Some(s..q);
            }
        }
        for len in (4..=6).rev() {
            let Some(s) = start_of(len) else { continue };
            if buf[s..q].chars().all(|c| lex.is_mongolian(c)) && left_ok(s) {
                return Some(s..q);
            }
        }
        None
    }

    /// A byline: a unit, spaces and a name ending the line (●市人大常委会办公室  龚培贞).
    fn byline(&mut self, org: &RawOrg, seg: &Range<usize>) {
        let rest = &self.buf[org.range.end..seg.end];
        // The unit may go on with a few characters (秘书科) before the spaces.
        let unit_tail: usize = rest
            .chars()
            .take_while(|&c| is_han(c))
            .take(4)
            .map(char::len_utf8)
            .sum();
        let after = &rest[unit_tail..];
        let trimmed = after.trim_start_matches(is_space);
        if trimmed.len() == after.len() {
            return;
        }
        let p = seg.end - trimmed.len();
        let names = self.read_name(p, seg, Strength::Plain);
        if let [name] = names.as_slice()
            && (name.end == seg.end || !self.buf[name.end..].starts_with(is_han))
        {
            self.raw.people.push(RawPerson {
                kind: PersonKind::Person,
                range: name.clone(),
                name: name.clone(),
                posts: Posts::new(),
                affiliation: Some(org.range.start..org.range.end + unit_tail),
            });
        }
    }

    fn confirm_pending(&mut self) {
        let buf = self.buf;
        let known: std::collections::HashSet<&str> = self
            .raw
            .people
            .iter()
            .map(|p| &buf[p.name.clone()])
            .collect();
        let confirmed: Vec<RawPerson> = std::mem::take(&mut self.pending)
            .into_iter()
            .filter(|p| known.contains(&buf[p.name.clone()]))
            .collect();
        self.raw.people.extend(confirmed);
    }

    /// The names of a roster: rows of names set apart by white space under a
    /// heading that calls itself a list (…代表名单, perhaps over （按姓氏笔画为序）).
    /// A row may open with the post its names hold (主    任  王建军, 副 主 任
    /// 李  强  巴特尔), which holds for the rows under it until the next post;
    /// the post is in the body the heading names (…常务委员会组成人员名单).
    fn rosters(&mut self) {
        let buf = self.buf;
        let ranges = &self.segs.ranges;
        let mut next_free = 0;
        for i in 0..ranges.len() {
            // The heading is short and ends in 名单, or in a note after it
            // (…名单（草案）); a list already read is not read again. (A search
            // of the page for 名单 costs more than this walk over its segments.)
            let heading = &buf[ranges[i].clone()];
            if i < next_free || heading.len() > 40 * 3 {
                continue;
            }
            let list =
                heading.ends_with("名单") || heading.ends_with('）') && heading.contains("名单（");
            if !list {
                continue;
            }
            let body = self
                .raw
                .orgs
                .iter()
                .rev()
                .find(|o| o.range.start >= ranges[i].start && o.range.end <= ranges[i].end)
                .map(|o| o.range.clone());
            let mut post: Option<(Range<usize>, TitleInfo)> = None;
            let mut listed: Vec<RawPerson> = Vec::new();
            let mut k = i + 1;
            // A note under the heading, perhaps in two lines: （2021年9月28日
            // …第一次会议选举）.
            if ranges
                .get(k)
                .is_some_and(|r| buf[r.clone()].starts_with('（'))
                && let Some(close) = (k..ranges.len().min(k + 3))
                    .find(|&n| buf[ranges[n].clone()].trim_end().ends_with('）'))
            {
                k = close + 1;
            }
            let first_row = k;
            while let Some(r) = ranges.get(k) {
                let Some((title, names)) = self.roster_row(r) else {
                    break;
                };
                if title.is_some() {
                    post = title;
                }
                listed.extend(names.into_iter().map(|name| match &post {
                    Some((title, info)) => RawPerson {
                        kind: if info.post {
                            PersonKind::Official
                        } else {
                            PersonKind::Person
                        },
                        range: name.clone(),
                        name,
                        posts: smallvec![RawPost {
                            title: title.clone(),
                            org: body.clone(),
                            post: info.post,
                            held: Held::Now,
                            village: None,
                        }],
                        affiliation: None,
                    },
                    None => RawPerson::named(name),
                }));
                k += 1;
            }
            // The roster says what the chains read of its rows (副主任  李  强
            // as a title and a name), and more: it replaces them.
            if !listed.is_empty() {
                let rows = ranges[first_row].start..ranges[k - 1].end;
                self.raw
                    .people
                    .retain(|p| !(rows.start <= p.range.start && p.range.end <= rows.end));
                self.raw.people.extend(listed);
            }
            next_free = k;
        }
    }

    /// The row `r` of a roster, if it is one: perhaps a post (its range and
    /// what it is), then names set apart by white space (two or more unless
    /// a post opens the row), a name spaced out to three characters' width
    /// (李  明, read by [`Scan::spaced_name_at`]) one of them.
    #[allow(clippy::type_complexity)]
    fn roster_row(
        &self,
        r: &Range<usize>,
    ) -> Option<(
        Option<(Range<usize>, TitleInfo)>,
        SmallVec<[Range<usize>; 8]>,
    )> {
        let buf = &self.buf[..r.end];
        let start = buf.len() - buf[r.start..].trim_start_matches(is_space).len();
        let post = self.roster_post(start..r.end);
        let names_from = match &post {
            // A note after the post: 委    员（按姓氏笔画排序）.
            Some((title, _)) => {
                let rest = &buf[title.end..];
                match rest.strip_prefix('（').and_then(|n| n.find('）')) {
                    Some(close) if close <= 30 * 3 => {
                        title.end + '（'.len_utf8() + close + '）'.len_utf8()
                    }
                    _ => title.end,
                }
            }
            None => start,
        };
        if names_from == r.end {
            return post.map(|p| (Some(p), SmallVec::new()));
        }
        let names = self.spaced_names(&(names_from..r.end))?;
        (post.is_some() || names.len() >= 2).then_some((post, names))
    }

    /// A post that opens a roster's row, perhaps spaced out to the width of
    /// the names (主    任, 副 主 任): its range, ending at its last character.
    fn roster_post(&self, r: Range<usize>) -> Option<(Range<usize>, TitleInfo)> {
        let buf = &self.buf[..r.end];
        let mut title = String::new();
        let mut p = r.start;
        // Up to five characters, each perhaps after a gap of up to four spaces.
        for _ in 0..5 {
            let c = buf[p..].chars().next().filter(|&c| is_han(c))?;
            title.push(c);
            let end = p + c.len_utf8();
            let after = &buf[end..];
            let gap = after.len() - after.trim_start_matches(is_space).len();
            let next = after[gap..].chars().next();
            if let Some(info) = self.title_info(&title) {
                // The whole post, not the start of a longer word: a gap, a
                // note or the row's end follows.
                if gap > 0 || next.is_none_or(|c| c == '（') {
                    return Some((r.start..end, info));
                }
            }
            if gap > 4 * 3 || next.is_none() {
                return None;
            }
            p = end + gap;
        }
        None
    }

    /// What `s` is if it is a title of the lexicon, whole.
    fn title_info(&self, s: &str) -> Option<TitleInfo> {
        let found = self.lex.scanner.scan(s);
        match found.hits.as_slice() {
            [hit] if hit.start == 0 && hit.end == s.len() => {
                match self.lex.anchors[hit.pattern as usize] {
                    Anchor::Title(info) => Some(info),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The names that fill `r`, set apart by white space; `None` if anything
    /// else is there.
    fn spaced_names(&self, r: &Range<usize>) -> Option<SmallVec<[Range<usize>; 8]>> {
        let buf = &self.buf[..r.end];
        let mut names: SmallVec<[Range<usize>; 8]> = SmallVec::new();
        let mut p = r.start;
        loop {
            p = buf.len() - buf[p..].trim_start_matches(is_space).len();
            if p == buf.len() {
                break;
            }
            if let Some(name) = self.spaced_name_at(p, r) {
                p = name.end + person_note(&buf[name.end..]);
                names.push(name);
                continue;
            }
            let token = &buf[p..buf[p..].find(is_space).map_or(buf.len(), |n| p + n)];
            // A note on the person: 张丽华（女）, 其其格（女，蒙古族）.
            let token = &token[..token.find('（').unwrap_or(token.len())];
            let n = token.chars().count();
            let name = (2..=4).contains(&n) && token.chars().all(bounded_name_char)
                || (5..=6).contains(&n) && token.chars().all(|c| self.lex.is_mongolian(c));
            let note = person_note(&buf[p + token.len()..]);
            if !name || (note == 0 && buf[p + token.len()..].starts_with('（')) {
                return None;
            }
            names.push(p..p + token.len());
            p += token.len() + note;
        }
        (!names.is_empty()).then_some(names)
    }

    /// An author's byline marked by a box or a credit (□王云飞 乔宝宁, □ 乌力吉,
    /// 文/张三  李四): the names after it, set apart by spaces, are people.
    /// Each must open with a surname or be Mongolian, and be no place
    /// (□ 图片新闻, ■ 张家口).
    fn marked_bylines(&mut self) {
        let buf = self.buf;
        for r in &self.segs.ranges {
            let Some(after) = after_byline_mark(&buf[r.clone()]) else {
                continue;
            };
            let start = r.end - after.len();
            // A second credit on the line (文/本刊记者 乌云娜  图/苏和): the
            // names after it are read on their own.
            match second_credit(after) {
                Some((end, names)) => {
                    self.marked_names(&(start..start + end));
                    self.marked_names(&(start + names..r.end));
                }
                None => self.marked_names(&(start..r.end)),
            }
        }
    }

    /// The names of a byline after its mark or credit, at `r` of the buffer.
    fn marked_names(&mut self, r: &Range<usize>) {
        let buf = self.buf;
        let Some(names) = self.spaced_names(r) else {
            return;
        };
        let lex = self.lex;
        let a_name = |r: &Range<usize>| {
            let name = &buf[r.clone()];
            let first = name.chars().next().unwrap_or(' ');
            let short = name.chars().filter(|&c| is_han(c)).count() <= 3;
            let person = (short && lex.is_surname(first))
                || name.chars().all(|c| lex.is_mongolian(c))
                || name
                    .char_indices()
                    .nth(2)
                    .is_some_and(|(two, _)| lex.is_compound_surname(&name[..two]))
                || lex.known_people.contains(name);
            person && lex.place(name).is_none()
        };
        if !names.iter().all(a_name) {
            return;
        }
        // An author's note may have named the author already, with a post.
        for name in names {
            if self.raw.people.iter().any(|p| p.range == name) {
                continue;
            }
            self.raw.people.push(RawPerson::named(name));
        }
    }

    /// Reporters' names in brackets: 本报讯（赵峰）, an article ending （苏波）.
    fn credits(&mut self) {
        let buf = self.buf;
        // memmem, not str::match_indices: a char search looks for the last
        // byte of （, which most Chinese characters share.
        for open in memchr::memmem::find_iter(buf.as_bytes(), "（") {
            let inner_start = open + '（'.len_utf8();
            // A name is at most six characters: look no further for the ）.
            let window = &buf[inner_start..buf.floor_char_boundary(inner_start + 7 * 3 + 3)];
            let Some(close) =
                memchr::memmem::find(window.as_bytes(), "）".as_bytes()).map(|c| inner_start + c)
            else {
                continue;
            };
            let inner = &buf[inner_start..close];
            let count = inner.chars().count();
            if !(2..=6).contains(&count) || !inner.chars().all(is_han) {
                continue;
            }
            let before = &buf[..open];
            let after = &buf[close + '）'.len_utf8()..];
            let dateline = before.ends_with('讯') || before.ends_with("报道");
            let closing = (before.ends_with('。') || before.ends_with('！'))
                && (after.is_empty() || after.starts_with(['\n', ' ', '\u{3000}', '□', '■']));
            if !(dateline || closing) {
                continue;
            }
            let all_mongolian = inner.chars().all(|c| self.lex.is_mongolian(c));
            let first = inner.chars().next().unwrap_or(' ');
            // （苏日娜）: a Mongolian name of three holds characters no Han given
            // name does (日).
            let ok = if count <= 3 {
                (self.lex.is_surname(first) && !inner.chars().any(not_name_char))
                    || (count == 3 && all_mongolian)
            } else {
                all_mongolian
            };
            if ok {
                self.raw.people.push(RawPerson::named(inner_start..close));
            }
        }
    }

    /// Later mentions of the names found (three characters or more) and of the
    /// workspace's people, written without a title.
    fn bare_mentions(&mut self) {
        let mut names: Vec<&str> = self
            .raw
            .people
            .iter()
            .map(|p| &self.buf[p.name.clone()])
            .filter(|n| n.chars().count() >= 3)
            .chain(self.lex.extra_people.iter().map(String::as_str))
            .collect();
        let mut seen = rustc_hash::FxHashSet::default();
        names.retain(|n| seen.insert(*n));
        if names.is_empty() {
            return;
        }
        // Built per page, so the build counts: Teddy (aho-corasick's packed
        // searcher, what its automata use as a prefilter anyway) builds in a
        // fraction of the time of an automaton. Fat Teddy (16 buckets) where
        // the CPU has it, even for a few names: names share their first bytes,
        // and with half the names a bucket fewer candidates need checking
        // (analysis of 002: -2 %). Beyond 64 names, or on a CPU without SIMD, a
        // hash lookup where a name's first character stands ([`NameFinder`]).
        let packed = |fat| {
            aho_corasick::packed::Config::new()
                .match_kind(aho_corasick::packed::MatchKind::LeftmostLongest)
                .only_teddy_fat(fat)
                .builder()
                .extend(&names)
                .build()
        };
        let packed = (names.len() <= 64)
            .then(|| packed(Some(true)).or_else(|| packed(None)))
            .flatten();
        let matches: Vec<Range<usize>> = match packed {
            Some(searcher) => searcher.find_iter(self.buf).map(|m| m.range()).collect(),
            None => NameFinder::new(&names).find_all(self.buf),
        };
        // What is already taken, as sorted disjoint ranges.
        let mut spans: Vec<Range<usize>> = self
            .raw
            .people
            .iter()
            .map(|p| p.range.clone())
            .chain(self.raw.orgs.iter().map(|o| o.range.clone()))
            .collect();
        spans.sort_unstable_by_key(|r| r.start);
        let mut taken: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for r in spans {
            match taken.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => taken.push(r),
            }
        }
        let mut found = Vec::new();
        for r in matches {
            let i = taken.partition_point(|t| t.end <= r.start);
            if taken.get(i).is_some_and(|t| t.start < r.end) {
                continue;
            }
            found.push(RawPerson::named(r));
        }
        self.raw.people.extend(found);
    }

    /// Names that open a paragraph:
    /// - the speaker of an interview's answer ("张海：我是种地的…"): a name
    ///   the page gives a person, before a colon, is that person, however
    ///   short (bare mentions need three characters);
    /// - the subject of a biography ("王建军，男，蒙古族，1978年5月生", a
    ///   nominee's on a notice, a deputy's profile): the name before "，男，"
    ///   or "，女，" is a person.
    fn paragraph_heads(&mut self) {
        let buf = self.buf;
        // Asked of every segment, so by bytes: the first full-width sign
        // (its first byte 0xEF, which always starts a character) is where a
        // name would end, a colon or a comma; the names' lengths are
        // checked below.
        let (mut speakers, mut subjects) = (Vec::new(), Vec::new());
        for r in &self.segs.ranges {
            let bytes = &buf.as_bytes()[r.clone()];
            let head = &bytes[..bytes.len().min(6 * 3 + 1)];
            let Some(at) = memchr::memchr(0xEF, head) else {
                continue;
            };
            let name = r.start..r.start + at;
            let sign = &bytes[at..];
            if sign.starts_with("：".as_bytes()) {
                if (2..=4).contains(&buf[name.clone()].chars().count()) {
                    speakers.push(name);
                }
            } else if sign.starts_with("，男，".as_bytes()) || sign.starts_with("，女，".as_bytes())
            {
                let n = buf[name.clone()].chars().count();
                let a_name = if n <= 4 {
                    n >= 2 && buf[name.clone()].chars().all(bounded_name_char)
                } else {
                    n <= 6 && buf[name.clone()].chars().all(|c| self.lex.is_mongolian(c))
                };
                if a_name && self.lex.place(&buf[name.clone()]).is_none() {
                    subjects.push(name);
                }
            }
        }
        if speakers.is_empty() && subjects.is_empty() {
            return;
        }
        let starts: rustc_hash::FxHashSet<usize> =
            self.raw.people.iter().map(|p| p.range.start).collect();
        if !speakers.is_empty() {
            let named: rustc_hash::FxHashSet<&str> = self
                .raw
                .people
                .iter()
                .map(|p| &buf[p.name.clone()])
                .collect();
            speakers.retain(|name| named.contains(&buf[name.clone()]));
        }
        for name in speakers.into_iter().chain(subjects) {
            if !starts.contains(&name.start) {
                self.raw.people.push(RawPerson::named(name));
            }
        }
    }
}

/// Levels of the places whose Party committee is named by the level and 委 (县委).
const COMMITTEE_LEVELS: &[&str] = &["市", "旗", "县", "区", "盟", "州", "省"];

/// The level of the place whose people's government `title` heads: 县 for
/// 县长, 副县长 and 常务副县长.
pub(super) fn government_head_level(title: &str) -> Option<&str> {
    head_rank_stripped(title)
        .strip_suffix('长')
        .filter(|level| ["市", "旗", "县", "区", "镇", "乡", "盟", "省", "州"].contains(level))
}

/// `title` without 常务 and 副 (常务副县长 → 县长). By prefix, not by a
/// searcher: this is asked of every chain of posts.
/// Does a head's title follow the name of its body, whose last character the
/// title repeats (畜牧站站长, 电视台副台长, 林场场长)? The body is a word the
/// lexicon may lack, but no other word ends where such a title starts.
fn after_its_body(before: &str, title: &str) -> bool {
    let Some(kind) = head_rank_stripped(title).strip_suffix('长') else {
        return false;
    };
    let mut chars = before.chars().rev();
    let (Some(last), Some(word)) = (chars.next(), chars.next()) else {
        return false;
    };
    kind.len() == last.len_utf8()
        && kind.starts_with(last)
        && is_han(word)
        && (HEADED_BODIES.contains(last) || "场队".contains(last))
}

fn head_rank_stripped(title: &str) -> &str {
    let title = title.strip_prefix("常务").unwrap_or(title);
    title.strip_prefix('副').unwrap_or(title)
}

/// Where a title after a body ending at `end` starts: right there, or after
/// 原, which makes it a post held once (伊盟盟委原书记, 旗政协原副主席).
fn title_after_body(buf: &str, end: usize) -> usize {
    if buf[end..].starts_with('原') {
        end + '原'.len_utf8()
    } else {
        end
    }
}

/// Is `body` a department or other body under a government (旗农牧局,
/// 市政协), no place nor government nor Party committee, whose posts a head
/// of government could share?
fn is_department(body: &str) -> bool {
    !(body.ends_with(|c: char| LEVEL_CHARS.contains(&c))
        || ["政府", "公署", "行署", "苏木", "嘎查", "委"]
            .iter()
            .any(|w| body.ends_with(w)))
}

/// Does `title` head the government of `place` (镇长 or 副镇长 of 北滘镇, 旗长 of
/// 乌审旗, 苏木达 of a sumu)? Its level must be the place's.
fn heads_government_of(title: &str, place: &str) -> bool {
    match government_head_level(title) {
        Some(level) => place.ends_with(level),
        None => {
            let title = head_rank_stripped(title);
            (title == "苏木达" && place.ends_with("苏木"))
                || ((title == "嘎查达" || title == "嘎查长") && place.ends_with("嘎查"))
        }
    }
}

#[cfg(test)]
mod tests {
    /// Later mentions without a title are found however many names a page has:
    /// by Teddy up to 64 names, by [`NameFinder`](super::NameFinder) beyond.
    #[test]
    fn bare_mentions_of_few_and_many_names() {
        let given = [
            "建国", "明华", "志强", "春梅", "国庆", "海燕", "立新", "晓东", "文斌",
        ];
        for count in [5, 70] {
            let names: Vec<String> = (0..count)
                .map(|i| {
                    format!(
                        "{}{}",
                        ["王", "李", "赵", "孙", "周", "吴", "郑", "冯"][i % 8],
                        given[i / 8]
                    )
                })
                .collect();
            let mut text = String::new();
            for name in &names {
                text.push_str(&format!("市人大常委会副主任{name}出席会议。\n\n"));
            }
            for name in &names {
                text.push_str(&format!("会上，{name}强调，要抓好落实。\n\n"));
            }
            let people = crate::analysis::analyze(&text).entities.people;
            for name in &names {
                let mentions = people.iter().filter(|p| &*p.name == name.as_str()).count();
                assert_eq!(mentions, 2, "{count} names: {name} in {people:?}");
            }
        }
    }
}
