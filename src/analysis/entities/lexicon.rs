//! The lexicons behind entity recognition: titles, institutions, organisation
//! parts, places, surnames, Mongolian name characters and words that end a name.
//!
//! The built-in lists are data files under `data/` compiled into the binary
//! (sources and licences in `data/SOURCES.md`). A workspace extends them with
//! [`Extensions`] from `baokan.toml`. A lexicon is immutable once built: the
//! built-in one is built once per process, extended ones once per configuration.

use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use super::scanner::Scanner;

const TITLES: &str = include_str!("../../../data/titles.tsv");
const INSTITUTIONS: &str = include_str!("../../../data/institutions.tsv");
const ORG_PARTS: &str = include_str!("../../../data/org-parts.tsv");
const PLACES: &str = include_str!("../../../data/places.tsv");
/// Leagues renamed cities since (伊克昭盟, now 鄂尔多斯市).
const FORMER_PLACES: &str = include_str!("../../../data/former-places.tsv");
const SURNAMES: &str = include_str!("../../../data/surnames.txt");
const SURNAMES_EXTRA: &str = include_str!("../../../data/surnames-extra.txt");
const PERSONS: &str = include_str!("../../../data/persons.txt");
const KNOWN_ORGS: &str = include_str!("../../../data/known-orgs.txt");
const NAME_STOPS: &str = include_str!("../../../data/name-stops.txt");
const MONGOLIAN: &str = include_str!("../../../data/mongolian.txt");
const TIBETAN: &str = include_str!("../../../data/tibetan.txt");

/// What the text of a title says about its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleInfo {
    /// A public office: its holder is an official.
    pub post: bool,
    /// Also written after the name (孟长云副主任).
    pub after_name: bool,
    /// An occupation (农民, 牧民): a role only right after the place a person
    /// lives in, never after another title.
    pub occupation: bool,
}

/// An institution: the part of an organisation's name after its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    /// The full official form with `{place}` where the place goes.
    pub expanded: String,
    /// Names one body even without a place (国务院, 市委).
    pub standalone: bool,
}

/// A place from the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    /// 1 province, 2 city or league, 3 county or banner, 4 township or sumu, 5 village or gacha.
    pub level: u8,
    /// The full name of the place above it ("" for provinces).
    pub parent: String,
}

/// What one anchor pattern of the scanner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Title(TitleInfo),
    /// Index into [`Lexicon::institutions`].
    Institution(usize),
    /// A department inside the body before it; `named` when characters naming
    /// it may come first (科教文卫 + 工作委员会).
    Unit {
        named: bool,
    },
    /// The end of a school, institute or company name that starts with a place.
    Suffix,
    /// A whole organisation name given by the user.
    Organisation,
    /// Contains a title or institution but is neither.
    Not,
}

/// Additions from a workspace's `baokan.toml` (`[entities]` table).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Extensions {
    /// Names of people to recognise wherever they are written.
    pub people: Vec<String>,
    /// Whole organisation names to recognise as written.
    pub organizations: Vec<String>,
    /// Extra titles of public offices.
    pub titles: Vec<String>,
    /// Another name for an organisation: alias → the name it stands for.
    pub aliases: HashMap<String, String>,
}

