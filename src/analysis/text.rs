//! Character-level facts about page text: line splitting, widths, punctuation.
//!
//! Everything here works on byte offsets into the page text. Line breaks are
//! exactly LSP's: `\n`, `\r\n` and a lone `\r`.

use std::ops::Range;

/// One physical line of the page, as byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineSpan {
    /// First byte of the line.
    pub start: usize,
    /// One past the last byte of the line's content (before its line break).
    pub end: usize,
    /// First byte of the next line (after the line break); equals `end` on the last line.
    pub next: usize,
}

impl LineSpan {
    /// The line break that ends this line ("" on the last line).
    pub fn line_break<'a>(&self, text: &'a str) -> &'a str {
        &text[self.end..self.next]
    }
}

/// The start of the line after the line break at byte `at` (a `\n` or `\r`):
/// a `\r\n` pair is one break.
fn after_break(bytes: &[u8], at: usize) -> usize {
    if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
        at + 2
    } else {
        at + 1
    }
}

/// Splits `text` into lines. A text ending in a line break has an empty last line,
/// as editors show it.
pub fn split_lines(text: &str) -> Vec<LineSpan> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut start = 0;
    for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if pos < start {
            // The `\n` of a `\r\n` pair, already consumed.
            continue;
        }
        let next = after_break(bytes, pos);
        lines.push(LineSpan {
            start,
            end: pos,
            next,
        });
        start = next;
    }
    lines.push(LineSpan {
        start,
        end: bytes.len(),
        next: bytes.len(),
    });
    lines
}

/// A line measured in one pass: it holds no white space and no character of
/// unusual width, so its content is the whole line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainLine {
    pub span: LineSpan,
    /// [`half_width`] of the line.
    pub width: u32,
}

/// The line starting at byte `start` (a line start), measured on the way to its
/// line break, if it is plain: made of Chinese characters, full-width forms,
/// common punctuation and printable ASCII other than the space. `None` for any
/// other line (white space, other scripts, astral characters), which the caller
/// measures with [`split_lines`]' rules, [`trimmed`] and [`width_and_space`]:
/// `None` only means "not the quick way". One pass instead of three (finding the
/// line break, trimming, measuring); most lines of a page are plain.
pub fn plain_line(text: &str, start: usize) -> Option<PlainLine> {
    let b = text.as_bytes();
    let (mut i, mut width) = (start, 0u32);
    while i < b.len() {
        let lead = b[i];
        match lead {
            // U+4000–U+9FFF: ideographs, never white space.
            0xE4..=0xE9 => {
                width += 2;
                i += 3;
            }
            0x21..=0x7E => {
                width += 1;
                i += 1;
            }
            b'\n' | b'\r' => {
                let span = LineSpan {
                    start,
                    end: i,
                    next: after_break(b, i),
                };
                return Some(PlainLine { span, width });
            }
            // CJK punctuation (but the ideographic space U+3000).
            0xE3 if !(b[i + 1] == 0x80 && b[i + 2] == 0x80) => {
                width += 2;
                i += 3;
            }
            // U+FF00–U+FF60: full-width forms.
            0xEF if b[i + 1] == 0xBC || (b[i + 1] == 0xBD && b[i + 2] < 0xA1) => {
                width += 2;
                i += 3;
            }
            // U+2000–U+2FFF but the spaces, separators and the zero width space.
            0xE2 if !((b[i + 1] == 0x80
                && matches!(b[i + 2], 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF))
                || (b[i + 1] == 0x81 && b[i + 2] == 0x9F)) =>
            {
                width += special_width(b, i);
                i += 3;
            }
            _ => return None,
        }
    }
    let span = LineSpan {
        start,
        end: b.len(),
        next: b.len(),
    };
    Some(PlainLine { span, width })
}

/// The line starting at byte `start` (a line start), as [`split_lines`] splits it.
pub fn line_at(text: &str, start: usize) -> LineSpan {
    let bytes = text.as_bytes();
    match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        Some(offset) => {
            let end = start + offset;
            LineSpan {
                start,
                end,
                next: after_break(bytes, end),
            }
        }
        None => LineSpan {
            start,
            end: bytes.len(),
            next: bytes.len(),
        },
    }
}

