//! Continuation markers: （上接第一版） （下转第二版） and their many variants
//! (1版, 第3版, A2版, 紧接, 转, 续, half-width brackets, ■下转第2版, and
//! in brackets without 版: （转A2）, （下转3）).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// A page of an issue: an optional section letter (A, B…) and a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct PageRef {
    pub section: Option<char>,
    pub number: u32,
}

impl PageRef {
    /// Does a reference written on a page (`self`) designate `page`? A reference
    /// without a section letter matches any section.
    pub fn designates(&self, page: &PageRef) -> bool {
        self.number == page.number && (self.section.is_none() || self.section == page.section)
    }
}

impl std::fmt::Display for PageRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.section {
            Some(s) => write!(f, "{s}{}", self.number),
            None => write!(f, "{}", self.number),
        }
    }
}

/// Which way a marker points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// 上接 / 接 / 续 / 紧接: this text continues an article from another page.
    ContinuedFrom,
    /// 下转 / 转: the article goes on on another page.
    ContinuedOn,
    /// 详见 / 见: a teaser (a front page's 导读) points to the article on
    /// another page.
    SeeAlso,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Marker {
    /// The whole marker, brackets included.
    pub range: Range<usize>,
    pub direction: Direction,
    pub page: PageRef,
}

/// A page's number as markers write it: 12, １２, 十二.
const NUMBER: &str = r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,4})";

/// Every marker's verb, continuations' and teasers'.
const VERBS: &str = "上接|下转|紧接|转至|详见|请见|转|接|续|见";

/// Is `c` the last character of a page's number (2, ２, 二)?
pub fn is_page_figure(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百零〇两".contains(c)
}

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        (?P<open>[（(\[【]\s*)?
        (?P<verb>{VERBS})
        \s*(?:本报)?\s*(?P<di>第)?\s*
        (?P<sec>[A-Za-z])?
        (?P<num>{NUMBER})
        \s*(?:版|页)
        # Where on the page, before the bracket closes: （下转第二版上部）.
        (?:(?:[上下左右中]{{1,2}}部?)?\s*(?P<close>[）)\]】]))?"
    ))
    .expect("marker regex")
});

/// The verbs of a marker without 版: a continuation's, no teaser's.
const BARE_VERBS: &str = "上接|下转|紧接|转至|转|接|续";

/// A marker without 版 or 页: only whole in its brackets, （转A2） （下转3）.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        [（(]\s*
        (?P<verb>{BARE_VERBS})
        \s*(?P<di>第)?\s*
        (?P<sec>[A-Za-z])?
        (?P<num>{NUMBER})
        \s*[）)]"
    ))
    .expect("bare marker regex")
});

/// Signs that set a marker apart before it: ■下转第2版, →转4版.
const SIGNS: [char; 7] = ['■', '□', '◆', '→', '▶', '►', '⇒'];

/// Is `range` of `text` alone on its line, but for signs and white space?
fn alone(text: &str, range: &Range<usize>) -> bool {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..range.start];
    let after = text[range.end..].split('\n').next().unwrap_or("");
    before
        .chars()
        .all(|c| SIGNS.contains(&c) || c == '●' || c.is_whitespace())
        && after.trim().is_empty()
}

/// A line that is a marker and nothing else: what [`find_markers`] finds alone
/// on its line, in one anchored pattern (a search and captures cost far more
/// than this match, and the layout asks it of many short lines).
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        ^[■□●◆→▶►⇒\s]*
        (?:
            [（(\[【]\s*
            (?:
                (?:{VERBS})
                \s*(?:本报)?\s*第?\s*[A-Za-z]?
                {NUMBER}
                \s*(?:版|页)\s*(?:[上下左右中]{{1,2}}部?)?
            |
                # Without 版 only as find_markers' bare markers: a
                # continuation's verb, no teaser's (（见3） is no marker).
                (?:{BARE_VERBS})
                \s*第?\s*[A-Za-z]?
                {NUMBER}
            )\s*[）)\]】]
        |
            (?:{VERBS})
            \s*(?:本报)?\s*第?\s*[A-Za-z]?
            {NUMBER}
            \s*(?:版|页)(?:[上下左右中]{{1,2}}[部侧]?)?
        )\s*$"
    ))
    .expect("marker line regex")
});

