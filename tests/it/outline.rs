//! The page outline: a snapshot on a small page with headlines after their texts,
//! headline precision/recall on the annotated sample pages, and the LSP requests.

use std::collections::BTreeSet;
use std::path::Path;

use baokan::analysis::{self, outline::OutlineItem};
use expect_test::expect;
use serde_json::{Value, json};

use crate::support::{LspClient, corpus};

fn render(text: &str, items: &[OutlineItem], depth: usize, out: &mut String) {
    for item in items {
        // Where the item ends: the last line it covers, to its last six characters.
        let covered = text[item.range.clone()].trim_end();
        let last_line = covered.rsplit('\n').next().unwrap_or_default().trim();
        let tail: String = {
            let chars: Vec<char> = last_line.chars().collect();
            chars[chars.len().saturating_sub(6)..].iter().collect()
        };
        out.push_str(&format!(
            "{}{:?} 「{}」{}{} selection「{}」 …「{}」\n",
            "  ".repeat(depth),
            item.kind,
            item.name,
            item.detail
                .as_ref()
                .map(|d| format!(" [{d}]"))
                .unwrap_or_default(),
            if item.untitled { " untitled" } else { "" },
            &text[item.selection.clone()],
            tail,
        ));
        assert!(item.range.start <= item.selection.start && item.selection.end <= item.range.end);
        assert!(!item.name.trim().is_empty());
        render(text, &item.children, depth + 1, out);
    }
}

/// The outline of `text`, one item a line with its selected text, against `expect`.
fn check(text: &str, expect: expect_test::Expect) {
    expect.assert_eq(&rendered(text));
}

fn rendered(text: &str) -> String {
    let analysis = analysis::analyze(text);
    let mut out = String::new();
    render(
        text,
        &analysis::outline::outline(text, &analysis.layout),
        0,
        &mut out,
    );
    out
}

/// `page` double-spaced: every line of text followed by one blank line.
fn double_spaced(page: &str) -> String {
    page.lines()
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n\n"))
        .collect()
}