/// The sum of `weight(b)` over `bytes`, for weights of 0 to 2: summed into a
/// byte per 64-byte chunk, which vectorises (a sum into `usize` widens every
/// byte and took 50 µs for 64 KiB; chunks of a multiple of the vector width end
/// without a scalar tail).
#[inline]
pub fn sum_bytes(bytes: &[u8], weight: impl Fn(u8) -> u8) -> usize {
    bytes
        .chunks(64)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + weight(b))))
        .sum()
}

/// The first line break used in the text, `\n` if it has none.
pub fn dominant_line_break(text: &str) -> &'static str {
    match memchr::memchr2(b'\n', b'\r', text.as_bytes()) {
        Some(pos) if text.as_bytes()[pos] == b'\r' => {
            if text.as_bytes().get(pos + 1) == Some(&b'\n') {
                "\r\n"
            } else {
                "\r"
            }
        }
        _ => "\n",
    }
}

/// Signs that open an author's line ("□ 乌兰图雅", "●市人大常委会办公室  杨 菁")
/// or a column's name ("■简讯").
pub const AUTHOR_SIGNS: [char; 5] = ['□', '●', '◎', '■', '○'];

/// The author signs under a title ("草原的秋天" over "□ 乌兰图雅"): all but ■,
/// which opens a column's name under a headline as often.
pub const SIGNATURE_SIGNS: [char; 4] = ['□', '●', '◎', '○'];

/// The most characters of a note in brackets right after a person's name in a
/// list (其其格（女）, 巴特尔（蒙古族）, 赵丽娟（女，蒙古族）): the layout's
/// list entries and the scanner's listed names both skip it.
pub const NAME_NOTE_CHARS: usize = 6;

/// "■简讯", "●工作动态": a column's name after the square, not an author.
#[inline(never)]
pub fn is_column_head(s: &str) -> bool {
    let Some(name) = s.strip_prefix(AUTHOR_SIGNS) else {
        return false;
    };
    let name = name.trim_matches(|c: char| c.is_whitespace());
    name.chars().count() <= 8
        && [
            "讯", "动态", "速览", "新闻", "集锦", "简报", "要闻", "传真", "短波", "扫描",
        ]
        .iter()
        .any(|w| name.ends_with(w))
}

/// "赤峰日报·翁牛特旗新闻", "综合新闻", "要闻": the paper's name or the
/// page's section, set as a running head; it titles no news item under it.
pub fn is_page_head(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    s.chars().count() <= 16
        && (["新闻", "要闻"].iter().any(|w| s.ends_with(w))
            || ["日报", "晚报", "报·"].iter().any(|w| s.contains(w)))
}

/// Characters that end most place names (市, 旗, 县, 盟, 区) and the names of
/// towns (镇, 乡, 苏木): recorded for the home-place inference.
pub const LEVEL_CHARS: [char; 8] = ['市', '旗', '县', '盟', '区', '镇', '乡', '木'];

/// "●准格尔旗  召开人大代表座谈会": a brief's head, its place and what
/// happened there, a wide gap between. An author's line ends in a name
/// ("●市人大常委会办公室  杨 菁"), no more than six characters; a brief's
/// lead-in opens with no place alone ("●多伦县开展普法宣传  县司法局…").
pub fn is_brief_head(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(AUTHOR_SIGNS) else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    let Some((place, event)) = rest
        .split_once("  ")
        .or_else(|| rest.split_once('\u{3000}'))
    else {
        return false;
    };
    let event = event.trim_matches(is_space);
    let han = |t: &str| t.chars().all(is_han_script);
    (2..=8).contains(&place.chars().count())
        && han(place)
        && (place.ends_with(LEVEL_CHARS) || place.ends_with('查'))
        && event.chars().count() >= 7
        && han(event)
        && !["记者", "通讯员", "摄"].iter().any(|w| rest.contains(w))
}

/// "■带领乡亲共同致富", "■相关链接", "■链接": a section's heading after the
/// filled square, set alone; not an author ("■ 本报记者 乌云", "■乌兰图雅") nor a
/// column's name ("■简讯").
pub fn is_square_heading(s: &str) -> bool {
    // "【链接】", "【相关背景】": a box's heading in brackets; other names in
    // brackets ("【代表风采】") are columns.
    if let Some(name) = s.strip_prefix('【').and_then(|s| s.strip_suffix('】')) {
        return (2..=6).contains(&name.chars().count()) && BOXES.iter().any(|w| name.ends_with(w));
    }
    let Some(rest) = s.strip_prefix(['■', '◆']) else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    let n = rest.chars().count();
    (n >= 5 || (n >= 2 && BOXES.iter().any(|w| rest.ends_with(w))))
        && !rest.contains(is_space)
        && !rest.contains(['，', '。', '；'])
        && !["记者", "通讯员", "评论员", "特约"]
            .iter()
            .any(|w| rest.contains(w))
        && !is_column_head(s)
}