/// Is the line `s` a continuation marker and nothing else ("（下转第二版）",
/// "■下转第2版", "转3版", "（转A2）")?
pub fn is_marker_line(s: &str) -> bool {
    LINE.is_match(s)
}

/// Finds every continuation marker in `text`. Single-character verbs (转, 接, 续)
/// are common words, so they count only in brackets, after ■, with 第, or alone
/// on their line.
pub fn find_markers(text: &str) -> Vec<Marker> {
    let mut markers: Vec<Marker> = Vec::new();
    // The regex has no literal prefix to search for, so look for 版/页 first and
    // run it only on the stretch of text before each (a marker is short).
    let bytes = text.as_bytes();
    let mut windows: Vec<std::ops::Range<usize>> = Vec::new();
    // The 版 that end their line: a 导读's teasers end so.
    let mut line_ends = Vec::new();
    for needle in ["版", "页"] {
        for pos in memchr::memmem::find_iter(bytes, needle.as_bytes()) {
            if needle == "版" && ends_line(bytes, pos + 3) {
                line_ends.push(pos);
            }
            let mut start = pos.saturating_sub(48);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            // 版, a place (右下部) and a bracket.
            let mut end = (pos + 3 + 12).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            windows.push(start..end);
        }
    }
    windows.sort_by_key(|w| w.start);
    // Merge overlapping windows so that no marker is seen twice.
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for w in windows {
        match merged.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => merged.push(w),
        }
    }
    for window in merged {
        scan(text, window, &mut markers);
    }
    bare(text, &mut markers);
    if !line_ends.is_empty() {
        teaser_markers(text, &line_ends, &mut markers);
    }
    markers
}

/// Does the line end at `at` in `bytes`, but for white space and a closing
/// bracket?
fn ends_line(bytes: &[u8], at: usize) -> bool {
    let rest = &bytes[at.min(bytes.len())..];
    let rest = rest.strip_prefix("）".as_bytes()).unwrap_or(rest);
    rest.iter()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_none_or(|&b| b == b'\n' || b == b'\r')
}

/// A serial's note, alone on its line: where the instalment comes from
/// ("（接上期）": [`Direction::ContinuedFrom`]) or that it goes on in the next
/// issue ("（未完待续）": [`Direction::ContinuedOn`]). It points to no page.
pub fn serial_note(s: &str) -> Option<Direction> {
    let s = s.trim_matches(|c: char| c.is_whitespace() || SIGNS.contains(&c));
    let inner = s
        .strip_prefix(['（', '(', '【', '['])?
        .strip_suffix(['）', ')', '】', ']'])?
        .trim();
    match inner {
        "接上期" | "续上期" | "上接上期" | "紧接上期" | "接前期" => {
            Some(Direction::ContinuedFrom)
        }
        "未完待续" | "待续" | "未完" | "未完，待续" | "未完,待续" => {
            Some(Direction::ContinuedOn)
        }
        _ => None,
    }
}

/// Signs that may stand before a teaser's headline ("●我市召开…").
pub const TEASER_SIGNS: &str = "■□●◆◇▲△★☆·•";

/// A teaser line of a front page's 导读: a headline, a gap or leaders, and
/// the page the article is on ("●我市召开经济工作会议    2版",
/// "全市两会筹备工作有序推进……3版", "冬季供暖保障有力  详见第A4版").
static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        ^[{TEASER_SIGNS}\s]*
        (?P<title>\S.*?)
        (?:\s{{2,}}|\s*[…．.·—－-]{{2,}}\s*|\s*[→▶►]\s*|\s+[（(])
        (?P<ref>
            (?:(?:详见|请见|见)\s*)?
            第?\s*(?P<sec>[A-Za-z])?(?P<num>{NUMBER})\s*版
        )
        \s*[）)]?\s*$"
    ))
    .expect("teaser regex")
});