#[test]
fn headlines_after_their_texts_go_to_them_in_order() {
    let text = " 学习贯彻落实全市两会精神
近年来，达拉特旗恩格贝镇推出“互助养老”新模式，在有
效解决农村养老难题的同时，也为乡村振兴注入了新的活力。

面对日益严峻的人口老龄化趋势，恩格贝镇积极应对，创新
性地设立了为老餐厅、幸福苑等设施。（苏波）

□市融媒体中心记者吴晓慧高鹏飞

近年来，鄂尔多斯积极推动院士专家和科研机构同招、同建
、同引，集聚效应凸显，院士“朋友圈”不断扩大。

互助养老暖“夕阳”

院士“朋友圈”不断扩大

本报讯 市融媒体中心记者杨帧 王红
不少人有过夜间突发身体不适，急需用药却无处可买的困扰
。在伊金霍洛旗，这一难题有了新的解决办法。
";
    check(
        text,
        expect![[r#"
            Banner 「学习贯彻落实全市两会精神」 selection「学习贯彻落实全市两会精神」 …「全市两会精神」
            Article 「互助养老暖“夕阳”」 selection「互助养老暖“夕阳”」 …「老暖“夕阳”」
            Article 「院士“朋友圈”不断扩大」 selection「院士“朋友圈”不断扩大」 …「圈”不断扩大」
              Byline 「□市融媒体中心记者吴晓慧高鹏飞」 selection「□市融媒体中心记者吴晓慧高鹏飞」 …「吴晓慧高鹏飞」
            Article 「不少人有过夜间突发身体不适，急需…」 untitled selection「不少人有过夜间突发身体不适，急需用药却无处可买的困扰」 …「的解决办法。」
              Byline 「本报讯 市融媒体中心记者杨帧 王红」 selection「本报讯 市融媒体中心记者杨帧 王红」 …「者杨帧 王红」
        "#]],
    );
}

#[test]
fn a_continued_item_keeps_its_marker_and_byline() {
    // （上接第一版） opens the continued item under it: its byline and text are
    // that item's, not a separate article made of the marker alone.
    let text = "□市融媒体中心记者王小明

近日，市人大常委会组织代表开展视察活动，实地察看了重点
项目建设情况。

▲代表们在项目现场视察。

（上接第一版）

□市融媒体中心记者李红

会议指出，要把学习成果转化为推动工作的实际行动，确保
各项任务落到实处。
";
    check(
        text,
        expect![[r#"
            Article 「近日，市人大常委会组织代表开展视…」 untitled selection「近日，市人大常委会组织代表开展视察活动，实地察看了重点」 …「目现场视察。」
              Byline 「□市融媒体中心记者王小明」 selection「□市融媒体中心记者王小明」 …「心记者王小明」
              Caption 「▲代表们在项目现场视察。」 selection「▲代表们在项目现场视察。」 …「目现场视察。」
            Article 「会议指出，要把学习成果转化为推动…」 untitled selection「会议指出，要把学习成果转化为推动工作的实际行动，确保」 …「务落到实处。」
              Marker 「（上接第一版）」 selection「（上接第一版）」 …「上接第一版）」
              Byline 「□市融媒体中心记者李红」 selection「□市融媒体中心记者李红」 …「中心记者李红」
        "#]],
    );
}

/// The folio at the head and the foot of a printed page is a banner, not an
/// untitled article; a line in the text that names a weekday is text. So is a
/// section's name alone at the head of the page.
#[test]
fn folios_are_banners() {
    check(
        "要闻\n\n县人大常委会召开第二十次会议\n\n本报讯（记者 陈晓东）11月18日，县人大常委会召开会议。\n",
        expect![[r#"
            Banner 「要闻」 selection「要闻」 …「要闻」
            Article 「县人大常委会召开第二十次会议」 selection「县人大常委会召开第二十次会议」 …「会召开会议。」
        "#]],
    );
    let text = " 今日安吉  2026年11月20日  星期五  责任编辑：王丽

县人大常委会召开第二十次会议

本报讯（记者 陈晓东）11月18日，县人大常委会召开会议。
会议定于每周五下午召开，星期五上午报送材料，请各单位
做好准备。

第3版  要闻  编辑：张三  校对：李四
";
    check(
        text,
        expect![[r#"
            Banner 「今日安吉  2026年11月20日  星期五  责任编辑：王丽」 selection「今日安吉  2026年11月20日  星期五  责任编辑：王丽」 …「任编辑：王丽」
            Article 「县人大常委会召开第二十次会议」 selection「县人大常委会召开第二十次会议」 …「做好准备。」
            Banner 「第3版  要闻  编辑：张三  校对：李四」 selection「第3版  要闻  编辑：张三  校对：李四」 …「 校对：李四」
        "#]],
    );
}

/// A line that opens with 图为 and stands alone (or ends in a credit) is a
/// photo caption of the article it is in; 图为 inside a paragraph is text.
#[test]
fn picture_captions_without_a_triangle() {
    let text = "国务院常务会议召开

新华社北京11月20日电（记者 王晓明）国务院总理李强20日
主持召开国务院常务会议，研究部署进一步优化营商环境。

图为会议现场。  新华社记者 张伟 摄

会议指出，要持续深化改革，加快建设全国统一大市场，
图为人民群众办实事。
";
    check(
        text,
        expect![[r#"
            Article 「国务院常务会议召开」 selection「国务院常务会议召开」 …「群众办实事。」
              Caption 「图为会议现场。  新华社记者 张伟 摄」 selection「图为会议现场。  新华社记者 张伟 摄」 …「者 张伟 摄」
        "#]],
    );
}

/// A caption set over its own lines, the credit in brackets on the last one,
/// is one caption item; a dateline whose credit bracket runs on to the next line
/// is the article's text, not a byline cut in half.
#[test]
fn a_caption_over_two_lines_and_a_dateline_that_runs_on() {
    let text = "县委常委会召开扩大会议

本报讯（记者 王晓燕 通讯员 李明
辉）11月19日，县委常委会召开扩大
会议，研究部署冬季安全生产工作。

  图为会议现场。
      （记者 张丽萍 摄）

会议强调，要压紧压实属地责任、部门
监管责任和企业主体责任。
";
    check(
        text,
        expect![[r#"
            Article 「县委常委会召开扩大会议」 selection「县委常委会召开扩大会议」 …「业主体责任。」
              Caption 「图为会议现场。（记者 张丽萍 摄）」 selection「图为会议现场。
                  （记者 张丽萍 摄）」 …「张丽萍 摄）」
        "#]],
    );
}

/// A line set apart at the head of the page with a space before it is the
/// page's banner, even when it is wider than the headline under it.
#[test]
fn a_wide_banner_at_the_head_of_the_page() {
    check(
        " 学习贯彻党的二十届四中全会精神

乌拉特前旗人大常委会
开展代表集中视察活动

本报讯 11月15日至16日，乌拉特前
旗人大常委会组织部分自治区、市、
旗人大代表开展集中视察活动。
",
        expect![[r#"
            Banner 「学习贯彻党的二十届四中全会精神」 selection「学习贯彻党的二十届四中全会精神」 …「四中全会精神」
            Article 「乌拉特前旗人大常委会」 [开展代表集中视察活动] selection「乌拉特前旗人大常委会」 …「中视察活动。」
        "#]],
    );
}

/// The page's first line, "place：topic", is a headline though nearly as wide
/// as the column; a photo credit a blank line under its ▲ caption is that
/// caption's, and the next ▲ caption is one of its own.
#[test]
fn a_first_line_headline_and_a_credit_under_its_caption() {
    check(
        "达拉特旗：让代表建议落地见效

本报讯 今年以来，达拉特旗人大常委会
坚持把代表建议办理作为联系群众的重
要抓手，推动一批群众关心的问题得到
解决。

▲ 代表们视察树林召镇现代农业园区。

  （记者 高鹏飞 摄）

▲ 代表们在白泥井镇座谈。

在王爱召镇，记者看到新修的道路平整宽
阔，村民出行更加方便。
",
        expect![[r#"
            Article 「达拉特旗：让代表建议落地见效」 selection「达拉特旗：让代表建议落地见效」 …「行更加方便。」
              Caption 「▲ 代表们视察树林召镇现代农业园区。（记者 高鹏飞 摄）」 selection「▲ 代表们视察树林召镇现代农业园区。

              （记者 高鹏飞 摄）」 …「高鹏飞 摄）」
              Caption 「▲ 代表们在白泥井镇座谈。」 selection「▲ 代表们在白泥井镇座谈。」 …「泥井镇座谈。」
        "#]],
    );
}

/// A headline nearly as wide as a narrow column, alone over a dateline (本报讯),
/// heads that news item; a paragraph's head with a clause in it does not.
#[test]
fn headlines_nearly_as_wide_as_the_column_over_a_dateline() {
    check(
        "杭锦旗人大常委会召开第十五次会议 

本报讯 11月12日，杭锦旗第十八届人
大常委会召开第十五次会议。旗人大常
委会主任额尔德尼主持会议。（吉日木图） 

锡尼镇召开人大代表述职评议会 

本报讯 11月10日，锡尼镇人大主席团
组织召开代表述职评议会。镇人大主席
团主席巴图孟和出席会议并讲话。 

在科技企业云集、高层次人才汇聚的

本报讯 近日，旗政务服务中心推出一批
便民举措，群众办事更加方便。
",
        expect![[r#"
            Article 「杭锦旗人大常委会召开第十五次会议」 selection「杭锦旗人大常委会召开第十五次会议」 …「（吉日木图）」
            Article 「锡尼镇召开人大代表述职评议会」 selection「锡尼镇召开人大代表述职评议会」 …「次人才汇聚的」
            Article 「本报讯 近日，旗政务服务中心推出…」 untitled selection「本报讯 近日，旗政务服务中心推出一批」 …「事更加方便。」
        "#]],
    );
}

/// Where every paragraph is a line, an editor's note opens the article under it,
/// not the tail of the one above.
#[test]
fn an_editors_note_between_articles_one_paragraph_a_line() {
    let text = "广东工业大学顺德研究院揭牌
　　本报讯（通讯员 周敏 记者 李婷）11月17日，广东工业大学顺德研究院在北滘镇揭牌成立。校长邱学青、副区长张燕出席揭牌仪式，并为研究院首批科研团队颁发聘书。
　　据介绍，研究院将重点围绕智能制造、新材料等领域开展技术攻关，预计3年内引进博士以上人才100名，孵化科技企业20家以上。
编者按：近年来，我区持续推进“百千万工程”，涌现出一批乡村振兴典型。本版今起推出系列报道，敬请关注。
村里来了“新农人”
　　本报记者 吴嘉欣
　　在杏坛镇逢简村，35岁的返乡青年梁家豪正忙着打理他的民宿。“以前村里年轻人都往外走，现在不一样了。”梁家豪说。
";
    check(
        text,
        expect![[r#"
            Article 「广东工业大学顺德研究院揭牌」 selection「广东工业大学顺德研究院揭牌」 …「20家以上。」
            Article 「村里来了“新农人”」 selection「村里来了“新农人”」 …「”梁家豪说。」
              Byline 「本报记者 吴嘉欣」 selection「本报记者 吴嘉欣」 …「记者 吴嘉欣」
        "#]],
    );
    let analysis = analysis::analyze(text);
    let items = analysis::outline::outline(text, &analysis.layout);
    let note = text.find("编者按").unwrap();
    assert_eq!(items.last().map(|i| i.range.start), Some(note));
}

/// A magazine's article: the headline, a subtitle opened by a dash (never the
/// headline, though the line above is short), a 文/ credit.
/// An editor's note set above a headline introduces that article: the article
/// starts at the note, and the text under the byline is its body, not an
/// untitled article of its own.
#[test]
fn an_editors_note_above_the_headline_is_the_articles() {
    let text = "编者按：基层人大代表联络站是代表联系群众的“连心桥”。本刊从本期起开设专栏，
集中展示各地联络站的好做法。

小站点连着大民生
——伊金霍洛旗代表联络站工作纪实

□本刊记者  高娃

走进伊金霍洛旗阿勒腾席热镇代表联络站，墙上的“民情
地图”格外醒目。旗人大常委会副主任刘海峰介绍说，
群众反映的每一件事都登记在册。
";
    check(
        text,
        expect![[r#"
            Article 「小站点连着大民生」 [——伊金霍洛旗代表联络站工作纪实] selection「小站点连着大民生」 …「都登记在册。」
              Byline 「□本刊记者  高娃」 selection「□本刊记者  高娃」 …「记者  高娃」
        "#]],
    );
    let analysis = analysis::analyze(text);
    let items = analysis::outline::outline(text, &analysis.layout);
    assert_eq!(items[0].range.start, 0, "the article starts at its note");
    // A note with no headline after it stays an item of its own.
    check(
        "编者按：本期刊发三篇来稿。\n\n近日，旗人大常委会召开会议，听取报告。\n",
        expect![[r#"
            Article 「编者按：本期刊发三篇来稿。」 untitled selection「编者按：本期刊发三篇来稿。」 …「，听取报告。」
        "#]],
    );
}

/// "【编者按】" alone over the note's text is the note's head, not a headline:
/// the note opens the article under it.
#[test]
fn an_editors_note_headed_on_a_line_of_its_own() {
    let text = "【编者按】
今年以来，旗人大常委会深入开展“代表进站”
活动。本期我们专访旗人大常委会主任斯琴毕
力格。

让代表联络站“活”起来
——访鄂托克前旗人大常委会主任斯琴毕力格

本报记者  乌日娜

记者：代表联络站建起来了，怎样让它真正发
挥作用？
斯琴毕力格：关键是让代表“进得来、说得上
、办得成”。
";
    check(
        text,
        expect![[r#"
            Article 「让代表联络站“活”起来」 [——访鄂托克前旗人大常委会主任斯琴毕力格] selection「让代表联络站“活”起来」 …「、办得成”。」
              Byline 「本报记者  乌日娜」 selection「本报记者  乌日娜」 …「者  乌日娜」
        "#]],
    );
    let analysis = analysis::analyze(text);
    let items = analysis::outline::outline(text, &analysis.layout);
    assert_eq!(items[0].range.start, 0, "the article starts at its note");
}

/// "■简讯" over short items names the column; "□王云飞 乔宝宁" is an author line.
#[test]
fn a_column_name_after_a_square_heads_its_items() {
    check(
        "■简讯
◆10月25日，达拉特旗人大常委会主任郝永胜带队
调研乡村振兴工作。
◆10月26日，准格尔旗人大常委会召开党组会议。

□王云飞 乔宝宁

近日，旗人大常委会召开会议，听取报告。
",
        expect![[r#"
            Article 「■简讯」 selection「■简讯」 …「开党组会议。」
            Article 「近日，旗人大常委会召开会议，听取…」 untitled selection「近日，旗人大常委会召开会议，听取报告。」 …「，听取报告。」
              Byline 「□王云飞 乔宝宁」 selection「□王云飞 乔宝宁」 …「云飞 乔宝宁」
        "#]],
    );
}

#[test]
fn a_dash_subtitle_and_a_magazine_credit() {
    let text = crate::support::MAGAZINE_ARTICLE;
    check(
        text,
        expect![[r#"
            Article 「让监督更有力度」 [——鄂托克旗人大常委会创新监督方式纪实] selection「让监督更有力度」 …「委会办公室）」
              Byline 「文/张三  李四」 selection「文/张三  李四」 …「张三  李四」
              Section 「一、代表全程参与」 selection「一、代表全程参与」 …「事事有着落。」
              Byline 「（作者单位：鄂托克旗人大常委会办公室）」 selection「（作者单位：鄂托克旗人大常委会办公室）」 …「委会办公室）」
        "#]],
    );
}

#[test]
fn headline_precision_and_recall_on_annotated_pages() {
    // Headlines compare with runs of white space as one space: the parts of a
    // two-part headline are set apart by two, three or four spaces.
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The newspapers' pages (000, 001, 003, 004) and the journal's issue (002),
    // whose headline blocks the extraction dropped into other articles' text,
    // are counted apart: each has its own floor.
    let (mut expected, mut found) = (BTreeSet::new(), BTreeSet::new());
    for entry in std::fs::read_dir(root.join("tests/annotations/outline")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "headlines") {
            continue;
        }
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        for line in std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            expected.insert((stem.clone(), squeeze(line)));
        }
        let text =
            std::fs::read_to_string(root.join("tests/corpus").join(format!("{stem}.txt"))).unwrap();
        let analysis = analysis::analyze(&text);
        for item in analysis::outline::outline(&text, &analysis.layout) {
            if item.kind == analysis::outline::ItemKind::Article && !item.untitled {
                found.insert((stem.clone(), squeeze(&item.name)));
            }
        }
    }
    let mut reports = Vec::new();
    let mut scores = Vec::new();
    for (group, journal) in [("newspapers", false), ("journal 002", true)] {
        let of_group = |set: &BTreeSet<(String, String)>| -> BTreeSet<(String, String)> {
            set.iter()
                .filter(|(stem, _)| stem.starts_with("002") == journal)
                .cloned()
                .collect()
        };
        let (expected, found) = (of_group(&expected), of_group(&found));
        let correct = expected.intersection(&found).count();
        let precision = correct as f64 / found.len().max(1) as f64;
        let recall = correct as f64 / expected.len().max(1) as f64;
        reports.push(format!(
            "headlines ({group}): annotated {} found {} correct {correct} precision {precision:.3} recall {recall:.3}\n  missed {:?}\n  wrong {:?}",
            expected.len(),
            found.len(),
            expected.difference(&found).map(|(_, h)| h).collect::<Vec<_>>(),
            found.difference(&expected).map(|(_, h)| h).collect::<Vec<_>>()
        ));
        scores.push((precision, recall));
    }
    let report = reports.join("\n");
    eprintln!("{report}");
    let [(news_p, news_r), (journal_p, journal_r)] = scores[..] else {
        unreachable!("two groups")
    };
    assert!(news_p >= 0.9 && news_r >= 0.9, "{report}");
    assert!(
        journal_p >= JOURNAL_FLOOR && journal_r >= JOURNAL_FLOOR,
        "{report}"
    );
}

/// The least precision and recall of the journal's headlines: what the
/// outline reaches today, so that a change that loses some fails.
const JOURNAL_FLOOR: f64 = 0.9;

fn names(symbols: &Value) -> Vec<String> {
    symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn document_symbols_folding_and_workspace_symbols() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("01.txt"), corpus("000")).unwrap();
    std::fs::write(dir.path().join("02.txt"), corpus("003")).unwrap();
    let mut client = LspClient::in_process();
    let root = format!("file://{}", dir.path().display());
    client.initialize_workspace(dir.path()).await;

    let uri = format!("{root}/01.txt");
    client.open(&uri, 1, &corpus("000")).await;
    client.diagnostics(&uri, 1).await;
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let top = names(&symbols["result"]);
    assert!(
        top.contains(&"坚持党的领导发挥制度优势".to_string()),
        "{top:?}"
    );
    assert!(
        top.contains(&"创新“磁力场”驰骋“新赛道”".to_string()),
        "{top:?}"
    );
    for symbol in symbols["result"].as_array().unwrap() {
        let (r, s) = (&symbol["range"], &symbol["selectionRange"]);
        let key = |p: &Value| {
            (
                p["line"].as_u64().unwrap(),
                p["character"].as_u64().unwrap(),
            )
        };
        assert!(
            key(&r["start"]) <= key(&s["start"]) && key(&s["end"]) <= key(&r["end"]),
            "{symbol}"
        );
    }
    let folds = client
        .request(
            "textDocument/foldingRange",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert!(folds["result"].as_array().unwrap().len() >= 5, "{folds}");

    // Workspace symbols come from every page, including 02.txt, which is not open.
    let found = client
        .request("workspace/symbol", json!({"query": "人大："}))
        .await;
    let hits = found["result"].as_array().unwrap();
    assert!(hits.len() >= 5, "{found}");
    assert!(
        hits.iter()
            .all(|h| h["location"]["uri"].as_str().unwrap().ends_with("02.txt"))
    );
}

/// The share of annotated body lines that the outline puts in the right article.
#[test]
fn body_lines_land_in_their_articles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut total, mut right) = (0usize, 0usize);
    let mut report = String::new();
    for entry in std::fs::read_dir(root.join("tests/annotations/outline")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "bodies") {
            continue;
        }
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let text =
            std::fs::read_to_string(root.join("tests/corpus").join(format!("{stem}.txt"))).unwrap();
        let analysis = analysis::analyze(&text);
        let items = analysis::outline::outline(&text, &analysis.layout);
        let (mut page_total, mut page_right) = (0, 0);
        for line in std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let (name, ranges) = line.split_once('\t').unwrap();
            for range in ranges.split(',') {
                let (a, b) = range.split_once('-').unwrap();
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                for n in a..=b {
                    let index = n - 1;
                    if analysis.layout.lines[index].kind != analysis::LineKind::Body {
                        continue;
                    }
                    page_total += 1;
                    let owner = items.iter().find(|i| i.body_lines.contains(&index));
                    let ok = owner.is_some_and(|o| {
                        if name == "*" {
                            o.untitled
                        } else {
                            o.name == name
                        }
                    });
                    page_right += usize::from(ok);
                }
            }
        }
        report.push_str(&format!("{stem}: {page_right}/{page_total}\n"));
        total += page_total;
        right += page_right;
    }
    let share = right as f64 / total.max(1) as f64;
    eprintln!("{report}body lines in the right article: {right}/{total} = {share:.3}");
    assert!(share >= 0.85, "{report}{share}");
}

/// On a page with blank lines between paragraphs, a profile's subtitle
/// ("——记…书记刘建国") is set apart too: it is the headline's, not an author
/// line; and a paragraph that opens with （上接第1版） is a continued article,
/// not more of the item above it.
#[test]
fn a_spaced_subtitle_and_a_paragraph_continued_from_another_page() {
    check(
        "乡村振兴看今朝

——记达拉特旗树林召镇党委书记刘建国

本报记者  李明  通讯员  高娃

    走进树林召镇王爱召村，一排排整齐的农家院落映入眼帘。村党支部书记、
村委会主任张富贵告诉记者，近年来村里大力发展设施农业，群众收入
明显提高。（转第3版）

县委副书记、县长王强一行到乡里调研

本报讯（记者 赵敏）3月12日，县委副书记、县长王强深入新华乡、
红旗镇调研春耕备耕工作。县领导李伟、孙建平陪同。
王强强调，要抓好春耕生产各项工作。

（上接第1版）村里还成立了合作社，带动农户增收。镇长其木格说，
下一步将继续加大投入。
",
        expect![[r#"
            Article 「乡村振兴看今朝」 [——记达拉特旗树林召镇党委书记刘建国] selection「乡村振兴看今朝」 …「（转第3版）」
              Byline 「本报记者  李明  通讯员  高娃」 selection「本报记者  李明  通讯员  高娃」 …「讯员  高娃」
              Marker 「（转第3版）」 selection「（转第3版）」 …「（转第3版）」
            Article 「县委副书记、县长王强一行到乡里调研」 selection「县委副书记、县长王强一行到乡里调研」 …「产各项工作。」
            Article 「（上接第1版）村里还成立了合作社…」 untitled selection「（上接第1版）村里还成立了合作社，带动农户增收。镇长其木格说，」 …「续加大投入。」
              Marker 「（上接第1版）」 selection「（上接第1版）」 …「上接第1版）」
        "#]],
    );
}

/// A column's name after a square heads its items a blank line below too; a
/// brief's bold lead-in run into its text ("●…活动日  近日，…") is no byline.
#[test]
fn a_column_name_a_blank_line_above_its_items() {
    check(
        "■ 履职动态

●旗人大常委会召开主任会议  3月10日，旗人大常委会主任会议召开，
旗人大常委会党组书记、主任斯琴毕力格主持会议。（乌云）

●城川镇人大开展代表活动日  近日，城川镇人大组织辖区内各级人大代表
开展集中活动。镇人大主席团主席额尔敦陪同。（苏雅）
",
        expect![[r#"
            Banner 「■ 履职动态」 selection「■ 履职动态」 …「■ 履职动态」
            Article 「旗人大常委会召开主任会议」 selection「旗人大常委会召开主任会议」 …「议。（乌云）」
            Article 「城川镇人大开展代表活动日」 selection「城川镇人大开展代表活动日」 …「同。（苏雅）」
        "#]],
    );
}

/// The date under a notice's signature is no headline of the text above it.
#[test]
fn a_date_alone_on_its_line_is_no_headline() {
    check(
        "关于召开旗第十七届人民代表大会第三次会议的决定

旗第十七届人民代表大会常务委员会第二十次会议决定，旗第十七届人民代
表大会第三次会议于2024年1月10日在旗政府礼堂召开。会议的主要议程是：
听取和审议旗人民政府工作报告，审查和批准旗国民经济和社会发展计划。

2024年6月28日
",
        expect![[r#"
            Article 「关于召开旗第十七届人民代表大会第三次会议的决定」 selection「关于召开旗第十七届人民代表大会第三次会议的决定」 …「年6月28日」
        "#]],
    );
}

#[test]
fn markers_inside_the_running_text() {
    // A marker written at the end or the start of a paragraph, not on a line of
    // its own, is listed under its article as a marker line is.
    let text = "顺德区召开高质量发展大会
　　本报讯（记者 梁志强）11月18日上午，顺德区高质量发展大会召开。
　　王伟要求，各部门要对标对表年度目标任务，全力冲刺四季度。（下转A3版）

（上接第1版）会议要求，各地要抓好落实，确保各项任务落到实处，推动高质量发展。
";
    check(
        text,
        expect![[r#"
            Article 「顺德区召开高质量发展大会」 selection「顺德区召开高质量发展大会」 …「下转A3版）」
              Marker 「（下转A3版）」 selection「（下转A3版）」 …「下转A3版）」
            Article 「（上接第1版）会议要求，各地要抓…」 untitled selection「（上接第1版）会议要求，各地要抓好落实，确保各项任务落到实处，推动高质量发展。」 …「高质量发展。」
              Marker 「（上接第1版）」 selection「（上接第1版）」 …「上接第1版）」
        "#]],
    );
}

#[test]
fn a_caption_opened_by_tu_and_a_half_width_colon_stands_alone() {
    // "图:" opens a caption of its own, as "图：" and "图为" do: two photos, two captions.
    let text = "国务院常务会议召开

新华社北京11月20日电（记者 王晓明）国务院总理李强20日
主持召开国务院常务会议，研究部署进一步优化营商环境。

图：会议现场。  新华社记者 张伟 摄
图:代表发言。  新华社记者 李明 摄

会议指出，要持续深化改革，加快建设全国统一大市场。
";
    check(
        text,
        expect![[r#"
            Article 「国务院常务会议召开」 selection「国务院常务会议召开」 …「统一大市场。」
              Caption 「图：会议现场。  新华社记者 张伟 摄」 selection「图：会议现场。  新华社记者 张伟 摄」 …「者 张伟 摄」
              Caption 「图:代表发言。  新华社记者 李明 摄」 selection「图:代表发言。  新华社记者 李明 摄」 …「者 李明 摄」
        "#]],
    );
}

#[test]
fn a_mastheads_kicker_over_a_headline_and_a_list_under_its_heading() {
    // Blank lines above the paper's name; a column's slogan over the headline
    // at the head of the page does not keep the headline from its text; the
    // entries of a list of people, short or indented, are its text.
    check(
        "\n新疆日报\n\n聚焦高质量发展\n\n南疆四地州特色林果业提质增效\n\n——来自阿克苏、喀什、和田、克州的调查\n\n　　本报记者  热依拉·买买提\n\n　　初夏时节，走进阿克苏地区温宿县佳木镇\n的核桃园，枝头挂满青果。镇党委书记马建新\n告诉记者，今年全镇核桃种植面积达12万亩，\n亩均收入比去年提高了300元。\n\n检查组成员名单\n\n组  长：王建军  旗人大常委会副主任\n副组长：李  强  旗人大常委会办公室主任\n成  员：赵  敏  旗人大常委会办公室副主任\n        孙  丽  旗财政局副局长\n        巴特尔  旗农牧局局长\n",
        expect![[r#"
            Banner 「新疆日报」 selection「新疆日报」 …「新疆日报」
            Banner 「聚焦高质量发展」 selection「聚焦高质量发展」 …「焦高质量发展」
            Article 「南疆四地州特色林果业提质增效」 [——来自阿克苏、喀什、和田、克州的调查] selection「南疆四地州特色林果业提质增效」 …「了300元。」
              Byline 「本报记者  热依拉·买买提」 selection「本报记者  热依拉·买买提」 …「依拉·买买提」
            Article 「检查组成员名单」 selection「检查组成员名单」 …「旗农牧局局长」
        "#]],
    );
}

#[test]
fn a_literary_page_of_poems_under_their_titles_and_signatures() {
    // The masthead over its dateline is one banner; a column's name (诗歌, 散文)
    // is a banner; a title over its signature ("草原的秋天" over "□ 乌兰图雅")
    // leads the poem under it, though the poem above ends without a stop and
    // the title is nearly as wide as the poem's lines.
    check(
        "鄂尔多斯日报
2026年11月20日  星期五  第7版  副刊

诗歌

草原的秋天
□ 乌兰图雅

风从北边来
吹黄了敖包山下的草
牧人把羊群赶回
冬营地的炊烟
一缕一缕
升向蓝天

秋夜
□ 张志军

月亮挂在杨树梢上
我在灯下读信
母亲说
今年的糜子
收了十二袋

散文

父亲的马
□ 李海燕

    父亲养了一辈子马。在我很小的时候，家里就有一匹枣红马，父亲每天天不亮就起来给
它添草料，饮水，刷毛。那匹马跟了父亲十多年，后来老了，父亲舍不得卖，一直养到它
死去。
    父亲说，马通人性。你对它好，它心里都知道。

本版编辑：高娃  校对：王晓
",
        expect![[r#"
            Banner 「鄂尔多斯日报 2026年11月20日  星期五  第7版  副刊」 selection「鄂尔多斯日报」 …「7版  副刊」
            Banner 「诗歌」 selection「诗歌」 …「诗歌」
            Article 「草原的秋天」 selection「草原的秋天」 …「升向蓝天」
              Byline 「□ 乌兰图雅」 selection「□ 乌兰图雅」 …「□ 乌兰图雅」
            Article 「秋夜」 selection「秋夜」 …「收了十二袋」
              Byline 「□ 张志军」 selection「□ 张志军」 …「□ 张志军」
            Banner 「散文」 selection「散文」 …「散文」
            Article 「父亲的马」 selection「父亲的马」 …「心里都知道。」
              Byline 「□ 李海燕」 selection「□ 李海燕」 …「□ 李海燕」
            Banner 「本版编辑：高娃  校对：王晓」 selection「本版编辑：高娃  校对：王晓」 …「 校对：王晓」
        "#]],
    );
}

#[test]
fn briefs_titled_by_their_lead_ins_under_a_columns_name() {
    // Each brief is an article named by its lead-in, whether or not its first
    // line runs on into the next; a brief with none is untitled; the column's
    // name heads none of them.
    check(
        "■简讯

●正蓝旗上都镇召开人大代表座谈会  近日，上都镇
人大主席团召开代表座谈会，镇人大主席乌日根主持。
（张丽）

●多伦县开展普法宣传  县司法局局长刘志刚带队深入
社区开展宪法宣传活动。县人大常委会副主任赵红梅参
加。（记者 王明）

●苏尼特右旗赛罕塔拉镇额仁淖尔嘎查党支部书记、嘎
查委员会主任其木格带领牧民发展肉羊产业，今年嘎查集
体经济收入突破50万元。
",
        expect![[r#"
            Banner 「■简讯」 selection「■简讯」 …「■简讯」
            Article 「正蓝旗上都镇召开人大代表座谈会」 selection「正蓝旗上都镇召开人大代表座谈会」 …「（张丽）」
              Byline 「（张丽）」 selection「（张丽）」 …「（张丽）」
            Article 「多伦县开展普法宣传」 selection「多伦县开展普法宣传」 …「记者 王明）」
            Article 「●苏尼特右旗赛罕塔拉镇额仁淖尔嘎…」 untitled selection「●苏尼特右旗赛罕塔拉镇额仁淖尔嘎查党支部书记、嘎」 …「破50万元。」
        "#]],
    );
}

#[test]
fn a_short_title_that_reports_a_meeting_over_its_subtitle() {
    // A short first line is a kicker over the headline ("新春走基层"), but not
    // when it reports the event itself: "盟委召开常委会议" is the title and the
    // line under it the subtitle.
    check(
        "盟委召开常委会议
研究部署冬春季森林草原防灭火工作

本报讯（记者 斯琴）11月17日，盟委书记孙俊青主持召开盟委常委会议，
研究部署冬春季森林草原防灭火工作。

新春走基层
牧区冬营地里的暖心事

本报讯（记者 王明）腊月里，记者走进阿巴嘎旗别力古台镇，
牧民们正忙着备草料。
",
        expect![[r#"
            Article 「盟委召开常委会议」 [研究部署冬春季森林草原防灭火工作] selection「盟委召开常委会议」 …「防灭火工作。」
            Article 「牧区冬营地里的暖心事」 [新春走基层] selection「牧区冬营地里的暖心事」 …「忙着备草料。」
        "#]],
    );
}

#[test]
fn a_marker_under_a_headline_and_one_after_an_arrow() {
    // A front-page teaser: the headline's text goes on elsewhere at once
    // ("（转A3版）" under it), and the text under it, set apart from its
    // marker by two spaces, is another article's. "→转4版" closes the text
    // above it. None of them is a headline, and none is lost.
    check(
        "代表风采

他把群众的事当成自己的事
（转A3版）

上接1版  在乡村振兴工作中，他带领群众发展特色种植，建起了
合作社，修通了村里的水泥路，人均收入增长了一倍。村民们说，
有事找他，心里踏实。

（紧接第二版）工程建设全面完成后，将惠及周边3万余名群众，
新增灌溉面积2万亩，年增收益1200万元。
→转4版
",
        expect![[r#"
            Banner 「代表风采」 selection「代表风采」 …「代表风采」
            Article 「他把群众的事当成自己的事」 selection「他把群众的事当成自己的事」 …「（转A3版）」
              Marker 「（转A3版）」 selection「（转A3版）」 …「（转A3版）」
            Article 「上接1版  在乡村振兴工作中，他…」 untitled selection「上接1版  在乡村振兴工作中，他带领群众发展特色种植，建起了」 …「，心里踏实。」
              Marker 「上接1版」 selection「上接1版」 …「上接1版」
            Article 「（紧接第二版）工程建设全面完成后…」 untitled selection「（紧接第二版）工程建设全面完成后，将惠及周边3万余名群众，」 …「→转4版」
              Marker 「（紧接第二版）」 selection「（紧接第二版）」 …「紧接第二版）」
              Marker 「→转4版」 selection「→转4版」 …「→转4版」
        "#]],
    );
}

#[test]
fn notices_signed_and_dated_at_the_right() {
    // A notice's title block (the body, "公    告" spaced out, its number: the
    // body's 公告 is the title, the number its subtitle), its
    // sections ("    一、征集时间", indented as its paragraphs), and the
    // signature and date set far to the right, which close the notice: the
    // next title leads the next notice.
    check(
        crate::fixtures::NOTICES,
        expect![[r#"
            Article 「鄂尔多斯市人民代表大会常务委员会公告」 [（第十二号）] selection「鄂尔多斯市人民代表大会常务委员会
            公    告」 …「11月24日」
              Byline 「鄂尔多斯市人民代表大会常务委员会」 selection「鄂尔多斯市人民代表大会常务委员会」 …「会常务委员会」
              Byline 「2026年11月24日」 selection「2026年11月24日」 …「11月24日」
            Article 「关于征集2027年市政府重点民生实事项目的公告」 selection「关于征集2027年市政府重点民生实事项目的公告」 …「11月24日」
              Section 「一、征集时间」 selection「一、征集时间」 …「2月10日。」
              Section 「二、征集范围」 selection「二、征集范围」 …「面广的领域。」
              Section 「三、征集方式」 selection「三、征集方式」 …「588888」
              Byline 「鄂尔多斯市人民政府办公室」 selection「鄂尔多斯市人民政府办公室」 …「民政府办公室」
              Byline 「2026年11月24日」 selection「2026年11月24日」 …「11月24日」
            Article 「讣告」 selection「讣    告」 …「11月23日」
              Byline 「巴音朝鲁同志治丧小组」 selection「巴音朝鲁同志治丧小组」 …「同志治丧小组」
              Byline 「2026年11月23日」 selection「2026年11月23日」 …「11月23日」
        "#]],
    );
}

#[test]
fn a_headline_set_far_in_at_the_head_of_a_page_is_no_signature() {
    // Under the masthead, the issuer and the notice's title are centred, as
    // far in as a signature stands; with no text above them they sign
    // nothing. The issuer and date at the foot do.
    check(
        "鄂尔多斯日报  2025年6月12日

            中共杭锦旗委员会组织部
            干部任前公示

    根据有关规定，经旗委研究，拟提拔任用以下同志，现予以公示：

    王丽娟，女，汉族，1983年11月生，研究生学历，中共党员，现任杭锦旗发展和改革委员会副主任，拟任杭锦旗财政局局长。

    公示时间：2025年6月12日至6月18日。

                                      中共杭锦旗委员会组织部
                                         2025年6月12日
",
        expect![[r#"
            Banner 「鄂尔多斯日报  2025年6月12日」 selection「鄂尔多斯日报  2025年6月12日」 …「年6月12日」
            Article 「中共杭锦旗委员会组织部」 [干部任前公示] selection「中共杭锦旗委员会组织部」 …「年6月12日」
              Byline 「中共杭锦旗委员会组织部」 selection「中共杭锦旗委员会组织部」 …「委员会组织部」
              Byline 「2025年6月12日」 selection「2025年6月12日」 …「年6月12日」
        "#]],
    );
}

#[test]
fn centred_notice_titles_under_signatures_lead_the_next_notice() {
    // A signature's date closes it: the next line set as far in is the next
    // notice's title, not a third line of the signature.
    check(
        "            关于开展2025年度统计执法检查的通知

    各苏木镇人民政府，旗直各有关单位：
    根据自治区统计局统一部署，旗统计局将于7月开展统计执法检查，请各单位做好准备。

                                         杭锦旗统计局
                                         2025年6月10日

            关于调整城乡居民医疗保险缴费标准的公告

    经旗人民政府同意，2026年度城乡居民医疗保险个人缴费标准调整为每人每年400元。

                                         杭锦旗医疗保障局
                                         2025年6月11日
",
        expect![[r#"
            Article 「关于开展2025年度统计执法检查的通知」 selection「关于开展2025年度统计执法检查的通知」 …「年6月10日」
              Byline 「杭锦旗统计局」 selection「杭锦旗统计局」 …「杭锦旗统计局」
              Byline 「2025年6月10日」 selection「2025年6月10日」 …「年6月10日」
            Article 「关于调整城乡居民医疗保险缴费标准的公告」 selection「关于调整城乡居民医疗保险缴费标准的公告」 …「年6月11日」
              Byline 「杭锦旗医疗保障局」 selection「杭锦旗医疗保障局」 …「旗医疗保障局」
              Byline 「2025年6月11日」 selection「2025年6月11日」 …「年6月11日」
        "#]],
    );
}

#[test]
fn an_interviews_questions_and_answers_stay_in_its_article() {
    // Lines that each end a sentence show no column of their own: the
    // interview at the foot of a profile is the profile's, however much
    // narrower its lines are than the wrapped text above.
    check(
        " 代表风采

扎根草原三十年的“牧民代言人”
——记旗人大代表、伊和乌素苏木党委书记斯琴图雅

□本报记者  阿拉腾

    初夏的伊和乌素苏木，草场返青，羊群如云。说起旗人大代表斯琴图雅，牧民们
都竖起大拇指。
    “代表就是要替群众说话、为群众办事。”这是斯琴图雅常挂在嘴边的一句话。三十
年来，她走遍了全苏木的每一个嘎查，记下了厚厚的十几本民情日记。

记者：您怎样看待代表的职责？
斯琴图雅：代表来自群众，就要扎根群众。群众的事再小也是大事。
记者：今后有什么打算？
斯琴图雅：继续走好群众路线，把更多好建议带到人代会上。
",
        expect![[r#"
            Banner 「代表风采」 selection「代表风采」 …「代表风采」
            Article 「扎根草原三十年的“牧民代言人”」 [——记旗人大代表、伊和乌素苏木党委书记斯琴图雅] selection「扎根草原三十年的“牧民代言人”」 …「到人代会上。」
              Byline 「□本报记者  阿拉腾」 selection「□本报记者  阿拉腾」 …「者  阿拉腾」
        "#]],
    );
}

#[test]
fn headings_on_a_page_of_indented_text_are_no_banners() {
    // Every paragraph is set in by two ideographic spaces, and so are the
    // headlines: white space before them marks no running head.
    check(
        "　　准格尔旗召开人大常委会第二十三次会议

　　本报讯（记者　刘慧敏）6月18日，准格尔旗第十八届人大常委会第二十三次会议召开。旗人大常委会主任王海军主持会议，副主任李志强、白玉兰出席会议。
　　会议听取和审议了旗人民政府关于2024年度财政决算的报告，审查批准了2024年度旗本级财政决算。副旗长张建华列席会议。

　　薛家湾镇：“小网格”撬动“大治理”

　　近年来，薛家湾镇党委坚持党建引领，将全镇划分为126个网格，配备专职网格员180名，
做到“人在网中走、事在格中办”。镇党委书记贾晓东说，网格化管理让群众的“小事不出
网格，大事不出社区”。
",
        expect![[r#"
            Article 「准格尔旗召开人大常委会第二十三次会议」 selection「准格尔旗召开人大常委会第二十三次会议」 …「华列席会议。」
            Article 「薛家湾镇：“小网格”撬动“大治理”」 selection「薛家湾镇：“小网格”撬动“大治理”」 …「不出社区”。」
        "#]],
    );
}

#[test]
fn a_line_under_a_comma_goes_on_with_its_sentence() {
    // A page of a paragraph a line, but for its last article, wrapped: the
    // short line under "…180名，" is the sentence's, not a headline.
    check(
        "　　准格尔旗召开人大常委会第二十三次会议

　　本报讯（记者　刘慧敏）6月18日，准格尔旗第十八届人大常委会第二十三次会议召开。旗人大常委会主任王海军主持会议，副主任李志强、白玉兰、乌云毕力格出席会议。
　　会议听取和审议了旗人民政府关于2024年度财政决算的报告，审查批准了2024年度旗本级财政决算。副旗长张建华、旗财政局局长郝丽平列席会议。
　　会议表决通过了有关人事任免事项。任命刘志刚为准格尔旗人民政府副旗长；免去赵永胜的准格尔旗教育体育局局长职务。（下转第二版）

▲6月18日，准格尔旗第十八届人大常委会第二十三次会议现场。　　本报记者　高娃　摄

　　薛家湾镇：“小网格”撬动“大治理”

　　近年来，薛家湾镇党委坚持党建引领，将全镇划分为126个网格，配备专职网格员180名，
做到“人在网中走、事在格中办”。镇党委书记贾晓东说，网格化管理让群众的“小事不出
网格，大事不出社区”。
",
        expect![[r#"
            Article 「准格尔旗召开人大常委会第二十三次会议」 selection「准格尔旗召开人大常委会第二十三次会议」 …「者　高娃　摄」
              Marker 「（下转第二版）」 selection「（下转第二版）」 …「下转第二版）」
              Caption 「▲6月18日，准格尔旗第十八届人大常委会第二十三次会议现场。　　本报记者　高娃　摄」 selection「▲6月18日，准格尔旗第十八届人大常委会第二十三次会议现场。　　本报记者　高娃　摄」 …「者　高娃　摄」
            Article 「薛家湾镇：“小网格”撬动“大治理”」 selection「薛家湾镇：“小网格”撬动“大治理”」 …「不出社区”。」
        "#]],
    );
}

#[test]
fn a_dateline_wrapped_after_its_credit_is_the_items_text() {
    // "本报讯（记者　韩雪）为深入了解…" runs on into the next line: the
    // item's first line, not a credit on a line of its own.
    check(
        "　　达拉特旗人大常委会
　　开展《草原法》执法检查

　　本报讯（记者　韩雪）为深入了解《中华人民共和国
草原法》在全旗的贯彻实施情况，5月下旬，达拉特旗人
大常委会副主任王俊峰带领执法检查组，深入中和西镇、
昭君镇等地，通过实地察看、听取汇报、座谈交流等方式
开展执法检查。
",
        expect![[r#"
            Article 「达拉特旗人大常委会」 [开展《草原法》执法检查] selection「达拉特旗人大常委会」 …「展执法检查。」
        "#]],
    );
}

#[test]
fn a_continuation_marker_over_its_headline_goes_with_the_article() {
    // "（上接第一版）" may stand over the repeated headline as well as under
    // it: either way it belongs to the continued article.
    check(
        "　　（上接第一版）
　　乡村振兴　人大在行动
　　近年来，树林召镇人大主席团围绕乡村振兴战略，组织代
表开展专题调研12次，提出意见建议46条，推动解决了一批
群众急难愁盼问题。
",
        expect![[r#"
            Article 「乡村振兴　人大在行动」 selection「乡村振兴　人大在行动」 …「难愁盼问题。」
              Marker 「（上接第一版）」 selection「（上接第一版）」 …「上接第一版）」
        "#]],
    );
}

#[test]
fn a_documents_title_over_the_session_that_passed_it() {
    // "（…会议通过）" under a title set in the block of its list: both are the
    // headline; the list's parts, each a run of clauses, stay in its article.
    check(
        "鄂托克旗人大常委会任免名单
（2025年4月28日鄂托克旗第十八届人民代表大会常务委员会第二十次会议通过）

一、决定任命：
李建国为鄂托克旗教育体育局局长；
娜仁高娃为鄂托克旗卫生健康委员会主任。

二、决定免去：
张志宏的鄂托克旗教育体育局局长职务；
乌兰巴特尔的鄂托克旗卫生健康委员会主任职务。
",
        expect![[r#"
            Article 「鄂托克旗人大常委会任免名单」 [（2025年4月28日鄂托克旗第十八届人民代表大会常务委员会第二十次会议通过）] selection「鄂托克旗人大常委会任免名单」 …「会主任职务。」
        "#]],
    );
}

#[test]
fn a_speech_under_its_title_date_and_speaker() {
    // A speech's title over its date in brackets and the speaker's posts and
    // name (spaced out: 高  波), set in one block over the text: headline,
    // subtitle and byline.
    check(
        "在全旗优化营商环境工作推进会上的讲话
（2025年3月12日）
旗委副书记、旗长  高  波

同志们：
    今天召开全旗优化营商环境工作推进会，主要任务是深入贯彻落实自治区、市
关于优化营商环境的决策部署，总结去年工作，安排部署今年任务。
    一、提高站位，切实增强优化营商环境的责任感紧迫感
    营商环境就是生产力。去年以来，全旗上下深入开展营商环境攻坚行动，新增
市场主体3260户，同比增长12.6%。
",
        expect![[r#"
            Article 「在全旗优化营商环境工作推进会上的讲话」 [（2025年3月12日）] selection「在全旗优化营商环境工作推进会上的讲话」 …「12.6%。」
              Byline 「旗委副书记、旗长  高  波」 selection「旗委副书记、旗长  高  波」 …「  高  波」
        "#]],
    );
}

#[test]
fn a_short_headline_over_a_news_lead_opens_another_item() {
    // Two news items in one column: the second's headline is as short as a
    // section's heading, but the text under it opens with its date
    // ("12月1日，…"), as a news item's lead does.
    check(
        "乌审旗：冬季牧区供暖保障有力

本报记者 王丽 通讯员 张强

入冬以来，乌审旗多措并举做好牧区冬季供暖保障工作，确保牧
民群众温暖过冬。旗住建局提前谋划，对全旗供热管网进行了全
面排查检修，共维修改造管网12公里。

旗住建局相关负责人介绍，今年全旗共储备燃煤3万吨，比去年
同期增长12%，可满足整个供暖季的需求。

伊金霍洛旗举办冬季那达慕

12月1日，伊金霍洛旗第五届冬季那达慕在札萨克镇开幕，来自
各地的2000余名群众参加。本届那达慕设置了赛马、搏克、射箭
等传统项目，还增加了冰雪体验活动。
",
        expect![[r#"
            Article 「乌审旗：冬季牧区供暖保障有力」 selection「乌审旗：冬季牧区供暖保障有力」 …「暖季的需求。」
              Byline 「本报记者 王丽 通讯员 张强」 selection「本报记者 王丽 通讯员 张强」 …「通讯员 张强」
            Article 「伊金霍洛旗举办冬季那达慕」 selection「伊金霍洛旗举办冬季那达慕」 …「雪体验活动。」
        "#]],
    );
}

#[test]
fn a_credit_of_words_and_pictures_under_a_text_closes_it() {
    // "文/图 李明" under an item's text, over the next item's headline, is
    // the item's credit: it opens no text of its own, and the headline
    // under it leads the text under that.
    check(
        "乌审旗：冬季牧区供暖保障有力

入冬以来，乌审旗多措并举做好牧区冬季供暖保障工作，确保牧
民群众温暖过冬。旗住建局提前谋划，对全旗供热管网进行了全
面排查检修，共维修改造管网12公里。

文/图 李明

伊金霍洛旗举办冬季那达慕

12月1日，伊金霍洛旗第五届冬季那达慕在札萨克镇开幕，来自
各地的2000余名群众参加。本届那达慕设置了赛马、搏克、射箭
等传统项目，还增加了冰雪体验活动。
",
        expect![[r#"
            Article 「乌审旗：冬季牧区供暖保障有力」 selection「乌审旗：冬季牧区供暖保障有力」 …「文/图 李明」
              Byline 「文/图 李明」 selection「文/图 李明」 …「文/图 李明」
            Article 「伊金霍洛旗举办冬季那达慕」 selection「伊金霍洛旗举办冬季那达慕」 …「雪体验活动。」
        "#]],
    );
}

#[test]
fn a_credit_of_words_and_pictures_at_the_foot_of_the_page_closes_the_item() {
    // The same credit with nothing but the page's editors under it: the
    // item above is its, and the editors' line is the page's.
    check(
        "鄂托克旗：牧区冬季防火不松劲

　　本报讯（记者 王晓东 通讯员 李娜）入冬以来，鄂托克旗
坚持人防与技防相结合，在全旗各苏木镇组织开展冬季防火专项
检查，累计排查隐患120余处。
　　据了解，该旗应急管理局联合林草、公安等部门，深入嘎查
牧户宣传防火知识，发放宣传资料3000余份。

文/图 记者 刘 洋

责任编辑：张 敏  校对：王 芳  美术编辑：李 强
",
        expect![[r#"
            Article 「鄂托克旗：牧区冬季防火不松劲」 selection「鄂托克旗：牧区冬季防火不松劲」 …「记者 刘 洋」
              Byline 「文/图 记者 刘 洋」 selection「文/图 记者 刘 洋」 …「记者 刘 洋」
            Banner 「责任编辑：张 敏  校对：王 芳  美术编辑：李 强」 selection「责任编辑：张 敏  校对：王 芳  美术编辑：李 强」 …「编辑：李 强」
        "#]],
    );
}

#[test]
fn a_front_pages_teasers_are_one_banner_with_a_marker_each() {
    // "导读" over teasers, each a headline and its page: one banner named
    // by its head, each teaser a marker to go to, not headlines over text
    // nor bylines for the ● before them. A serial's notes, "（接上期）" and
    // "（未完待续）", are its markers (pointing to no page), not its text.
    check(
        "草原记忆（连载之三）

（接上期）
那年冬天雪下得特别大，父亲赶着勒勒车从旗里回来，车上装着给
我们买的新棉袄。母亲在灯下一针一线地缝补着，嘴里哼着古老的
长调。

我至今记得那首歌的旋律，它像草原上的风一样，悠长而深沉，让
人想起远方。每到冬天，我就会想起那辆勒勒车，想起车辙里的雪，
想起父亲被风吹红的脸。
（未完待续）

文/巴特尔

导读

●我市召开经济工作会议                    2版
●全市两会筹备工作有序推进……A3版
●冬季供暖保障有力                  详见4版

本报讯  12月4日，全市冬季全民健身运动会在
康巴什区开幕。
",
        expect![[r#"
            Article 「草原记忆（连载之三）」 selection「草原记忆（连载之三）」 …「文/巴特尔」
              Marker 「（接上期）」 selection「（接上期）」 …「（接上期）」
              Marker 「（未完待续）」 selection「（未完待续）」 …「（未完待续）」
              Byline 「文/巴特尔」 selection「文/巴特尔」 …「文/巴特尔」
            Banner 「导读」 selection「导读」 …「  详见4版」
              Marker 「我市召开经济工作会议 2版」 selection「2版」 …「    2版」
              Marker 「全市两会筹备工作有序推进 A3版」 selection「A3版」 …「进……A3版」
              Marker 「冬季供暖保障有力 详见4版」 selection「详见4版」 …「  详见4版」
            Article 「本报讯  12月4日，全市冬季全…」 untitled selection「本报讯  12月4日，全市冬季全民健身运动会在」 …「巴什区开幕。」
        "#]],
    );
}

#[test]
fn a_set_in_paragraphs_first_words_cut_off_by_a_caption_are_text() {
    // Paragraphs set in with ideographic spaces; the last opens with a
    // clause and is cut off by a photo: its first words are text of the
    // article, not a running head nor a headline.
    check(
        "全市冬季供暖工作会议召开

　　本报讯（记者 王晓东）12月3日，全市冬季供暖工作会议召开，
会议总结了今年以来供暖保障工作，安排部署下一阶段重点任务。
　　会议指出，各地各部门要切实提高政治站位，把供暖保障作为
重大民生工程抓紧抓实，确保群众温暖过冬。
　　会议要求，要加强

▲12月3日，全市冬季供暖工作会议召开。  记者 刘洋 摄

燃料储备，做好应急预案，及时回应群众诉求。
",
        expect![[r#"
            Article 「全市冬季供暖工作会议召开」 selection「全市冬季供暖工作会议召开」 …「应群众诉求。」
              Caption 「▲12月3日，全市冬季供暖工作会议召开。  记者 刘洋 摄」 selection「▲12月3日，全市冬季供暖工作会议召开。  记者 刘洋 摄」 …「者 刘洋 摄」
        "#]],
    );
}

#[test]
fn a_tables_title_heads_the_table_under_it() {
    // A weather box: the forecast's lines, then a table's title right over
    // its rows. The title heads the table, not the lines above it, though
    // elsewhere a headline may trail its text.
    check(
        crate::support::WEATHER_BOX,
        expect![[r#"
        Banner 「天气预报」 selection「天气预报」 …「天气预报」
        Article 「鄂尔多斯市气象台12月5日16时…」 untitled selection「鄂尔多斯市气象台12月5日16时发布」 …「高气温-3℃」
        Article 「各旗区天气」 selection「各旗区天气」 …「意防寒保暖。」
    "#]],
    );
}

#[test]
fn a_column_in_square_brackets_and_a_title_over_its_writers_credit() {
    // "【代表风采】" alone is the column's name; the line alone under it, over a
    // blank line and the writer's credit, is the article's title, however
    // short the page's column estimate makes it look.
    check(
        "【一线传真】

草原上的“红色驼队”

文/图  本报记者  乌日娜

    在苏尼特右旗赛罕塔拉镇，提起流动党员服务队，牧民们都竖起
大拇指。

    服务队队长额尔德尼说：“牧民在哪里，服务就送到哪里。”
",
        expect![[r#"
            Banner 「【一线传真】」 selection「【一线传真】」 …「【一线传真】」
            Article 「草原上的“红色驼队”」 selection「草原上的“红色驼队”」 …「送到哪里。”」
              Byline 「文/图  本报记者  乌日娜」 selection「文/图  本报记者  乌日娜」 …「者  乌日娜」
        "#]],
    );
}

#[test]
fn classified_notices_each_stand_alone() {
    // A page of classified notices: a short title ending in 声明, 公告, 出租 or
    // 启事 over indented text is an item of its own, not a section of the item
    // above it, though it is as short as a section heading and the text under
    // it is set in the same column. So is any other short heading after an
    // item under its bare title (治理智慧): that is a brief's title too.
    check(
        "遗失声明

    王海军不慎遗失居民身份证，证号：15
062119850312XXXX，声明作废。
    李秀英不慎遗失购房收据一张，金额：50
000元，声明作废。

注销公告

    鄂尔多斯市康巴什区顺达物流有限公司
经股东会决议，拟申请注销登记，请债权人
自本公告发布之日起45日内申报债权。

房屋出租

    东胜区天骄路临街商铺出租，面积120
平方米，水电暖齐全，适合餐饮、超市。电
话：13847712345（刘先生）

治理智慧

    村里的事情大家商量着办，村民的积极
性一下子就调动起来了，说得好。
",
        expect![[r#"
            Article 「遗失声明」 selection「遗失声明」 …「，声明作废。」
            Article 「注销公告」 selection「注销公告」 …「内申报债权。」
            Article 「房屋出租」 selection「房屋出租」 …「5（刘先生）」
            Article 「治理智慧」 selection「治理智慧」 …「了，说得好。」
        "#]],
    );
}

#[test]
fn a_bulletin_with_its_issuers_and_a_table() {
    // The title, however wide, heads the bulletin; the two issuers and the
    // date in brackets under it sign it; the table's title is a caption
    // inside its section, not a headline over the text after it.
    check(
        crate::fixtures::BULLETIN,
        expect![[r#"
            Article 「鄂尔多斯市2025年国民经济和社会发展统计公报」 selection「鄂尔多斯市2025年国民经济和社会发展统计公报」 …「长3.2%。」
              Byline 「鄂尔多斯市统计局」 selection「鄂尔多斯市统计局」 …「多斯市统计局」
              Byline 「国家统计局鄂尔多斯调查队」 selection「国家统计局鄂尔多斯调查队」 …「尔多斯调查队」
              Byline 「（2026年3月18日）」 selection「（2026年3月18日）」 …「3月18日）」
              Section 「一、综合」 selection「一、综合」 …「   6.3」
              Caption 「表1  2025年主要农产品产量」 selection「表1  2025年主要农产品产量」 …「要农产品产量」
              Section 「二、农业」 selection「二、农业」 …「长3.2%。」
        "#]],
    );
}

#[test]
fn a_decisions_title_wrapped_over_two_lines_is_one_headline() {
    // "…关于任免" over "…的决定": a title with 关于 goes on until its
    // document's word. A subtitle that does not end the 关于 title
    // (——达拉特旗的实践与探索) stays a subtitle.
    check(
        "鄂尔多斯市人大常委会关于任免
国家机关工作人员的决定

一、任命王建国为鄂尔多斯市人民政府副市长。
二、免去张宏伟的鄂尔多斯市人民政府副市长职务。

关于加强基层人大建设
——达拉特旗的实践与探索

达拉特旗人大常委会坚持问题导向，推动基层人大
工作规范化建设，取得了明显成效。
",
        expect![[r#"
            Article 「鄂尔多斯市人大常委会关于任免国家机关工作人员的决定」 selection「鄂尔多斯市人大常委会关于任免
            国家机关工作人员的决定」 …「副市长职务。」
            Article 「关于加强基层人大建设」 [——达拉特旗的实践与探索] selection「关于加强基层人大建设」 …「了明显成效。」
        "#]],
    );
}

#[test]
fn a_magazines_contents_and_an_editors_note() {
    // The contents list the entries under their column's name; the editor's
    // note after them opens the article it introduces, titled below it.
    check(
        &format!(
            "{}
乌审旗：让代表联络站“活”起来

□ 乌审旗人大常委会办公室

近年来，乌审旗人大常委会坚持把代表联络站建设
作为加强和改进代表工作的重要抓手，推动联络站从
“有形覆盖”向“有效覆盖”转变。
",
            crate::fixtures::CONTENTS
        ),
        expect![[r#"
            Banner 「本期导读」 selection「本期导读」 …「本期导读」
            Article 「特别关注」 selection「特别关注」 …「……………6」
            Article 「履职纪实」 selection「履职纪实」 …「…………14」
            Article 「乌审旗：让代表联络站“活”起来」 selection「乌审旗：让代表联络站“活”起来」 …「覆盖”转变。」
              Byline 「□ 乌审旗人大常委会办公室」 selection「□ 乌审旗人大常委会办公室」 …「常委会办公室」
        "#]],
    );
}

#[test]
fn a_notice_signed_flush_left_at_its_foot() {
    // An issuer over a date, under the notice's last sentence and a blank
    // line, signs the notice: bylines of its article, not a banner of the page.
    check(
        "讣  告

巴音朝鲁同志1938年出生，内蒙古鄂托克旗人，1956年参加
工作，1958年加入中国共产党。1998年离休。

巴音朝鲁同志治丧委员会
2026年7月1日

干部任前公示

赵红梅，女，蒙古族，1983年5月生，大学学历，现任杭
锦旗发展和改革委员会副主任，拟任杭锦旗统计局局长。

中共杭锦旗委组织部
2026年7月1日
",
        expect![[r#"
            Article 「讣告」 selection「讣  告」 …「6年7月1日」
              Byline 「巴音朝鲁同志治丧委员会」 selection「巴音朝鲁同志治丧委员会」 …「志治丧委员会」
              Byline 「2026年7月1日」 selection「2026年7月1日」 …「6年7月1日」
            Article 「干部任前公示」 selection「干部任前公示」 …「6年7月1日」
              Byline 「中共杭锦旗委组织部」 selection「中共杭锦旗委组织部」 …「锦旗委组织部」
              Byline 「2026年7月1日」 selection「2026年7月1日」 …「6年7月1日」
        "#]],
    );
}

#[test]
fn an_enumerated_point_that_runs_on_is_named_by_its_first_sentence() {
    // A double-spaced page: "（一）高度重视，加强组织领导。市旗两…" is the
    // point's heading, and its title is its first sentence, commas and all; a
    // point that is a title alone keeps it whole.
    check(
        "加强建筑市场监管工作的报告

为进一步规范建筑市场秩序，保障工程质量安全，市

人大常委会组成调研组，深入各旗区开展专题调研，

形成如下报告。

（一）高度重视，加强组织领导。市旗两级住建部门

成立工作专班，明确责任分工，定期研究解决重点难

点问题，推动各项工作落地见效。

（二）把握重点，加大监管力度

各级住建部门聚焦建筑工程质量安全，开展专项检查

行动，依法查处违法违规行为。
",
        expect![[r#"
            Article 「加强建筑市场监管工作的报告」 selection「加强建筑市场监管工作的报告」 …「法违规行为。」
              Section 「（一）高度重视，加强组织领导」 selection「（一）高度重视，加强组织领导」 …「作落地见效。」
              Section 「（二）把握重点，加大监管力度」 selection「（二）把握重点，加大监管力度」 …「法违规行为。」
        "#]],
    );
}

#[test]
fn a_theory_page_signed_over_a_blank_line_with_its_notes() {
    // A spaced-out line alone ("深 入 学 习 …") is a banner, no list of
    // names; the title stands over a blank line and the writer's "□ 王志刚";
    // the notes at the end, set wider, are the essay's own; "记者手记" names
    // a column, no reporter.
    check(
        "深 入 学 习 贯 彻 全 会 精 神

新时代基层人大工作的实践与思考

□ 王志刚

    人大工作是党的工作的重要组成部分。①
做好新时代基层人大工作，必须坚持党的领导、
人民当家作主、依法治国有机统一。

注释：
①习近平：《在中央人大工作会议上的讲话》，《求是》2022年第5期。
[1]张三.基层人大监督工作研究[J].人大研究,2023(4):12-18.

记者手记

    走进达拉特旗人大常委会，记者感受最深
的是“实”。从代表联络站到专题询问会，处处
体现着为民情怀。
",
        expect![[r#"
            Banner 「深 入 学 习 贯 彻 全 会 精 神」 selection「深 入 学 习 贯 彻 全 会 精 神」 …「 会 精 神」
            Article 「新时代基层人大工作的实践与思考」 selection「新时代基层人大工作的实践与思考」 …「12-18.」
              Byline 「□ 王志刚」 selection「□ 王志刚」 …「□ 王志刚」
            Article 「记者手记」 selection「记者手记」 …「着为民情怀。」
        "#]],
    );
}

#[test]
fn a_title_with_a_comma_over_a_blank_line_and_its_reporter() {
    // "医保新政来了，这些变化要知道" holds a comma, as many titles do; alone
    // between blank lines over the reporter's credit, it is the title, and
    // the column's name over it is a banner.
    check(
        "政策解读

医保新政来了，这些变化要知道

本报记者  刘  洋

    近日，鄂尔多斯市医疗保障局出台新政策。
记者就群众关心的问题采访了市医疗保障局副
局长赵红梅。
    问：新政策主要有哪些变化？
    答：主要有三个方面的变化。一是提高了
门诊报销比例，二是扩大了慢性病病种范围，
三是简化了异地就医备案手续。
    问：群众怎样办理异地就医备案？
    答：可以通过国家医保服务平台APP、“蒙
速办”APP或者到旗区医保经办窗口办理。
",
        expect![[r#"
            Banner 「政策解读」 selection「政策解读」 …「政策解读」
            Article 「医保新政来了，这些变化要知道」 selection「医保新政来了，这些变化要知道」 …「办窗口办理。」
              Byline 「本报记者  刘  洋」 selection「本报记者  刘  洋」 …「  刘  洋」
        "#]],
    );
}

#[test]
fn a_weather_table_and_who_supplied_it() {
    // A table of one number a row stays in its item, and "（市气象台提供）"
    // closes the item as its credit: the heading after it opens the next.
    check(
        "天气预报

    今天白天到夜间，全市晴转多云，西北风
3到4级，气温零下8到3摄氏度。明天，全市多
云，东北风2到3级，气温零下10到1摄氏度。

    东胜区  晴  -7℃～3℃
    康巴什区  晴  -8℃～2℃
    达拉特旗  多云  -9℃～2℃
    准格尔旗  晴转多云  -6℃～4℃

（市气象台提供）

体坛快讯

    本报讯（记者 王磊）11月26日，冰雪运动会开幕。
",
        expect![[r#"
            Article 「天气预报」 selection「天气预报」 …「气象台提供）」
              Byline 「（市气象台提供）」 selection「（市气象台提供）」 …「气象台提供）」
            Article 「体坛快讯」 selection「体坛快讯」 …「运动会开幕。」
        "#]],
    );
}

#[test]
fn a_double_spaced_report_with_wrapped_headings_and_indented_paragraphs() {
    // A heading wrapped over a blank line is one section, named whole, also
    // one set in the text's type with a word left over ("…急难愁盼" over
    // "问题"); a
    // paragraph's indented first line ("要全面落实《基本医疗卫生与健康促进")
    // heads no article; points that run on are named by their first line or
    // sentence.
    check(
        crate::fixtures::DOUBLE_SPACED_REPORT,
        expect![[r#"
            Article 「关于推进居家社区养老服务的调研报告」 selection「关于推进居家社区养老服务的调研报告」 …「老服务需求。」
              Section 「一、基本情况」 selection「一、基本情况」 …「围日益浓厚。」
              Section 「（一）以实际规划为引领，进一步提升居家社区养老服务设施建设」 selection「（一）以实际规划为引领，进一步提升居

            家社区养老服务设施建设」 …「平。」
              Section 「1.由市人大工作研究会提出本年度课题」 selection「1.由市人大工作研究会提出本年度课题」 …「究课题任务。」
              Section 「2.组织召开一次理论研讨会」 selection「2.组织召开一次理论研讨会」 …「价值的成果。」
              Section 「坚持问题导向，着力解决老年人急难愁盼问题」 selection「坚持问题导向，着力解决老年人急难愁盼

            问题」 …「老服务需求。」
        "#]],
    );
}

#[test]
fn a_speech_opens_at_its_salutation_under_its_headline_set_apart() {
    // A double-spaced page: a speech starts at "尊敬的各位领导、同仁们："
    // after the last text ended, and its headline, dropped into its text
    // line by line over blank lines, with its subtitle and author, is its own.
    check(
        "3.做好研究会和社团登记年检及相关工作，按

时报送年度工作报告和财务报告。

4.积极参与市人大机关活动，认真完成自治

区人大研究会交办的各项工作任务。

 尊敬的各位领导、同仁们：

按照会议安排，我代表杭锦后旗人大工作

研究会，作如下简要发言。杭锦后旗人大工作

研究会于2016年组建，2021年进行换届，目前

是第二届，现有理事会成员86名，组成人员主要

有部分原旗人大常委会领导、各工作委员会主任

努力建设好有所作为的旗县

人大工作研究会
——在巴彦淖尔市人大工作研究会2024年度工作会议上的发言

●杭锦后旗人大工作研究会理事长  马忠福
 和部分旗直部门单位的负责人、基层优秀人大

代表等，设有理事会作为决策机构。
",
        expect![[r#"
            Article 「3.做好研究会和社团登记年检及相…」 untitled selection「3.做好研究会和社团登记年检及相关工作，按」 …「项工作任务。」
            Article 「努力建设好有所作为的旗县人大工作研究会」 [——在巴彦淖尔市人大工作研究会2024年度工作会议上的发言] selection「努力建设好有所作为的旗县

            人大工作研究会」 …「为决策机构。」
              Byline 「●杭锦后旗人大工作研究会理事长  马忠福」 selection「●杭锦后旗人大工作研究会理事长  马忠福」 …「长  马忠福」
        "#]],
    );
}

#[test]
fn a_reports_title_ends_over_a_blank_line_in_a_double_spaced_page() {
    // "在临河召开", short and ending in its verb, is the end of the title above
    // it, set apart as every line of the page is: no banner of its own.
    check(
        " 12月30日，市五届人大常委会第十九次会

议在临河召开。市人大常委会主任周玉林主持会

议，市人大常委会副主任图门、菅江左、樊文、

孟长云及常委会委员出席会议。会议审议了有关

报告，表决通过了有关决定。

市五届人大常委会第十九次会议

在临河召开
巴彦淖尔市第五届人民代表大会常务委员

会第十九次会议决定，巴彦淖尔市第五届人民代

表大会第四次会议将于2025年1月8日召开。
",
        expect![[r#"
            Article 「市五届人大常委会第十九次会议在临河召开」 selection「市五届人大常委会第十九次会议

            在临河召开」 …「在临河召开」
            Article 「巴彦淖尔市第五届人民代表大会常务…」 untitled selection「巴彦淖尔市第五届人民代表大会常务委员」 …「月8日召开。」
        "#]],
    );
}

#[test]
fn a_magazines_running_head_left_between_its_pages_is_a_banner() {
    // "机关党建" over "巴彦淖尔人大 /57": the column's name and the running
    // head with its page number, left where the pages were joined. Banners,
    // not the headline of the text above or below.
    check(
        "强化理论武装  筑牢思想根基

近年来，市人大常委会办公室机关党委坚持以习近平新时代中国特色社会主义思想为指导，
扎实推进机关党的建设，不断提高机关党建工作质量，为人大工作提供坚强保证。

机关党建

巴彦淖尔人大 /57

组织机关党员干部到社区开展志愿服务活动，为群众办实事解难题，
进一步密切了党群干群关系，受到群众的广泛好评。
",
        expect![[r#"
            Article 「强化理论武装  筑牢思想根基」 selection「强化理论武装  筑牢思想根基」 …「供坚强保证。」
            Banner 「机关党建」 selection「机关党建」 …「机关党建」
            Banner 「巴彦淖尔人大 /57」 selection「巴彦淖尔人大 /57」 …「人大 /57」
            Article 「组织机关党员干部到社区开展志愿服…」 untitled selection「组织机关党员干部到社区开展志愿服务活动，为群众办实事解难题，」 …「的广泛好评。」
        "#]],
    );
}

#[test]
fn a_headline_set_block_by_block_and_briefs_under_a_columns_name() {
    // Kicker, title and subtitle each a block of its own over the news item:
    // one headline, titled by the middle line. Briefs without a lead-in under
    // "■简讯" are the column's items, not untitled articles each, also when
    // an item ends with its credit ("…座谈会。（记者　张丽）").
    check(
        "学习贯彻全国两会精神

旗委常委会召开扩大会议

传达学习全国两会精神

本报讯（记者 李晓东）3月10日，旗委常委会召开扩大会
议，传达学习全国两会精神。

会议强调，要紧盯全年目标任务，抓好重点产业。

■简讯

●3月8日，旗妇联召开庆祝“三八”国际妇女节座谈会。（记者　张丽）

●3月9日，旗人民法院在新安镇开展普法宣传活动，发放宣
传资料800余份。

●近日，旗应急管理局对全旗加油站开展安全检查。
",
        expect![[r#"
            Article 「旗委常委会召开扩大会议」 [学习贯彻全国两会精神 / 传达学习全国两会精神] selection「旗委常委会召开扩大会议」 …「好重点产业。」
            Article 「■简讯」 selection「■简讯」 …「展安全检查。」
        "#]],
    );
}

#[test]
fn a_continued_text_a_columns_name_and_a_kicker_with_a_colon() {
    // The text continued from page one takes no headline trailing it; the
    // column's name is a banner; "敖勒召其镇：" over the headline is its
    // kicker, not a clause; "政协委员风采" is a column, not an author line.
    check(
        "（上接第一版）

会上，旗人大常委会副主任孟和巴雅尔宣
读了表彰决定。

代表履职进行时

敖勒召其镇：

“代表之家”成了群众的“连心桥”

敖勒召其讯 （通讯员 乌云）近日，在敖
勒召其镇人大代表之家，牧民高兴地说。

政协委员风采

旗政协委员李秀兰多年来扎根教育一线。
",
        expect![[r#"
            Article 「会上，旗人大常委会副主任孟和巴雅…」 untitled selection「会上，旗人大常委会副主任孟和巴雅尔宣」 …「了表彰决定。」
              Marker 「（上接第一版）」 selection「（上接第一版）」 …「上接第一版）」
            Banner 「代表履职进行时」 selection「代表履职进行时」 …「表履职进行时」
            Article 「“代表之家”成了群众的“连心桥”」 [敖勒召其镇：] selection「“代表之家”成了群众的“连心桥”」 …「民高兴地说。」
            Article 「政协委员风采」 selection「政协委员风采」 …「根教育一线。」
        "#]],
    );
}

#[test]
fn a_notice_with_a_phone_number_signed_and_an_interview_under_its_column() {
    // "联系电话：…" is a line of the notice, not a title; the one-line
    // paragraphs at its foot, narrower than its column, are still its text,
    // and the issuer over the date signs it. "记者专访" is the column's name,
    // not a reporter called 专访, and the interview's headline leads its text.
    check(
        "达拉特旗领导干部任前公示

根据干部选拔任用有关规定，经旗委常委会研究，
拟提拔任用以下同志，现予以公示。

刘晓燕，女，汉族，1985年3月生，研究生学历，
中共党员，现任旗财政局副局长，拟任旗审计局
局长。

公示时间：2025年5月6日至5月12日。

联系电话：0477-5212345

中共达拉特旗委组织部
2025年5月5日

记者专访

让群众的“钱袋子”鼓起来

——访达拉特旗农牧局局长白永刚

记者：今年全旗农牧业发展的重点是什么？

白永刚：今年我们重点抓好三件事。一是稳定粮
食生产，二是发展肉羊产业。
",
        expect![[r#"
            Article 「达拉特旗领导干部任前公示」 selection「达拉特旗领导干部任前公示」 …「5年5月5日」
              Byline 「中共达拉特旗委组织部」 selection「中共达拉特旗委组织部」 …「特旗委组织部」
              Byline 「2025年5月5日」 selection「2025年5月5日」 …「5年5月5日」
            Banner 「记者专访」 selection「记者专访」 …「记者专访」
            Article 「让群众的“钱袋子”鼓起来」 [——访达拉特旗农牧局局长白永刚] selection「让群众的“钱袋子”鼓起来」 …「展肉羊产业。」
        "#]],
    );
}

#[test]
fn a_mastheads_line_right_over_the_first_headline() {
    // A page of a paragraph a line sets the paper's name, date and page
    // right over the first headline: a banner, not the headline's kicker.
    check(
        "锡林郭勒日报 2025年6月18日 第3版 综合新闻
盟人大常委会开展《草原法》执法检查
6月16日至17日，盟人大常委会副主任额尔敦巴特尔带领执法检查组，深入西乌珠穆沁旗、东乌珠穆沁旗开展《中华人民共和国草原法》执法检查，实地察看草原生态保护补助奖励政策落实情况。
检查组先后来到巴彦花镇、萨麦苏木，走访牧户了解草畜平衡和禁牧休牧制度执行情况，听取旗政府及有关部门工作汇报，并就执法检查中发现的问题进行了深入交流。
",
        expect![[r#"
            Banner 「锡林郭勒日报 2025年6月18日 第3版 综合新闻」 selection「锡林郭勒日报 2025年6月18日 第3版 综合新闻」 …「版 综合新闻」
            Article 「盟人大常委会开展《草原法》执法检查」 selection「盟人大常委会开展《草原法》执法检查」 …「了深入交流。」
        "#]],
    );
}

#[test]
fn a_dated_first_line_is_the_masthead() {
    // A paper whose name ends in no 报 still dates its masthead, set in two
    // columns or not. A headline on a meeting (召开主任会议) is no author line
    // (主任 会议).
    check(
        "乌审旗新闻 2025年5月20日
嘎鲁图镇开展防汛应急演练
5月18日，嘎鲁图镇组织开展防汛应急演练，全镇120余名干部群众参加。演练模拟了强降雨引发河水上涨的险情。
镇党委书记王志刚说，要把演练成果转化为实战能力，确保全镇安全度汛，守护好群众生命财产安全。
",
        expect![[r#"
            Banner 「乌审旗新闻 2025年5月20日」 selection「乌审旗新闻 2025年5月20日」 …「年5月20日」
            Article 「嘎鲁图镇开展防汛应急演练」 selection「嘎鲁图镇开展防汛应急演练」 …「命财产安全。」
        "#]],
    );
    check(
        " 鄂托克前旗融媒体中心主办                              2025年4月3日

旗人大常委会召开主任会议

本报讯 4月2日，旗人大常委会召开主任会议，审议
了有关事项。
",
        expect![[r#"
            Banner 「鄂托克前旗融媒体中心主办                              2025年4月3日」 selection「鄂托克前旗融媒体中心主办                              2025年4月3日」 …「5年4月3日」
            Article 「旗人大常委会召开主任会议」 selection「旗人大常委会召开主任会议」 …「了有关事项。」
        "#]],
    );
}

#[test]
fn briefs_of_a_paragraph_a_line_closed_by_their_reporters() {
    // Short paragraphs of a line each, none wrapped, every one closed by a
    // full stop: a page of a paragraph a line, though no line is long. The
    // bracketed reporters under each brief close it; （讨论稿） under a title is
    // no reporter.
    check(
        "嘎鲁图镇开展防汛应急演练
5月18日，嘎鲁图镇组织开展防汛应急演练，全镇120余名干部群众参加。
演练模拟了强降雨引发河水上涨的险情，检验了预警、转移、救援各环节。
镇党委书记王志刚说，要把演练成果转化为实战能力，确保安全度汛。
（记者 巴图）
图克镇举办农牧民技能培训班
5月19日，图克镇农牧民技能培训班开班，为期五天，共培训农牧民80人。
培训邀请旗农牧局专家授课，内容包括饲草种植、疫病防治和电商销售。
（萨仁 王海）
乌审旗人大工作研究会2025年工作要点
（讨论稿）
一、围绕中心工作，组织开展专题调研，形成高质量调研报告不少于三篇。
",
        expect![[r#"
            Article 「嘎鲁图镇开展防汛应急演练」 selection「嘎鲁图镇开展防汛应急演练」 …「记者 巴图）」
              Byline 「（记者 巴图）」 selection「（记者 巴图）」 …「记者 巴图）」
            Article 「图克镇举办农牧民技能培训班」 selection「图克镇举办农牧民技能培训班」 …「萨仁 王海）」
              Byline 「（萨仁 王海）」 selection「（萨仁 王海）」 …「萨仁 王海）」
            Article 「乌审旗人大工作研究会2025年工作要点」 selection「乌审旗人大工作研究会2025年工作要点」 …「不少于三篇。」
        "#]],
    );
}

#[test]
fn a_short_heading_after_an_item_its_reporter_closed_opens_the_next() {
    // （记者 萨仁高娃） closes the interview: 政协委员风采 under it is the next
    // item of the column, not a section of the interview.
    check(
        "“代表之家”成了群众的“连心桥”

本报讯 近日，记者走进敖勒召其镇代表之家，看到
代表们正在接待前来反映问题的群众，现场气氛热烈。

问：今年您提交了哪些建议？

答：我主要围绕牧区饮水安全和草原生态保护提了两
条建议，旗水利局已经答复并开始实施。

（记者 萨仁高娃）

政协委员风采

旗政协委员、旗第一中学副校长李秀兰多年来扎根
教育一线，今年她围绕城乡教育均衡发展提交提案
3件。
",
        expect![[r#"
            Article 「“代表之家”成了群众的“连心桥”」 selection「“代表之家”成了群众的“连心桥”」 …「 萨仁高娃）」
              Byline 「（记者 萨仁高娃）」 selection「（记者 萨仁高娃）」 …「 萨仁高娃）」
            Article 「政协委员风采」 selection「政协委员风采」 …「3件。」
        "#]],
    );
}

#[test]
fn numbered_captions_one_under_another() {
    // "图①…" over "图②…": two photos' captions, each its own.
    check(
        "草原上的“乌兰牧骑”

6月的查干淖尔草原，绿草如茵。乌兰牧骑的队员们
来到巴彦宝力格嘎查，为牧民们送上一场演出。

图①队员们在嘎查演出。
图②牧民观看演出。
",
        expect![[r#"
            Article 「草原上的“乌兰牧骑”」 selection「草原上的“乌兰牧骑”」 …「民观看演出。」
              Caption 「图①队员们在嘎查演出。」 selection「图①队员们在嘎查演出。」 …「在嘎查演出。」
              Caption 「图②牧民观看演出。」 selection「图②牧民观看演出。」 …「民观看演出。」
        "#]],
    );
}

#[test]
fn a_commentarys_title_near_the_columns_width_over_its_subtitle_and_author() {
    // The headline is nearly as wide as the column, but a sentence split off
    // by a blank line does not stand over a subtitle; "本报评论员" is the
    // commentary's author, unnamed.
    check(
        "奋力谱写中国式现代化鄂尔多斯新篇章

——三论学习贯彻全国两会精神

本报评论员

全国两会胜利闭幕，为我们指明了前进方
向。全市上下要把思想和行动统一到党中央
决策部署上来，推动各项事业迈上新台阶。

奋进新征程，关键在落实。各级领导干部要
带头深入基层，切实解决群众急难愁盼问题。
",
        expect![[r#"
            Article 「奋力谱写中国式现代化鄂尔多斯新篇章」 [——三论学习贯彻全国两会精神] selection「奋力谱写中国式现代化鄂尔多斯新篇章」 …「难愁盼问题。」
              Byline 「本报评论员」 selection「本报评论员」 …「本报评论员」
        "#]],
    );
}

#[test]
fn a_commentators_credit_set_over_the_headline_is_its_author() {
    check(
        "本报评论员

以实干实绩开创新局面

——四论学习贯彻全国两会精神

奋进新征程，关键在落实。各级领导干部要
带头深入基层、深入群众，切实解决群众急
难愁盼问题，以实干实绩检验学习成效。
",
        expect![[r#"
            Article 「以实干实绩开创新局面」 [——四论学习贯彻全国两会精神] selection「以实干实绩开创新局面」 …「验学习成效。」
              Byline 「本报评论员」 selection「本报评论员」 …「本报评论员」
        "#]],
    );
}

#[test]
fn a_notices_attachments_and_signature_are_its_own() {
    // "附件：1.…" over "  2.…" lists the notice's attachments, then the
    // issuer signs it over the date: all the notice's, none a banner.
    check(
        "关于做好2025年春季森林草原防火工作的通知

各苏木镇人民政府，旗直各有关部门：

为切实做好今年春季森林草原防火工作，现将有关事项通知如下：

一、提高思想认识。各地各部门要充分认识森林草原防火工作的重要性。

二、落实防火责任。严格落实属地管理责任，苏木镇长为第一责任人。

附件：1.乌审旗森林草原防火责任分工表
      2.乌审旗防火物资储备清单

乌审旗人民政府办公室
2025年3月5日
",
        expect![[r#"
            Article 「关于做好2025年春季森林草原防火工作的通知」 selection「关于做好2025年春季森林草原防火工作的通知」 …「5年3月5日」
              Byline 「乌审旗人民政府办公室」 selection「乌审旗人民政府办公室」 …「民政府办公室」
              Byline 「2025年3月5日」 selection「2025年3月5日」 …「5年3月5日」
        "#]],
    );
}

#[test]
fn a_headline_set_into_a_double_spaced_text_heads_the_rest_under_it() {
    // A journal double-spaced, its paragraphs opening indented: a news
    // item's text is cut mid-word ("…市人大常") by a document's title and
    // session note, then the item's own headline, set tight over the rest of
    // the text (" 委会工作报告…", a frame opened by a space, filling the
    // column). That rest is the headline's article, not a text of its own.
    check(
        "会议听取和审议了市人民政府关于全市

就业工作情况的报告，对进一步做好稳就业工

作提出了意见和建议。会议认为，市政府及有

关部门认真贯彻落实就业优先战略，多措并举

稳岗位、扩就业、保民生，全市就业形势保持

总体稳定。

会议强调，各级政府要压实稳就业责任，

聚焦高校毕业生、农民工、退役军人等重点群

体，完善帮扶机制，多渠道开发就业岗位，加

强职业技能培训，确保就业形势总体稳定。

会议还审议了人事任免事项，表决通过

了有关决定，听取了关于代表资格审查情况的

报告，并举行了宪法宣誓仪式，新任命的国家

机关工作人员向宪法宣誓。

12月29日，市五届人大常委会召开第26

次主任会议。受市人大常委会主任委托，副主

任主持会议，其他副主任出席会议，市人大各

专门委员会、常委会各工作委员会负责同志列

席会议。

会议审议了关于筑牢祖国北疆安全稳定

屏障促进条例实施情况的调研报告、市人大财

政经济委员会关于预算调整方案的审查结果报

告、关于个别代表的代表资格的报告、市人大

常务委员会执法检查组的检查报告、市人大常

关于召开市第五届人民代表大会
第四次会议的决定
（2024年12月30日市第五届人民代表大会常务委员会第十九次会议通过）

市人大常委会召开第26次主任会议
 委会工作报告（稿）、关于召开市第五届人民

代表大会第四次会议的决定草案、人事任免和

辞职事项等。

会议还听取了市人大常委会办公室和各

工作委员会工作总结和明年工作安排，研究确

定了常委会会议议程草案和日程草案，对做好

年底各项工作作出安排部署。

会议强调，要学好用好新修改的监督法，

围绕中心、服务大局，综合运用执法检查、专

题询问、满意度测评等多种监督方式，切实增

强监督工作的刚性和实效。
",
        expect![[r#"
            Article 「关于召开市第五届人民代表大会第四次会议的决定」 selection「关于召开市第五届人民代表大会
            第四次会议的决定」 …「次会议的决定」
            Article 「市人大常委会召开第26次主任会议」 selection「市人大常委会召开第26次主任会议」 …「刚性和实效。」
        "#]],
    );
}

#[test]
fn a_double_spaced_weather_table_is_the_forecasts_text() {
    // A table set double-spaced, a blank line between its rows: each row
    // ("东胜区      晴      -12～2 …", one number alone) has rows beside it
    // across the blank line, and with its head ("地区  天气 …") it is the
    // forecast's text, not a banner a row. Nor is the head a paragraph cut
    // by the rows.
    // The forecast as single spacing should set it: the rows together, the
    // head with them, a blank line under the last row.
    let single = "天气预报

鄂尔多斯市气象台12月5日17时发布

地区        天气        气温（℃）        风力
东胜区      晴          -12～2          西北风3级
康巴什区    晴          -13～1          西北风3级
鄂托克前旗  多云转晴    -15～0          北风4级
乌审旗      晴          -14～1          西北风3级

温馨提示：近期气温较低，请注意防寒保暖。

政协委员提案选登

关于加快推进牧区饮水安全工程建设的提案

提案人：旗政协委员  那顺巴雅尔

案由：部分嘎查牧户分散居住，饮水工程覆盖不全
，冬季管道冻裂问题突出。

建议：一是将分散牧户纳入饮水安全工程统筹规划
；二是推广防冻保温技术；三是建立工程管护长效
机制。
";
    let text = &double_spaced(single);
    let codes: Vec<&str> = analysis::analyze(text)
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert_eq!(codes, ["double-spaced"]);
    // Single spacing gives the forecast back as it stands above.
    let (fixed, _) = analysis::fix_all(text);
    let forecast = |page: &str| page.lines().take(11).collect::<Vec<_>>().join("\n");
    assert_eq!(forecast(&fixed), forecast(single));
    check(
        text,
        expect![[r#"
            Article 「天气预报」 selection「天气预报」 …「意防寒保暖。」
            Banner 「政协委员提案选登」 selection「政协委员提案选登」 …「委员提案选登」
            Article 「关于加快推进牧区饮水安全工程建设的提案」 selection「关于加快推进牧区饮水安全工程建设的提案」 …「机制。」
              Byline 「提案人：旗政协委员  那顺巴雅尔」 selection「提案人：旗政协委员  那顺巴雅尔」 …「 那顺巴雅尔」
        "#]],
    );
}

#[test]
fn a_commentators_credit_over_a_headline_as_wide_as_the_column() {
    // No subtitle under it: the line alone under "本报评论员" is still the
    // headline, not a sentence's piece.
    check(
        "本报评论员

奋力谱写中国式现代化鄂尔多斯新篇章

全国两会胜利闭幕，为我们指明了前进方
向。全市上下要把思想和行动统一到党中央
决策部署上来，推动各项事业迈上新台阶。
",
        expect![[r#"
            Article 「奋力谱写中国式现代化鄂尔多斯新篇章」 selection「奋力谱写中国式现代化鄂尔多斯新篇章」 …「迈上新台阶。」
              Byline 「本报评论员」 selection「本报评论员」 …「本报评论员」
        "#]],
    );
}

#[test]
fn headings_after_a_filled_square_are_sections() {
    // "■带领乡亲共同致富": a profile's sections, the first right under the
    // headline and its author, and boxes however short ("■编后"). An author
    // after the square ("■ 本报记者 乌云") and a column's name ("■简讯") are
    // not sections.
    check(
        "扎根草原的“牛倌”书记

——记乌审旗图克镇梅林庙嘎查党支部书记巴图

■ 本报记者  乌云

■从外出打工到回乡创业

2015年，在外打工多年的巴图回到梅林庙嘎查，
承包了300亩草场，开始养殖西门塔尔牛。

■带领乡亲共同致富

2020年，巴图当选为嘎查党支部书记。他牵头成
立养殖专业合作社，吸纳42户牧民入社。

■相关链接

西门塔尔牛原产于瑞士，是乳肉兼用品种。

■编后

一个好书记，能带富一方百姓。
",
        expect![[r#"
            Article 「扎根草原的“牛倌”书记」 [——记乌审旗图克镇梅林庙嘎查党支部书记巴图] selection「扎根草原的“牛倌”书记」 …「富一方百姓。」
              Byline 「■ 本报记者  乌云」 selection「■ 本报记者  乌云」 …「记者  乌云」
              Section 「■从外出打工到回乡创业」 selection「■从外出打工到回乡创业」 …「西门塔尔牛。」
              Section 「■带领乡亲共同致富」 selection「■带领乡亲共同致富」 …「户牧民入社。」
              Section 「■相关链接」 selection「■相关链接」 …「肉兼用品种。」
              Section 「■编后」 selection「■编后」 …「富一方百姓。」
        "#]],
    );
}

#[test]
fn an_election_notice_signed_in_lines_set_apart() {
    // The title wraps after the body's name; the entries wrap at a narrow
    // column (not verse: they end in semicolons); the presidium signs in two
    // lines and a date, each set apart by a blank line.
    check(
        "鄂托克前旗第十八届人民代表大会

第四次会议选举结果公告

鄂托克前旗第十八届人民代表大会第四次会议
于2026年1月12日选举：
巴特尔为鄂托克前旗人民代表大会常务委员会
副主任；
王海军为鄂托克前旗人民代表大会常务委员会
委员；
李秀梅为鄂托克前旗人民政府副旗长。
现予公告。

鄂托克前旗第十八届人民代表大会

第四次会议主席团

2026年1月12日
",
        expect![[r#"
            Article 「鄂托克前旗第十八届人民代表大会第四次会议选举结果公告」 selection「鄂托克前旗第十八届人民代表大会

            第四次会议选举结果公告」 …「年1月12日」
              Byline 「鄂托克前旗第十八届人民代表大会」 selection「鄂托克前旗第十八届人民代表大会」 …「人民代表大会」
              Byline 「第四次会议主席团」 selection「第四次会议主席团」 …「次会议主席团」
              Byline 「2026年1月12日」 selection「2026年1月12日」 …「年1月12日」
        "#]],
    );
}

#[test]
fn a_communiques_title_set_in_is_no_banner() {
    check(
        " 中共鄂尔多斯市委六届九次全会公报

（2026年1月8日中国共产党鄂尔多斯市第六届
委员会第九次全体会议通过）
中国共产党鄂尔多斯市第六届委员会第九次全
体会议，于2026年1月7日至8日在康巴什召开。
",
        expect![[r#"
            Article 「中共鄂尔多斯市委六届九次全会公报」 selection「中共鄂尔多斯市委六届九次全会公报」 …「康巴什召开。」
        "#]],
    );
}

#[test]
fn a_double_spaced_headline_over_a_dateline_and_a_note_wrapped_in_brackets() {
    // Every line stands alone: the headline, as wide as the text, is one over
    // the news item's dateline; the end of a bracket opened above is text.
    check(
        "市人大常委会开展水污染防治法执法检查

本报讯（记者 高娃）6月10日至12日，市人大

常委会副主任王云峰带领执法检查组，深入达

拉特旗、杭锦旗等地，对水污染防治法贯彻实

施情况开展执法检查。检查组先后来到达拉特

旗污水处理厂（2025年建成，日处理污水5万

吨）实地察看设施运行情况，听取汇报。

",
        expect![[r#"
            Article 「市人大常委会开展水污染防治法执法检查」 selection「市人大常委会开展水污染防治法执法检查」 …「，听取汇报。」
        "#]],
    );
}

#[test]
fn a_chronicles_months_are_sections_and_its_entries_no_headlines() {
    // A title set in a space, ending in 大事记, heads the page (no banner);
    // the months under it are its sections, the first right under it.
    // "1月6日　旗委…召开。旗委": a day, a gap, then text; set apart by blank
    // lines it is still an entry, not a headline in two parts or a byline.
    check(
        " 乌审旗2025年大事记

1月

1月6日　旗委十五届九次全体会议召开。旗委

书记张利民作工作报告。

2月

2月17日　乌审召镇巴音高勒嘎查获评自治区

级乡村振兴示范嘎查。

3月20日　旗委常委、宣传部部长郝文娟带队

赴苏力德苏木调研文化振兴工作。
",
        expect![[r#"
            Article 「乌审旗2025年大事记」 selection「乌审旗2025年大事记」 …「化振兴工作。」
              Section 「1月」 selection「1月」 …「作工作报告。」
              Section 「2月」 selection「2月」 …「化振兴工作。」
        "#]],
    );
}

#[test]
fn a_headline_may_ask_a_question() {
    // "小区路灯何时能亮？" alone under a column's name: the letter's headline,
    // though it ends in a stop. A question in the text stays text.
    check(
        "读者来信

小区路灯何时能亮？

编辑同志：
我是东胜区建设街道某小区的居民。今年3月
以来，小区内有十多盏路灯一直不亮。

为什么没人管？

希望有关部门尽快帮助解决。
",
        expect![[r#"
            Banner 「读者来信」 selection「读者来信」 …「读者来信」
            Article 「小区路灯何时能亮？」 selection「小区路灯何时能亮？」 …「快帮助解决。」
        "#]],
    );
}

#[test]
fn letters_signed_right_under_their_text() {
    // "读者  王丽华" flush left under the letter, and the bureau's name under
    // its reply: signatures closing the letter, not a section and a kicker.
    // The next letter's question is its headline.
    check(
        "读者来信

小区路灯何时能亮？

编辑同志：我是鄂托克前旗敖勒召其镇幸福小
区的居民。今年入冬以来，小区东侧的五盏路
灯一直不亮，希望有关部门尽快帮助解决。
读者  王丽华

王丽华同志：您反映的问题已收悉。经现场核
实，五盏路灯已全部恢复照明。感谢您对城市
管理工作的关心和支持。
鄂托克前旗住房和城乡建设局

农村客运班车能否加密？

编辑同志：我家住在城川镇大沙头村，村里每
天只有一趟去旗里的客运班车，希望能增加班
次。
读者  巴图
",
        expect![[r#"
            Banner 「读者来信」 selection「读者来信」 …「读者来信」
            Article 「小区路灯何时能亮？」 selection「小区路灯何时能亮？」 …「和城乡建设局」
              Byline 「读者  王丽华」 selection「读者  王丽华」 …「者  王丽华」
              Byline 「鄂托克前旗住房和城乡建设局」 selection「鄂托克前旗住房和城乡建设局」 …「和城乡建设局」
            Article 「农村客运班车能否加密？」 selection「农村客运班车能否加密？」 …「读者  巴图」
              Byline 「读者  巴图」 selection「读者  巴图」 …「读者  巴图」
        "#]],
    );
}

#[test]
fn a_documents_title_wrapped_in_a_block_of_its_own() {
    // "…人民政府关于印发" over "《…工作方案》的通知" between blank lines, under
    // the document's number, after another notice: the title, not text that
    // the blank line cut, and the number is no headline.
    let page = "鄂托克前旗人民代表大会常务委员会公告

（第十二号）

鄂托克前旗第十八届人民代表大会常务委员会第三
十一次会议于2025年11月28日决定：接受
王海军辞去鄂托克前旗人民政府副旗长职务的请求
，报鄂托克前旗人民代表大会备案。
现予公告。

鄂托克前旗人民代表大会常务委员会

2025年11月28日

鄂前政发〔2025〕45号

鄂托克前旗人民政府关于印发
《鄂托克前旗冬春季森林草原防火工作方案》的通知

各苏木镇人民政府，旗直各部门：
现将《鄂托克前旗冬春季森林草原防火工作方案》
印发给你们，请结合实际认真贯彻落实。

鄂托克前旗人民政府

2025年11月20日
";
    check(
        page,
        expect![[r#"
            Article 「鄂托克前旗人民代表大会常务委员会公告」 selection「鄂托克前旗人民代表大会常务委员会公告」 …「11月28日」
              Byline 「鄂托克前旗人民代表大会常务委员会」 selection「鄂托克前旗人民代表大会常务委员会」 …「会常务委员会」
              Byline 「2025年11月28日」 selection「2025年11月28日」 …「11月28日」
            Article 「鄂托克前旗人民政府关于印发《鄂托克前旗冬春季森林草原防火工作方案》的通知」 [鄂前政发〔2025〕45号] selection「鄂托克前旗人民政府关于印发
            《鄂托克前旗冬春季森林草原防火工作方案》的通知」 …「11月20日」
              Byline 「鄂托克前旗人民政府」 selection「鄂托克前旗人民政府」 …「前旗人民政府」
              Byline 「2025年11月20日」 selection「2025年11月20日」 …「11月20日」
        "#]],
    );
    // Double-spaced, the signature set apart line by line too: the issuer
    // over the date, under the notice's last sentence, signs it. The second
    // notice's issuer is no article of its own, and the first's date does
    // not sign the document number under it.
    check(
        &double_spaced(page),
        expect![[r#"
            Article 「鄂托克前旗人民代表大会常务委员会公告」 selection「鄂托克前旗人民代表大会常务委员会公告」 …「11月28日」
              Byline 「鄂托克前旗人民代表大会常务委员会」 selection「鄂托克前旗人民代表大会常务委员会」 …「会常务委员会」
              Byline 「2025年11月28日」 selection「2025年11月28日」 …「11月28日」
            Article 「鄂托克前旗人民政府关于印发《鄂托克前旗冬春季森林草原防火工作方案》的通知」 [鄂前政发〔2025〕45号] selection「鄂托克前旗人民政府关于印发

            《鄂托克前旗冬春季森林草原防火工作方案》的通知」 …「11月20日」
              Byline 「鄂托克前旗人民政府」 selection「鄂托克前旗人民政府」 …「前旗人民政府」
              Byline 「2025年11月20日」 selection「2025年11月20日」 …「11月20日」
        "#]],
    );
}

#[test]
fn a_members_proposal_under_its_columns_name() {
    // "政协委员提案选登" is a column's name, not 委员 and a name; "关于…的提案"
    // alone is a document's title, as "…的通知" is.
    check(
        "温馨提示：近期气温较低，请注意防寒保暖。

政协委员提案选登

关于加快推进牧区饮水安全工程建设的提案

提案人：旗政协委员  那顺巴雅尔

案由：部分嘎查牧户分散居住，饮水工程覆盖不全
，冬季管道冻裂问题突出。
",
        expect![[r#"
            Article 「温馨提示：近期气温较低，请注意防…」 untitled selection「温馨提示：近期气温较低，请注意防寒保暖。」 …「意防寒保暖。」
            Banner 「政协委员提案选登」 selection「政协委员提案选登」 …「委员提案选登」
            Article 「关于加快推进牧区饮水安全工程建设的提案」 selection「关于加快推进牧区饮水安全工程建设的提案」 …「裂问题突出。」
              Byline 「提案人：旗政协委员  那顺巴雅尔」 selection「提案人：旗政协委员  那顺巴雅尔」 …「 那顺巴雅尔」
        "#]],
    );
}

#[test]
fn a_wrapped_title_under_its_issuer_is_one_name() {
    check(
        "鄂托克前旗人民政府

关于公布第一批旗级非物质文化遗产

代表性项目名录的通知

各苏木镇人民政府，旗直各部门：
为加强非物质文化遗产保护工作，经旗非物质
文化遗产保护工作领导小组审核，旗人民政府
同意公布第一批旗级非物质文化遗产代表性项
目名录（共12项），现予公布。
各苏木镇、各部门要认真贯彻“保护为主、抢
救第一、合理利用、传承发展”的方针，切实
做好非物质文化遗产的保护、管理和合理利用
工作。

鄂托克前旗人民政府

2025年6月10日

",
        expect![[r#"
            Article 「关于公布第一批旗级非物质文化遗产代表性项目名录的通知」 [鄂托克前旗人民政府] selection「关于公布第一批旗级非物质文化遗产

            代表性项目名录的通知」 …「年6月10日」
              Byline 「鄂托克前旗人民政府」 selection「鄂托克前旗人民政府」 …「前旗人民政府」
              Byline 「2025年6月10日」 selection「2025年6月10日」 …「年6月10日」
        "#]],
    );
}

#[test]
fn replies_to_deputies_suggestions_are_articles_titled_by_the_suggestion() {
    // A column's name first on the page is a banner; "关于…的建议" is a
    // title however wide; the fields of the form (代表：, 答复单位：,
    // 联系人：) are no headings.
    let page = "代表建议办理答复选登

关于加快农村牧区公路建设的建议

代表：张建国（鄂托克前旗第十八届人民代表大会代表）

我旗地域辽阔，农村牧区居住分散，部分嘎查
村通往苏木镇的道路仍为砂石路，雨雪天气通
行困难。建议旗政府加大投入，优先解决昂素
镇、城川镇偏远嘎查的通行问题。

答复单位：鄂托克前旗交通运输局交通规划股

答复意见：

张建国代表：您提出的建议收悉，现答复如下：
一、今年以来，我局实施农村牧区公路建设项
目16个，新改建公路186公里。
二、下一步，我局将把城川镇大沙头村等偏远
嘎查村道路纳入明年建设计划。

联系人：李明

关于加强中小学校园周边交通安全管理的建议

代表：其其格

近年来，城区中小学上下学时段交通拥堵问题
突出。建议公安交警部门在重点学校周边设置
护学岗，完善交通标志标线。
";
    // Nor is a field as wide as the column a sentence a blank line splits.
    let codes = |text: &str| -> Vec<String> {
        analysis::analyze(text)
            .findings
            .iter()
            .map(|f| format!("{}:{}", f.code.as_str(), &text[f.range.clone()]))
            .collect()
    };
    assert_eq!(codes(page), Vec::<String>::new());
    check(
        page,
        expect![[r#"
            Banner 「代表建议办理答复选登」 selection「代表建议办理答复选登」 …「办理答复选登」
            Article 「关于加快农村牧区公路建设的建议」 selection「关于加快农村牧区公路建设的建议」 …「联系人：李明」
            Article 「关于加强中小学校园周边交通安全管理的建议」 selection「关于加强中小学校园周边交通安全管理的建议」 …「通标志标线。」
        "#]],
    );
    // Double-spaced, a point that fills the column and stops mid-sentence
    // (二、下一步，我局将把…偏远) is no section heading.
    let double = double_spaced(page);
    assert_eq!(
        codes(&double),
        vec!["double-spaced:代表建议办理答复选登".to_string()]
    );
    check(
        &double,
        expect![[r#"
            Banner 「代表建议办理答复选登」 selection「代表建议办理答复选登」 …「办理答复选登」
            Article 「关于加快农村牧区公路建设的建议」 selection「关于加快农村牧区公路建设的建议」 …「联系人：李明」
            Article 「关于加强中小学校园周边交通安全管理的建议」 selection「关于加强中小学校园周边交通安全管理的建议」 …「通标志标线。」
        "#]],
    );
}

#[test]
fn a_page_of_photo_news_is_items_each_closed_by_its_credit() {
    // Each photo item ends in its photographer's credit ("（记者 王丽 摄）",
    // "通讯员 刘建华 摄"): the next text, caption or headline is another
    // item's. A ▲ caption wrapped at the column is one caption, its credit
    // under it. A line alone after "（杨娜 贾荷蓉）" is its item's headline.
    check(
        " 图片新闻

11月20日，鄂托克前旗城川镇大沙头村村民在
田间收获马铃薯。今年该村种植马铃薯3200亩
，亩产达到4吨。

（记者 王丽 摄）

▲11月18日，旗人民医院医护人员走进昂素镇
哈日根图嘎查，为牧民开展健康体检。

本报记者 乌日娜 摄

冬季供暖保民生

入冬以来，旗供热公司提前完成供热设施检修
，确保全旗1.2万户居民温暖过冬。图为工作
人员在换热站巡查设备运行情况。

通讯员 刘建华 摄

本报讯 近日，敖勒召其镇政务服务中心上线
扫码建议服务，群众可随时提出意见建议。截
至目前，整体满意率为100%。

（杨娜 贾荷蓉）

敖勒召其镇上线扫码建议服务
",
        expect![[r#"
            Banner 「图片新闻」 selection「图片新闻」 …「图片新闻」
            Article 「11月20日，鄂托克前旗城川镇大…」 untitled selection「11月20日，鄂托克前旗城川镇大沙头村村民在」 …「 王丽 摄）」
              Byline 「（记者 王丽 摄）」 selection「（记者 王丽 摄）」 …「 王丽 摄）」
            Caption 「▲11月18日，旗人民医院医护人员走进昂素镇哈日根图嘎查，为牧民开展健康体检。 本报记者 乌日娜 摄」 selection「▲11月18日，旗人民医院医护人员走进昂素镇
            哈日根图嘎查，为牧民开展健康体检。

            本报记者 乌日娜 摄」 …「 乌日娜 摄」
            Article 「冬季供暖保民生」 selection「冬季供暖保民生」 …「 刘建华 摄」
              Byline 「通讯员 刘建华 摄」 selection「通讯员 刘建华 摄」 …「 刘建华 摄」
            Article 「敖勒召其镇上线扫码建议服务」 selection「敖勒召其镇上线扫码建议服务」 …「扫码建议服务」
              Byline 「（杨娜 贾荷蓉）」 selection「（杨娜 贾荷蓉）」 …「娜 贾荷蓉）」
        "#]],
    );
}

#[test]
fn a_paper_with_its_authors_unit_an_abstract_and_keywords() {
    // "…研究室　王志强" under the headline is its author, unmarked; the
    // abstract and the keywords (【关键词】…；…) are its text, no banner.
    check(
        "理论园地

新时代基层人大监督工作的实践与思考

鄂托克前旗人大常委会研究室　王志强

【内容摘要】基层人大监督是人民代表大会制度
的重要组成部分。本文结合实践提出改进建议。
【关键词】基层人大；监督；实效

一、基层人大监督工作的主要做法

近年来，旗人大常委会坚持问题导向，综合运用
听取审议专项工作报告、执法检查等方式。

二、存在的问题

一是监督方式较为单一，刚性不足。二是专业人
才缺乏，审议质量有待提高。
",
        expect![[r#"
            Banner 「理论园地」 selection「理论园地」 …「理论园地」
            Article 「新时代基层人大监督工作的实践与思考」 selection「新时代基层人大监督工作的实践与思考」 …「量有待提高。」
              Byline 「鄂托克前旗人大常委会研究室　王志强」 selection「鄂托克前旗人大常委会研究室　王志强」 …「究室　王志强」
              Section 「一、基层人大监督工作的主要做法」 selection「一、基层人大监督工作的主要做法」 …「检查等方式。」
              Section 「二、存在的问题」 selection「二、存在的问题」 …「量有待提高。」
        "#]],
    );
}

#[test]
fn headline_blocks_set_into_a_double_spaced_journals_text() {
    // As in the journal 002: a headline block the extraction set into the
    // text, over its ● author line; a decision's title set single-spaced
    // and closed by its session's note; a news item's headline wrapped over
    // three lines after its text, a 《 left open on one line and closed on
    // the next; a report's title whose first line names no matter (关于…,
    // no 的) and its issuer over it.
    check(
        " 市人大常委会坚持以习近平新时代中国特色社会

主义思想为指导，全面贯彻落实党的二十大和二

十届二中、三中全会精神，依法履行监督职责，

推动各项工作取得新成效。会议听取和审议了市

人民政府关于全市养老服务体系建设情况的报告，

审议了有关人事任免事项，表决通过了有关决议

和决定。会议要求，要坚持以人民为中心的发展

思想，持续推进养老服务体系建设，不断提升老

年人的获得感、幸福感、安全感，为推动全市经

济社会高质量发展作出新的更大贡献。

随着我国人口老龄化社会不断加剧，养老

问题日益凸显，养老服务体系建设成为重要课题。

深入推进“双报到、双服务、双报告”工作

着力提升居民群众的幸福感、获得感、安全感
●市人大常委会办公室机关党委  薛 博
 组织机关党员干部到社区开展志愿服务活动，

共同营造整洁优美的社区环境。

巴彦淖尔市人民代表大会常务委员会关于召开巴彦
淖尔市第五届人民代表大会第四次会议的决定
（2024年12月30日巴彦淖尔市第五届人民代表大会常务委员会第十九次会议通过）

 巴彦淖尔市第五届人民代表大会第四次会议

将于2025年1月8日在临河召开。

 10月29日，自治区人大财经委副主任委员斯琴

毕力格带领调研组，对我市贯彻落实《内蒙古自

治区建设国家向北开放重要桥头堡促进条例》情

况开展专题调研。

市人大常委会副主任樊文陪同自治区人大常委会调
研组对我市贯彻落实《内蒙古自治区建设国家向北

开放重要桥头堡促进条例》情况进行专题调研
 11月22日，市人大常委会副主任孟长云带领考察

组赴杭州考察重点企业。

巴彦淖尔市人大常委会执法检查组

关于检查《中华人民共和国基本医疗卫生

与健康促进法》实施情况的报告
●市人大常委会科教文卫工作委员会  张鸿杰
 近年来，市政府认真贯彻实施基本医疗卫生与健

康促进法，取得一定成效。

检查组指出，要进一步加强学习宣传贯彻，持续加

大医疗卫生事业投入，加强人才队伍建设，推动全

民健康发展。要坚持问题导向，建立问题整改台账，

做好整改工作，真正体现监督效果。要加强部门之

间的协调配合，形成工作合力，推动法律法规在我

市全面有效实施，为建设健康巴彦淖尔提供坚强的

法治保障。检查组还对下一步工作提出了具体要求，

希望各有关部门认真研究，切实抓好落实。

会议强调，各级政府和有关部门要提高政治站位，

深刻认识做好基本医疗卫生与健康促进工作的重

要意义，把人民群众生命安全和身体健康放在第

一位，加大财政投入力度，优化医疗资源配置，

补齐基层医疗卫生服务短板，推动优质医疗资源

扩容下沉和区域均衡布局，不断满足人民群众多

层次、多样化的健康需求，让群众看病就医更加

方便、更加放心，推动卫生健康事业高质量发展，

为全市经济社会发展提供有力的健康保障。


",
        expect![[r#"
            Article 「深入推进“双报到、双服务、双报告”工作」 [着力提升居民群众的幸福感、获得感、安全感] selection「深入推进“双报到、双服务、双报告”工作」 …「委  薛 博」
              Byline 「●市人大常委会办公室机关党委  薛 博」 selection「●市人大常委会办公室机关党委  薛 博」 …「委  薛 博」
            Article 「巴彦淖尔市人民代表大会常务委员会关于召开巴彦淖尔市第五届人民代表大会第四次会议的决定」 selection「巴彦淖尔市人民代表大会常务委员会关于召开巴彦
            淖尔市第五届人民代表大会第四次会议的决定」 …「次会议的决定」
            Article 「市人大常委会副主任樊文陪同自治区人大常委会调研组对我市贯彻落实《内蒙古自治区建设国家向北开放重要桥头堡促进条例》情况进行专题调研」 selection「市人大常委会副主任樊文陪同自治区人大常委会调
            研组对我市贯彻落实《内蒙古自治区建设国家向北

            开放重要桥头堡促进条例》情况进行专题调研」 …「进行专题调研」
            Article 「关于检查《中华人民共和国基本医疗卫生与健康促进法》实施情况的报告」 [巴彦淖尔市人大常委会执法检查组] selection「关于检查《中华人民共和国基本医疗卫生

            与健康促进法》实施情况的报告」 …「的健康保障。」
              Byline 「●市人大常委会科教文卫工作委员会  张鸿杰」 selection「●市人大常委会科教文卫工作委员会  张鸿杰」 …「会  张鸿杰」
        "#]],
    );
}

#[test]
fn the_names_a_label_lists_are_its_texts_not_headlines() {
    // 002 lines 4440-4546 (a notice's list of units under 先进单位：, its
    // title after it): the names under the label are the notice's text.
    check(
        "
做到由此及彼，看到别人想到自己。别人这样

写，我可以换个角度，换种体裁，换种方式写。

六、用心打磨，制作人大新闻精品

文不厌改，好文章与其说是写出来的，不

如说是改出来的。文章写出来了不等于就完事，

还需反复阅读，反复斟酌，反复修改。文章成篇

了，只是解决了主体工程的框架问题，尚有许多

细节需要不断移宫换羽、增删变动。特别是初稿

极易重复、凌乱，文句不通。要对重点部分重点

推敲，看文章的主题和小标题是否提炼到位，看

各个新闻要素是否齐全，看文章结构和层次是否

合理，看语言表达是否严谨生动。好作品是用时

间和精力细细琢磨出来的。首先自己要多修改、

多琢磨，还可以多请他人修改，自己写的东西，

有些缺点和问题自己是不容易发现的，不妨多征

求其他同志的意见。此外，只要不是时效性很强

的新闻稿件，还可以放一放再改，过一阵子再回

头看，又可以发现欠缺和不足，修改后进一步提

高文章的质量。

总之,用“头脑”掌握信息,让人大宣传有

深度;用“眼睛”捕捉热点,让人大宣传有角度;

用“脚步”丈量民生,让人大宣传有温度;用“情

怀”做好积淀,让人大宣传有态度。

积极宣传县乡两级人大在践行全过程人民

民主重大理念工作中涌现出的感人事迹和先进经

验,讲好人大故事,传播人大声音。努力打造一支

政治素质好、宣传业务精、写作能力强的通讯员

队伍。
 市人大工作研究会各会员单位：

根据市人大工作研究会对旗县区研究会

2024年度工作的考察和《巴彦淖尔人大》2024年

度来稿选登的数量、质量进行的选评，经市人大

工作研究会会长办公会议研究审定，决定对评选

出的2024年度全市人大研究会工作先进单位、

《巴彦淖尔人大》优秀通讯员进行通报表彰。

名单如下：

先进单位：

杭锦后旗人大工作研究会

磴口县人大工作研究会

优秀通讯员：

张鸿杰 市人大常委会科教文卫工作委员会

王凯立 市人大常委会环境资源城乡建设工

作委员会

贾来庆 乌拉特后旗人大常委会办公室

刘慧元 乌拉特前旗人大常委会人事代表选

举工作委员会

邬旗军  临河区金川街道人大工委

望受表彰的先进集体和优秀通讯员，再接

再厉，争取更大光荣。

巴彦淖尔市人大工作研究会

               《巴彦淖尔人大》编辑部 

                   2024年11月29日

关于表彰2024年度全市人大研究会工作先进单位

《巴彦淖尔人大》优秀通讯员的通报
",
        expect![[r#"
            Article 「总之,用“头脑”掌握信息,让人大宣传有」 selection「总之,用“头脑”掌握信息,让人大宣传有」 …「让人大宣传有」
              Section 「六、用心打磨，制作人大新闻精品」 selection「六、用心打磨，制作人大新闻精品」 …「文章的质量。」
            Article 「深度;用“眼睛”捕捉热点,让人大…」 untitled selection「深度;用“眼睛”捕捉热点,让人大宣传有角度;」 …「队伍。」
            Article 「根据市人大工作研究会对旗县区研究会」 selection「根据市人大工作研究会对旗县区研究会」 …「旗县区研究会」
            Article 「关于表彰2024年度全市人大研究会工作先进单位《巴彦淖尔人大》优秀通讯员的通报」 selection「关于表彰2024年度全市人大研究会工作先进单位

            《巴彦淖尔人大》优秀通讯员的通报」 …「通讯员的通报」
              Byline 「巴彦淖尔市人大工作研究会」 selection「巴彦淖尔市人大工作研究会」 …「大工作研究会」
              Byline 「《巴彦淖尔人大》编辑部」 selection「《巴彦淖尔人大》编辑部」 …「人大》编辑部」
              Byline 「2024年11月29日」 selection「2024年11月29日」 …「11月29日」
        "#]],
    );
}

#[test]
fn who_presided_is_a_subtitle_however_short() {
    // A short second line is the rest of a headline, unless it says who
    // presided or spoke; a speech's title ending in 讲话 is still one title.
    check(
        " 要闻

全国人大常委会第十八次会议在京闭幕
赵乐际主持

新华社北京12月5日电（记者 张晓松 王琦）十四届全国人大常委会第十八次会议5日上午在北京人民大会堂闭幕。

会议表决通过了民营经济促进法。

孟长云同志在市人大工作研究会
年会上的讲话

各位会员、同志们：今年是全面贯彻落实党的二十届三中全会精神的重要一年。
",
        expect![[r#"
            Banner 「要闻」 selection「要闻」 …「要闻」
            Article 「全国人大常委会第十八次会议在京闭幕」 [赵乐际主持] selection「全国人大常委会第十八次会议在京闭幕」 …「经济促进法。」
            Article 「孟长云同志在市人大工作研究会年会上的讲话」 selection「孟长云同志在市人大工作研究会
            年会上的讲话」 …「的重要一年。」
        "#]],
    );
}

#[test]
fn a_notice_word_over_its_issuer_names_the_issuers_notice() {
    // "公    告" set over the body that issues it, its number under them: the
    // article is the body's 公告, single-spaced or double-spaced.
    let page = "公    告

鄂尔多斯市人民代表大会常务委员会
第  15  号

鄂尔多斯市第五届人民代表大会常务委员会第二十次
会议于2026年11月28日决定接受张三辞去鄂尔多斯市
人民政府副市长职务的请求，依法报鄂尔多斯市人民代
表大会备案。

现予公告。

鄂尔多斯市人民代表大会常务委员会
2026年11月28日
";
    check(
        page,
        expect![[r#"
        Article 「鄂尔多斯市人民代表大会常务委员会公告」 [第  15  号] selection「公    告

        鄂尔多斯市人民代表大会常务委员会」 …「11月28日」
          Byline 「鄂尔多斯市人民代表大会常务委员会」 selection「鄂尔多斯市人民代表大会常务委员会」 …「会常务委员会」
          Byline 「2026年11月28日」 selection「2026年11月28日」 …「11月28日」
    "#]],
    );
    assert_eq!(rendered(&double_spaced(page)), rendered(page));
}

#[test]
fn a_table_of_figures_with_units_and_empty_cells_is_text() {
    // Cells hold figures with their units (3865.2亿元, 增长6.1%), and a row
    // may leave one empty: every row is the article's text, none a headline.
    check(
        "前三季度我市经济运行稳中向好

本报讯（记者 刘洋）记者从市统计局获悉，前三季度全市经济运行稳中向好。

主要指标完成情况如下：

地区生产总值  3865.2亿元  增长6.1%
规上工业增加值          增长8.5%
固定资产投资            增长12.3%
社会消费品零售总额  612.4亿元  增长5.2%

市统计局有关负责人表示，全市经济延续回升向好态势。
",
        expect![[r#"
            Article 「前三季度我市经济运行稳中向好」 selection「前三季度我市经济运行稳中向好」 …「升向好态势。」
        "#]],
    );
}

#[test]
fn a_briefs_place_and_event_after_a_dot_is_its_headline() {
    // "●准格尔旗  召开人大代表座谈会": the place, a wide gap, what happened
    // there; an item of its own, closed by its credit. A unit over a name
    // ("●市人大常委会办公室  杨 菁") is still an author's line.
    check(
        " 旗县动态

●准格尔旗  召开人大代表座谈会
12月3日，准格尔旗人大常委会召开人大代表座谈会，旗人大常委会主任李振华出席并讲话。
（王芳）

●乌审旗  视察重点项目建设

近日，乌审旗人大常委会副主任巴图组织部分代表视察重点项目建设情况。
（其木格）

人大代表履职要在经常

●市人大常委会办公室  杨 菁

人大代表是人民的代表，要时刻把人民群众的冷暖放在心上。
",
        expect![[r#"
            Banner 「旗县动态」 selection「旗县动态」 …「旗县动态」
            Article 「●准格尔旗  召开人大代表座谈会」 selection「●准格尔旗  召开人大代表座谈会」 …「（王芳）」
              Byline 「（王芳）」 selection「（王芳）」 …「（王芳）」
            Article 「●乌审旗  视察重点项目建设」 selection「●乌审旗  视察重点项目建设」 …「（其木格）」
              Byline 「（其木格）」 selection「（其木格）」 …「（其木格）」
            Article 「人大代表履职要在经常」 selection「人大代表履职要在经常」 …「暖放在心上。」
              Byline 「●市人大常委会办公室  杨 菁」 selection「●市人大常委会办公室  杨 菁」 …「室  杨 菁」
        "#]],
    );
}

#[test]
fn a_roster_under_its_heading_and_a_page_of_questions() {
    // A roster: its heading, wrapped in a body's name, over a note in
    // brackets (its subtitle) and rows of names under their posts, a blank
    // line apart: one article, not a banner per row. Then numbered questions,
    // each over its answer (答：…): the sections of the article under "政策问答",
    // double-spaced too.
    let page = "鄂托克前旗第十八届人民代表大会
常务委员会组成人员名单

（2021年9月28日鄂托克前旗第十八届人民代表大会
第一次会议选举）

主    任  王建军

副 主 任  李  强  巴特尔  张丽华（女）  那仁满都拉

委    员（按姓氏笔画排序）

    王  芳（女）  乌云其木格（女，蒙古族）  白  雪（女）
    刘海东  孙志强  苏和巴特尔（蒙古族）  李建国

本报评论员

让代表履职更有底气

代表是人民选出来的，代表履职的底气，来自
人民的信任，也来自制度的保障。今年以来，旗人
大常委会把服务保障代表依法履职作为重要工作，
建成代表联络站23个，组织代表开展视察调研45
次，代表的获得感明显增强。

政策问答

1．什么是人大代表联络站？
答：人大代表联络站是人大代表联系群众、收集
民意的平台，一般设在苏木镇和街道。

2．群众怎样通过联络站反映意见？
答：群众可以在接待日到联络站当面反映，也可
以通过电话、微信等方式反映。
";
    check(
        page,
        expect![[r#"
            Article 「鄂托克前旗第十八届人民代表大会常务委员会组成人员名单」 [（2021年9月28日鄂托克前旗第十八届人民代表大会第一次会议选举）] selection「鄂托克前旗第十八届人民代表大会
            常务委员会组成人员名单」 …「）  李建国」
            Article 「让代表履职更有底气」 selection「让代表履职更有底气」 …「感明显增强。」
              Byline 「本报评论员」 selection「本报评论员」 …「本报评论员」
            Article 「政策问答」 selection「政策问答」 …「等方式反映。」
              Section 「1．什么是人大代表联络站？」 selection「1．什么是人大代表联络站？」 …「木镇和街道。」
              Section 「2．群众怎样通过联络站反映意见？」 selection「2．群众怎样通过联络站反映意见？」 …「等方式反映。」
        "#]],
    );
    // Rows of a roster are not a paragraph cut by the lines between them.
    let codes: Vec<_> = analysis::analyze(page)
        .findings
        .iter()
        .map(|f| f.code)
        .collect();
    assert!(codes.is_empty(), "{codes:?}");
    // Double-spaced, the same articles and sections (the note, wrapped over
    // a blank line, is the roster's text there, not its subtitle).
    let (single, double) = (rendered(page), rendered(&double_spaced(page)));
    assert!(
        double.starts_with(
            "Article 「鄂托克前旗第十八届人民代表大会常务委员会组成人员名单」 selection"
        )
    );
    let after_roster = |s: &str| s[s.find("Article 「让代表").unwrap()..].to_string();
    assert_eq!(after_roster(&double), after_roster(&single));
}

#[test]
fn a_running_head_with_a_date_is_no_table_row() {
    // Two pages in one file, each under its running head (section letter
    // and page, the section's name, the date): the date is no figure, so the
    // second head is a banner, not a row of a table opening an article.
    check(
        " A1  要闻  2025年12月5日  星期五

全市冬季全民健身运动会开幕

本报讯（记者 张 伟）12月4日，鄂尔多斯市第
十届冬季全民健身运动会在康巴什区开幕。（转A2）

 A2  综合  2025年12月5日  星期五

全市冬季全民健身运动会开幕
（上接A1）
据了解，今年以来，全市新建和改造提升全民健
身场地42处，“15分钟健身圈”覆盖率达到92%。
",
        expect![[r#"
            Banner 「A1  要闻  2025年12月5日  星期五」 selection「A1  要闻  2025年12月5日  星期五」 …「日  星期五」
            Article 「全市冬季全民健身运动会开幕」 selection「全市冬季全民健身运动会开幕」 …「。（转A2）」
              Marker 「（转A2）」 selection「（转A2）」 …「（转A2）」
            Banner 「A2  综合  2025年12月5日  星期五」 selection「A2  综合  2025年12月5日  星期五」 …「日  星期五」
            Article 「全市冬季全民健身运动会开幕」 selection「全市冬季全民健身运动会开幕」 …「达到92%。」
              Marker 「（上接A1）」 selection「（上接A1）」 …「（上接A1）」
        "#]],
    );
}

/// A single-spaced report's points: each heading wrapped over two lines is
/// one section, its name read on without a gap.
#[test]
fn wrapped_point_headings_of_a_single_spaced_report() {
    check(
        crate::support::WRAPPED_POINTS,
        expect![[r#"
            Article 「关于全市居家社区养老服务工作情况的调研报告」 selection「关于全市居家社区养老服务工作情况的调研报告」 …「会蔚然成风。」
              Section 「一、基本情况」 selection「一、基本情况」 …「得积极成效。」
              Section 「二、意见和建议」 selection「二、意见和建议」 …「、意见和建议」
              Section 「（一）以规划为引领，进一步提升社区养老服务设施水平」 selection「（一）以规划为引领，进一步提升社区
            养老服务设施水平」 …「老年人出行。」
              Section 「（二）以需求为导向，进一步搭建养老服务网络平台」 selection「（二）以需求为导向，进一步搭建养老
            服务网络平台」 …「口享受便利。」
              Section 「(三)加大宣传力度，在全社会营造关心老年人的浓厚氛围」 selection「(三)加大宣传力度，在全社会营造关心
             老年人的浓厚氛围」 …「会蔚然成风。」
        "#]],
    );
}

/// A single-spaced page whose paragraphs lost their indent: each first line
/// stands two characters short of the column. One holding a comma over a
/// full line ("会议强调，要学好用好新修改的《中华" over "人民共和国…") is the
/// paragraph's first line, no headline of an article of its own.
#[test]
fn first_lines_short_by_a_dropped_indent_are_text() {
    check(
        "市人大常委会召开党组会议

12月20日，市人大常委会党组召开会议，
传达学习中央经济工作会议精神和自治区党委有
关会议精神，研究部署贯彻落实工作。市人大常
委会党组书记主持会议。

会议指出，中央经济工作会议全面总结今年
经济工作，深刻分析当前经济形势，系统部署明
年经济工作，为做好明年工作指明了方向，提供
了根本遵循。

会议强调，要学好用好新修改的《中华
人民共和国各级人民代表大会常务委员会监督法》，
结合实际，做到学懂弄通，掌握精神实质，推动
工作开展。

会议要求，常委会各委室要围绕全市中心工
作，聚焦重点领域和关键环节，精心组织开展执
法检查、专题询问和专题调研，不断提升监督工
作的针对性和实效性。

会议还研究了其他事项。常委会机关各部门
负责同志列席会议，会议由常委会办公室负责组
织，各项议程按计划完成，会议取得了圆满成功，
达到预期目的。

会议认为，今年以来，常委会党组认真履行
把方向、管大局、保落实的重要职责，各项工作
取得新进展新成效，为全市经济社会发展作出了
积极贡献。

会议指出，明年是“十五五”规划的开局之
年，做好人大工作意义重大。要坚持党的领导，
依法履职尽责，为全市高质量发展贡献人大力量。
",
        expect![[r#"
            Article 「市人大常委会召开党组会议」 selection「市人大常委会召开党组会议」 …「献人大力量。」
        "#]],
    );
}

/// Headlines of a journal set single-spaced: two or three lines over an author
/// line, and a title with its subtitle set wider than the column.
#[test]
fn headlines_set_single_spaced_over_authors_or_wider_than_the_text() {
    check(
        crate::support::SIGNED_TITLES,
        expect![[r#"
        Article 「开展“进社区、送服务”活动」 [让群众的获得感、幸福感更足] selection「开展“进社区、送服务”活动」 …「部  李 强」
          Byline 「●市人大常委会机关第一党支部  李 强」 selection「●市人大常委会机关第一党支部  李 强」 …「部  李 强」
        Article 「市人大常委会举办基层人大干部依法履职专题研讨班」 [市人大常委会副主任王建国出席并作专题辅导报告] selection「市人大常委会举办基层人大干部依法履职专题研讨班」 …「专题辅导报告」
        Banner 「王副主任带队赴外地考察学习」 selection「王副主任带队赴外地考察学习」 …「外地考察学习」
        Article 「为进一步提升基层人大干部依法履职…」 untitled selection「为进一步提升基层人大干部依法履职能力，」 …「部参加培训。」
        Article 「关于检查《中华人民共和国食品安全法》贯彻实施情况的报告」 [市人大常委会执法检查组] selection「关于检查《中华人民共和国食品安全法》
        贯彻实施情况的报告」 …「进行了检查。」
          Byline 「●市人大常委会财政经济工作委员会  赵 敏」 selection「●市人大常委会财政经济工作委员会  赵 敏」 …「会  赵 敏」
          Section 「一、执法检查的基本情况」 selection「一、执法检查的基本情况」 …「进行了检查。」
    "#]],
    );
}

/// A page of television schedules: each channel's name heads its programmes,
/// lines that open with their time ("19:30  鄂尔多斯新闻联播") and are rows
/// of a table, not headlines.
#[test]
fn a_schedule_of_programmes_under_each_channel() {
    check(
        "电视节目\n\n鄂尔多斯电视台新闻综合频道\n\n06:00  早间新闻\n07:30  电视剧：幸福到万家（12）\n09:00  鄂尔多斯新闻\n12:00  午间新闻\n18:30  法治在线\n19:00  转播中央台新闻联播\n19:30  鄂尔多斯新闻联播\n20:00  电视剧：人世间（8-9）\n\n鄂尔多斯电视台经济服务频道\n\n08:00  健康大讲堂\n10:00  电视剧：大江大河（3-4）\n19:40  生活帮\n21:00  天气预报\n\n本周天气\n\n今天白天晴转多云，西北风3到4级，最高气温\n12℃，最低气温-3℃。明天多云，最高气温10℃。\n",
        expect![[r#"
            Banner 「电视节目」 selection「电视节目」 …「电视节目」
            Article 「鄂尔多斯电视台新闻综合频道」 selection「鄂尔多斯电视台新闻综合频道」 …「间（8-9）」
            Article 「鄂尔多斯电视台经济服务频道」 selection「鄂尔多斯电视台经济服务频道」 …「  天气预报」
            Article 「本周天气」 selection「本周天气」 …「气温10℃。」
        "#]],
    );
}

/// A news item set in a column of ten characters, its headline at its foot on
/// two lines that stop short of the column: wrapped text fills the column on
/// every line but a paragraph's last, so the first line is a headline's.
#[test]
fn a_headline_at_the_foot_of_a_narrow_column() {
    check(
        "本报讯（记者 高娃）\n11月20日，伊金霍洛旗\n人大常委会召开第二十\n三次会议。旗人大常委\n会主任斯琴毕力格主持\n会议。\n\n会议听取并审议了旗\n人民政府关于2026年\n国民经济和社会发展计\n划执行情况的报告，审\n议通过了人事任免事项。\n\n旗人大常委会召开\n第二十三次会议\n",
        expect![[r#"
            Article 「旗人大常委会召开第二十三次会议」 selection「旗人大常委会召开
            第二十三次会议」 …「二十三次会议」
              Byline 「本报讯（记者 高娃）」 selection「本报讯（记者 高娃）」 …「记者 高娃）」
        "#]],
    );
}

/// A photo story set a paragraph a line: "图为…" lines are its captions, each
/// a paragraph of its own, as a caption between blank lines is elsewhere.
#[test]
fn captions_opening_with_tu_wei_where_each_line_is_a_paragraph() {
    check(
        "冬日草原牧歌悠\n本报记者 其其格 摄影报道\n入冬以来,鄂托克旗阿尔巴斯苏木的牧民们忙着为牲畜储备草料,做好越冬准备。\n图为牧民巴特尔在草场上赶着羊群回圈。\n近年来,阿尔巴斯苏木积极引导牧民发展舍饲半舍饲养殖,推动草原畜牧业转型升级,牧民人均可支配收入达到3.2万元。\n图为苏木干部走进牧户家中宣传惠牧政策。\n",
        expect![[r#"
            Article 「冬日草原牧歌悠」 selection「冬日草原牧歌悠」 …「传惠牧政策。」
              Byline 「本报记者 其其格 摄影报道」 selection「本报记者 其其格 摄影报道」 …「格 摄影报道」
              Caption 「图为牧民巴特尔在草场上赶着羊群回圈。」 selection「图为牧民巴特尔在草场上赶着羊群回圈。」 …「着羊群回圈。」
              Caption 「图为苏木干部走进牧户家中宣传惠牧政策。」 selection「图为苏木干部走进牧户家中宣传惠牧政策。」 …「传惠牧政策。」
        "#]],
    );
}

/// Where each line is a paragraph, a short line that stops mid-word is a
/// headline only if it holds no sentence: two commas make one.
#[test]
fn a_paragraph_cut_short_is_no_headline_where_each_line_is_a_paragraph() {
    check(
        "冬日草原牧歌悠\n本报记者 其其格 摄影报道\n入冬以来,鄂托克旗阿尔巴斯苏木的牧民们忙着为牲畜储备草料,做好越冬准备,确保牲畜安全越冬。\n近年来,阿尔巴斯苏木积极引导牧民发展舍饲半舍饲养殖,推动草原畜牧业转型\n▲苏木干部走进牧户家中宣传惠牧政策。\n升级,牧民人均可支配收入达到3.2万元。\n苏木党委书记巴图说,下一步将继续完善基础设施,让牧民的日子越过越红火。\n",
        expect![[r#"
            Article 「冬日草原牧歌悠」 selection「冬日草原牧歌悠」 …「越过越红火。」
              Byline 「本报记者 其其格 摄影报道」 selection「本报记者 其其格 摄影报道」 …「格 摄影报道」
              Caption 「▲苏木干部走进牧户家中宣传惠牧政策。」 selection「▲苏木干部走进牧户家中宣传惠牧政策。」 …「传惠牧政策。」
        "#]],
    );
}

/// A reader signs with their place first ("东胜区读者  刘玉兰"), and the
/// paper's follow-up under "记者追踪" is a column's name, no reporter's.
#[test]
fn a_letter_signed_with_the_readers_place_and_its_follow_up() {
    check(
        "读者来信\n\n小区供暖不达标谁来管？\n\n编辑同志：\n我是东胜区某小区的居民，入冬以来，我家室\n内温度一直在15℃左右，多次向物业反映，问题\n始终没有解决。请问这种情况应该找谁？\n\n东胜区读者  刘玉兰\n\n记者追踪\n\n接到读者来信后，记者联系了东胜区住房和城乡\n建设局。该局有关负责人表示，已责成供热企业\n立即排查整改。\n",
        expect![[r#"
            Banner 「读者来信」 selection「读者来信」 …「读者来信」
            Article 「小区供暖不达标谁来管？」 selection「小区供暖不达标谁来管？」 …「者  刘玉兰」
              Byline 「东胜区读者  刘玉兰」 selection「东胜区读者  刘玉兰」 …「者  刘玉兰」
            Article 「记者追踪」 selection「记者追踪」 …「即排查整改。」
        "#]],
    );
}

/// A poem's title and poet over its stanzas, under the end of an essay: the
/// title leads its verse (prose may trail its headline, verse does not).
#[test]
fn a_poems_title_leads_its_stanzas_under_an_essays_end() {
    check(
        "给我带了一本小人书。那是我第一次知道，草原之\n外还有那么大的世界。\n\n草原的风\n\n□王云飞\n\n风从北边来\n吹黄了敖包山下的草\n\n羊群走向远方\n牧人唱起长调\n\n月亮升起来的时候\n毡房里亮起了灯\n\n冬日的阳光\n\n□乌日娜\n\n阳光落在雪地上，\n像母亲温暖的手。\n",
        expect![[r#"
            Article 「给我带了一本小人书。那是我第一次…」 untitled selection「给我带了一本小人书。那是我第一次知道，草原之」 …「么大的世界。」
            Article 「草原的风」 selection「草原的风」 …「房里亮起了灯」
              Byline 「□王云飞」 selection「□王云飞」 …「□王云飞」
            Article 「冬日的阳光」 selection「冬日的阳光」 …「亲温暖的手。」
              Byline 「□乌日娜」 selection「□乌日娜」 …「□乌日娜」
        "#]],
    );
}

/// An interview's turns ("记者：…？" under the reporter's credit) are its
/// text, however short, not the next article's headline.
#[test]
fn an_interviews_questions_are_no_headlines() {
    check(
        "聚焦民生实事 回应群众期盼\n\n——访市人大代表、东胜区富兴街道党工委书记刘海燕\n\n□记者 王丽娜\n\n记者：今年您带来了哪些建议？\n\n刘海燕：我今年重点关注老旧小区改造和社区养老服\n务。我们街道有12个老旧小区，很多居民反映楼道照明\n不足、上下水管道老化等问题。\n\n问：如何保障建议落地见效？\n\n答：人大代表要当好群众的代言人，建议提出后还要\n持续跟踪，推动相关部门把实事办好。\n",
        expect![[r#"
            Article 「聚焦民生实事 回应群众期盼」 [——访市人大代表、东胜区富兴街道党工委书记刘海燕] selection「聚焦民生实事 回应群众期盼」 …「把实事办好。」
              Byline 「□记者 王丽娜」 selection「□记者 王丽娜」 …「记者 王丽娜」
        "#]],
    );
}

/// "【链接】" alone between blank lines heads a box of its article, as
/// "■相关链接" does; "【代表风采】" names a column.
#[test]
fn a_link_box_in_brackets_is_a_section_of_its_article() {
    check(
        "【代表风采】\n\n苏木人大：让代表活动“活”起来\n\n□通讯员 萨仁高娃\n\n镇人大主席其其格介绍，联络站每月15日固定开展接待\n活动，代表们轮流值班，听取群众意见建议。截至目前，\n共收集意见建议86条，办结79条。\n\n【链接】\n\n代表联络站是人大代表密切联系群众的重要平台，\n2023年全旗共建成代表联络站42个。\n\n图克镇：代表建议办理“回头看”\n\n□记者 孟和\n\n图克镇人大主席团组织部分代表对去年的建议办理情况\n进行“回头看”，重点检查了乡村道路建设、饮水安全\n等8件建议。\n",
        expect![[r#"
            Banner 「【代表风采】」 selection「【代表风采】」 …「【代表风采】」
            Article 「苏木人大：让代表活动“活”起来」 selection「苏木人大：让代表活动“活”起来」 …「络站42个。」
              Byline 「□通讯员 萨仁高娃」 selection「□通讯员 萨仁高娃」 …「员 萨仁高娃」
              Section 「【链接】」 selection「【链接】」 …「络站42个。」
            Article 「图克镇：代表建议办理“回头看”」 selection「图克镇：代表建议办理“回头看”」 …「等8件建议。」
              Byline 「□记者 孟和」 selection「□记者 孟和」 …「□记者 孟和」
        "#]],
    );
}

/// A paragraph whose short last line runs into the marker of where it goes
/// on ("…总投资（下转第二版）") belongs to its article: the line ends the
/// text on this page and heads nothing.
#[test]
fn a_paragraph_that_goes_on_on_another_page_stays_in_its_article() {
    check(
        " 人 大 之 窗\n\n全旗人大代表视察重点项目建设\n\n本报讯（记者 乌日娜 通讯员 李强）4月10日，旗人大常委会组\n织部分自治区、市、旗人大代表视察全旗重点项目建设情况。旗人\n大常委会副主任白音仓主持座谈会。\n\n代表们先后来到乌审旗200万吨煤制甲醇项目、嘎鲁图镇污水处理\n厂提标改造项目现场，详细了解项目进展、投资完成等情况。2024\n年全旗计划实施重点项目86个，总投资（下转第二版）\n\n 旗政协召开十五届二十次常委会议\n\n本报讯（记者 其木格）4月12日，旗政协召开十五届二十次常委会\n议，旗政协主席乌力吉主持会议并讲话。\n",
        expect![[r#"
            Banner 「人 大 之 窗」 selection「人 大 之 窗」 …「 大 之 窗」
            Article 「全旗人大代表视察重点项目建设」 selection「全旗人大代表视察重点项目建设」 …「下转第二版）」
              Marker 「（下转第二版）」 selection「（下转第二版）」 …「下转第二版）」
            Article 「旗政协召开十五届二十次常委会议」 selection「旗政协召开十五届二十次常委会议」 …「会议并讲话。」
        "#]],
    );
}

/// A page that sets each news item's headline under it, the paper's name over
/// the page: every item opens with its dateline or ends in its reporter's
/// credit (wrapped over two lines), and the headline under it is its own,
/// not the next item's; "赤峰日报·翁牛特旗新闻" heads the page, no item.
#[test]
fn headlines_under_their_items_under_the_papers_name() {
    check(
        " 赤峰日报·翁牛特旗新闻\n\n本报讯（记者 包玉兰）近日，翁牛特旗人大常委会主任\n张志军带领部分常委会组成人员深入乌丹镇、梧桐花镇、\n亿合公镇，就全旗农村牧区人居环境整治工作开展专题调\n研。\n\n调研组一行实地查看了乌丹镇东门村垃圾收集点、梧桐花\n镇西沟村污水管网建设等情况，听取了旗农牧局、旗住建\n局和相关苏木乡镇的工作汇报。\n\n张志军指出，要坚持因地制宜、分类施策，把人居环境整\n治与乡村振兴有机结合起来，持续改善农村牧区生产生活\n条件。\n\n翁旗人大调研农村牧区人居环境整治\n\n本报讯 4月15日，翁牛特旗召开2024年安全生产工作会议。\n副旗长、公安局局长王海军出席会议并讲话。\n\n会议要求，各苏木乡镇、各部门要压紧压实安全生产责任，\n深入开展隐患排查整治，坚决遏制重特大事故发生。（孙立\n新）\n\n翁牛特旗部署安全生产工作\n\n阿鲁科尔沁旗天山镇把全镇划分为86个网格，配备专职网格\n员180名，做到“人在网中走、事在格中办”。（通讯员 乌\n力吉木仁）\n\n阿旗：“小网格”撬动“大治理”\n",
        expect![[r#"
            Banner 「赤峰日报·翁牛特旗新闻」 selection「赤峰日报·翁牛特旗新闻」 …「翁牛特旗新闻」
            Article 「翁旗人大调研农村牧区人居环境整治」 selection「翁旗人大调研农村牧区人居环境整治」 …「人居环境整治」
            Article 「翁牛特旗部署安全生产工作」 selection「翁牛特旗部署安全生产工作」 …「安全生产工作」
            Article 「阿旗：“小网格”撬动“大治理”」 selection「阿旗：“小网格”撬动“大治理”」 …「动“大治理”」
        "#]],
    );
}

#[test]
fn a_sports_pages_standings_under_their_title_are_its_articles_table() {
    // "团体总分前六名" over rows of a name and a score, a blank line apart
    // or not: the table and its title belong to the article above, and so
    // does the paragraph after it; no row is a banner or a headline.
    let page = |gap: &str| {
        format!(
            " 体育

全市第十届全民健身运动会闭幕

本报讯（记者 高娃）8月18日，全市第十届全民健身运动会在康巴什区闭幕，
东胜区代表团获得团体总分第一名。

团体总分前六名
{gap}东胜区  856分
{gap}准格尔旗  812分
{gap}鄂托克旗  790分
{gap}伊金霍洛旗  741分

市委常委、市政府副市长赵巍峰出席闭幕式并为获
奖代表团颁奖。（乌兰）

男子篮球决赛东胜区夺冠

本报讯（记者 张伟）8月17日晚，男子篮球决赛在市体育中心举行。
"
        )
    };
    check(
        &page(""),
        expect![[r#"
        Banner 「体育」 selection「体育」 …「体育」
        Article 「全市第十届全民健身运动会闭幕」 selection「全市第十届全民健身运动会闭幕」 …「奖。（乌兰）」
          Section 「团体总分前六名」 selection「团体总分前六名」 …「奖。（乌兰）」
        Article 「男子篮球决赛东胜区夺冠」 selection「男子篮球决赛东胜区夺冠」 …「育中心举行。」
    "#]],
    );
    assert_eq!(rendered(&page("\n")), rendered(&page("")));
}

#[test]
fn a_cases_parts_in_brackets_are_sections_of_its_article() {
    // A legal page's case: its title under the column's name, then
    // 【案情】, 【审理】, 【说法】 each over a paragraph: sections of the case,
    // never banners; 【以案说法】 over a title stays the column's name.
    check(
        " 法治天地

【以案说法】

拖欠农民工工资被判刑

【案情】

2023年3月至10月，被告人王某承包某
建筑工程后，拖欠32名农民工工资共计56万余
元。经有关部门责令支付后仍拒不支付。

【审理】

达拉特旗人民法院经审理认为，被告人王某
的行为已构成拒不支付劳动报酬罪，判处有期
徒刑一年六个月。

【说法】

用人单位和个人应当依法按时足额支付劳动
者工资。

（达拉特旗人民法院供稿）
",
        expect![[r#"
            Banner 「法治天地」 selection「法治天地」 …「法治天地」
            Banner 「【以案说法】」 selection「【以案说法】」 …「【以案说法】」
            Article 「拖欠农民工工资被判刑」 selection「拖欠农民工工资被判刑」 …「民法院供稿）」
              Section 「【案情】」 selection「【案情】」 …「仍拒不支付。」
              Section 「【审理】」 selection「【审理】」 …「一年六个月。」
              Section 「【说法】」 selection「【说法】」 …「者工资。」
              Byline 「（达拉特旗人民法院供稿）」 selection「（达拉特旗人民法院供稿）」 …「民法院供稿）」
        "#]],
    );
}

#[test]
fn a_headline_that_names_members_is_no_authors_line() {
    // "政协委员走进社区" alone between a finished item and a dateline: a
    // post, then words that are no name (走进社区), so a headline; a
    // reporter's name run on from the post still makes a credit.
    check(
        "冬日草原

入冬以来，乌审旗各苏木镇做好牲畜越冬保障工作，储备
饲草料12万吨，确保牲畜安全越冬。

政协委员走进社区

本报讯（记者 刘敏）12月4日，市政协副主席张建华带领
部分政协委员走进社区，开展“委员进社区”活动。

牧区新貌

通讯员阿拉坦

近日，记者走进萨麦苏木宝力格嘎查，看到了牧区的新变化。
",
        expect![[r#"
            Article 「冬日草原」 selection「冬日草原」 …「畜安全越冬。」
            Article 「政协委员走进社区」 selection「政协委员走进社区」 …「社区”活动。」
            Article 「牧区新貌」 selection「牧区新貌」 …「区的新变化。」
              Byline 「通讯员阿拉坦」 selection「通讯员阿拉坦」 …「通讯员阿拉坦」
        "#]],
    );
}

#[test]
fn a_features_short_headings_set_as_banners_are_its_sections() {
    // A feature under its headline and author, its parts titled by short
    // lines set in by a space, as the page sets its banners: sections of the
    // feature, not banners over untitled texts.
    check(
        " 教育周刊

 让每个孩子都享有公平而有质量的教育
 ——东胜区推进义务教育优质均衡发展纪实

本报记者 苏日娜

走进东胜区第一小学，宽敞明亮的教室里，学生
们正在用平板电脑上数学课。“以前只有城区学
校有这样的条件，现在农村学校也一样。”校长
李淑芳说。

近年来，东胜区累计投入8.2亿元，新建改扩
建中小学校23所，全区义务教育学校办学条件
全部达标。区教育体育局局长杨文斌介绍，全区
今年新招聘教师316名，其中研究生学历的占
三成。
 名校带弱校

鄂尔多斯市第一中学与泊江海子镇中学结成帮扶
对子，每周选派骨干教师送课下乡。市一中副校
长郝建平说，两年来，帮扶学校的中考成绩提高
了二十多个百分点。

内蒙古师范大学教授王志强认为，集团化办学是
缩小城乡差距的有效办法。
",
        expect![[r#"
            Banner 「教育周刊」 selection「教育周刊」 …「教育周刊」
            Article 「让每个孩子都享有公平而有质量的教育」 [——东胜区推进义务教育优质均衡发展纪实] selection「让每个孩子都享有公平而有质量的教育」 …「的有效办法。」
              Byline 「本报记者 苏日娜」 selection「本报记者 苏日娜」 …「记者 苏日娜」
              Section 「名校带弱校」 selection「名校带弱校」 …「的有效办法。」
        "#]],
    );
}

#[test]
fn numbered_photos_captions_under_a_headline_open_its_item() {
    // A photo item: its headline, the captions of photos ①②③ and the
    // photographer's credit, then its text; the next headline heads the
    // item under it, not the photo item's text.
    check(
        " 图片新闻

 金秋时节收获忙

①10月15日，杭锦旗独贵塔拉镇农民在田间收割玉米。
②达拉特旗树林召镇的农机手驾驶收割机作业。
③准格尔旗十二连城乡的农户在晾晒辣椒。
                       本报记者 王磊 摄

金秋十月，全市各地农民抢抓晴好天气收割秋粮，
田间地头一派繁忙景象。全市已收获农作物面积5
80万亩。

 校园足球赛开幕

10月16日，全市中小学生校园足球联赛在康巴
什区开幕，来自全市的86支球队参赛。
（记者 刘洋）
",
        expect![[r#"
            Banner 「图片新闻」 selection「图片新闻」 …「图片新闻」
            Article 「金秋时节收获忙」 selection「金秋时节收获忙」 …「80万亩。」
              Caption 「①10月15日，杭锦旗独贵塔拉镇农民在田间收割玉米。」 selection「①10月15日，杭锦旗独贵塔拉镇农民在田间收割玉米。」 …「间收割玉米。」
              Caption 「②达拉特旗树林召镇的农机手驾驶收割机作业。」 selection「②达拉特旗树林召镇的农机手驾驶收割机作业。」 …「收割机作业。」
              Caption 「③准格尔旗十二连城乡的农户在晾晒辣椒。 本报记者 王磊 摄」 selection「③准格尔旗十二连城乡的农户在晾晒辣椒。
                                   本报记者 王磊 摄」 …「者 王磊 摄」
            Article 「校园足球赛开幕」 selection「校园足球赛开幕」 …「记者 刘洋）」
              Byline 「（记者 刘洋）」 selection「（记者 刘洋）」 …「记者 刘洋）」
        "#]],
    );
}

#[test]
fn briefs_under_bare_titles_are_articles_each() {
    // A page of short items, each a bare title over a paragraph: the next
    // title opens the next item, not a section of the one before (a
    // feature's headings stand under its author or subtitle).
    check(
        " 健康·生活

 秋季进补要适度

入秋以后，不少市民开始进补。专家提醒，进补要
因人而异，不可盲目。体质虚弱的老人可适当多吃
山药、红枣等食物，年轻人则应以清淡饮食为主。

 秋冬季节谨防流感

市疾病预防控制中心提醒，秋冬季节是流感高发期，
市民应及时接种流感疫苗，勤洗手、多通风，出现
发热症状要及时就医。

 老人晨练不宜过早

秋季早晚温差大，老年人晨练不宜过早，最好在太
阳出来后再出门，运动强度也要适中。
",
        expect![[r#"
            Banner 「健康·生活」 selection「健康·生活」 …「健康·生活」
            Article 「秋季进补要适度」 selection「秋季进补要适度」 …「淡饮食为主。」
            Article 「秋冬季节谨防流感」 selection「秋冬季节谨防流感」 …「要及时就医。」
            Article 「老人晨练不宜过早」 selection「老人晨练不宜过早」 …「度也要适中。」
        "#]],
    );
}

#[test]
fn numbered_photos_captions_where_each_paragraph_is_a_line() {
    // A photo item, each paragraph a line and no blank lines: the
    // column's name is no first line of a wrapped title (it is the shorter),
    // and the captions ①②③ end at the photographer's credit.
    check(
        " 图片新闻
 牧区冬储饲草料
①11月3日，乌审旗嘎鲁图镇牧民在打草场上拉运饲草。
②鄂托克旗阿尔巴斯苏木的牧民正在储备越冬草料。
                       本报记者 乌日娜 摄
入冬以来，全市牧区加紧储备越冬饲草料，已储备饲草料210万吨，可满足牲畜越冬需要。
 冬季供暖全面启动
11月1日，全市城镇集中供暖全面启动，供暖面积达1.2亿平方米。（记者 高娃）
",
        expect![[r#"
            Article 「牧区冬储饲草料」 [图片新闻] selection「牧区冬储饲草料」 …「畜越冬需要。」
              Caption 「①11月3日，乌审旗嘎鲁图镇牧民在打草场上拉运饲草。」 selection「①11月3日，乌审旗嘎鲁图镇牧民在打草场上拉运饲草。」 …「上拉运饲草。」
              Caption 「②鄂托克旗阿尔巴斯苏木的牧民正在储备越冬草料。 本报记者 乌日娜 摄」 selection「②鄂托克旗阿尔巴斯苏木的牧民正在储备越冬草料。
                                   本报记者 乌日娜 摄」 …「 乌日娜 摄」
            Article 「冬季供暖全面启动」 selection「冬季供暖全面启动」 …「记者 高娃）」
        "#]],
    );
}

#[test]
fn a_features_headings_where_each_paragraph_is_a_line() {
    // The feature again, each paragraph a line: widths tell no column, so a
    // short heading under a signed feature's text is its section.
    check(
        " 让每个孩子都享有公平而有质量的教育
 ——东胜区推进义务教育优质均衡发展纪实
本报记者 苏日娜
走进东胜区第一小学，宽敞明亮的教室里，学生们正在用平板电脑上数学课。“以前只有城区学校有这样的条件，现在农村学校也一样。”校长李淑芳说。
 名校带弱校
鄂尔多斯市第一中学与泊江海子镇中学结成帮扶对子，每周选派骨干教师送课下乡。市一中副校长郝建平说，两年来，帮扶学校的中考成绩提高了二十多个百分点。
 课后服务全覆盖
今年秋季学期起，全区所有小学实现课后服务全覆盖。家长刘女士说：“孩子在学校写完作业，还能参加足球、马头琴等兴趣小组，我们放心多了。”
",
        expect![[r#"
            Article 「让每个孩子都享有公平而有质量的教育」 [——东胜区推进义务教育优质均衡发展纪实] selection「让每个孩子都享有公平而有质量的教育」 …「放心多了。”」
              Byline 「本报记者 苏日娜」 selection「本报记者 苏日娜」 …「记者 苏日娜」
              Section 「名校带弱校」 selection「名校带弱校」 …「多个百分点。」
              Section 「课后服务全覆盖」 selection「课后服务全覆盖」 …「放心多了。”」
        "#]],
    );
}

#[test]
fn a_headline_in_two_decks_and_a_kicker_set_in_with_a_space() {
    // Headlines set in by a space on a page whose text is not (so the layout
    // reads them as banners), as centred ones may be extracted: the
    // first deck of a two-deck headline is no banner but the title over its
    // second deck, and "敖勒召其镇：" over a headline is its kicker, not a
    // line of the article before.
    check(
        "鄂托克前旗

    2025年11月20日 星期四 责任编辑：包春梅

 城川镇：冬季饲草储备足

 牧民过冬心里有底

本报讯（记者 斯琴 通讯员 王丽）入冬以来，城
川镇提前谋划、多措并举，全力做好冬季饲草料储
备工作，确保全镇牲畜安全越冬。

在大沙头村，村党支部书记、村委会主任刘占军正
带领村民把刚收购的青贮玉米入窖。他告诉记者，
今年全村储备青贮饲料1.2万吨，比去年多出三成。

城川镇党委书记乌力吉介绍，全镇今年共储备各类
饲草料4.5万吨，能够满足全镇12万头（只）牲畜
的越冬需求。

▲ 大沙头村村民正在将青贮玉米入窖。 斯琴 摄

 敖勒召其镇：

 “草畜平衡”绘就生态新画卷

本报记者 高娃

走进敖勒召其镇巴音希里嘎查，只见草场上牛羊成
群。嘎查党支部书记、嘎查长吉日嘎拉说：“这几
年我们严格落实草畜平衡制度，草场一年比一年好。”

据了解，敖勒召其镇共有草原面积320万亩，今年
全镇落实禁牧面积85万亩、草畜平衡面积235万亩。
镇党委副书记、镇长王宏亮说，镇里每年都组织专
人开展草原巡查。（下转第二版）
",
        expect![[r#"
            Banner 「鄂托克前旗」 selection「鄂托克前旗」 …「鄂托克前旗」
            Banner 「2025年11月20日 星期四 责任编辑：包春梅」 selection「2025年11月20日 星期四 责任编辑：包春梅」 …「编辑：包春梅」
            Article 「城川镇：冬季饲草储备足」 [牧民过冬心里有底] selection「城川镇：冬季饲草储备足」 …「。 斯琴 摄」
              Caption 「▲ 大沙头村村民正在将青贮玉米入窖。 斯琴 摄」 selection「▲ 大沙头村村民正在将青贮玉米入窖。 斯琴 摄」 …「。 斯琴 摄」
            Article 「“草畜平衡”绘就生态新画卷」 [敖勒召其镇：] selection「“草畜平衡”绘就生态新画卷」 …「下转第二版）」
              Byline 「本报记者 高娃」 selection「本报记者 高娃」 …「报记者 高娃」
              Marker 「（下转第二版）」 selection「（下转第二版）」 …「下转第二版）」
        "#]],
    );
}

#[test]
fn a_title_over_its_dashed_subtitle_set_in_by_a_space() {
    // A title of two parts over "——…", both set in as banners are: the
    // title with its subtitle, not the subtitle alone as the title under a
    // banner.
    check(
        "文旅周刊

 秋染库布其 大漠展新颜

 ——达拉特旗全域旅游发展见闻

本报记者 刘晓燕 通讯员 白雪

金秋时节，走进库布其沙漠腹地，金色的沙丘与碧
绿的植被交相辉映，前来观光的游客络绎不绝。近
年来，达拉特旗依托独特的沙漠资源，大力发展全
域旅游，走出了一条生态与旅游融合发展的新路子。

 【沙漠变景区】

响沙湾旅游景区是库布其沙漠中的一颗明珠。景区
负责人张志刚介绍，今年国庆假期，景区共接待游
客12.6万人次，同比增长18%。

“过去这里是一片荒漠，现在成了游客打卡的网红
地。”在景区工作了十多年的导游其其格感慨地说。
",
        expect![[r#"
            Banner 「文旅周刊」 selection「文旅周刊」 …「文旅周刊」
            Article 「秋染库布其 大漠展新颜」 [——达拉特旗全域旅游发展见闻] selection「秋染库布其 大漠展新颜」 …「格感慨地说。」
              Byline 「本报记者 刘晓燕 通讯员 白雪」 selection「本报记者 刘晓燕 通讯员 白雪」 …「通讯员 白雪」
              Section 「【沙漠变景区】」 selection「【沙漠变景区】」 …「格感慨地说。」
        "#]],
    );
}

#[test]
fn a_reports_issuer_under_its_title_is_no_end_of_it() {
    // "达拉特旗统计局" one blank line under the report's title: the body that
    // issues it (a county, then a bureau), not the title's short end.
    check(
        " 2025年1—10月全旗国民经济运行情况

 达拉特旗统计局

今年以来，全旗上下坚持稳中求进工作总基调，经
济运行总体平稳、稳中有进。

 一、农牧业生产形势良好

1—10月，全旗粮食总产量达到22.6亿斤，同比增
长3.2%。牲畜存栏285万头（只），同比增长1.5%。
",
        expect![[r#"
            Article 「2025年1—10月全旗国民经济运行情况」 [达拉特旗统计局] selection「2025年1—10月全旗国民经济运行情况」 …「长1.5%。」
              Section 「一、农牧业生产形势良好」 selection「一、农牧业生产形势良好」 …「长1.5%。」
        "#]],
    );
}

#[test]
fn a_list_title_wrapped_first_on_the_page_and_one_name_under_a_post() {
    // A body's name over its session's list ("政协…委员会" over "第五次会议
    // 主席团常务主席名单"), first on the page, is a title wrapped, not a
    // paragraph; "赵文斌" alone under "…秘书长" is the one name its list
    // gives, the text of that title, not a banner.
    check(
        "政协鄂托克旗第十一届委员会
第五次会议主席团常务主席名单

（按姓氏笔画为序）

王振宇  乌云毕力格  刘建平  孙丽娟
苏雅拉图  李志强  张海燕  其其格

政协鄂托克旗第十一届委员会第五次会议秘书长

赵文斌

 政协鄂托克旗十一届五次会议隆重开幕

本报讯（记者 那仁格日勒）1月12日上午，政协鄂
托克旗第十一届委员会第五次会议在乌兰镇隆重开
幕。

旗领导吴海涛、刘宏伟、张建军、巴图在主席台就
座。
",
        expect![[r#"
            Article 「政协鄂托克旗第十一届委员会第五次会议主席团常务主席名单」 selection「政协鄂托克旗第十一届委员会
            第五次会议主席团常务主席名单」 …「燕  其其格」
            Article 「政协鄂托克旗第十一届委员会第五次会议秘书长」 selection「政协鄂托克旗第十一届委员会第五次会议秘书长」 …「赵文斌」
            Article 「政协鄂托克旗十一届五次会议隆重开幕」 selection「政协鄂托克旗十一届五次会议隆重开幕」 …「座。」
        "#]],
    );
}

#[test]
fn who_the_author_is_in_brackets_under_the_text() {
    // "（作者系…副教授）" under a theory article, wrapped into a second line,
    // and "（作者单位：…）" under another: author lines of their articles,
    // not a banner between them nor a paragraph of text.
    check(
        "以新质生产力推动县域经济高质量发展

□ 王建华

发展新质生产力是推动高质量发展的内在要求和重
要着力点。县域是国家治理的基本单元，也是发展
新质生产力的重要阵地。

二、县域发展新质生产力的实践路径

一是因地制宜发展特色产业。鄂尔多斯市各旗区立
足资源禀赋，推动煤炭产业高端化、多元化、低碳
化发展。二是加快培育创新主体。三是深化体制机
制改革。

（作者系中共鄂尔多斯市委党校经济学教研部副教
授）

 学习札记

 在实干中践行初心使命

□ 李娜

初心易得，始终难守。党员干部要把学习成果转化
为干事创业的实际行动。

（作者单位：杭锦旗委组织部）
",
        expect![[r#"
            Article 「以新质生产力推动县域经济高质量发展」 selection「以新质生产力推动县域经济高质量发展」 …「授）」
              Byline 「□ 王建华」 selection「□ 王建华」 …「□ 王建华」
              Section 「二、县域发展新质生产力的实践路径」 selection「二、县域发展新质生产力的实践路径」 …「制改革。」
              Byline 「（作者系中共鄂尔多斯市委党校经济学教研部副教授）」 selection「（作者系中共鄂尔多斯市委党校经济学教研部副教
            授）」 …「授）」
            Banner 「学习札记」 selection「学习札记」 …「学习札记」
            Article 「在实干中践行初心使命」 selection「在实干中践行初心使命」 …「旗委组织部）」
              Byline 「□ 李娜」 selection「□ 李娜」 …「□ 李娜」
              Byline 「（作者单位：杭锦旗委组织部）」 selection「（作者单位：杭锦旗委组织部）」 …「旗委组织部）」
        "#]],
    );
}

#[test]
fn a_page_of_a_paragraph_a_line_with_its_folio_and_a_colon_kicker() {
    // Each paragraph a line: the folio ("…星期四 责任编辑：…") right over the
    // first headline is a banner, not that headline's kicker, and
    // "乌审召镇：" over a headline is its kicker, not a line of the text
    // before.
    check(
        "乌审旗

    2025年12月4日 星期四 责任编辑：斯琴高娃
 嘎鲁图镇：暖心服务进牧户
 冬季送医送药到家门口
本报讯（记者 乌兰 通讯员 赵敏）入冬以来，嘎鲁图镇组织医护人员深入各嘎查，为牧民群众送医送药，开展健康体检。
镇卫生院院长王丽萍介绍，今年已为全镇1200余名老年人建立了健康档案。
在沙尔利格嘎查，牧民巴图的老伴患有高血压，医生每月都会上门随访，调整用药方案。
据了解，嘎鲁图镇还开通了远程会诊服务，牧民在嘎查卫生室就能接受旗医院专家的诊疗。
▲ 医护人员为牧民测量血压。 乌兰 摄
 图克镇举办农牧民技能培训
本报讯（通讯员 张伟）近日，图克镇举办农牧民实用技能培训班，80余名农牧民参加培训。
培训内容涵盖肉羊养殖、饲草种植、农机操作等，授课老师结合实际案例深入浅出地进行讲解。
培训结束后，学员们纷纷表示收获很大。
 乌审召镇：
 “数字牧场”让养殖更轻松
本报记者 其木格
走进乌审召镇巴音敖包嘎查，牧民额尔敦的羊圈里装上了智能监控设备，手机上就能查看羊群情况。
“以前要整天守着，现在省心多了。”额尔敦笑着说。（下转第二版）
",
        expect![[r#"
            Banner 「乌审旗」 selection「乌审旗」 …「乌审旗」
            Banner 「2025年12月4日 星期四 责任编辑：斯琴高娃」 selection「2025年12月4日 星期四 责任编辑：斯琴高娃」 …「辑：斯琴高娃」
            Article 「嘎鲁图镇：暖心服务进牧户」 [冬季送医送药到家门口] selection「嘎鲁图镇：暖心服务进牧户」 …「。 乌兰 摄」
              Caption 「▲ 医护人员为牧民测量血压。 乌兰 摄」 selection「▲ 医护人员为牧民测量血压。 乌兰 摄」 …「。 乌兰 摄」
            Article 「图克镇举办农牧民技能培训」 selection「图克镇举办农牧民技能培训」 …「示收获很大。」
            Article 「“数字牧场”让养殖更轻松」 [乌审召镇：] selection「“数字牧场”让养殖更轻松」 …「下转第二版）」
              Byline 「本报记者 其木格」 selection「本报记者 其木格」 …「记者 其木格」
              Marker 「（下转第二版）」 selection「（下转第二版）」 …「下转第二版）」
        "#]],
    );
}

#[test]
fn who_the_author_is_on_a_line_of_its_own_after_the_text() {
    // "（作者系…）" right after the last paragraph, no blank line between:
    // the article's author line.
    check(
        "理论周刊
以新质生产力推动县域经济高质量发展
□ 王建华
发展新质生产力是推动高质量发展的内在要求和重要着力点。县域是国家治理的基本单元，也是发展新质生产力的重要阵地。
一、深刻把握新质生产力的丰富内涵
新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态。
（一）科技创新是核心要素
科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。
（二）产业升级是重要载体
要及时将科技创新成果应用到具体产业和产业链上，改造提升传统产业，培育壮大新兴产业。
二、县域发展新质生产力的实践路径
一是因地制宜发展特色产业。鄂尔多斯市各旗区立足资源禀赋，推动煤炭产业高端化、多元化、低碳化发展。二是加快培育创新主体。三是深化体制机制改革。
（作者系中共鄂尔多斯市委党校经济学教研部副教授）
 学习札记
 在实干中践行初心使命
□ 李娜
初心易得，始终难守。党员干部要把学习成果转化为干事创业的实际行动。
（作者单位：杭锦旗委组织部）
",
        expect![[r#"
            Article 「以新质生产力推动县域经济高质量发展」 [理论周刊] selection「以新质生产力推动县域经济高质量发展」 …「研部副教授）」
              Byline 「□ 王建华」 selection「□ 王建华」 …「□ 王建华」
              Section 「一、深刻把握新质生产力的丰富内涵」 selection「一、深刻把握新质生产力的丰富内涵」 …「生产力质态。」
              Section 「（一）科技创新是核心要素」 selection「（一）科技创新是核心要素」 …「的核心要素。」
              Section 「（二）产业升级是重要载体」 selection「（二）产业升级是重要载体」 …「大新兴产业。」
              Section 「二、县域发展新质生产力的实践路径」 selection「二、县域发展新质生产力的实践路径」 …「制机制改革。」
              Byline 「（作者系中共鄂尔多斯市委党校经济学教研部副教授）」 selection「（作者系中共鄂尔多斯市委党校经济学教研部副教授）」 …「研部副教授）」
            Article 「在实干中践行初心使命」 [学习札记] selection「在实干中践行初心使命」 …「旗委组织部）」
              Byline 「□ 李娜」 selection「□ 李娜」 …「□ 李娜」
              Byline 「（作者单位：杭锦旗委组织部）」 selection「（作者单位：杭锦旗委组织部）」 …「旗委组织部）」
        "#]],
    );
}

#[test]
fn decks_set_right_over_each_other_with_a_blank_line_under_them() {
    // A first deck right over the deck that heads a news item, and a kicker
    // right over a title that heads a plain paragraph a blank line below:
    // each pair is one headline, not a banner over an article.
    check(
        "8
    2025年12月4日 星期四 责任编辑：高娃 版式：李娜

 健康·卫生

 旗人民医院：专家团队下基层
 义诊服务送到家门口

本报讯（记者 张慧敏）12月2日，准格尔旗人民医
院组织心内科、呼吸内科、儿科等8个科室的15名
专家，走进薛家湾镇西营子村开展“健康义诊进乡
村”活动。
义诊现场，专家们为村民测量血压、血糖，耐心解
答健康咨询，并免费发放常用药品。旗人民医院院
长、主任医师刘建国介绍，今年以来，医院已组织
下乡义诊32场，服务群众6000余人次。
西营子村党支部书记张永平说：“专家们把服务送
到了家门口，村民们不出村就能看上病，大家都很
高兴。”

▲ 义诊现场，专家为村民测量血压。 张慧敏 摄

 专家提醒
 冬季谨防一氧化碳中毒

进入冬季，一氧化碳中毒进入高发期。旗人民医院
急诊科主任、副主任医师杨晓东提醒广大群众：
一是使用煤炉取暖要安装烟囱，并保持室内通风；
二是不要在门窗紧闭的室内使用炭火锅；
三是发现有人中毒，要立即开窗通风，将中毒者移
到空气新鲜处，并拨打120急救电话。
",
        expect![[r#"
            Banner 「8 2025年12月4日 星期四 责任编辑：高娃 版式：李娜」 selection「8」 …「 版式：李娜」
            Banner 「健康·卫生」 selection「健康·卫生」 …「健康·卫生」
            Article 「旗人民医院：专家团队下基层」 [义诊服务送到家门口] selection「旗人民医院：专家团队下基层」 …「 张慧敏 摄」
              Caption 「▲ 义诊现场，专家为村民测量血压。 张慧敏 摄」 selection「▲ 义诊现场，专家为村民测量血压。 张慧敏 摄」 …「 张慧敏 摄」
            Article 「冬季谨防一氧化碳中毒」 [专家提醒] selection「冬季谨防一氧化碳中毒」 …「0急救电话。」
        "#]],
    );
}

#[test]
fn the_pages_number_over_its_folio_on_a_page_of_a_paragraph_a_line() {
    // "8" over "2025年12月4日 星期四 责任编辑：…" right over the first
    // headline: the folio's two lines, not an article titled "8".
    check(
        "8
    2025年12月4日 星期四 责任编辑：高娃 版式：李娜
 我旗启动冬季流感疫苗接种
本报讯 记者从旗卫生健康委员会获悉，我旗流感疫苗接种工作已全面启动，全旗设立接种门诊46个。
旗疾病预防控制中心主任王红梅提示，老年人、儿童等重点人群要尽早接种。（通讯员 赵丽）
",
        expect![[r#"
            Banner 「8 2025年12月4日 星期四 责任编辑：高娃 版式：李娜」 selection「8」 …「 版式：李娜」
            Article 「我旗启动冬季流感疫苗接种」 selection「我旗启动冬季流感疫苗接种」 …「讯员 赵丽）」
        "#]],
    );
}

#[test]
fn a_dotted_section_name_over_the_folio_and_a_colon_kicker_under_it() {
    // On a page of a paragraph a line, "经济·产业" over the day and editor is
    // the folio, and "伊泰集团：" right under it the next headline's kicker.
    check(
        " 经济·产业
    2025年12月5日 星期五 责任编辑：王海燕
 伊泰集团：
 煤制油项目年产值突破百亿元
本报讯（记者 刘晓燕）12月3日，记者从内蒙古伊泰集团有限公司获悉，该集团煤间接液化示范项目今年前11个月实现产值102.6亿元。
伊泰集团董事长张晶泉介绍，项目投产以来，企业持续推进技术攻关。
",
        expect![[r#"
            Banner 「经济·产业 2025年12月5日 星期五 责任编辑：王海燕」 selection「经济·产业」 …「编辑：王海燕」
            Article 「煤制油项目年产值突破百亿元」 [伊泰集团：] selection「煤制油项目年产值突破百亿元」 …「进技术攻关。」
        "#]],
    );
}

#[test]
fn a_bracketed_column_name_over_briefs_heads_them() {
    // "【热线回音】" over briefs that open with ●, after an article: the
    // briefs' column, not a last section of the article with nothing under
    // it; on a page of a paragraph a line too.
    let page = |blank: &str| {
        format!(
            "小区供暖不热 热力公司上门解决{blank}
本报讯（记者 韩雪）12月4日，市民王先生拨打12345热线反映家中供暖不热。{blank}
热力公司当天上门排查，室温恢复到20度以上。{blank}
 【热线回音】{blank}
●康巴什区市民刘女士反映：滨河小区门口路灯损坏，夜间出行不便。
回复：康巴什区城市管理综合执法局已于12月3日完成维修。
●伊金霍洛旗市民来电反映：某超市销售过期食品。
回复：伊金霍洛旗市场监督管理局已立案调查。
"
        )
    };
    // The same outline either way.
    for blank in ["\n", ""] {
        check(
            &page(blank),
            expect![[r#"
                Article 「小区供暖不热 热力公司上门解决」 selection「小区供暖不热 热力公司上门解决」 …「20度以上。」
                Article 「【热线回音】」 selection「【热线回音】」 …「已立案调查。」
            "#]],
        );
    }
}

#[test]
fn points_under_a_paragraph_stay_in_their_article_where_each_paragraph_is_a_line() {
    // "●加强…" under "…做好以下工作：" is a point of the article, not a
    // brief of its own, though each paragraph is a line (a brief opens under
    // a heading there, as "【热线回音】" over "●…" does).
    check(
        " 我旗召开冬季安全生产工作会议
本报讯 12月3日，我旗召开冬季安全生产工作会议，对全旗冬季安全生产工作进行安排部署。
会议要求，各部门要做好以下工作：
●加强煤矿安全监管，严防重特大事故发生。
●加强道路交通安全管理，做好冬季道路除雪工作。
●加强消防安全检查，严防火灾事故发生。
会议强调，要压实各方责任，确保全旗安全形势稳定。
 我旗开展冬季送温暖活动
本报讯 近日，我旗开展冬季送温暖活动，为困难群众送去米面油等生活物资。
活动共慰问困难群众500余户，发放慰问金30万元。
",
        expect![[r#"
            Article 「我旗召开冬季安全生产工作会议」 selection「我旗召开冬季安全生产工作会议」 …「全形势稳定。」
            Article 「我旗开展冬季送温暖活动」 selection「我旗开展冬季送温暖活动」 …「金30万元。」
        "#]],
    );
}

#[test]
fn the_papers_name_over_the_day_and_a_block_of_four_folio_lines() {
    // Where each paragraph is a line: a county paper's name (乌审旗新闻) over
    // the day and editor is the folio's; so are a page's number, day, dotted
    // section name and editor, four lines right over the first headline; and a
    // section's name right under the masthead.
    check(
        "乌审旗新闻
2025年11月20日  星期四  责任编辑：斯琴  版式：王丽
牧区振兴  增收有道
本报讯（记者  乌云）11月18日，乌审旗嘎鲁图镇呼和淖尔嘎查党支部书记巴图孟和带领牧民代表走进合作社，察看今年的饲草储备情况。
",
        expect![[r#"
            Banner 「乌审旗新闻 2025年11月20日  星期四  责任编辑：斯琴  版式：王丽」 selection「乌审旗新闻」 …「 版式：王丽」
            Article 「牧区振兴  增收有道」 selection「牧区振兴  增收有道」 …「草储备情况。」
        "#]],
    );
    check(
        "6
2025年12月3日  星期三
社会·公益
责任编辑：包红梅
志愿服务温暖寒冬
本报讯（记者  李静）12月2日，市青年志愿者协会在东胜区举办“青春暖冬”志愿服务活动启动仪式。
活动现场，来自全市各高校和企业的300余名青年志愿者参加了启动仪式。
残疾人就业有了新门路
本报讯（通讯员  吴敏）近日，鄂尔多斯市残疾人联合会举办残疾人专场招聘会，28家企业提供就业岗位260个。
",
        expect![[r#"
            Banner 「6 2025年12月3日  星期三 社会·公益 责任编辑：包红梅」 selection「6」 …「编辑：包红梅」
            Article 「志愿服务温暖寒冬」 selection「志愿服务温暖寒冬」 …「了启动仪式。」
            Article 「残疾人就业有了新门路」 selection「残疾人就业有了新门路」 …「位260个。」
        "#]],
    );
    check(
        "鄂尔多斯日报  2025年12月5日  第5版
经济
税惠政策精准直达
本报讯（记者  孟和）国家税务总局鄂尔多斯市税务局近日召开新闻发布会，通报今年以来全市减税降费情况。
",
        expect![[r#"
            Banner 「鄂尔多斯日报  2025年12月5日  第5版 经济」 selection「鄂尔多斯日报  2025年12月5日  第5版」 …「经济」
            Article 「税惠政策精准直达」 selection「税惠政策精准直达」 …「税降费情况。」
        "#]],
    );
}

#[test]
fn a_dateline_with_a_spaced_credit_short_of_the_column_is_text() {
    // "本报讯（通讯员  刘佳）12月1日，鄂" stops one character short of the
    // column and holds two spaces, as a headline's two parts do: it opens the
    // article's text all the same, and the next headline is the next article.
    check(
        "机场新航线开通

本报讯（通讯员  刘佳）12月1日，鄂
尔多斯伊金霍洛国际机场开通鄂尔多斯
至厦门直飞航线。内蒙古民航机场集团
鄂尔多斯分公司总经理郝军表示，冬春
航季机场共执行航线56条，通航城市48
个。

另据中国铁路呼和浩特局集团有限公司
消息，鄂尔多斯站自12月起增开至北京
的动车组列车。鄂尔多斯车务段段长孙
宏伟介绍，元旦前后客流将明显增加。


邮政快递进村入户

中国邮政集团有限公司鄂尔多斯市分公
司总经理韩冰表示，全市已建成村级寄
递物流综合服务站560个，实现了快递
进村全覆盖。
",
        expect![[r#"
            Article 「机场新航线开通」 selection「机场新航线开通」 …「将明显增加。」
            Article 「邮政快递进村入户」 selection「邮政快递进村入户」 …「进村全覆盖。」
        "#]],
    );
}

#[test]
fn a_closing_quote_wrapped_to_a_line_of_its_own_ends_the_paragraph() {
    // "”" alone under a full line: the quote's end, wrapped at the column's
    // edge, not a banner between the article and the next.
    check(
        "鄂尔多斯市第一中学
获评全国文明校园

本报讯（通讯员  高强）近日，鄂尔多
斯市第一中学被评为全国文明校园。学
校党委书记刘建平说，学校将以此为新
的起点，持续推进立德树人。

班主任、数学教师马丽娟已经带了8届
毕业生。她说：“看到学生们一点点进
步，是我最开心的事。学生们一点点进
步，是我最开心的事，我很开心的事。
”


名师工作室
送教下乡

12月5日，伊金霍洛旗教育体育局组织
名师工作室成员到札萨克镇中心学校开
展送教下乡活动。
",
        expect![[r#"
            Article 「鄂尔多斯市第一中学获评全国文明校园」 selection「鄂尔多斯市第一中学
            获评全国文明校园」 …「”」
            Article 「名师工作室送教下乡」 selection「名师工作室
            送教下乡」 …「教下乡活动。」
        "#]],
    );
}

#[test]
fn a_sections_name_between_the_day_and_the_editor_is_the_folios() {
    // Any short name between two folio lines is the section's (健康, 农牧),
    // not only the names a list knows (法治): a page's number, the day, the
    // section and the editor are one banner, wrapped or a paragraph a line.
    check(
        "8
2025年12月11日  星期四
健康
责任编辑：乌云  校对：刘洋


家庭医生签约服务
覆盖全旗农牧民

本报讯（记者  张敏）12月9日，记者从
乌审旗卫生健康委员会获悉，全旗家庭
医生签约服务覆盖率达到87.6%。
",
        expect![[r#"
            Banner 「8 2025年12月11日  星期四 健康 责任编辑：乌云  校对：刘洋」 selection「8」 …「 校对：刘洋」
            Article 「家庭医生签约服务覆盖全旗农牧民」 selection「家庭医生签约服务
            覆盖全旗农牧民」 …「87.6%。」
        "#]],
    );
    check(
        "8
2025年12月11日  星期四
农牧
责任编辑：乌云  校对：刘洋
家庭医生签约服务
覆盖全旗农牧民
本报讯（记者  张敏）12月9日，记者从乌审旗卫生健康委员会获悉，全旗家庭医生签约服务覆盖率达到87.6%，重点人群签约率达到95%以上。旗卫健委主任包海军说，全旗组建家庭医生团队126个。
在嘎鲁图镇卫生院，院长其其格正在给牧民测量血压。她说，卫生院每月都要派医生到各嘎查巡诊。镇卫生院全科医生额尔敦已经在这里工作了12年。
市疾控中心发布冬季健康提示
本报讯（通讯员  王芳）鄂尔多斯市疾病预防控制中心12月10日发布冬季健康提示。市疾控中心主任医师、传染病防制科科长刘红梅提醒，流感进入高发期，老年人和儿童要及时接种疫苗。
“医联体”让患者少跑腿
鄂尔多斯市中心医院与伊金霍洛旗人民医院组建的紧密型医联体运行一年来，下转患者2300多人次。市中心医院心内科主任、主任医师李建国每周到旗医院坐诊一天。
",
        expect![[r#"
            Banner 「8 2025年12月11日  星期四 农牧 责任编辑：乌云  校对：刘洋」 selection「8」 …「 校对：刘洋」
            Article 「家庭医生签约服务覆盖全旗农牧民」 selection「家庭医生签约服务
            覆盖全旗农牧民」 …「作了12年。」
            Article 「市疾控中心发布冬季健康提示」 selection「市疾控中心发布冬季健康提示」 …「时接种疫苗。」
            Article 「“医联体”让患者少跑腿」 selection「“医联体”让患者少跑腿」 …「院坐诊一天。」
        "#]],
    );
}

#[test]
fn a_captions_credit_ends_it_over_a_brief_where_each_paragraph_is_a_line() {
    // A caption as long as the longest paragraph goes on in the line under it
    // only until its credit: the brief under "…摄" is its own item.
    check(
        "5
2025年12月19日  星期五
金融
责任编辑：乌兰  校对：李婷
金融活水精准滴灌小微企业
本报讯（记者  刘畅）12月18日，中国人民银行鄂尔多斯市分行召开金融支持实体经济座谈会。该行行长王建平介绍，截至11月末，全市小微企业贷款余额达到860亿元。
中国农业银行鄂尔多斯分行副行长李慧说，该行今年投放乡村振兴贷款120亿元。鄂尔多斯农商银行董事长张宏伟表示，将继续下沉服务重心。工行鄂尔多斯分行、建行鄂尔多斯分行有关负责人参加座谈。
普惠保险守护牧民生产
本报讯（通讯员  高峰）中国人寿财产保险股份有限公司鄂尔多斯市中心支公司近日为乌审旗牧民办理牲畜保险。公司总经理陈晓东说，今年已为全市牧民提供风险保障15亿元。
中国银行保险监督管理委员会鄂尔多斯监管分局（现国家金融监督管理总局鄂尔多斯监管分局）副局长刘斌在调研时强调，要把普惠保险做实做细。
▲12月17日，银行工作人员在杭锦旗锡尼镇为群众讲解金融知识。  本报记者  刘畅  摄
■鄂尔多斯银行伊金霍洛旗支行行长赵云龙近日带领员工走进阿勒腾席热镇开展反诈宣传。
■邮储银行鄂尔多斯市分行营业部主任孙悦说，该行已上线养老金线上代发业务。
",
        expect![[r#"
            Banner 「5 2025年12月19日  星期五 金融 责任编辑：乌兰  校对：李婷」 selection「5」 …「 校对：李婷」
            Article 「金融活水精准滴灌小微企业」 selection「金融活水精准滴灌小微企业」 …「人参加座谈。」
            Article 「普惠保险守护牧民生产」 selection「普惠保险守护牧民生产」 …「 刘畅  摄」
              Caption 「▲12月17日，银行工作人员在杭锦旗锡尼镇为群众讲解金融知识。  本报记者  刘畅  摄」 selection「▲12月17日，银行工作人员在杭锦旗锡尼镇为群众讲解金融知识。  本报记者  刘畅  摄」 …「 刘畅  摄」
            Article 「■鄂尔多斯银行伊金霍洛旗支行行长…」 untitled selection「■鄂尔多斯银行伊金霍洛旗支行行长赵云龙近日带领员工走进阿勒腾席热镇开展反诈宣传。」 …「上代发业务。」
        "#]],
    );
}

#[test]
fn a_paragraph_its_photographers_credit_closes_is_a_caption() {
    // No 图为 and no triangle: a short paragraph of its own with the credit
    // under it ("本报记者  刘畅  摄") is the photo's caption, not the end of the
    // article above.
    check(
        "6
2025年12月18日  星期四
群团
责任编辑：萨仁  校对：刘敏


残疾人辅助器具免费适配服务进社区

本报讯（记者  王磊）市残疾人联合会
日前在东胜区交通街道开展辅助器具免
费适配服务。市残联理事长孟凡军介绍
，今年已为2300余名残疾人适配辅助器
具。

东胜区残联党组书记、理事长白海燕说
，该区将把服务送到每一个社区。


市红十字会开展应急救护培训

本报讯（通讯员  刘洋）市红十字会常
务副会长刘建国近日带队走进鄂尔多斯
市第二中学，开展应急救护培训。市红
十字会赈济救护部部长高娃为师生讲解
心肺复苏要领。


市科协主席郭晓峰（左二）在科普大篷
车上向学生介绍无人机。
本报记者  刘畅  摄


市工商联组织民营企业家座谈

本报讯（记者  宝音）12月15日，市工
商联（总商会）组织召开民营企业家座
谈会。市委统战部副部长、市工商联党
组书记陈建军主持会议。市工商联副主
席、内蒙古伊泰集团有限公司董事长张
东海等8名企业家发言。
",
        expect![[r#"
            Banner 「6 2025年12月18日  星期四 群团 责任编辑：萨仁  校对：刘敏」 selection「6」 …「 校对：刘敏」
            Article 「残疾人辅助器具免费适配服务进社区」 selection「残疾人辅助器具免费适配服务进社区」 …「每一个社区。」
            Article 「市红十字会开展应急救护培训」 selection「市红十字会开展应急救护培训」 …「 刘畅  摄」
              Caption 「市科协主席郭晓峰（左二）在科普大篷车上向学生介绍无人机。 本报记者  刘畅  摄」 selection「市科协主席郭晓峰（左二）在科普大篷
            车上向学生介绍无人机。
            本报记者  刘畅  摄」 …「 刘畅  摄」
            Article 「市工商联组织民营企业家座谈」 selection「市工商联组织民营企业家座谈」 …「企业家发言。」
        "#]],
    );
}

#[test]
fn a_line_a_picture_credit_closes_is_a_caption_where_each_paragraph_is_a_line() {
    // "（图片由市科协提供）" credits a picture as "…摄" does.
    check(
        "6
2025年12月18日  星期四
群团
责任编辑：萨仁  校对：刘敏
残疾人辅助器具免费适配服务进社区
本报讯（记者  王磊）市残疾人联合会日前在东胜区交通街道开展辅助器具免费适配服务。市残联理事长孟凡军介绍，今年已为2300余名残疾人适配辅助器具。
东胜区残联党组书记、理事长白海燕说，该区将把服务送到每一个社区。
市红十字会开展应急救护培训
本报讯（通讯员  刘洋）市红十字会常务副会长刘建国近日带队走进鄂尔多斯市第二中学，开展应急救护培训。市红十字会赈济救护部部长高娃为师生讲解心肺复苏要领。
市科协主席郭晓峰（左二）在科普大篷车上向学生介绍无人机。
（图片由市科协提供）
市工商联组织民营企业家座谈
本报讯（记者  宝音）12月15日，市工商联（总商会）组织召开民营企业家座谈会。市委统战部副部长、市工商联党组书记陈建军主持会议。市工商联副主席、内蒙古伊泰集团有限公司董事长张东海等8名企业家发言。
",
        expect![[r#"
            Banner 「6 2025年12月18日  星期四 群团 责任编辑：萨仁  校对：刘敏」 selection「6」 …「 校对：刘敏」
            Article 「残疾人辅助器具免费适配服务进社区」 selection「残疾人辅助器具免费适配服务进社区」 …「每一个社区。」
            Article 「市红十字会开展应急救护培训」 selection「市红十字会开展应急救护培训」 …「市科协提供）」
              Caption 「市科协主席郭晓峰（左二）在科普大篷车上向学生介绍无人机。（图片由市科协提供）」 selection「市科协主席郭晓峰（左二）在科普大篷车上向学生介绍无人机。
            （图片由市科协提供）」 …「市科协提供）」
            Article 「市工商联组织民营企业家座谈」 selection「市工商联组织民营企业家座谈」 …「企业家发言。」
        "#]],
    );
}

#[test]
fn a_caption_whose_credit_follows_it_on_the_line_is_a_caption() {
    // No 图为: a short paragraph of its own whose credit follows its last
    // sentence after a wide gap, on its line or wrapped onto the next
    // ("…比赛中。  本" over "报记者  乌力吉  摄"), is a photo's caption; two
    // such paragraphs are two captions.
    check(
        "全市冬季全民健身运动会开幕

本报讯（记者  巴图）12月18日，全市冬
季全民健身运动会在康巴什区体育中心开
幕，将持续至明年2月。

鄂托克前旗选手在越野滑雪比赛中。  本
报记者  乌力吉  摄

我市运动员夺得三金

本报讯（记者  苏雅拉）在日前结束的全
区青少年摔跤锦标赛上，我市代表队获得
3枚金牌。

伊金霍洛旗选手在男子60公斤级决赛中。
  本报记者  苏雅拉  摄

达拉特旗第一中学的学生在练习射箭。  
通讯员  刘晓燕  摄

足球协会召开会员代表大会

本报讯（通讯员  高娜）12月17日，市足
球协会第三次会员代表大会召开，选举产
生新一届理事会。

",
        expect![[r#"
            Article 「全市冬季全民健身运动会开幕」 selection「全市冬季全民健身运动会开幕」 …「乌力吉  摄」
              Caption 「鄂托克前旗选手在越野滑雪比赛中。  本报记者  乌力吉  摄」 selection「鄂托克前旗选手在越野滑雪比赛中。  本
            报记者  乌力吉  摄」 …「乌力吉  摄」
            Article 「我市运动员夺得三金」 selection「我市运动员夺得三金」 …「刘晓燕  摄」
              Caption 「伊金霍洛旗选手在男子60公斤级决赛中。 本报记者  苏雅拉  摄」 selection「伊金霍洛旗选手在男子60公斤级决赛中。
              本报记者  苏雅拉  摄」 …「苏雅拉  摄」
              Caption 「达拉特旗第一中学的学生在练习射箭。 通讯员  刘晓燕  摄」 selection「达拉特旗第一中学的学生在练习射箭。  
            通讯员  刘晓燕  摄」 …「刘晓燕  摄」
            Article 「足球协会召开会员代表大会」 selection「足球协会召开会员代表大会」 …「一届理事会。」
        "#]],
    );
}

#[test]
fn a_line_a_credit_closes_after_its_sentence_is_a_caption_where_each_paragraph_is_a_line() {
    // "…冷冻肉品。  本报记者  孟和  摄" is the caption, not the paragraph above it.
    check(
        "5
2025年12月22日  星期一
市场监管
责任编辑：白玉  校对：冯雪
市市场监督管理局开展年底食品安全大检查
本报讯（记者  孟和）12月20日起，鄂尔多斯市市场监督管理局在全市开展为期一个月的食品安全大检查。市市场监管局党组书记、局长刘振华带队检查了东胜区两家大型超市。
市市场监管局食品经营安全监督管理科科长王燕介绍，检查重点是冷链食品、校园周边食品和农村牧区集市。各旗区市场监督管理局同步开展检查，准格尔旗市场监管局已查处案件17起。
执法人员在东胜区一家超市检查冷冻肉品。  本报记者  孟和  摄
税务部门落实结构性减税降费政策
本报讯（通讯员  赵文静）国家税务总局鄂尔多斯市税务局近日发布数据，今年以来，全市新增减税降费及退税缓费58.3亿元。市税务局党委书记、局长张海滨表示，将继续做好政策精准推送。
国家税务总局鄂托克旗税务局第一税务分局局长乌兰介绍，该分局为辖区386户小微企业办理了增值税留抵退税。鄂托克旗税务局副局长李成龙说，“非接触式”办税比例已超过九成。
",
        expect![[r#"
            Banner 「5 2025年12月22日  星期一 市场监管 责任编辑：白玉  校对：冯雪」 selection「5」 …「 校对：冯雪」
            Article 「市市场监督管理局开展年底食品安全大检查」 selection「市市场监督管理局开展年底食品安全大检查」 …「 孟和  摄」
              Caption 「执法人员在东胜区一家超市检查冷冻肉品。  本报记者  孟和  摄」 selection「执法人员在东胜区一家超市检查冷冻肉品。  本报记者  孟和  摄」 …「 孟和  摄」
            Article 「税务部门落实结构性减税降费政策」 selection「税务部门落实结构性减税降费政策」 …「已超过九成。」
        "#]],
    );
}