/// The words that end a box's heading: "■相关链接", "【背景】".
const BOXES: [&str; 10] = [
    "链接",
    "背景",
    "手记",
    "贴士",
    "阅读",
    "点评",
    "声音",
    "短评",
    "编后",
    "编后语",
];

/// Signs that open a brief ("●多伦县开展普法宣传  县司法局…").
pub const BRIEF_SIGNS: [char; 4] = ['●', '■', '◆', '◎'];

/// Words that end the title of a notice, a public document or a classified
/// advertisement (遗失声明, 注销公告, 统计公报, 房屋出租): such an item stands
/// alone on the page.
const NOTICE_WORDS: &[&str] = &[
    "公告", "通告", "公报", "启事", "声明", "通知", "讣告", "公示", "决定", "决议", "名单", "招聘",
    "出租", "出售", "转让", "招租", "求购", "拍卖", "事记", "提案", "议案",
];

/// Does `s` end in a word of [`NOTICE_WORDS`] (each two characters)? "公    告"
/// is read without its spaces.
pub fn ends_in_notice_word(s: &str) -> bool {
    let mut chars = s.chars().rev().filter(|c| !c.is_whitespace());
    let (Some(last), Some(before)) = (chars.next(), chars.next()) else {
        return false;
    };
    NOTICE_WORDS.iter().any(|w| w.chars().eq([before, last]))
}

/// Words that announce contact details: a notice or an advertisement ends in
/// them, with no stop after ("联系电话：13947712345", "联系人：张女士").
const CONTACT_WORDS: &[&str] = &["电话", "热线", "手机", "联系", "传真", "微信", "咨询"];

/// Does a line end in contact details: a telephone number (seven digits at
/// least, dashes allowed) after a word that announces it, or a person to call
/// ("张女士", "王先生") after 联系人 in this line or the one over it (`above`)?
/// An item ends there without a stop; a sentence cut by a blank line does not.
pub fn ends_in_contact(s: &str, above: &str) -> bool {
    let s = s.trim_end_matches(is_space);
    let number = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '－');
    let digits = s[number.len()..].bytes().filter(u8::is_ascii_digit).count();
    if digits >= 7 {
        // The announcing word stands in the last twelve characters before.
        let from = number.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
        let before = &number[from..];
        return CONTACT_WORDS.iter().any(|w| before.contains(w));
    }
    (s.ends_with("女士") || s.ends_with("先生"))
        && (s.contains("联系人") || above.contains("联系人"))
}

/// The words that end a document's title opened by 关于.
const DOCUMENT_ENDS: &[&str] = &[
    "决定", "决议", "通知", "意见", "报告", "办法", "规定", "方案", "批复", "公告", "通告", "公报",
    "条例", "细则", "纲要", "规划", "名单", "说明", "请示", "提案", "议案", "建议", "函",
];

/// "关于加强中小学校园周边交通安全管理的建议": a document's title, however
/// wide, opened by 关于 and ended by the document's word, with no stop in it.
pub fn is_document_title(s: &str) -> bool {
    // (By its first bytes, compared inline: most lines fail there.)
    s.as_bytes().first_chunk::<6>() == "关于".as_bytes().first_chunk::<6>()
        && DOCUMENT_ENDS.iter().any(|w| s.ends_with(w))
        && !s.contains(['，', '。', '；', '！', '？', ','])
}

