//! The page's home place: the city or league it is about and the counties it
//! names, so that 市人大常委会 on a 巴彦淖尔 page is 巴彦淖尔市人大常委会.
//!
//! Inferred from the places the page names: every 市/旗/县/盟/区 is checked
//! against the gazetteer, a county also counts for its city. Relative forms
//! resolve to the nearest county named before them, else to the page's.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{Lexicon, Place};
use super::orgs::place_before;
use super::people::Raw;
use super::segments::Segments;
use crate::analysis::layout::{LineKind, PageLayout};

/// The page's home place.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Home {
    pub province: Option<String>,
    pub city: Option<String>,
    /// The county named most often on the page.
    pub county: Option<String>,
    /// Counties of the home city and where they are named (buffer offsets, in order).
    #[serde(skip)]
    counties: Vec<(usize, String)>,
    /// Counties of the home city, then cities of the province, for short forms (乌市, 前旗).
    #[serde(skip)]
    region_counties: Vec<String>,
    #[serde(skip)]
    region_cities: Vec<String>,
    /// Cities (and county-level cities) of the province where they are named.
    #[serde(skip)]
    cities: Vec<(usize, String)>,
    /// Towns and sumu where they are named (锡尼镇 for a 镇人大主席团 after it).
    #[serde(skip)]
    towns: Vec<(usize, String)>,
}

impl Home {
    /// `masthead`: the place of the paper named at the head or foot of the
    /// page (安吉日报: 安吉县), its home whatever the page names most.
    pub(super) fn infer(
        segs: &Segments,
        raw: &Raw,
        lex: &Lexicon,
        masthead: Option<&Place>,
    ) -> Home {
        let buf = segs.buf.as_str();
        let mut found: Vec<(usize, &str)> = Vec::new();
        let mut towns = Vec::new();
        for &end in &raw.level_ends {
            if let Some((start, place)) = place_before(buf, 0, end, lex) {
                match place.level {
                    // A town names its county (棋盘井镇: 鄂托克旗), when no
                    // other county has a town of that name.
                    4 => {
                        towns.push((start, place.name.clone()));
                        if let Some(county) = lex.county_of_town(&place.name) {
                            found.push((start, county.name.as_str()));
                        }
                    }
                    _ => found.push((start, place.name.as_str())),
                }
            }
        }
        // Places written before institutions without a level character (包头政协).
        let seen: rustc_hash::FxHashSet<usize> = found.iter().map(|(at, _)| *at).collect();
        for org in &raw.orgs {
            if let super::orgs::Prefix::Written(name) = &org.prefix
                && !seen.contains(&org.range.start)
                && let Some(place) = lex.place(name)
            {
                found.push((org.range.start, place.name.as_str()));
            }
        }
        found.sort_unstable();
        let mut cities: HashMap<&str, (usize, usize)> = HashMap::default();
        let mut provinces: HashMap<&str, (usize, usize)> = HashMap::default();
        let mut counties: HashMap<&str, (usize, usize)> = HashMap::default();
        for &(at, name) in &found {
            let Some(place) = lex.place(name) else {
                continue;
            };
            match place.level {
                1 => add(&mut provinces, &place.name, at),
                2 => {
                    add(&mut cities, &place.name, at);
                    add(&mut provinces, &place.parent, at);
                }
                3 => {
                    add(&mut counties, &place.name, at);
                    add(&mut cities, &place.parent, at);
                }
                _ => {}
            }
        }
        let paper_city = masthead.and_then(|m| match m.level {
            2 => Some(m.name.as_str()),
            3 => lex
                .place(&m.parent)
                .filter(|p| p.level == 2)
                .map(|p| p.name.as_str()),
            _ => None,
        });
        let paper_province = masthead.filter(|m| m.level == 1).map(|m| m.name.as_str());
        let city = paper_city.or_else(|| best(&cities)).map(str::to_owned);
        let province = city
            .as_deref()
            .and_then(|c| lex.place(c))
            .map(|c| c.parent.clone())
            .filter(|p| !p.is_empty())
            .or_else(|| {
                paper_province
                    .or_else(|| best(&provinces))
                    .map(str::to_owned)
            });
        let in_city = |name: &str| {
            city.as_deref()
                .is_some_and(|c| lex.place(name).is_some_and(|p| p.parent == c))
        };
        let paper_county = masthead.filter(|m| m.level == 3).map(|m| m.name.clone());
        let county = paper_county.or_else(|| {
            counties
                .iter()
                .filter(|(name, _)| in_city(name))
                .max_by_key(|(_, (n, at))| (*n, std::cmp::Reverse(*at)))
                .map(|(name, _)| (*name).to_owned())
        });
        let counties = found
            .iter()
            .filter(|(_, name)| lex.place(name).is_some_and(|p| p.level == 3) && in_city(name))
            .map(|(at, name)| (*at, (*name).to_owned()))
            .collect();
        let names_under = |parent: Option<&str>| -> Vec<String> {
            parent.map_or_else(Vec::new, |p| {
                lex.children(p).map(|c| c.name.clone()).collect()
            })
        };
        let region_counties = names_under(city.as_deref());
        let region_cities = if province == city {
            Vec::new()
        } else {
            names_under(province.as_deref())
        };
        let in_province = |name: &str| {
            let Some(place) = lex.place(name) else {
                return false;
            };
            match place.level {
                2 => province.as_deref() == Some(place.parent.as_str()),
                3 => in_city(name),
                _ => false,
            }
        };
        let cities = found
            .iter()
            .filter(|(_, name)| name.ends_with('市') && in_province(name))
            .map(|(at, name)| (*at, (*name).to_owned()))
            .collect();
        let mut home = Home {
            province,
            city,
            county,
            counties,
            region_counties,
            region_cities,
            cities,
            towns,
        };
        // Short forms (乌市, 前旗) name places too: they count as mentions.
        for org in &raw.orgs {
            if let super::orgs::Prefix::Short(short) = &org.prefix
                && let Some(name) = home.short_form(short)
            {
                let name = name.to_owned();
                let list = if name.ends_with('市') && lex.place(&name).is_some_and(|p| p.level == 2)
                {
                    &mut home.cities
                } else {
                    &mut home.counties
                };
                list.push((org.range.start, name.clone()));
                if name.ends_with('市') {
                    home.cities.push((org.range.start, name));
                }
            }
        }
        home.counties.sort_unstable();
        home.cities.sort_unstable();
        home.cities.dedup();
        home
    }

