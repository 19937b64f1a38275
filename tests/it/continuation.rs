//! Continued articles across pages: a fixture issue of four pages built from
//! corpus text (000's continued article split over pages 1 and 2), a page whose
//! source page is missing, and one whose source page does not match.

use std::path::Path;

use serde_json::{Value, json};

use baokan::analysis;
use baokan::index::{PageSummary, ReadOptions, Resolution, Target, WorkspaceIndex};

use crate::support::LspClient;

const PAGE_1: &str = "创新“磁力场”驰骋“新赛道”

近年来，鄂尔多斯积极推动院士专家和科研
机构同招、同建、同引，集聚效应凸显，院士“朋友
圈”不断扩大。引进金之钧、武强2位院士分别担任
北京大学鄂尔多斯能源研究院院长。（下转第二版）
";

const PAGE_2: &str = "创新“磁力场”驰骋“新赛道”
（上接第一版）
体制顺，则人才兴。创新的机制和灵活的政
策，提高了人才吸引力，北京大学鄂尔多斯能源研
究院形成技术实力雄厚、学科结构合理、梯队完整
的人才团队。
";

const PAGE_3: &str = "院士的引进推动平台建设
（上接第五版）
院士的引进，也推动了创新平台的建立与发
展。
";

const PAGE_4: &str = "政策体系——
创新生态的“磁吸效应”
（上接第二版）
做大做强新型研发机构，构筑创新政策体
系，优化创新环境是题中之义。
";

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("01.txt", PAGE_1),
        ("02.txt", PAGE_2),
        ("p3.txt", PAGE_3),
        ("page-04.txt", PAGE_4),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn summary(dir: &Path, name: &str, text: &str) -> PageSummary {
    PageSummary::new(
        &dir.join(name),
        text,
        &analysis::analyze(text),
        &ReadOptions::default(),
    )
}

/// An index of `pages` (name, text), each written to `dir` too.
fn indexed(dir: &Path, pages: &[(&str, &str)]) -> WorkspaceIndex {
    let mut index = WorkspaceIndex::default();
    for &(name, text) in pages {
        std::fs::write(dir.join(name), text).unwrap();
        index.insert(summary(dir, name, text));
    }
    index
}

/// Where the teaser `k` of `page`, which names `headline`, goes: to an
/// article of that headline.
fn teaser_target(index: &WorkspaceIndex, page: &PageSummary, k: usize, headline: &str) -> Target {
    let marker = &page.markers[k];
    assert_eq!(
        marker.headline.as_ref().map(|h| h.text.as_str()),
        Some(headline)
    );
    let Resolution::Found(to) = index.resolve(page, marker) else {
        panic!("the teaser {headline} is unresolved")
    };
    assert_eq!(to.headline.as_deref(), Some(headline));
    to
}

#[test]
fn markers_resolve_both_ways_in_the_index() {
    let dir = workspace();
    let pages = [
        ("01.txt", PAGE_1),
        ("02.txt", PAGE_2),
        ("p3.txt", PAGE_3),
        ("page-04.txt", PAGE_4),
    ];
    let mut index = WorkspaceIndex::default();
    for (name, text) in pages {
        index.insert(summary(dir.path(), name, text));
    }
    let one = index.get(&dir.path().join("01.txt")).unwrap().clone();
    let two = index.get(&dir.path().join("02.txt")).unwrap().clone();
    // （上接第一版） on page 2 → the article with the same headline on page 1.
    let Resolution::Found(back) = index.resolve(&two, &two.markers[0]) else {
        panic!("unresolved")
    };
    assert!(back.path.ends_with("01.txt"));
    assert_eq!(
        (back.selection.start.line, back.selection.start.character),
        (0, 0)
    );
    assert_eq!(back.headline.as_deref(), Some("创新“磁力场”驰骋“新赛道”"));
    assert_eq!(
        back.range.end.line, 5,
        "the target covers the article down to its cut"
    );
    // （下转第二版） on page 1 → the continuation on page 2, selecting its headline.
    let Resolution::Found(on) = index.resolve(&one, &one.markers[0]) else {
        panic!("unresolved")
    };
    assert!(on.path.ends_with("02.txt"));
    assert_eq!(on.selection.start.line, 0);
    assert_eq!(on.first_line, "体制顺，则人才兴。创新的机制和灵活的政");
    let three = index.get(&dir.path().join("p3.txt")).unwrap().clone();
    assert!(
        matches!(index.resolve(&three, &three.markers[0]), Resolution::MissingPage(p) if p.number == 5)
    );
    let four = index.get(&dir.path().join("page-04.txt")).unwrap().clone();
    assert!(matches!(
        index.resolve(&four, &four.markers[0]),
        Resolution::Mismatch { .. }
    ));
}