/// Is `second` the rest of the title `first`, wrapped? A document's title
/// opened by 关于 ends in the document's word (决定, 通知, 报告 …): a first
/// line with 关于 and without that word goes on in a second line with it. So
/// does a body's name over its session's document (…人民代表大会 over
/// 第四次会议选举结果公告), and a body's name that runs on ([`wraps_body_name`]).
pub fn is_wrapped_title(first: &str, second: &str) -> bool {
    if wraps_body_name(first, second) {
        return true;
    }
    let ends = |s: &str| DOCUMENT_ENDS.iter().any(|w| s.ends_with(w));
    // "鄂托克前旗第十八届人民代表大会" over "第四次会议选举结果公告": the
    // body, then its session and the document.
    let session = || {
        ["大会", "委员会", "常委会"]
            .iter()
            .any(|w| first.ends_with(w))
            && second.starts_with('第')
            && second.contains("会议")
    };
    // "关于对…产业" over "示范区建设的几点思考认识": a 关于 title names its
    // matter before 的; a first line without 的 goes on in a second with it.
    let about = || {
        first.contains("关于")
            && !second.contains("关于")
            && !second.starts_with("——")
            && (ends(second)
                || first.starts_with("关于") && !first.contains('的') && second.contains('的'))
    };
    !ends(first) && (about() || ends(second) && session())
}

/// Does a body's name run on from `line` into `next`, a headline set in two
/// lines ("鄂托克前旗第十八届人民代表大会" over "常务委员会组成人员名单",
/// "中国人民政治协商会议" over "鄂托克前旗委员会…")?
pub fn wraps_body_name(line: &str, next: &str) -> bool {
    // (Asked of every pair of lines not joined otherwise: the last character first.)
    if !line.ends_with(['会', '议']) {
        return false;
    }
    let next = next.trim_start();
    (line.ends_with("代表大会") && (next.starts_with("常务委员会") || next.starts_with("常委会")))
        || (line.ends_with("政治协商会议")
            && next
                .char_indices()
                .take(12)
                .any(|(i, _)| next[i..].starts_with("委员会")))
}

/// The pairs a title may wrap inside: 《…》 and “…”.
const TITLE_PAIRS: [(char, char); 2] = [('《', '》'), ('“', '”')];

fn leaves_pair_open(s: &str, open: char, close: char) -> bool {
    s.rfind(open).is_some_and(|at| !s[at..].contains(close))
}

/// Does `s` leave a 《 or “ open, to be closed on the next line
/// ("…《内蒙古自治区建设国家向北" over "开放重要桥头堡促进条例》…")?
pub fn leaves_open(s: &str) -> bool {
    TITLE_PAIRS
        .iter()
        .any(|&(open, close)| leaves_pair_open(s, open, close))
}

/// Does `tail` close a 《 or “ that `head` left open, before opening another?
pub fn closes_open(head: &str, tail: &str) -> bool {
    TITLE_PAIRS.iter().any(|&(open, close)| {
        leaves_pair_open(head, open, close)
            && tail
                .find(close)
                .is_some_and(|at| !tail[..at].contains(open))
    })
}

/// The text after a date of month and day that opens `s` ("12月1日，…",
/// "1月8日　…"), in digits of one or two each.
pub fn after_month_day(s: &str) -> Option<&str> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let m = digits(s);
    let rest = s[m..].strip_prefix('月').filter(|_| (1..=2).contains(&m))?;
    let d = digits(rest);
    rest[d..]
        .strip_prefix('日')
        .filter(|_| (1..=2).contains(&d))
}

/// White space as it appears in extracted pages, including the ideographic space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}'
}

/// The byte range of `line` without leading and trailing white space.
pub fn trimmed(text: &str, line: LineSpan) -> Range<usize> {
    let s = &text[line.start..line.end];
    // Most lines start and end with a character that is not white space: decided
    // by decoding those two characters alone.
    let mut chars = s.chars();
    match (chars.next(), chars.next_back()) {
        (None, _) => return line.start..line.start,
        (Some(first), last) if !is_space(first) && !last.is_some_and(is_space) => {
            return line.start..line.end;
        }
        _ => {}
    }
    let after_lead = s.trim_start_matches(is_space);
    let lead = s.len() - after_lead.len();
    let content = after_lead.trim_end_matches(is_space);
    line.start + lead..line.start + lead + content.len()
}

/// Display width in half-em units: a CJK or full-width character is 2, ASCII 1.
pub fn half_width(s: &str) -> u32 {
    width_and_space(s).0
}