    /// The place a relative level word (市, 旗, 自治区) at buffer offset `at` stands for.
    pub fn place_for(&self, level: &str, at: usize) -> Option<&str> {
        let nearest = last_before(&self.counties, at).map(|(_, name)| name);
        // A city named shortly before (an article about 赤峰 on a 包头 page).
        let recent_city = last_before(&self.cities, at)
            .filter(|(pos, _)| at - pos <= RECENT)
            .map(|(_, name)| name);
        match level {
            "市" => recent_city
                .or(nearest.filter(|c| c.ends_with('市')))
                .or(self.city.as_deref().filter(|c| c.ends_with('市')))
                // A league's county-level city (锡林浩特市 on its own paper's page).
                .or(self.county.as_deref().filter(|c| c.ends_with('市'))),
            "盟" => self.city.as_deref().filter(|c| c.ends_with('盟')),
            // A prefecture (阿克苏地区), the home of 地委 and 行署; a league
            // (锡林郭勒盟) is Inner Mongolia's prefecture and has its 行署 too.
            "地区" => self
                .city
                .as_deref()
                .filter(|c| c.ends_with("地区") || c.ends_with('盟')),
            // An autonomous prefecture (西双版纳傣族自治州, 伊犁哈萨克自治州).
            "州" | "自治州" => self.city.as_deref().filter(|c| c.ends_with("自治州")),
            "旗" | "县" | "区" => nearest
                .filter(|c| c.ends_with(level))
                .or(self.county.as_deref().filter(|c| c.ends_with(level))),
            "自治区" | "省" => self.province.as_deref().filter(|p| p.ends_with(level)),
            // A town only where one was named shortly before.
            "镇" | "乡" | "苏木" => last_before(&self.towns, at)
                .filter(|(pos, name)| at - pos <= RECENT && name.ends_with(level))
                .map(|(_, name)| name),
            _ => None,
        }
    }

