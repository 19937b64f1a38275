//! Pages written at random from the phrases pages are made of: bodies, posts,
//! names, bylines, references (该局), markers, punctuation and breaks. The
//! analysis must hold on any such page: no panic, every range on the text's
//! character boundaries, fixes that lose no text. The fuzz targets start from
//! bytes and whole pages; these start from phrases, so the rules that need a
//! body in one paragraph and its reference in the next are reached.

use baokan::analysis::{analyze, fix_all, outline::outline, text::is_space};
use proptest::prelude::*;

const PHRASES: &[&str] = &[
    // Bodies and places, in full and short.
    "鄂尔多斯市体育局",
    "达拉特旗教育体育局",
    "市人大常委会",
    "旗人民法院",
    "市红十字会",
    "东胜区林荫街道办事处",
    "准格尔旗",
    "阿勒腾席热镇",
    "国家能源集团准格尔能源有限责任公司",
    "准能集团",
    "黑岱沟露天煤矿",
    "共青团鄂尔多斯市委员会",
    "团市委",
    "市委",
    "社区党委",
    "中国银行鄂尔多斯分行",
    // Posts, alone and in chains.
    "党组书记、局长",
    "副局长",
    "院长",
    "主任",
    "副旗长",
    "常务副会长",
    "秘书长",
    "党委书记、董事长",
    "矿长",
    "记者",
    "通讯员",
    "责任编辑：",
    // References to a body named before.
    "该局",
    "该院",
    "该会",
    "该矿",
    "该校",
    "该中心",
    // Names.
    "韩永平",
    "那顺巴雅尔",
    "王丽萍",
    "额尔敦毕力格",
    "高娃",
    "李",
    // Words around them.
    "原",
    "曾任",
    "任命",
    "为",
    "免去",
    "职务",
    "出席",
    "说",
    "在",
    "由",
    "及",
    "本报讯",
    "摄",
    "图为",
    "▲",
    "（下转第三版）",
    "（上接第一版）",
    "——",
    // Punctuation, spaces and breaks.
    "。",
    "，",
    "、",
    "：",
    "（",
    "）",
    "“",
    "”",
    "  ",
    " ",
    "\u{3000}",
    "\n",
    "\n",
    "\n\n",
    "\n\n",
    "\r\n",
    "𠮷",
    "1",
    // Lists, bylines and appointments.
    "组  长：",
    "（作者系",
    "●",
    "同志",
    "代表",
    "委员",
    "第六届",
    "12月18日",
    "辞去",
    "拟任",
    "兼",
    "（左二）",
    "等",
    "一行",
    "接受",
    "苏木",
    "嘎查",
    "党委",
    "人民政府",
    "分公司",
    "（集团）",
];

fn page() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PHRASES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn any_page_of_phrases_is_analysed(text in page()) {
        let analysis = analyze(&text);
        for finding in &analysis.findings {
            prop_assert!(text.get(finding.range.clone()).is_some(), "{:?}", finding.range);
        }
        for person in &analysis.entities.people {
            prop_assert!(text.get(person.range.clone()).is_some());
            prop_assert!(text.get(person.name_range.clone()).is_some());
        }
        for org in &analysis.entities.organisations {
            prop_assert!(text.get(org.range.clone()).is_some());
        }
        let _ = outline(&text, &analysis.layout);
        let (fixed, _) = fix_all(&text);
        let characters = |s: &str| {
            let mut chars: Vec<char> = s.chars().filter(|&c| !is_space(c)).collect();
            chars.sort_unstable();
            chars
        };
        prop_assert_eq!(characters(&text), characters(&fixed));
    }
}