/// [`half_width`], and the spaces between words that `s` holds, found on the
/// way: ASCII, or no-break (U+00A0) and ideographic (U+3000), with which lists
/// of people set names apart too ("张鸿杰\u{a0}市人大常委会…").
///
/// Decided from the lead byte, with branches rather than a table: Chinese text
/// is runs of three-byte characters, which the branches predict, and a
/// table-driven step would make each character wait for the load before it.
/// Six lead bytes start characters of other widths (curly quotes, the BOM,
/// combining marks, half-width forms, scripts below U+1100); the bytes after
/// them decide. Equal to the sum of the characters' widths
/// (`char_half_width`, which proptests compare).
pub fn width_and_space(s: &str) -> (u32, Spaces) {
    let b = s.as_bytes();
    let (mut width, mut space, mut other) = (0, false, false);
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if (0xE3..=0xEE).contains(&lead) {
            // U+3000–U+EFFF: CJK punctuation and ideographs.
            other |= lead == 0xE3 && b.get(i + 1..i + 3) == Some(&[0x80, 0x80]);
            width += 2;
            i += 3;
        } else if lead < 0x80 {
            space |= lead == b' ';
            width += 1;
            i += 1;
        } else if lead < 0xE0 {
            other |= lead == 0xC2 && b.get(i + 1) == Some(&0xA0);
            width += if lead == 0xCC || lead == 0xCD {
                special_width(b, i)
            } else {
                1
            };
            i += 2;
        } else if lead < 0xF0 {
            width += special_width(b, i);
            i += 3;
        } else {
            width += 2;
            i += 4;
        }
    }
    (
        width,
        Spaces {
            ascii: space,
            other,
        },
    )
}

/// The spaces between words a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spaces {
    /// An ASCII space (a credit may be set apart by a run of them).
    pub ascii: bool,
    /// A no-break or ideographic space.
    pub other: bool,
}

impl Spaces {
    pub fn any(self) -> bool {
        self.ascii || self.other
    }
}

/// The width of the character at `i`, whose lead byte is 0xCC, 0xCD or 0xE0–0xEF.
#[inline]
fn special_width(b: &[u8], i: usize) -> u32 {
    let c1 = b.get(i + 1).copied().unwrap_or(0);
    let c2 = b.get(i + 2).copied().unwrap_or(0);
    match (b[i], c1, c2) {
        // U+0300–U+036F: combining marks.
        (0xCC, _, _) => 0,
        (0xCD, c1, _) => u32::from(c1 >= 0xB0),
        // U+0800–U+10FF: scripts set narrow in these pages.
        (0xE0, _, _) => 1,
        (0xE1, c1, _) => 1 + u32::from(c1 >= 0x84),
        // U+200B zero width space; curly quotes, which these PDFs set narrow.
        (0xE2, 0x80, 0x8B) => 0,
        (0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D) => 1,
        // U+FEFF; U+FF61–U+FF9F half-width forms.
        (0xEF, 0xBB, 0xBF) => 0,
        (0xEF, 0xBD, 0xA1..) | (0xEF, 0xBE, ..=0x9F) => 1,
        _ => 2,
    }
}

#[cfg(test)]
fn char_half_width(c: char) -> u32 {
    let u = c as u32;
    if u < 0x7f {
        1
    } else if (0x300..0x370).contains(&u) || c == '\u{200b}' || c == '\u{feff}' {
        0
    } else if (0xff61..=0xff9f).contains(&u) || matches!(c, '“' | '”' | '‘' | '’') {
        // Half-width forms, and curly quotes, which these PDFs set narrow.
        1
    } else if u < 0x1100 {
        // Latin-1, Greek, Cyrillic: narrow in these pages.
        1
    } else {
        2
    }
}

/// Is `c` a Chinese (Han) character?
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0x20000..=0x3134f)
}

/// Is `c` of the Han script, as the regex class `\p{Han}` (up to unassigned code
/// points): the ideographs of [`is_han`] and the radicals, iteration and numeral
/// marks (々, 〇).
pub fn is_han_script(c: char) -> bool {
    is_han(c)
        || matches!(c as u32,
            0x2e80..=0x2e99 | 0x2e9b..=0x2ef3 | 0x2f00..=0x2fd5 | 0x3005 | 0x3007
            | 0x3021..=0x3029 | 0x3038..=0x303b | 0x16fe2..=0x16fe3 | 0x16ff0..=0x16ff1
            | 0x2f800..=0x2fa1d | 0x31350..=0x323af)
}