/// All lexicons, ready for scanning.
pub struct Lexicon {
    pub(super) scanner: Scanner,
    pub(super) anchors: Vec<Anchor>,
    pub(super) institution_names: Vec<String>,
    pub(super) institutions: Vec<Institution>,
    places: FxHashMap<String, usize>,
    /// Names that several places of the same level bear (乌兰镇 is a town of
    /// more than one banner): they say nothing of the county a page is about.
    shared_places: FxHashSet<String>,
    /// The last two characters of every place name: most 市 and 旗 on a page (全市,
    /// 我市, ，市人大) end no place, and this rules them out before any lookup.
    /// With, for each pair, the lengths in characters (bit n: n characters) of
    /// the names that end so, which leaves one or two lookups per candidate.
    place_ends: FxHashMap<(char, char), u32>,
    pub(super) place_list: Vec<Place>,
    /// Indices into `place_list` by parent name, in gazetteer order.
    children: FxHashMap<String, Vec<usize>>,
    surnames: FxHashSet<char>,
    compound_surnames: FxHashSet<String>,
    pub(super) known_people: FxHashSet<String>,
    /// Organisations named without a place (清华大学, 世界银行), looked up when a
    /// suffix ends a name that has no place before it.
    known_orgs: FxHashSet<String>,
    /// Their first characters, each with the lengths in characters (bit n: n
    /// characters) of the names it starts: most candidates fail here, before
    /// a string is hashed.
    known_org_starts: FxHashMap<char, u32>,
    /// The longest of them, in characters.
    known_org_chars: usize,
    pub(super) extra_people: Vec<String>,
    /// Words that end a name, by their first character, longest first.
    stops: FxHashMap<char, Vec<String>>,
    mongolian: FxHashSet<char>,
    /// Characters of the gazetteer's sumu and gacha names (哈日根图 of 哈日根图嘎查).
    township_chars: FxHashSet<char>,
    /// First characters of the cities' names (乌 of 乌海市): a short form
    /// before 市 (乌市) opens with one of them.
    city_initials: FxHashSet<char>,
    /// Two-character parts of Tibetan names (次仁, 扎西).
    tibetan: FxHashSet<[char; 2]>,
    pub(super) aliases: FxHashMap<String, String>,
    /// Units written short and their full names (财经委, 财政经济委员会).
    pub(super) unit_names: Vec<(String, String)>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("anchors", &self.anchors.len())
            .field("places", &self.place_list.len())
            .finish_non_exhaustive()
    }
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&Extensions::default()));

/// The characters of the built-in Mongolian names, for [`may_be_name`] and
/// [`is_mongolian_name`] (a set of constant data, built once).
static MONGOLIAN_CHARS: LazyLock<FxHashSet<char>> =
    LazyLock::new(|| data_lines(MONGOLIAN).flat_map(str::chars).collect());

/// Could `name` be a Mongolian name by the built-in data alone: two to six
/// characters, all of Mongolian names? (For the layout, which reads no lexicon.)
pub fn is_mongolian_name(name: &str) -> bool {
    (2..=6).contains(&name.chars().count()) && name.chars().all(|c| MONGOLIAN_CHARS.contains(&c))
}

/// Could `name` be a person's, by the built-in data alone: two to four
/// characters after a surname, or two to six of Mongolian names? (For the
/// layout, which reads no lexicon: asked of few lines, it searches the lists.)
pub fn may_be_name(name: &str) -> bool {
    let count = name.chars().count();
    let Some(first) = name.chars().next() else {
        return false;
    };
    let surname = data_lines(SURNAMES).any(|l| l.chars().eq([first]))
        || data_lines(SURNAMES_EXTRA).any(|l| name.starts_with(l) && l.len() < name.len());
    ((2..=4).contains(&count) && surname) || is_mongolian_name(name)
}