/// A paper in lettered sections writes its markers without 版: （转A2）, （上接A1）.
#[test]
fn section_markers_without_edition_resolve() {
    let dir = tempfile::tempdir().unwrap();
    let front = "城区集中供热提前启动

本报讯  今年入冬较早，市热力公司决定提前五
天启动城区集中供热，全市供热面积较去年增加
三百万平方米。（转A2）
";
    let inside = "城区集中供热提前启动
（上接A1）
热力公司提醒市民，室内温度不达标可拨打服务
热线反映。
";
    let index = indexed(dir.path(), &[("A01.txt", front), ("A02.txt", inside)]);
    let one = index.get(&dir.path().join("A01.txt")).unwrap().clone();
    let two = index.get(&dir.path().join("A02.txt")).unwrap().clone();
    assert_eq!(one.markers.len(), 1);
    let Resolution::Found(on) = index.resolve(&one, &one.markers[0]) else {
        panic!("（转A2） unresolved")
    };
    assert!(on.path.ends_with("A02.txt"));
    assert_eq!(on.first_line, "热力公司提醒市民，室内温度不达标可拨打服务");
    let Resolution::Found(back) = index.resolve(&two, &two.markers[0]) else {
        panic!("（上接A1） unresolved")
    };
    assert!(back.path.ends_with("A01.txt"));
    assert_eq!(back.headline.as_deref(), Some("城区集中供热提前启动"));
}

/// A front page's teasers (今日导读) point to their articles: 详见A2版 goes to
/// the article the teaser names on page A2; a page not in the workspace says so.
#[test]
fn teasers_refer_to_their_articles() {
    let dir = tempfile::tempdir().unwrap();
    let front = "今日导读

全市冬季全民健身运动会开幕          详见A2版
我市新建改造健身场地42处            详见A3版
";
    let inside = " A2  综合  2025年12月5日  星期五

市区新增两处滑冰场

本报讯  今年入冬较早，两处滑冰场提前开放。

全市冬季全民健身运动会开幕

本报讯  12月4日，全市冬季全民健身运动会在
康巴什区开幕。
";
    let index = indexed(dir.path(), &[("A01.txt", front), ("A02.txt", inside)]);
    let one = index.get(&dir.path().join("A01.txt")).unwrap().clone();
    assert_eq!(one.markers.len(), 2);
    let to = teaser_target(&index, &one, 0, "全市冬季全民健身运动会开幕");
    assert!(to.path.ends_with("A02.txt"));
    assert_eq!(to.selection.start.line, 6);
    assert!(matches!(
        index.resolve(&one, &one.markers[1]),
        Resolution::MissingPage(p) if p.number == 3
    ));
    let markers = baokan::analysis::markers::find_markers(front);
    let findings = index.cross_page_findings(&one, &markers);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0]
            .message
            .render(baokan::analysis::messages::Locale::En),
        "refers to page A3, which is not in the workspace"
    );
}