/// Does `s` (a line's content) start in the middle of a sentence, by its form
/// alone? Only forms no sentence opens with: a character that only follows a
/// word (，。；） 们 and the like), 的 (but 的确), or a single character and a
/// comma or stop (门，组织…, 势、…), the end of a word cut in two. Not an
/// enumeration (一、) nor a word that opens a sentence with a comma (但，).
pub fn starts_mid_sentence(s: &str) -> bool {
    let mut chars = s.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return false;
    };
    match first {
        '，' | ',' | '、' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '）'
        | ')' | '」' | '』' | '》' | '”' | '’' | '】' | '〕' | '们' => true,
        '的' => second.is_some_and(|c| c != '确'),
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '但' | '而'
        | '可' | '故' | '则' | '且' | '若' | '即' | '因' | '对' => false,
        _ => matches!(second, Some('，' | '、' | '。' | '；' | '：' | ',' | ';')) && is_han(first),
    }
}

/// How a line's text ends, seen as a piece of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ending {
    /// Sentence-final punctuation (。！？… and their half-width forms), possibly
    /// followed by closing quotes or a credit in brackets.
    Terminal,
    /// Punctuation that cannot end a paragraph: ，、 and the like.
    Continuing,
    /// A semicolon or colon: ends a clause, rarely a paragraph.
    Clause,
    /// A character or a closing quote: the sentence is still open.
    Open,
}

const CLOSERS: &[char] = &['”', '’', '」', '』', '》', '〕', '】', ']', '"', '\''];

/// Classifies how the (trimmed) line content `s` ends.
pub fn ending(s: &str) -> Ending {
    match s.chars().next_back() {
        None => Ending::Open,
        // Most lines end in a character or a stop: decided by it alone.
        Some(c) if !(is_space(c) || c == '）' || c == ')' || CLOSERS.contains(&c)) => ending_of(c),
        Some(_) => ending_of_group(s),
    }
}

/// How a text ending in `c`, not a closer or a space, ends.
fn ending_of(c: char) -> Ending {
    match c {
        '。' | '．' | '.' | '！' | '!' | '？' | '?' | '…' => Ending::Terminal,
        '，' | ',' | '、' | '—' | '－' | '·' | '（' | '(' | '“' | '‘' | '《' | '「' => {
            Ending::Continuing
        }
        '；' | ';' | '：' | ':' => Ending::Clause,
        _ => Ending::Open,
    }
}