/// Is `s` a local body's name: a province, city or county the built-in
/// gazetteer knows, then a body ("达拉特旗统计局", "包头市人民政府办公室")?
/// (For the outline, which reads no lexicon: an issuer under a title is no
/// end of it. Asked of few lines.)
pub fn is_local_body(s: &str) -> bool {
    const BODIES: [&str; 12] = [
        "局",
        "委员会",
        "政府",
        "办公室",
        "研究室",
        "中心",
        "党委",
        "常委会",
        "政协",
        "联合会",
        "协会",
        "学会",
    ];
    if !BODIES.iter().any(|b| s.ends_with(b)) || s.chars().count() > 16 {
        return false;
    }
    let lex = Lexicon::builtin();
    s.char_indices().skip(2).take(7).any(|(at, _)| {
        s.len() - at >= 2 * '局'.len_utf8()
            && lex
                .place(&s[..at])
                .is_some_and(|p| (1..=3).contains(&p.level))
    })
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Level characters that end a place name and can stand alone for the page's own place.
pub(super) const LEVEL_SUFFIXES: &[&str] = &[
    "自治区",
    "自治州",
    "自治旗",
    "自治县",
    "苏木",
    "嘎查",
    "省",
    "市",
    "盟",
    "旗",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "州",
];

impl Lexicon {
    /// The start of the longest known organisation name (at least three
    /// characters) that ends at byte `end` of `buf` and starts at or after `from`.
    pub(super) fn known_org_ending_at(&self, buf: &str, from: usize, end: usize) -> Option<usize> {
        // Nearest start first: the last one that names a known body is the longest.
        buf[from..end]
            .char_indices()
            .rev()
            .take(self.known_org_chars)
            .enumerate()
            .filter(|&(n, (i, first))| {
                let lengths = self.known_org_starts.get(&first).copied().unwrap_or(0);
                n + 1 >= 3
                    && lengths & (1 << (n + 1).min(31)) != 0
                    && self.known_orgs.contains(&buf[from + i..end])
            })
            .last()
            .map(|(_, (i, _))| from + i)
    }

    /// The lexicon compiled into the binary.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// The built-in lexicon plus a workspace's additions.
    pub fn build(ext: &Extensions) -> Lexicon {
        let mut patterns: Vec<String> = Vec::new();
        let mut anchors = Vec::new();
        let mut seen = HashSet::new();
        let mut push =
            |p: &str, a: Anchor, patterns: &mut Vec<String>, anchors: &mut Vec<Anchor>| {
                if !p.is_empty() && seen.insert(p.to_owned()) {
                    patterns.push(p.to_owned());
                    anchors.push(a);
                }
            };
        // User organisations first: on equal length the first pattern wins.
        for org in &ext.organizations {
            push(org, Anchor::Organisation, &mut patterns, &mut anchors);
        }
        for alias in ext.aliases.keys() {
            push(alias, Anchor::Organisation, &mut patterns, &mut anchors);
        }
        for line in data_lines(ORG_PARTS) {
            let mut cols = line.split('\t');
            let (Some(text), Some(role)) = (cols.next(), cols.next()) else {
                continue;
            };
            if role == "not" {
                push(text, Anchor::Not, &mut patterns, &mut anchors);
            }
        }
        let mut institution_names = Vec::new();
        let mut institutions = Vec::new();
        for line in data_lines(INSTITUTIONS) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let index = institutions.len();
            institution_names.push(cols[0].to_owned());
            institutions.push(Institution {
                expanded: cols[1].to_owned(),
                standalone: cols[2] == "yes",
            });
            push(
                cols[0],
                Anchor::Institution(index),
                &mut patterns,
                &mut anchors,
            );
        }
        for line in data_lines(TITLES) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let info = TitleInfo {
                post: cols[1] == "post",
                after_name: cols[2] == "yes",
                occupation: cols[1] == "occupation",
            };
            push(cols[0], Anchor::Title(info), &mut patterns, &mut anchors);
        }
        for title in &ext.titles {
            let info = TitleInfo {
                post: true,
                after_name: false,
                occupation: false,
            };
            push(title, Anchor::Title(info), &mut patterns, &mut anchors);
        }
        let mut unit_names = Vec::new();
        for line in data_lines(ORG_PARTS) {
            let mut cols = line.split('\t');
            let (Some(text), Some(role)) = (cols.next(), cols.next()) else {
                continue;
            };
            if let Some(full) = cols.next() {
                unit_names.push((text.to_owned(), full.to_owned()));
            }
            match role {
                "unit" => push(
                    text,
                    Anchor::Unit { named: false },
                    &mut patterns,
                    &mut anchors,
                ),
                "named-unit" => push(
                    text,
                    Anchor::Unit { named: true },
                    &mut patterns,
                    &mut anchors,
                ),
                "suffix" => push(text, Anchor::Suffix, &mut patterns, &mut anchors),
                _ => {}
            }
        }
        let scanner = Scanner::new(patterns);

        // Not sized up front, on purpose for now: the tables the growing map
        // frees are large blocks that glibc maps and unmaps, and freeing them
        // raises its trim threshold. Sized up front, nothing raised it, and
        // every analysis of a 220 KB page after that gave its heap back to the
        // system and faulted it in again (7,300 brk calls in a 2 s benchmark;
        // the full analysis of 002 went from 1.65 to 2.05 ms).
        let mut places: FxHashMap<String, usize> = FxHashMap::default();
        let mut shared_places = FxHashSet::default();
        let mut place_list: Vec<Place> = Vec::new();
        // A county's name's other forms (陈巴尔虎旗: 陈旗), as its towns are read.
        let mut county_forms: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        let mut township_chars = FxHashSet::default();
        let mut city_initials = FxHashSet::default();
        for line in data_lines(PLACES).chain(data_lines(FORMER_PLACES)) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let index = place_list.len();
            let level = cols[1].parse().unwrap_or(5);
            // Another place of this level, elsewhere, has this name already.
            let shared = |name: &str| {
                places.get(name).is_some_and(|&other| {
                    place_list[other].level == level && place_list[other].parent != cols[2]
                })
            };
            if shared(cols[0]) {
                shared_places.insert(cols[0].to_owned());
            }
            let aliases = cols.get(3).copied().unwrap_or_default();
            // Inner Mongolia's gazetteer writes many towns after their county
            // (四子王旗乌兰花镇, 陈旗巴彦库仁镇); papers write the town alone.
            let town = (level == 4)
                .then(|| {
                    std::iter::once(cols[2])
                        .chain(county_forms.get(cols[2]).into_iter().flatten().copied())
                        .find_map(|county| cols[0].strip_prefix(county))
                })
                .flatten()
                .filter(|town| {
                    town.chars().count() >= 3
                        && ["镇", "乡", "苏木", "街道"]
                            .iter()
                            .any(|l| town.ends_with(l))
                });
            // The gazetteer's 阿尔巴斯苏木乡 and 巴音敖包嘎查村 add the Han level
            // to the Mongolian one: the sumu is 阿尔巴斯苏木, the gacha 巴音敖包嘎查
            // (杞县's 苏木乡 is a 乡 named 苏木).
            let town = town.or_else(|| {
                let mongolian = match level {
                    4 => cols[0].strip_suffix('乡').filter(|t| t.ends_with("苏木")),
                    5 => cols[0].strip_suffix('村').filter(|t| t.ends_with("嘎查")),
                    _ => None,
                };
                mongolian.filter(|t| t.chars().count() >= 4)
            });
            if cols[0].ends_with('市') {
                city_initials.extend(cols[0].chars().next());
            }
            if level >= 4 {
                let name = town.unwrap_or(cols[0]);
                if let Some(stem) = name
                    .strip_suffix("苏木")
                    .or_else(|| name.strip_suffix("嘎查"))
                {
                    township_chars.extend(stem.chars());
                }
            }
            if let Some(town) = town.filter(|&town| shared(town)) {
                shared_places.insert(town.to_owned());
            }
            // The town goes by its own name (中国共产党巴彦库仁镇委员会); its
            // villages still name it as the gazetteer does, the key kept below.
            place_list.push(Place {
                name: town.unwrap_or(cols[0]).to_owned(),
                level,
                parent: cols[2].to_owned(),
            });
            // A higher level wins a name shared by several places.
            let mut add = |key: &str| {
                let entry = places.entry(key.to_owned()).or_insert(index);
                if place_list[*entry].level > level {
                    *entry = index;
                }
            };
            add(cols[0]);
            if let Some(town) = town {
                add(town);
            }
            if level == 3 {
                county_forms.insert(
                    cols[0],
                    aliases
                        .split(',')
                        .filter(|a| a.chars().count() >= 2)
                        .collect(),
                );
            }
            // Short forms: 伊旗, 鄂前旗 for counties (a bare 会同 or 资源 is a word
            // too often); 巴彦淖尔, 包头 for cities and provinces; 阿尔巴斯苏木
            // and 巴音敖包嘎查, as papers write the gazetteer's 苏木乡 and 嘎查村.
            for alias in aliases.split(',') {
                let keeps_level = ["旗", "县", "市", "区", "苏木", "嘎查"]
                    .iter()
                    .any(|l| alias.ends_with(l));
                if alias.chars().count() >= 2 && (level <= 2 || keeps_level) {
                    add(alias);
                }
            }
            if level <= 2 {
                for suffix in LEVEL_SUFFIXES {
                    if let Some(short) = cols[0].strip_suffix(suffix)
                        && short.chars().count() >= 2
                    {
                        add(short);
                        break;
                    }
                }
            }
        }
        // The country, for names like 中国矿业大学 (level 0: never a home place).
        for name in ["中国", "全国"] {
            places.entry(name.to_owned()).or_insert(place_list.len());
            place_list.push(Place {
                name: name.to_owned(),
                level: 0,
                parent: String::new(),
            });
        }
        let surnames: FxHashSet<char> = data_lines(SURNAMES)
            .chain(data_lines(SURNAMES_EXTRA))
            .filter(|l| l.chars().count() == 1)
            .filter_map(|l| l.chars().next())
            .collect();
        let compound_surnames = data_lines(SURNAMES_EXTRA)
            .filter(|l| l.chars().count() == 2)
            .map(str::to_owned)
            .collect();
        let known_orgs: FxHashSet<String> = data_lines(KNOWN_ORGS).map(str::to_owned).collect();
        let known_org_chars = known_orgs
            .iter()
            .map(|o| o.chars().count())
            .max()
            .unwrap_or(0);
        let mut known_org_starts: FxHashMap<char, u32> = FxHashMap::default();
        for org in &known_orgs {
            if let Some(first) = org.chars().next() {
                *known_org_starts.entry(first).or_default() |= 1 << org.chars().count().min(31);
            }
        }
        let mut known_people: FxHashSet<String> = data_lines(PERSONS).map(str::to_owned).collect();
        known_people.extend(ext.people.iter().cloned());
        let mut stops: Vec<String> = data_lines(NAME_STOPS).map(str::to_owned).collect();
        stops.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut by_first: FxHashMap<char, Vec<String>> = FxHashMap::default();
        for stop in stops {
            if let Some(first) = stop.chars().next() {
                by_first.entry(first).or_default().push(stop);
            }
        }
        let stops = by_first;
        let mongolian = data_lines(MONGOLIAN).flat_map(str::chars).collect();
        let tibetan = data_lines(TIBETAN)
            .flat_map(str::split_whitespace)
            .filter_map(|part| {
                let mut chars = part.chars();
                Some([chars.next()?, chars.next()?]).filter(|_| chars.next().is_none())
            })
            .collect();
        let mut place_ends: FxHashMap<(char, char), u32> = FxHashMap::default();
        for name in places.keys() {
            let mut rev = name.chars().rev();
            if let (Some(last), Some(second)) = (rev.next(), rev.next()) {
                let len = name.chars().count().min(31);
                *place_ends.entry((second, last)).or_default() |= 1 << len;
            }
        }
        let mut children: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, place) in place_list.iter().enumerate() {
            // Looked up first: a parent's name is copied once, not once a child.
            match children.get_mut(place.parent.as_str()) {
                Some(list) => list.push(i),
                None => {
                    children.insert(place.parent.clone(), vec![i]);
                }
            }
        }
        Lexicon {
            place_ends,
            children,
            scanner,
            anchors,
            institution_names,
            institutions,
            places,
            shared_places,
            place_list,
            surnames,
            compound_surnames,
            known_people,
            known_orgs,
            known_org_starts,
            known_org_chars,
            extra_people: ext.people.clone(),
            stops,
            mongolian,
            township_chars,
            city_initials,
            tibetan,
            unit_names,
            aliases: ext
                .aliases
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// The place written exactly as `name` (full name, short form or alias).
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.get(name).map(|&i| &self.place_list[i])
    }

    /// The county or banner a town or sumu (乌兰镇, 棋盘井镇) lies in, when
    /// its name is one town's only.
    pub fn county_of_town(&self, name: &str) -> Option<&Place> {
        let town = self.place(name).filter(|p| p.level == 4)?;
        if self.shared_places.contains(name) {
            return None;
        }
        self.place(&town.parent).filter(|p| p.level == 3)
    }

    /// The places directly under `parent`, in gazetteer order.
    pub fn children(&self, parent: &str) -> impl Iterator<Item = &Place> {
        self.children
            .get(parent)
            .into_iter()
            .flatten()
            .map(|&i| &self.place_list[i])
    }

    /// The lengths in characters of the place names ending with these two
    /// characters, as a bit set (bit n: n characters; 31: 31 or more).
    pub fn place_lengths(&self, second_last: char, last: char) -> u32 {
        self.place_ends
            .get(&(second_last, last))
            .copied()
            .unwrap_or(0)
    }

    /// The index of an institution of the built-in list (政协).
    pub fn institution_index(&self, name: &str) -> Option<usize> {
        self.institution_names.iter().position(|n| n == name)
    }

    pub fn is_surname(&self, c: char) -> bool {
        self.surnames.contains(&c)
    }

    pub fn is_compound_surname(&self, s: &str) -> bool {
        self.compound_surnames.contains(s)
    }

    /// Is `a` then `b` a part of Tibetan names (次仁)?
    pub fn is_tibetan_part(&self, a: char, b: char) -> bool {
        self.tibetan.contains(&[a, b])
    }

    pub fn is_mongolian(&self, c: char) -> bool {
        self.mongolian.contains(&c)
    }

    /// Is `c` written in the names of sumus and gachas?
    pub fn in_township_names(&self, c: char) -> bool {
        self.township_chars.contains(&c)
    }

    /// Does a city's name open with `c` (乌 of 乌海市, 乌市)?
    pub fn is_city_initial(&self, c: char) -> bool {
        self.city_initials.contains(&c)
    }

    /// The length in bytes of the stop word at the start of `s`, if any.
    pub fn stop_at(&self, s: &str) -> Option<usize> {
        let first = s.chars().next()?;
        self.stops
            .get(&first)?
            .iter()
            .find(|stop| s.starts_with(stop.as_str()))
            .map(String::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_knows_places_titles_and_short_forms() {
        let lex = Lexicon::builtin();
        assert_eq!(
            lex.place("伊旗").map(|p| p.name.as_str()),
            Some("伊金霍洛旗")
        );
        assert_eq!(
            lex.place("鄂前旗").map(|p| p.name.as_str()),
            Some("鄂托克前旗")
        );
        assert_eq!(lex.place("包头").map(|p| p.name.as_str()), Some("包头市"));
        // A county's bare short form is a word too often (会同, 资源).
        assert!(lex.place("会同").is_none() && lex.place("乌审").is_none());
        assert_eq!(lex.place("巴彦淖尔市").map(|p| p.level), Some(2));
        assert_eq!(
            lex.place("嘎鲁图镇").map(|p| p.parent.as_str()),
            Some("乌审旗")
        );
        // Towns of the whole country, but words that towns are named (小城镇).
        assert_eq!(
            lex.county_of_town("北滘镇").map(|p| p.name.as_str()),
            Some("顺德区")
        );
        assert_eq!(lex.place("大良街道").map(|p| p.level), Some(4));
        assert!(lex.place("小城镇").is_none() && lex.place("青山乡").is_none());
        // A town the gazetteer writes after its county (陈旗巴彦库仁镇) is
        // known by its own name; one that two counties have (开鲁县's 东风镇,
        // 额济纳旗东风镇; 四子王旗乌兰花镇 and 通榆县's) names neither.
        assert!(lex.county_of_town("乌兰花镇").is_none());
        assert_eq!(
            lex.county_of_town("巴彦库仁镇").map(|p| p.name.as_str()),
            Some("陈巴尔虎旗")
        );
        assert!(lex.county_of_town("东风镇").is_none());
        // Either way it is written, the town goes by its own name.
        for written in ["陈旗巴彦库仁镇", "巴彦库仁镇"] {
            assert_eq!(
                lex.place(written).map(|p| p.name.as_str()),
                Some("巴彦库仁镇")
            );
        }
        // A sumu and a gacha go by their Mongolian level alone (the gazetteer's
        // 阿尔巴斯苏木乡, 巴音敖包嘎查村); 杞县's 苏木乡 is a 乡 named 苏木.
        for (written, name) in [
            ("阿尔巴斯苏木乡", "阿尔巴斯苏木"),
            ("阿尔巴斯苏木", "阿尔巴斯苏木"),
            ("巴音敖包嘎查", "巴音敖包嘎查"),
        ] {
            assert_eq!(lex.place(written).map(|p| p.name.as_str()), Some(name));
        }
        assert!(lex.place("苏木").is_none());
        assert!(lex.in_township_names('淖') && !lex.in_township_names('的'));
        assert!(lex.is_surname('周') && lex.is_surname('孟') && !lex.is_surname('的'));
        assert!(lex.is_mongolian('琴'));
        assert_eq!(lex.stop_at("主持会议"), Some("主持".len()));
        assert_eq!(lex.stop_at("玉林"), None);
    }
}
