//! Diagnostics on small pages. `⟦…⟧` in a fixture marks where a finding must be;
//! the snapshot prints each finding with the text it covers, and the page after
//! `fix`.

use baokan::analysis::{self, Finding};
use baokan::line_index::{LineIndex, PositionEncoding};
use expect_test::{Expect, expect};

/// Strips `⟦ ⟧` markers, returning the text and the marked byte ranges.
fn parse_markers(fixture: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    let mut open = None;
    for c in fixture.chars() {
        match c {
            '⟦' => open = Some(text.len()),
            '⟧' => ranges.push(open.take().expect("⟧ without ⟦")..text.len()),
            _ => text.push(c),
        }
    }
    (text, ranges)
}

fn show(text: &str, range: &std::ops::Range<usize>) -> String {
    text[range.clone()]
        .replace("\r\n", "⏎")
        .replace(['\n', '\r'], "⏎")
}

fn render(text: &str, findings: &[Finding]) -> String {
    let index = LineIndex::new(text);
    let mut out = String::new();
    for f in findings {
        let s = index.position(text, f.range.start, PositionEncoding::Utf16);
        let e = index.position(text, f.range.end, PositionEncoding::Utf16);
        out.push_str(&format!(
            "{}:{}..{}:{} 「{}」 {}: {}\n",
            s.line + 1,
            s.character + 1,
            e.line + 1,
            e.character + 1,
            show(text, &f.range),
            f.code.as_str(),
            f.message.render(analysis::Locale::En)
        ));
        for r in &f.related {
            let p = index.position(text, r.range.start, PositionEncoding::Utf16);
            out.push_str(&format!(
                "    related {}:{} 「{}」 {}\n",
                p.line + 1,
                p.character + 1,
                show(text, &r.range),
                r.message.render(analysis::Locale::En)
            ));
        }
    }
    let (fixed, applied) = analysis::fix_all(text);
    if !applied.is_empty() {
        out.push_str("--- after fix ---\n");
        let fixed = fixed.replace('\r', "␍");
        out.push_str(&fixed);
        if !fixed.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Runs the analysis on `fixture`, checks that findings sit exactly on the marked
/// ranges (the first and last character of a cut), and compares the rendering.
fn check(fixture: &str, expect: Expect) {
    let (text, marked) = parse_markers(fixture);
    let findings = analysis::analyze(&text).findings;
    let starts: Vec<usize> = findings.iter().map(|f| f.range.start).collect();
    let marked_starts: Vec<usize> = marked.iter().map(|r| r.start).collect();
    assert_eq!(
        starts,
        marked_starts,
        "findings:\n{}",
        render(&text, &findings)
    );
    expect.assert_eq(&render(&text, &findings));
}

#[test]
fn blank_line_splitting_a_word() {
    check(
        "聚力大局促发展。建立健全政府债务管理情况报告
制度，深入调研建设国家重要能源和战略资源基地、重大
项目谋划行动、构建零碳生态等情况，听取审议国民经济
和社会发展计划执行、“十五五”规划编制、财政决算⟦草

案⟧、预算执行、债务管理、审计工作等报告。优化预算联
网监督系统，实现国有资产联网监督。
",
        expect![[r#"
            4:25..6:2 「草⏎⏎案」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            聚力大局促发展。建立健全政府债务管理情况报告
            制度，深入调研建设国家重要能源和战略资源基地、重大
            项目谋划行动、构建零碳生态等情况，听取审议国民经济
            和社会发展计划执行、“十五五”规划编制、财政决算草
            案、预算执行、债务管理、审计工作等报告。优化预算联
            网监督系统，实现国有资产联网监督。
        "#]],
    );
}

#[test]
fn paragraph_breaks_headlines_and_author_lines_are_not_broken_wraps() {
    check(
        "奋斗成就伟业，实干方显担当！乌审旗人大常委会
将扛起人大担当、彰显代表力量、不负人民期望，以时不
我待的责任意识、勇于担当的为民情怀、奋发有为的工
作激情，努力书写新时代依法履职新答卷。

坚持党的领导发挥制度优势
为绿色乌审高质量发展贡献人大智慧力量

乌审旗人大常委会党组书记、主任宝音满都呼

康巴什讯 近日，市社科联、市委党校合作设立鄂尔
多斯市社会科学课题“党校智库专项”。
",
        expect![[""]],
    );
}

#[test]
fn paragraph_cut_by_a_caption() {
    let long = "包头市政协以市领导领衔督办重点提案为统领,引领带动同类提案办理落实,达到“办好一件、解决一片”的良好效果,推动包头市稀土产业发展,瞄准";
    check(
        &format!(
            "包头市政协\n\n打好联合履职“组合拳” 奏响助力发展新乐章\n\n{}⟦准⟧\n\n▲ 内蒙古自治区包头市政协调研组在九原区富力社区调研。\n\n国际先进水平建设“世界稀土之都”,忠诚践行习近平总书记对包头作出的“一个创新、三个实现”重要指示,推动项目于今年6月1日复工建设。\n",
            long.trim_end_matches('准')
        ),
        expect![[r#"
            5:67..5:68 「准」 cut-paragraph: paragraph cut mid-sentence by 1 inserted line; it continues after them
                related 9:1 「国」 the paragraph continues here
                related 7:1 「▲ 内蒙古自治区包头市政协调研组在九原区富力社区调研。」 inserted block
            --- after fix ---
            包头市政协

            打好联合履职“组合拳” 奏响助力发展新乐章

            包头市政协以市领导领衔督办重点提案为统领,引领带动同类提案办理落实,达到“办好一件、解决一片”的良好效果,推动包头市稀土产业发展,瞄准国际先进水平建设“世界稀土之都”,忠诚践行习近平总书记对包头作出的“一个创新、三个实现”重要指示,推动项目于今年6月1日复工建设。

            ▲ 内蒙古自治区包头市政协调研组在九原区富力社区调研。
        "#]],
    );
}

#[test]
fn double_spacing_is_one_finding() {
    check(
        " ⟦12月30日，市五届人大常委会第十九次会⟧

议在临河召开。市人大常委会主任周玉林主持会

议，市人大常委会副主任图门、菅江左、樊文、

孟长云及常委会委员出席会议。

市委常委、市政府副市长赵巍峰，市人民

检察院检察长撖莉，市中级人民法院副院长刘

治中，市纪委副书记、监委副主任姜元文列席

会议。
",
        expect![[r#"
            1:2..1:22 「12月30日，市五届人大常委会第十九次会」 double-spaced: the document is double-spaced: 7 of 8 lines are followed by a blank line, so blank lines do not mark paragraphs
            --- after fix ---
             12月30日，市五届人大常委会第十九次会
            议在临河召开。市人大常委会主任周玉林主持会
            议，市人大常委会副主任图门、菅江左、樊文、
            孟长云及常委会委员出席会议。

            市委常委、市政府副市长赵巍峰，市人民
            检察院检察长撖莉，市中级人民法院副院长刘
            治中，市纪委副书记、监委副主任姜元文列席
            会议。
        "#]],
    );
}

#[test]
fn crlf_and_astral_characters_keep_exact_positions() {
    check(
        "𠮷😀坚持党的领导，坚定拥护“两个确立”，坚\r\n决做到“两个维护”。乌市人大始终牢牢把握\r\n政治机关属性，坚持党的全面领导这一最高政\r\n治原则，坚决按照市委的部署开展人大工作⟦，\r\n\r\n把⟧党的领导贯穿到人大工作的全过程、各方\r\n面。\r\n",
        expect![[r#"
            4:20..6:2 「，⏎⏎把」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            𠮷😀坚持党的领导，坚定拥护“两个确立”，坚␍
            决做到“两个维护”。乌市人大始终牢牢把握␍
            政治机关属性，坚持党的全面领导这一最高政␍
            治原则，坚决按照市委的部署开展人大工作，␍
            把党的领导贯穿到人大工作的全过程、各方␍
            面。␍
        "#]],
    );
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "\n",
        "\r",
        "\r\n\r\n\r\n",
        "▲",
        "（",
        "）",
        "\u{feff}",
        "a\u{0}b",
        "𠮷\r𠮷\n\n𠮷，",
        "   \n   \n",
        "一、\n\n二、",
    ] {
        let analysis = analysis::analyze(text);
        let (fixed, _) = analysis::fix_all(text);
        assert!(fixed.len() <= text.len() + 64, "{text:?}");
        let _ = analysis;
    }
}

#[test]
fn positions_round_trip_for_every_character_of_the_corpus() {
    for name in ["000", "001", "002", "003", "004"] {
        let text = crate::support::corpus(name);
        let index = LineIndex::new(&text);
        for encoding in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            for (offset, _) in text.char_indices() {
                let p = index.position(&text, offset, encoding);
                assert_eq!(
                    index.offset(&text, p, encoding),
                    Ok(offset),
                    "{name} {offset}"
                );
            }
        }
    }
}
