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

/// A marker without 版 or 页: only whole in its brackets, （转A2） （下转3）.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        [（(]\s*
        (?P<verb>上接|下转|紧接|转至|转|接|续)
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
            (?:{VERBS})
            \s*(?:本报)?\s*第?\s*[A-Za-z]?
            {NUMBER}
            \s*(?:(?:版|页)\s*(?:[上下左右中]{{1,2}}部?)?)?\s*[）)\]】]
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
    for needle in ["版", "页"] {
        for pos in memchr::memmem::find_iter(bytes, needle.as_bytes()) {
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
    markers
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
        ] {
            assert!(!is_marker_line(line), "{line}");
        }
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