/// A date at the start: 2025年12月5日, 12月5日.
static DATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{2,4}年)?\d{1,2}月\d{1,2}日").expect("date regex"));

/// A head of teasers: "今日导读", "【本期导读】", "要闻导读".
pub fn is_teaser_head(s: &str) -> bool {
    let s = s.trim_matches(|c: char| c.is_whitespace() || "【】[]「」■□●◆◇▲★☆".contains(c));
    s.ends_with("导读") && s.chars().count() <= 4
}

/// One teaser line in a block under a head ([`is_teaser_head`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Teaser {
    /// The line without white space around it.
    pub line: Range<usize>,
    /// The headline the line gives.
    pub title: Range<usize>,
    /// The reference to the page, "2版", "详见A2版".
    pub reference: Range<usize>,
    pub page: PageRef,
}

/// The teaser line `line` (at `offset` in its page), if it is one.
pub fn teaser(line: &str, offset: usize) -> Option<Teaser> {
    let trimmed = line.trim_end();
    let caps = TEASER.captures(trimmed)?;
    let title = caps.name("title")?;
    // A headline: a few words, some of them Chinese, and no date (a
    // running head ends in its page too: "2025年12月5日  星期五  第1版").
    let words = title.as_str();
    if words.chars().count() < 4
        || !words.chars().any(is_cjk)
        || words.contains("星期")
        || DATED.is_match(words)
    {
        return None;
    }
    let reference = caps.name("ref")?;
    let number = parse_number(&caps["num"])?;
    let section = section(&caps);
    let start = line.len() - line.trim_start().len();
    Some(Teaser {
        line: offset + start..offset + trimmed.len(),
        title: offset + title.start()..offset + title.end(),
        reference: offset + reference.start()..offset + reference.end(),
        page: PageRef { section, number },
    })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The line that starts at `start`: its end, before the line break, and the
/// start of the next line.
fn line_from(text: &str, start: usize) -> (&str, usize) {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    (
        text[start..end].trim_end_matches('\r'),
        (end + 1).min(text.len()),
    )
}

/// The teasers under a head ([`is_teaser_head`]) whose next line starts at
/// `next`: the lines that read as teasers, a blank line between them or
/// not, up to the first that does not.
pub fn teasers_under(text: &str, next: usize) -> Vec<Teaser> {
    let (mut found, mut at, mut blanks) = (Vec::new(), next, 0);
    while at < text.len() {
        let (line, after) = line_from(text, at);
        if line.trim().is_empty() {
            blanks += 1;
            if blanks > 1 {
                break;
            }
        } else {
            blanks = 0;
            match teaser(line, at) {
                Some(t) => found.push(t),
                None => break,
            }
        }
        at = after;
    }
    found
}

/// The head of the teasers above the line that starts at `start`, if
/// teasers and blank lines lead up to one: the start of the line after it.
fn head_above(text: &str, start: usize) -> Option<usize> {
    let (mut at, mut blanks) = (start, 0);
    for _ in 0..40 {
        let end = at.checked_sub(1)?;
        let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = text[line_start..end].trim_end_matches('\r');
        if line.trim().is_empty() {
            blanks += 1;
            if blanks > 1 {
                return None;
            }
        } else if is_teaser_head(line) {
            return Some(at);
        } else if teaser(line, line_start).is_none() {
            return None;
        } else {
            blanks = 0;
        }
        at = line_start;
    }
    None
}

/// Markers of teasers without a verb ("●我市召开经济工作会议    2版"): a
/// reference to the page where the article is. Each of `line_ends` is a 版
/// at the end of its line.
fn teaser_markers(text: &str, line_ends: &[usize], markers: &mut Vec<Marker>) {
    let mut heads: Vec<usize> = line_ends
        .iter()
        .filter_map(|&pos| head_above(text, text[..pos].rfind('\n').map_or(0, |i| i + 1)))
        .collect();
    heads.dedup();
    let mut added = false;
    for t in heads.into_iter().flat_map(|next| teasers_under(text, next)) {
        if markers
            .iter()
            .any(|m| m.range.start < t.reference.end && t.reference.start < m.range.end)
        {
            continue;
        }
        markers.push(Marker {
            range: t.reference,
            direction: Direction::SeeAlso,
            page: t.page,
        });
        added = true;
    }
    if added {
        markers.sort_by_key(|m| m.range.start);
    }
}

/// Markers without 版 or 页, （转A2）: found from their closing bracket, after a
/// figure. A single-character verb needs a section letter (（接1） could be
/// anything) or a line of its own; 上接, 下转, 紧接, 转至 need neither.
fn bare(text: &str, markers: &mut Vec<Marker>) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for needle in ["）", ")"] {
        for pos in memchr::memmem::find_iter(bytes, needle.as_bytes()) {
            let before = text[..pos].trim_end_matches([' ', '\u{3000}']);
            let Some(last) = before.chars().next_back() else {
                continue;
            };
            if !is_page_figure(last) {
                continue;
            }
            let mut start = pos.saturating_sub(30);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let end = pos + needle.len();
            let Some(caps) = BARE.captures_iter(&text[start..end]).last() else {
                continue;
            };
            let whole = caps.get(0).expect("match");
            if whole.end() != end - start {
                continue;
            }
            let verb = &caps["verb"];
            let distinctive = matches!(verb, "上接" | "下转" | "紧接" | "转至");
            let range = (whole.start() + start)..end;
            if !(distinctive || caps.name("sec").is_some() || alone(text, &range)) {
                continue;
            }
            let Some(number) = parse_number(&caps["num"]) else {
                continue;
            };
            if markers
                .iter()
                .any(|m| m.range.start < range.end && range.start < m.range.end)
            {
                continue;
            }
            found.push(Marker {
                range,
                direction: direction(verb),
                page: PageRef {
                    section: section(&caps),
                    number,
                },
            });
        }
    }
    if !found.is_empty() {
        markers.extend(found);
        markers.sort_by_key(|m| m.range.start);
    }
}