/// Teasers without a verb ("●市区新增两处滑冰场        2版", "……A3版")
/// under a 导读 refer to their pages all the same, by the headline before
/// the page, the sign before it left out.
#[test]
fn teasers_without_a_verb_refer_to_their_articles() {
    let dir = tempfile::tempdir().unwrap();
    let front = "本期导读

●市区新增两处滑冰场          2版

●全市两会筹备工作有序推进……A3版

2025年12月5日  星期五  第1版
";
    let inside = "市区新增两处滑冰场

本报讯  今年入冬较早，两处滑冰场提前开放。
";
    let index = indexed(dir.path(), &[("01.txt", front), ("02.txt", inside)]);
    let one = index.get(&dir.path().join("01.txt")).unwrap().clone();
    // The date line under the teasers ends in its page too, but is no
    // teaser.
    assert_eq!(one.markers.len(), 2);
    let to = teaser_target(&index, &one, 0, "市区新增两处滑冰场");
    assert!(to.path.ends_with("02.txt"));
    assert!(matches!(
        index.resolve(&one, &one.markers[1]),
        Resolution::MissingPage(p) if p.number == 3 && p.section == Some('A')
    ));
}

fn uri(dir: &Path, name: &str) -> String {
    format!("file://{}", dir.join(name).display())
}

#[tokio::test]
async fn definition_links_hover_and_cross_page_diagnostics() {
    let dir = workspace();
    let mut client = LspClient::in_process();
    // The background index reports progress and ends.
    client.initialize_workspace(dir.path()).await;

    let two = uri(dir.path(), "02.txt");
    client.open(&two, 1, PAGE_2).await;
    let diagnostics = client.diagnostics(&two, 1).await;
    assert_eq!(
        diagnostics,
        Vec::<Value>::new(),
        "page 1 is in the workspace"
    );

    let definition = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": two}, "position": {"line": 1, "character": 3}}),
        )
        .await;
    let link = &definition["result"][0];
    assert_eq!(link["targetUri"], uri(dir.path(), "01.txt"), "{definition}");
    assert_eq!(
        link["targetSelectionRange"]["start"],
        json!({"line": 0, "character": 0})
    );
    assert_eq!(
        link["originSelectionRange"]["start"],
        json!({"line": 1, "character": 0})
    );

    let one = uri(dir.path(), "01.txt");
    client.open(&one, 1, PAGE_1).await;
    client.diagnostics(&one, 1).await;
    let forward = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": one}, "position": {"line": 5, "character": 18}}),
        )
        .await;
    assert_eq!(forward["result"][0]["targetUri"], two, "{forward}");

    let links = client
        .request(
            "textDocument/documentLink",
            json!({"textDocument": {"uri": one}}),
        )
        .await;
    assert_eq!(links["result"].as_array().unwrap().len(), 1, "{links}");
    assert_eq!(links["result"][0]["target"], two);

    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": two}, "position": {"line": 1, "character": 2}}),
        )
        .await;
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("Continued from page 1") && text.contains("01.txt"),
        "{text}"
    );

    let three = uri(dir.path(), "p3.txt");
    client.open(&three, 1, PAGE_3).await;
    let missing = client.diagnostics(&three, 1).await;
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0]["code"], "unresolved-continuation");
    assert_eq!(missing[0]["severity"], 3);
    assert!(missing[0]["message"].as_str().unwrap().contains("page 5"));

    let four = uri(dir.path(), "page-04.txt");
    client.open(&four, 1, PAGE_4).await;
    let mismatch = client.diagnostics(&four, 1).await;
    assert_eq!(mismatch.len(), 1, "{mismatch:?}");
    assert_eq!(mismatch[0]["code"], "mismatched-continuation");
    assert!(mismatch[0]["message"].as_str().unwrap().contains("02.txt"));

    // Page 2 learns to continue on page 4: page 4's diagnostic goes away, without
    // page 4 itself changing.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": two, "version": 2},
                   "contentChanges": [{"range": {"start": {"line": 5, "character": 6}, "end": {"line": 5, "character": 6}}, "text": "（下转第四版）"}]}),
        )
        .await;
    let refreshed = client
        .notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == four && p["diagnostics"] == json!([])
        })
        .await;
    assert_eq!(refreshed["version"], 1);
}