/// [`ending`] of a text that ends in white space, a bracket or a closing quote.
fn ending_of_group(s: &str) -> Ending {
    let mut s = s.trim_end_matches(is_space);
    // A bracketed group at the end: a credit like "（苏波）" closing a news item,
    // or a whole-line marker like "（上接第一版）".
    if let Some(inner_end) = s.strip_suffix('）').or_else(|| s.strip_suffix(')')) {
        if let Some(open) = inner_end.rfind(['（', '(']) {
            let before = inner_end[..open].trim_end_matches(is_space);
            if before.is_empty() {
                return Ending::Terminal;
            }
            let before_ending = ending(before);
            if before_ending == Ending::Terminal {
                return Ending::Terminal;
            }
        }
        return Ending::Open;
    }
    while let Some(rest) = s.strip_suffix(CLOSERS) {
        s = rest;
    }
    s.chars().next_back().map_or(Ending::Open, ending_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrapped_inside_brackets_and_over_their_matter() {
        assert!(leaves_open("研组对我市贯彻落实《内蒙古自治区建设国家向北"));
        assert!(!leaves_open("《巴彦淖尔人大》优秀通讯员的通报"));
        assert!(closes_open(
            "关于检查《中华人民共和国基本医疗卫生",
            "与健康促进法》实施情况的报告"
        ));
        assert!(!closes_open("关于检查《宪法》实施", "《监督法》的报告"));
        // 关于 with its matter's 的 on the next line; not over a dashed subtitle.
        assert!(is_wrapped_title(
            "关于对巴彦淖尔国家农业高新技术产业",
            "示范区建设的几点思考认识"
        ));
        assert!(!is_wrapped_title(
            "关于加强基层人大建设",
            "——达拉特旗的实践与探索"
        ));
        assert!(!is_wrapped_title(
            "习贯彻习近平总书记关于坚持和完善人民代表大",
            "会制度的重要思想"
        ));
    }

    /// [`ends_in_notice_word`] compares the last two characters only.
    #[test]
    fn notice_words_are_two_characters() {
        assert!(NOTICE_WORDS.iter().all(|w| w.chars().count() == 2));
        assert!(ends_in_notice_word("公    告"));
        assert!(ends_in_notice_word(
            "鄂尔多斯市2025年国民经济和社会发展统计公报"
        ));
        assert!(!ends_in_notice_word("告"));
        assert!(!ends_in_notice_word("治理智慧"));
    }

    #[test]
    fn splits_every_lsp_line_break() {
        let text = "a\nb\r\nc\rd";
        let lines: Vec<&str> = split_lines(text)
            .iter()
            .map(|l| &text[l.start..l.end])
            .collect();
        assert_eq!(lines, ["a", "b", "c", "d"]);
        assert_eq!(split_lines("x\n").len(), 2);
        assert_eq!(split_lines("").len(), 1);
        assert_eq!(split_lines("\r\n\r\n").len(), 3);
    }

    #[test]
    fn endings() {
        assert_eq!(ending("贡献人大智慧和力量。"), Ending::Terminal);
        assert_eq!(ending("提供理论和智力支撑。（苏波）"), Ending::Terminal);
        assert_eq!(ending("（上接第一版）"), Ending::Terminal);
        assert_eq!(ending("大力开展跟踪监督和监督"), Ending::Open);
        assert_eq!(ending("两件大事、"), Ending::Continuing);
        assert_eq!(ending("“温暖工程”"), Ending::Open);
        assert_eq!(ending("到日常工作中。”"), Ending::Terminal);
        assert_eq!(ending("预算调整方案（草案）"), Ending::Open);
        assert_eq!(ending("Hello world. "), Ending::Terminal);
    }

    #[test]
    fn widths() {
        assert_eq!(half_width("ab"), 2);
        assert_eq!(half_width("人大"), 4);
        assert_eq!(half_width("𠮷"), 2);
        let ascii = Spaces {
            ascii: true,
            other: false,
        };
        let other = Spaces {
            ascii: false,
            other: true,
        };
        assert_eq!(width_and_space("生产。  张妍"), (12, ascii));
        assert_eq!(width_and_space("生产。\u{3000}张妍"), (12, other));
        assert_eq!(width_and_space("生产。\u{a0}张妍"), (11, other));
        for s in [
            "“人”",
            "ｱ",
            "é",
            "e\u{301}",
            "—…",
            "\u{feff}x",
            "ab 人。，",
            "▲■",
        ] {
            assert_eq!(
                half_width(s),
                s.chars().map(char_half_width).sum::<u32>(),
                "{s}"
            );
        }
    }

    proptest::proptest! {
        /// The lead-byte shortcut gives the sum of the characters' widths, on any text.
        #[test]
        fn width_by_lead_bytes_is_width_by_characters(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(half_width(&s), s.chars().map(char_half_width).sum::<u32>());
        }

        /// Ending by the last character first is the ending of the whole rule
        /// (written here as it was: trim, bracketed group, closers, last character).
        #[test]
        fn ending_is_the_rule(s in proptest::collection::vec(proptest::sample::select(vec![
            "人", "a", " ", "\u{3000}", "。", ".", "…", "，", "、", "—", "（", "(", "）", ")",
            "；", "：", "”", "’", "》", "】", "'", "苏波", "上接第一版",
        ]), 0..8)) {
            const TERMINAL: &[char] = &['。', '．', '.', '！', '!', '？', '?', '…'];
            const CONTINUING: &[char] =
                &['，', ',', '、', '—', '－', '·', '（', '(', '“', '‘', '《', '「'];
            const CLAUSE: &[char] = &['；', ';', '：', ':'];
            fn rule(s: &str) -> Ending {
                let mut s = s.trim_end_matches(is_space);
                if let Some(inner_end) = s.strip_suffix('）').or_else(|| s.strip_suffix(')')) {
                    if let Some(open) = inner_end.rfind(['（', '(']) {
                        let before = inner_end[..open].trim_end_matches(is_space);
                        if before.is_empty() || rule(before) == Ending::Terminal {
                            return Ending::Terminal;
                        }
                    }
                    return Ending::Open;
                }
                while let Some(rest) = s.strip_suffix(CLOSERS) {
                    s = rest;
                }
                match s.chars().next_back() {
                    Some(c) if TERMINAL.contains(&c) => Ending::Terminal,
                    Some(c) if CONTINUING.contains(&c) => Ending::Continuing,
                    Some(c) if CLAUSE.contains(&c) => Ending::Clause,
                    _ => Ending::Open,
                }
            }
            let s = s.concat();
            proptest::prop_assert_eq!(ending(&s), rule(&s), "{}", s);
        }

        /// Trimming by first and last bytes removes exactly the white space at the ends.
        #[test]
        fn trimmed_is_trim(s in proptest::collection::vec(proptest::sample::select(vec![
            "a", "人", "𠮷", " ", "\t", "\u{3000}", "\u{feff}", "\u{a0}", "\u{85}", "\u{2003}",
            "\u{2028}", "\u{205f}", "\u{1680}", "\u{1c}", "“", "，", "é", "\u{e000}",
        ]), 0..8)) {
            let s = s.concat();
            let line = LineSpan { start: 0, end: s.len(), next: s.len() };
            let expected = s.trim_start_matches(is_space).trim_end_matches(is_space);
            proptest::prop_assert_eq!(&s[trimmed(&s, line)], expected);
        }

        /// The same on strings of the characters at the edges of each correction.
        #[test]
        fn width_at_the_edges(s in proptest::collection::vec(proptest::sample::select(vec![
            'a', ' ', '\u{7f}', '\u{80}', '\u{2ff}', '\u{300}', '\u{33f}', '\u{340}', '\u{36f}',
            '\u{370}', '\u{7ff}', '\u{800}', '\u{fff}', '\u{1000}', '\u{10ff}', '\u{1100}',
            '\u{2000}', '\u{200a}', '\u{200b}', '\u{200c}', '\u{2017}', '‘', '’', '\u{201a}',
            '\u{201b}', '“', '”', '\u{201e}', '\u{2080}', '\u{feff}', '\u{fefe}', '\u{ff00}',
            '\u{ff0c}', '\u{ff60}', '\u{ff61}', '\u{ff9f}', '\u{ffa0}', '\u{fffd}', '人', '𠮷', '😀',
        ]), 0..12)) {
            let s: String = s.into_iter().collect();
            proptest::prop_assert_eq!(half_width(&s), s.chars().map(char_half_width).sum::<u32>());
        }

        /// A plain line is the line [`split_lines`] finds, untouched by
        /// [`trimmed`], with its [`half_width`] and no space; [`line_at`] is the
        /// line `split_lines` finds.
        #[test]
        fn plain_lines_are_measured_lines(s in proptest::collection::vec(proptest::sample::select(vec![
            "a", " ", "\t", "\n", "\r", "\r\n", "\u{7f}", "人", "。", "\u{3000}", "\u{3001}",
            "\u{2000}", "\u{200a}", "\u{200b}", "\u{2028}", "\u{202f}", "\u{205f}", "\u{2060}",
            "“", "—", "\u{feff}", "\u{ff0c}", "\u{ff60}", "\u{ff61}", "\u{85}", "\u{a0}",
            "\u{1680}", "𠮷", "😀", "\u{e000}", "é",
        ]), 0..16)) {
            let text = s.concat();
            let lines = split_lines(&text);
            for line in &lines {
                proptest::prop_assert_eq!(line_at(&text, line.start), *line);
                if let Some(plain) = plain_line(&text, line.start) {
                    proptest::prop_assert_eq!(plain.span, *line);
                    proptest::prop_assert_eq!(trimmed(&text, *line), line.start..line.end);
                    let content = &text[line.start..line.end];
                    proptest::prop_assert_eq!((plain.width, Spaces::default()), width_and_space(content));
                }
            }
        }
    }

    #[test]
    fn lines_that_start_mid_sentence() {
        for s in [
            "门，组织部分外国留学生",
            "门,组织",
            "势、积极响应",
            "的各界代表人士",
            "，强调",
            "们表示",
        ] {
            assert!(starts_mid_sentence(s), "{s}");
        }
        for s in [
            "的确如此。",
            "但，这不是全部",
            "构建以政协协商规则为主体",
            "一、提高政治站位",
            "“今天我终于拿到产权证了",
            "门",
            "",
        ] {
            assert!(!starts_mid_sentence(s), "{s}");
        }
    }
}