fn direction(verb: &str) -> Direction {
    match verb {
        "下转" | "转" | "转至" => Direction::ContinuedOn,
        "详见" | "请见" | "见" => Direction::SeeAlso,
        _ => Direction::ContinuedFrom,
    }
}

fn section(caps: &regex::Captures) -> Option<char> {
    caps.name("sec")
        .and_then(|m| m.as_str().chars().next())
        .map(|c| c.to_ascii_uppercase())
}

fn scan(text: &str, window: std::ops::Range<usize>, markers: &mut Vec<Marker>) {
    let offset = window.start;
    let slice = &text[window];
    for caps in MARKER.captures_iter(slice) {
        let found = caps.get(0).expect("match");
        let whole = (found.start() + offset)..(found.end() + offset);
        let verb = &caps["verb"];
        let bracketed = caps.name("open").is_some() || caps.name("close").is_some();
        // ■下转第2版, →转4版: a sign before the verb sets it apart.
        let after_sign = text[..whole.start]
            .trim_end_matches([' ', '\u{3000}'])
            .ends_with(SIGNS);
        let distinctive = matches!(verb, "上接" | "下转" | "紧接" | "转至" | "详见" | "请见");
        // 见 alone is a common word: a reference only with 第 or a section
        // letter (见第3版, 见A2版), or in brackets.
        if verb == "见" && !(bracketed || caps.name("di").is_some() || caps.name("sec").is_some())
        {
            continue;
        }
        if !(distinctive
            || bracketed
            || after_sign
            || caps.name("di").is_some() && verb == "续"
            || alone(text, &whole))
        {
            continue;
        }
        let Some(number) = parse_number(&caps["num"]) else {
            continue;
        };
        markers.push(Marker {
            range: whole,
            direction: direction(verb),
            page: PageRef {
                section: section(&caps),
                number,
            },
        });
    }
}