    /// The place of the page's region that a short form (乌市, 前旗) names: a
    /// county of the home city first, else a city of the home province.
    pub fn short_form(&self, short: &str) -> Option<&str> {
        let first = short.chars().next()?;
        let level = &short[first.len_utf8()..];
        let fits = |name: &&String| {
            if level == "旗" {
                name.ends_with(short)
            } else {
                name.starts_with(first) && name.ends_with(level)
            }
        };
        [&self.region_counties, &self.region_cities]
            .into_iter()
            .find_map(|tier| {
                let mut matches = tier.iter().filter(fits);
                let found = matches.next()?;
                matches.next().is_none().then_some(found.as_str())
            })
    }
}

/// The place of the paper whose name heads the page or stands at its foot
/// (安吉日报, 鄂尔多斯日报  2025年3月1日  第3版): the first three and the last two
/// lines with text are read. National papers (人民日报) name no place.
pub(super) fn masthead<'l>(text: &str, page: &PageLayout, lex: &'l Lexicon) -> Option<&'l Place> {
    let lines = page.lines.iter().filter(|l| l.kind != LineKind::Blank);
    let head = lines.clone().take(3);
    let foot = lines.rev().take(2);
    head.chain(foot)
        .find_map(|line| paper_place(&text[line.content.clone()], lex))
}

/// The place in a paper's name that a line starts with, the name standing alone
/// or before white space: 安吉日报 → 安吉县, 包头晚报 → 包头市.
fn paper_place<'l>(line: &str, lex: &'l Lexicon) -> Option<&'l Place> {
    let end = line
        .char_indices()
        .find(|&(_, c)| !super::orgs::is_han(c))
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[end..];
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let name = &line[..end];
    let stem = ["日报", "晚报", "时报", "报"]
        .iter()
        .find_map(|paper| name.strip_suffix(paper))?;
    if !(2..=8).contains(&stem.chars().count()) {
        return None;
    }
    let place = lex.place(stem).or_else(|| {
        ["县", "旗", "市", "区"]
            .iter()
            .find_map(|level| lex.place(&format!("{stem}{level}")))
    })?;
    (1..=3).contains(&place.level).then_some(place)
}

/// The last entry of a list sorted by position that is at or before `at`.
fn last_before(list: &[(usize, String)], at: usize) -> Option<(usize, &str)> {
    let i = list.partition_point(|(pos, _)| *pos <= at);
    i.checked_sub(1).map(|i| (list[i].0, list[i].1.as_str()))
}

/// How far back (bytes of the page's segments) a named city still sets the
/// meaning of 市: about two hundred characters.
const RECENT: usize = 600;

fn add<'a>(map: &mut HashMap<&'a str, (usize, usize)>, key: &'a str, at: usize) {
    if key.is_empty() {
        return;
    }
    let entry = map.entry(key).or_insert((0, at));
    entry.0 += 1;
}

/// The most counted key; ties go to the one named first.
fn best<'a>(map: &HashMap<&'a str, (usize, usize)>) -> Option<&'a str> {
    map.iter()
        .max_by_key(|(_, (n, at))| (*n, std::cmp::Reverse(*at)))
        .map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_papers_name_gives_its_place() {
        let lex = Lexicon::builtin();
        let place = |line: &str| paper_place(line, lex).map(|p| p.name.as_str());
        assert_eq!(place("安吉日报"), Some("安吉县"));
        assert_eq!(
            place("鄂尔多斯日报  2025年3月1日  第3版"),
            Some("鄂尔多斯市")
        );
        assert_eq!(place("包头晚报"), Some("包头市"));
        assert_eq!(place("内蒙古日报"), Some("内蒙古自治区"));
        // National papers, a dateline, a headline that mentions a paper.
        assert_eq!(place("人民日报"), None);
        assert_eq!(place("中国青年报"), None);
        assert_eq!(place("本报讯 11月12日，杭锦旗"), None);
        assert_eq!(place("安吉日报社召开会议"), None);
        assert_eq!(place("安吉日报：一篇文章"), None);
    }
}