/// Parses 12, １２, 十二, 二十四, 一百零二 and the like.
pub fn parse_number(s: &str) -> Option<u32> {
    if s.chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        let ascii: String = s
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    c
                } else {
                    char::from(b'0' + (c as u32 - '０' as u32) as u8)
                }
            })
            .collect();
        return ascii.parse().ok().filter(|&n| n > 0);
    }
    let digit = |c: char| {
        "零〇一二两三四五六七八九".find(c).map(|_| match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            _ => 9,
        })
    };
    let mut total = 0u32;
    let mut current = 0u32;
    for c in s.chars() {
        match c {
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
            }
            '百' => {
                total += if current == 0 { 100 } else { current * 100 };
                current = 0;
            }
            _ => current = digit(c)?,
        }
    }
    Some(total + current).filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Direction, Option<char>, u32) {
        let m = find_markers(text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        (m[0].direction, m[0].page.section, m[0].page.number)
    }

    #[test]
    fn every_form() {
        use Direction::*;
        assert_eq!(one("（上接第一版）"), (ContinuedFrom, None, 1));
        assert_eq!(one("正文（下转第二版）"), (ContinuedOn, None, 2));
        assert_eq!(one("（上接1版）"), (ContinuedFrom, None, 1));
        assert_eq!(one("（下转第3版）"), (ContinuedOn, None, 3));
        assert_eq!(one("（上接A2版）"), (ContinuedFrom, Some('A'), 2));
        assert_eq!(one("（紧接第一版）"), (ContinuedFrom, None, 1));
        assert_eq!(one("（转第四版）"), (ContinuedOn, None, 4));
        assert_eq!(one("下转第二版"), (ContinuedOn, None, 2));
        assert_eq!(one("(下转3版)"), (ContinuedOn, None, 3));
        assert_eq!(one("■下转第2版"), (ContinuedOn, None, 2));
        assert_eq!(one("→转4版"), (ContinuedOn, None, 4));
        assert_eq!(one("▶ 转第5版"), (ContinuedOn, None, 5));
        // White space after a marker without a bracket is the text's.
        assert_eq!(find_markers("上接1版  在乡村")[0].range, 0..10);
        assert_eq!(one("续第二十四版"), (ContinuedFrom, None, 24));
        assert_eq!(one("（下转B03版）"), (ContinuedOn, Some('B'), 3));
        // Where on the page, inside the brackets: the marker's too.
        assert_eq!(one("（下转第二版上部）"), (ContinuedOn, None, 2));
        assert_eq!(find_markers("正文（下转第3版右下）")[0].range, 6..31);
        assert_eq!(find_markers("下转第3版右侧")[0].range, 0..13);
        assert!(find_markers("转变作风，接受监督，第一版面").is_empty());
        assert!(find_markers("连接1版").is_empty());
        // In brackets, without 版.
        assert_eq!(one("正文。（转A2）"), (ContinuedOn, Some('A'), 2));
        assert_eq!(one("（上接A1）"), (ContinuedFrom, Some('A'), 1));
        assert_eq!(one("（下转 3）"), (ContinuedOn, None, 3));
        assert_eq!(one("(续B4)"), (ContinuedFrom, Some('B'), 4));
        assert_eq!(find_markers("正文（转A2）")[0].range, 6..17);
        // A single-character verb and a bare figure are not enough, nor is a
        // verb inside other words.
        assert!(find_markers("正文（接1）").is_empty());
        assert!(find_markers("（转载自第3）").is_empty());
        assert!(find_markers("（转A2 栏）").is_empty());
        assert!(find_markers("（图转A2）").is_empty());
        // Alone on its line, a single-character verb is enough.
        assert_eq!(one("正文\n转4版\n"), (ContinuedOn, None, 4));
        assert_eq!(one("正文\n  （接1）\n"), (ContinuedFrom, None, 1));
        assert!(find_markers("转4版后").is_empty());
        // A teaser's reference to the article's page.
        assert_eq!(
            one("全市冬季全民健身运动会开幕    详见A2版"),
            (SeeAlso, Some('A'), 2)
        );
        assert_eq!(one("（见第3版）"), (SeeAlso, None, 3));
        assert!(find_markers("意见3版本").is_empty());
    }

    #[test]
    fn marker_lines() {
        for line in [
            "（下转第二版）",
            "■下转第2版",
            "  转3版  ",
            "（转A2）",
            "【下转第4版】",
            "（转本报第2版）",
            "（下转第二版上部）",
            "（详见A2版）",
        ] {
            assert!(is_marker_line(line), "{line}");
            // What the line holds is what find_markers finds there.
            let found = find_markers(line);
            assert_eq!(found.len(), 1, "{line}");
            assert_eq!(
                line[found[0].range.clone()].trim(),
                line.trim().trim_start_matches('■'),
                "{line}"
            );
        }
        for line in [
            "良好态势。【下转第4版】",
            "（转A2）正文",
            "第二版",
            "（苏波）",
            // A teaser's verb needs 版, as find_markers has it.
            "（见3）",
        ] {
            assert!(!is_marker_line(line), "{line}");
        }
        assert!(find_markers("（见3）").is_empty());
    }

    #[test]
    fn serial_notes() {
        assert_eq!(serial_note("（接上期）"), Some(Direction::ContinuedFrom));
        assert_eq!(serial_note(" (续上期) "), Some(Direction::ContinuedFrom));
        assert_eq!(serial_note("（未完待续）"), Some(Direction::ContinuedOn));
        assert_eq!(serial_note("【待续】"), Some(Direction::ContinuedOn));
        assert_eq!(serial_note("（完）"), None);
        assert_eq!(serial_note("接上期"), None);
        assert_eq!(serial_note("（接上期）正文"), None);
        // They point to no page: no marker to go to.
        assert!(find_markers("（接上期）\n（未完待续）\n").is_empty());
    }

    #[test]
    fn teasers_under_a_head() {
        let text = "今日导读\n\n●我市召开经济工作会议        2版\n\n全市两会筹备工作有序推进……A3版\n冬季供暖保障有力  详见第4版\n\n\n下一段  5版\n";
        let found = find_markers(text);
        let refs: Vec<(&str, Direction, Option<char>, u32)> = found
            .iter()
            .map(|m| {
                (
                    &text[m.range.clone()],
                    m.direction,
                    m.page.section,
                    m.page.number,
                )
            })
            .collect();
        assert_eq!(
            refs,
            [
                ("2版", Direction::SeeAlso, None, 2),
                ("A3版", Direction::SeeAlso, Some('A'), 3),
                ("详见第4版", Direction::SeeAlso, None, 4),
            ]
        );
        let titles: Vec<&str> = teasers_under(text, "今日导读\n".len())
            .iter()
            .map(|t| &text[t.title.clone()])
            .collect();
        assert_eq!(
            titles,
            [
                "我市召开经济工作会议",
                "全市两会筹备工作有序推进",
                "冬季供暖保障有力"
            ]
        );
        // Without a head, such lines are no teasers: a running head ends
        // in its page too.
        assert!(find_markers("2025年12月5日  星期五  第4版\n").is_empty());
        assert!(find_markers("【本期导读】\n本期共发表文章12篇。\n专题  3版\n").is_empty());
        assert!(is_teaser_head("【本期导读】"));
        assert!(!is_teaser_head("做好新闻导读"));
        assert!(!is_teaser_head("坚持正确舆论导向，做好今日导读"));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("十"), Some(10));
        assert_eq!(parse_number("十二"), Some(12));
        assert_eq!(parse_number("二十"), Some(20));
        assert_eq!(parse_number("二十四"), Some(24));
        assert_eq!(parse_number("一百零二"), Some(102));
        assert_eq!(parse_number("０３"), Some(3));
        assert_eq!(parse_number("0"), None);
    }
}
