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

/// [`check`] on a long page: the fixed page is shown by its last `lines` lines.
fn check_ending(fixture: &str, lines: usize, expect: Expect) {
    let (text, marked) = parse_markers(fixture);
    let findings = analysis::analyze(&text).findings;
    let starts: Vec<usize> = findings.iter().map(|f| f.range.start).collect();
    let marked_starts: Vec<usize> = marked.iter().map(|r| r.start).collect();
    let rendered = render(&text, &findings);
    assert_eq!(starts, marked_starts, "findings:\n{rendered}");
    let (head, fixed) = rendered
        .split_once("--- after fix ---\n")
        .expect("a fix to show");
    let fixed: Vec<&str> = fixed.lines().collect();
    let ending = fixed[fixed.len().saturating_sub(lines)..].join("\n");
    expect.assert_eq(&format!(
        "{head}--- after fix, last {lines} lines ---\n{ending}\n"
    ));
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
fn a_weather_box_is_no_text_cut_mid_sentence() {
    // The forecast's lines, its table's title and rows: no line goes on in
    // the next, though none ends in a stop.
    check(crate::support::WEATHER_BOX, expect![[""]]);
}

#[test]
fn a_report_set_single_spaced_keeps_its_wrapped_headings() {
    // A point's heading wrapped over two lines is no paragraph cut by its
    // second line, nor the first line of the text under it, however short,
    // when its last word goes on in the next line ("配建" over "标准，").
    check(crate::support::WRAPPED_POINTS, expect![[""]]);
}

/// Headlines over their author lines, and a title set wider than the text,
/// are no text cut mid-sentence.
#[test]
fn headlines_set_single_spaced_cut_no_text() {
    check(crate::support::SIGNED_TITLES, expect![[""]]);
}

/// A page of classified notices: an advertisement ends in its telephone
/// number or the person to call, with no stop; a number that a blank line
/// splits (a certificate's, not to be called) is still a broken wrap.
#[test]
fn notices_ending_in_contact_details_are_not_cut() {
    check_ending(
        "分类广告

遗失声明

王建军不慎遗失身份证，证号：15270119
8503124517，声明作废。

招聘启事

因业务发展需要，我公司现招聘会计2名、司
机3名。要求：身体健康，有相关工作经验者
优先。联系电话：13947712345  联系人：张
女士

房屋出租

东胜区天骄路附近楼房一套，三室两厅，
精装修，拎包入住。电话：0477-8581234

更正

本报11月20日第二版《我市召开安全生产工作
会议》一文中，“副市长王建国”应为“副市长王
建军”，特此更正，并向读者致歉。

遗失声明

李秀英不慎遗失残疾人证，证号：1527011956031206⟦2⟧

3，特此声明。
",
        2,
        expect![[r#"
            28:32..30:2 「2⏎⏎3」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix, last 2 lines ---
            李秀英不慎遗失残疾人证，证号：15270119560312062
            3，特此声明。
        "#]],
    );
}

#[test]
fn a_meeting_reported_in_a_line_of_its_own_is_a_headline() {
    // As wide as the text under it and with no stop, but the line reports a
    // meeting held, its body first: a headline, no sentence a blank line
    // splits. A word a blank line splits is still found.
    check(
        "市人大常委会办公室简报

巴彦淖尔市人大常委会召开第二十六次主任会议

会议听取了市人大常委会办公室和各工作委员
会2024年工作总结和2025年工作安排。会议研
究确定了市五届人大常委会第十九次会议议程
草案和日程草案，决定提请常委会会议⟦审

议⟧。会议还研究了其他事项，作出相应安排部署。
",
        expect![[r#"
            8:18..10:2 「审⏎⏎议」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            市人大常委会办公室简报

            巴彦淖尔市人大常委会召开第二十六次主任会议

            会议听取了市人大常委会办公室和各工作委员
            会2024年工作总结和2025年工作安排。会议研
            究确定了市五届人大常委会第十九次会议议程
            草案和日程草案，决定提请常委会会议审
            议。会议还研究了其他事项，作出相应安排部署。
        "#]],
    );
}

#[test]
fn a_headline_over_its_author_line_is_no_text_cut_mid_sentence() {
    // A journal set single-spaced: the headline's second line, short and
    // with no stop, stands over the ● author line, not at a paragraph's
    // cut; the point's heading under the author is wrapped, as is its text.
    check(
        "支部坚持以党建引领业务发展，把党纪学习教育
成果转化为推动工作高质量发展的强大动力。

聚焦“三抓三强”
扎实推动党支部建设迈上新台阶
●市人大常委会办公室机关党委第二党支部  刘宝明
三、抓业务、强质量，在服务机关大局中
勇于担当作为

作为办公室秘书科的具体负责人，第二党支部在认
真抓好党建工作的同时，统筹做好服务机关工作，
较好完成各类会议的组织工作。
",
        expect![[""]],
    );
}

#[test]
fn a_table_of_contents_is_no_text_cut_mid_sentence() {
    // A magazine's contents: each entry (a title, leaders, a page number)
    // stands alone, though none ends in a stop; the editor's note after a
    // blank line opens the article, it does not go on with the last entry.
    check(CONTENTS, expect![[""]]);
}

/// A double-spaced page (its one finding) after the fix: each paragraph on a
/// line, ⏎ where it was wrapped.
fn single_spaced(text: &str) -> String {
    let findings = analysis::analyze(text).findings;
    let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["double-spaced"]);
    let (fixed, _) = analysis::fix_all(text);
    fixed
        .split("\n\n")
        .map(|p| p.trim_end().replace('\n', "⏎"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_double_spaced_page_once_fixed_has_nothing_left_to_fix() {
    // Single spacing sets the report's wrapped headings ("（一）…提升居" over
    // "家社区养老服务设施建设") tight over a blank line: read again, they are
    // still headings, not paragraphs cut by their second lines.
    let (fixed, _) = analysis::fix_all(DOUBLE_SPACED_REPORT);
    assert!(
        fixed.contains("提升居\n家社区养老服务设施建设\n\n"),
        "{fixed}"
    );
    let left: Vec<String> = analysis::analyze(&fixed)
        .findings
        .iter()
        .map(|f| format!("{} at {}", f.code.as_str(), show(&fixed, &f.range)))
        .collect();
    assert_eq!(left, Vec::<String>::new());
}

/// A double-spaced journal's headline set tight over two lines, its third
/// line a blank line under them closing the 《 they opened, then the text
/// set in right under it: single spacing sets the three lines together, and
/// the page once fixed has nothing left to fix.
#[test]
fn a_tight_headline_whose_last_line_closes_its_title_is_set_together() {
    let tight = "市人大常委会副主任李明陪同自治区人大常委会调\n研组对我市贯彻落实《内蒙古自治区促进民族团结\n";
    let page = format!(
        "{}{tight}\n进步条例》情况进行专题调研\n 11月20日，市人大常委会副主任王建国带\n\n{}",
        [
            "围绕建设国家向北开放桥头堡，一定要",
            "紧紧抓住国家构建新发展格局的重大机",
            "遇，多措并举提升口岸功能，加快构建",
            "开放格局，以更高的站位、更大的力度",
            "服务和促进国家向北开放。",
            "会议要求，各有关部门要进一步提高",
            "政治站位，把贯彻实施条例作为重要政",
            "治任务，细化工作措施，压实工作责任，",
            "确保条例各项规定落到实处、见到实效。",
        ]
        .map(|l| format!("{l}\n\n"))
        .concat(),
        [
            "领旗县政府领导赴外地考察重点企业，洽谈",
            "招商引资项目。考察期间，考察组一行先后走",
            "访了五家企业，详细了解企业发展情况和投资",
            "意向，并就下一步合作进行了深入交流。",
            "考察组指出，要发挥好人大代表作用，",
            "主动对接优质企业，积极推介本地资源",
            "禀赋和营商环境，推动更多项目落地见",
            "效，为地区经济发展注入新的动力。",
        ]
        .map(|l| format!("{l}\n\n"))
        .concat(),
    );
    expect![[r#"
        围绕建设国家向北开放桥头堡，一定要⏎紧紧抓住国家构建新发展格局的重大机⏎遇，多措并举提升口岸功能，加快构建⏎开放格局，以更高的站位、更大的力度⏎服务和促进国家向北开放。
        会议要求，各有关部门要进一步提高⏎政治站位，把贯彻实施条例作为重要政⏎治任务，细化工作措施，压实工作责任，⏎确保条例各项规定落到实处、见到实效。
        市人大常委会副主任李明陪同自治区人大常委会调⏎研组对我市贯彻落实《内蒙古自治区促进民族团结⏎进步条例》情况进行专题调研⏎ 11月20日，市人大常委会副主任王建国带⏎领旗县政府领导赴外地考察重点企业，洽谈⏎招商引资项目。考察期间，考察组一行先后走⏎访了五家企业，详细了解企业发展情况和投资⏎意向，并就下一步合作进行了深入交流。⏎考察组指出，要发挥好人大代表作用，⏎主动对接优质企业，积极推介本地资源⏎禀赋和营商环境，推动更多项目落地见⏎效，为地区经济发展注入新的动力。"#]].assert_eq(&single_spaced(&page));
    let (fixed, _) = analysis::fix_all(&page);
    assert_eq!(analysis::analyze(&fixed).findings, Vec::new());
}

#[test]
fn a_double_spaced_page_keeps_wrapped_headings_and_points_together() {
    // Single spacing joins a heading's two lines ("…进一步提升居" over
    // "家社区养老服务设施建设", "…急难愁盼" over "问题"), and a point's first line with its text
    // ("1.由…课题" over a full line). A paragraph's first line, indented and
    // so short of the column, is text and no headline ("要全面落实…"). The
    // snapshot prints each paragraph after the fix on a line, ⏎ where it was
    // wrapped.
    let paragraphs = single_spaced(DOUBLE_SPACED_REPORT);
    expect![[r#"
        关于推进居家社区养老服务的调研报告
        为全面了解我市居家社区养老服务工作情⏎况，市人大常委会组成调研组，深入各旗县区开⏎展专题调研，召开座谈会八次，实地察看养老服⏎务机构二十余家，听取有关部门和老年人代表的⏎意见建议。
        现将调研情况报告如下，请予审议。调研⏎组认为，全市养老服务工作总体有序推进，但仍⏎存在一些短板弱项，需要引起高度重视并切实加⏎以解决。
        一、基本情况
        近年来，市政府及有关部门认真贯彻落实⏎国家和自治区关于养老服务的决策部署，加大投⏎入力度，完善服务网络，养老服务设施建设和服⏎务供给能力持续提升。
        居家社区养老服务体系建设取得了明显成⏎效，老年人的获得感、幸福感、安全感不断增强，⏎全社会关心关爱老年人的氛围日益浓厚。
        （一）以实际规划为引领，进一步提升居⏎家社区养老服务设施建设
        一是落实新建小区养老服务用房配建标准，⏎对未按规定配建的小区限期整改，确保养老服务⏎用房与住宅同步规划、同步建设、同步验收、同⏎步交付使用。
        二是推动老旧小区通过购置、置换、租赁⏎等方式补齐养老服务设施短板，鼓励利用闲置的⏎社会资源改造建设养老服务设施，满足老年人就⏎近养老需求。
        要全面落实《基本医疗卫生与健康促进⏎法》第六章关于健康促进工作的规定，推动全民⏎健身和全民健康深度融合，切实提高群众健康水⏎平。
        1.由市人大工作研究会提出本年度课题⏎研究选题参考名单，坚持团体会员与个人会员自⏎主选择、自愿认领原则，及时确定并落实年度研⏎究课题任务。
        2.组织召开一次理论研讨会。研讨交流⏎主要议题是集中围绕所确定的本年度人大工作研⏎究课题的研究成果进行交流和研讨，形成一批有⏎价值的成果。
        坚持问题导向，着力解决老年人急难愁盼⏎问题
        各旗县区要结合实际，制定切实可行的工⏎作方案，明确时间表和路线图，确保各项任务落⏎到实处，以实际成效取信于民。
        市人大常委会将适时组织开展跟踪监督，⏎听取和审议专项工作报告，推动各项工作任务落⏎地见效，不断满足老年人多样化养老服务需求。"#]].assert_eq(&paragraphs);
}

#[test]
fn a_double_spaced_journal_keeps_set_in_headlines_whole() {
    // Headline blocks set into a double-spaced journal, wrapped a blank line
    // apart: a meeting's name over "在临河召开" (its text set right under),
    // and a column's title over its second half and the ● author line. Each
    // is one heading after the fix. A section's heading over a point's first
    // line ("（六）…" over "1.…") stays two; the point's first line goes on
    // in its text. The snapshot prints each paragraph after the fix on a
    // line, ⏎ where it was wrapped.
    let paragraphs = single_spaced(DOUBLE_SPACED_HEADLINES);
    expect![[r#"
        市人大常委会组成人员要加强学习，增⏎长新知识、贯彻新理念、掌握新本领，在学习⏎中增长见识，在实践中历练才干，用实实在在⏎的工作成效，回馈组织和人民的信任。
        市五届人大常委会第十九次会议⏎在临河召开⏎ 巴彦淖尔市第五届人民代表大会常务委员⏎会第十九次会议决定：巴彦淖尔市第五届人民⏎代表大会第四次会议将于明年一月上旬在临河⏎召开，会议听取了报告。
        会议指出，市政府及相关部门认真履行⏎法定职责，实施积极的就业政策，多渠道扩大⏎就业，全市就业形势总体保持稳定，促进法的⏎执行取得积极成效。
        会议强调，要坚持问题导向，压实工作⏎责任，聚焦群众反映强烈的突出问题，完善工⏎作机制，加强部门协作，推动各项措施落地见⏎效。
        会议还审议了人事任免事项，表决通过⏎了有关决定草案，听取了关于代表资格审查情⏎况的报告，并举行了宪法宣誓仪式。
        会议要求，有关部门要进一步提高思想⏎认识，把促进高质量充分就业作为新时代新征⏎程就业工作的新定位、新使命，深入贯彻实施⏎好“一法一条例”，把措施落实。
        与会人员表示，将以更加饱满的热情、⏎更加务实的作风投入到各项工作中去，为全市⏎经济社会高质量发展贡献力量。
        市人大常委会“四个聚焦”⏎提升财经监督实效⏎●市人大常委会办公室  龚培贞⏎聚焦各方力量，提升财经监督工作实效。
        今年以来，市人大常委会紧扣全市中心⏎工作，围绕预算审查、国有资产管理和审计整⏎改等重点领域，综合运用听取审议报告、专题⏎询问、跟踪督办，持续强化监督。
        会议期间，部分组成人员还围绕审计查⏎出问题整改情况作了发言，提出了加强跟踪问⏎效、建立长效机制等意见建议。
        市人大常委会将持续跟踪监督，综合运⏎用多种监督方式，推动财经工作不断取得新成⏎效。
        （六）持续做好研究会的日常工作
        1.继续执行好研究会会议制度及各项规⏎章制度，每季度围绕一个专题召开一次学习会，⏎邀请有关专家进行专题讲座，加强交流研讨，⏎努力提升研究会工作人员理论素养和研究水平。
        2.年初召开常务理事会议，研究确定年⏎度工作要点，年中召开会长办公会议，听取工⏎作进展情况汇报，年底召开年会总结全年工作。"#]].assert_eq(&paragraphs);
}

/// A journal's page double-spaced as 002 is, with headline blocks set in.
const DOUBLE_SPACED_HEADLINES: &str = "市人大常委会组成人员要加强学习，增

长新知识、贯彻新理念、掌握新本领，在学习

中增长见识，在实践中历练才干，用实实在在

的工作成效，回馈组织和人民的信任。

市五届人大常委会第十九次会议

在临河召开
 巴彦淖尔市第五届人民代表大会常务委员

会第十九次会议决定：巴彦淖尔市第五届人民

代表大会第四次会议将于明年一月上旬在临河

召开，会议听取了报告。

会议指出，市政府及相关部门认真履行

法定职责，实施积极的就业政策，多渠道扩大

就业，全市就业形势总体保持稳定，促进法的

执行取得积极成效。

会议强调，要坚持问题导向，压实工作

责任，聚焦群众反映强烈的突出问题，完善工

作机制，加强部门协作，推动各项措施落地见

效。

会议还审议了人事任免事项，表决通过

了有关决定草案，听取了关于代表资格审查情

况的报告，并举行了宪法宣誓仪式。

会议要求，有关部门要进一步提高思想

认识，把促进高质量充分就业作为新时代新征

程就业工作的新定位、新使命，深入贯彻实施

好“一法一条例”，把措施落实。

与会人员表示，将以更加饱满的热情、

更加务实的作风投入到各项工作中去，为全市

经济社会高质量发展贡献力量。

市人大常委会“四个聚焦”

提升财经监督实效
●市人大常委会办公室  龚培贞
聚焦各方力量，提升财经监督工作实效。

今年以来，市人大常委会紧扣全市中心

工作，围绕预算审查、国有资产管理和审计整

改等重点领域，综合运用听取审议报告、专题

询问、跟踪督办，持续强化监督。

会议期间，部分组成人员还围绕审计查

出问题整改情况作了发言，提出了加强跟踪问

效、建立长效机制等意见建议。

市人大常委会将持续跟踪监督，综合运

用多种监督方式，推动财经工作不断取得新成

效。

（六）持续做好研究会的日常工作

1.继续执行好研究会会议制度及各项规

章制度，每季度围绕一个专题召开一次学习会，

邀请有关专家进行专题讲座，加强交流研讨，

努力提升研究会工作人员理论素养和研究水平。

2.年初召开常务理事会议，研究确定年

度工作要点，年中召开会长办公会议，听取工

作进展情况汇报，年底召开年会总结全年工作。
";

/// A report double-spaced as 002 is: paragraphs open with an indented line,
/// headings and points wrap at the column.
#[test]
fn a_double_spaced_headline_is_set_together_with_its_subtitle() {
    // A headline one blank line over its subtitle (its author line and the
    // text's frame tight under them) is one headline block, as the outline
    // reads it: single spacing sets its lines together. (The last paragraphs
    // after the fix, ⏎ where a paragraph's lines were wrapped.)
    let page = format!(
        "{DOUBLE_SPACED_REPORT}\n加强学习交流    提高思想认识\n\n积极努力探索为全市人大理论研究作出贡献\n\
         ——在巴彦淖尔市人大工作研究会年度工作会议上的发言\n\
         ●市人大常委会科教文卫工作委员会  张鸿杰\n 我们可以通过精读一些不同类型的写作范例，\n\n\
         学习借鉴别人的写作方法和技巧，提高自己的写\n\n作水平。\n"
    );
    let paragraphs = single_spaced(&page);
    let lines: Vec<&str> = paragraphs.lines().collect();
    expect![[r#"
        市人大常委会将适时组织开展跟踪监督，⏎听取和审议专项工作报告，推动各项工作任务落⏎地见效，不断满足老年人多样化养老服务需求。
        加强学习交流    提高思想认识⏎积极努力探索为全市人大理论研究作出贡献⏎——在巴彦淖尔市人大工作研究会年度工作会议上的发言⏎●市人大常委会科教文卫工作委员会  张鸿杰⏎ 我们可以通过精读一些不同类型的写作范例，⏎学习借鉴别人的写作方法和技巧，提高自己的写⏎作水平。"#]].assert_eq(&lines[lines.len() - 2..].join("\n"));
}

#[test]
fn a_double_spaced_line_short_of_its_column_ending_in_a_colon_ends_its_paragraph() {
    // A salutation (各位领导、同志们：) or a list's lead (名单如下：) stops short
    // of the column with a colon: the text under it opens another paragraph,
    // though a colon leaves a sentence open.
    let page = format!(
        "{DOUBLE_SPACED_REPORT}\n在全市养老服务工作推进会上的讲话\n\n各位领导、同志们：\n\n\
         今天我们召开全市养老服务工作推进会，主要任务是\n\n总结工作、分析形势、部署任务。\n"
    );
    let paragraphs = single_spaced(&page);
    let lines: Vec<&str> = paragraphs.lines().collect();
    expect![[r#"
        在全市养老服务工作推进会上的讲话
        各位领导、同志们：
        今天我们召开全市养老服务工作推进会，主要任务是⏎总结工作、分析形势、部署任务。"#]]
    .assert_eq(&lines[lines.len() - 3..].join("\n"));
}

#[test]
fn a_double_spaced_page_single_spaced_ends_with_its_last_line() {
    // The blank lines after the last line of text go with the others; a
    // page that ends without one keeps its end as it is.
    for (page, end) in [
        (format!("{DOUBLE_SPACED_REPORT}\n"), "\n\n"),
        (format!("{DOUBLE_SPACED_REPORT}\n\n\r\n"), "\n\n\n\r\n"),
        (DOUBLE_SPACED_REPORT.to_string(), "\n"),
    ] {
        assert!(page.ends_with(&format!("需求。{end}")));
        let (fixed, _) = analysis::fix_all(&page);
        assert!(fixed.ends_with("老年人多样化养老服务需求。\n"), "{fixed:?}");
    }
}

pub(crate) const DOUBLE_SPACED_REPORT: &str = "关于推进居家社区养老服务的调研报告

为全面了解我市居家社区养老服务工作情

况，市人大常委会组成调研组，深入各旗县区开

展专题调研，召开座谈会八次，实地察看养老服

务机构二十余家，听取有关部门和老年人代表的

意见建议。

现将调研情况报告如下，请予审议。调研

组认为，全市养老服务工作总体有序推进，但仍

存在一些短板弱项，需要引起高度重视并切实加

以解决。

一、基本情况

近年来，市政府及有关部门认真贯彻落实

国家和自治区关于养老服务的决策部署，加大投

入力度，完善服务网络，养老服务设施建设和服

务供给能力持续提升。

居家社区养老服务体系建设取得了明显成

效，老年人的获得感、幸福感、安全感不断增强，

全社会关心关爱老年人的氛围日益浓厚。

（一）以实际规划为引领，进一步提升居

家社区养老服务设施建设

一是落实新建小区养老服务用房配建标准，

对未按规定配建的小区限期整改，确保养老服务

用房与住宅同步规划、同步建设、同步验收、同

步交付使用。

二是推动老旧小区通过购置、置换、租赁

等方式补齐养老服务设施短板，鼓励利用闲置的

社会资源改造建设养老服务设施，满足老年人就

近养老需求。

要全面落实《基本医疗卫生与健康促进

法》第六章关于健康促进工作的规定，推动全民

健身和全民健康深度融合，切实提高群众健康水

平。

1.由市人大工作研究会提出本年度课题

研究选题参考名单，坚持团体会员与个人会员自

主选择、自愿认领原则，及时确定并落实年度研

究课题任务。

2.组织召开一次理论研讨会。研讨交流

主要议题是集中围绕所确定的本年度人大工作研

究课题的研究成果进行交流和研讨，形成一批有

价值的成果。

坚持问题导向，着力解决老年人急难愁盼

问题

各旗县区要结合实际，制定切实可行的工

作方案，明确时间表和路线图，确保各项任务落

到实处，以实际成效取信于民。

市人大常委会将适时组织开展跟踪监督，

听取和审议专项工作报告，推动各项工作任务落

地见效，不断满足老年人多样化养老服务需求。
";

/// A magazine's contents and the editor's note under them (also an outline fixture).
pub(crate) const CONTENTS: &str = "本期导读

特别关注
坚持好完善好运行好人民代表大会制度……………………2
市人大常委会开展“代表活动月”活动……………………6

履职纪实
用心用情办好民生实事……………………………………10
乌审旗：让代表联络站“活”起来………………………14

编者按：基层人大代表联络站是代表联系群众的重要平台。本期刊发乌审旗的经验做法，供各地学习参考。
";

#[test]
fn rows_of_a_list_of_names_are_no_text_cut_mid_sentence() {
    // Rows of names (李  明 spaced out to three characters' width) and rows of
    // a post and a name fill the column without a stop: each is whole. The
    // signature after them does not go on with the last row; a lone line
    // with a name after a gap is an author's line, still text.
    check(
        "优秀人大代表名单

马文静  王海军  乌日娜  刘志强  李  明
杨光明  张  华  陈建国  高振华  额尔敦

鄂托克旗人大代表、阿尔巴斯苏木党委书记  巴图孟和
达拉特旗人大代表、树林召镇农民  李二虎

鄂尔多斯市人民代表大会常务委员会
2026年7月3日
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
            5:67..5:68 「准」 cut-paragraph: paragraph cut mid-sentence by 1 inserted line; it continues after it
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

/// The caption cuts the paragraph after a short line: the sentence runs from a
/// full line into it and stops there without punctuation. A short line after a
/// full line that ends its sentence (a date under a notice) is not a cut.
#[test]
fn paragraph_cut_after_a_short_line() {
    check(
        "会议听取和审议了县政府关于国有资产管理情况的
报告，审议了县人大常委会人事任免事项。会议指
出，要坚持问题导向，持续深化预算审查监督，推
动人大工⟦作⟧

▲县人大常委会组成人员审议报告。  记者 陈晓东 摄

取得新成效。

特此公告。请各单位认真做好相关准备工作，按时
参会，并于会前报送相关材料，不得无故缺席会议。
2026年11月20日

会议要求，各级人大代表要密切联系群众。
",
        expect![[r#"
            4:5..4:6 「作」 cut-paragraph: paragraph cut mid-sentence by 1 inserted line; it continues after it
                related 8:1 「取」 the paragraph continues here
                related 6:1 「▲县人大常委会组成人员审议报告。  记者 陈晓东 摄」 inserted block
            --- after fix ---
            会议听取和审议了县政府关于国有资产管理情况的
            报告，审议了县人大常委会人事任免事项。会议指
            出，要坚持问题导向，持续深化预算审查监督，推
            动人大工作
            取得新成效。

            ▲县人大常委会组成人员审议报告。  记者 陈晓东 摄

            特此公告。请各单位认真做好相关准备工作，按时
            参会，并于会前报送相关材料，不得无故缺席会议。
            2026年11月20日

            会议要求，各级人大代表要密切联系群众。
        "#]],
    );
}

/// A short article of one paragraph a line: most of its text stands in long
/// lines, though most of its lines (headline, subtitle, byline, heading, note)
/// are short. Its blank lines separate paragraphs; it is not double-spaced.
#[test]
fn a_short_article_of_one_paragraph_a_line_is_not_double_spaced() {
    check(crate::support::MAGAZINE_ARTICLE, expect![[""]]);
}

/// A magazine page of one- and two-line paragraphs under short headings, each
/// set apart by a blank line: two thirds of its lines stand before a blank
/// one, but a quarter run on to the next line. Not double-spaced.
#[test]
fn short_paragraphs_that_run_on_are_not_double_spaced() {
    check(
        "人大之窗

2024年3月15日  星期五  第4版

责任编辑：孙丽   美术编辑：刘畅

【代表风采】

扎根基层的“领头雁”

文/图  本报记者  敖登

    在鄂托克前旗城川镇，提起旗人大代表、大沙头村党支部书记王金花，
乡亲们都竖起大拇指。

    记者：您当选人大代表以来，最大的感受是什么？
    王金花：责任更重了。

图为王金花（左二）在田间查看苗情。

■ 履职动态

●旗人大常委会召开主任会议  3月10日，旗人大常委会主任会议召开，
旗人大常委会党组书记、主任斯琴毕力格主持会议。（乌云）

●城川镇人大开展代表活动日  近日，城川镇人大组织辖区内各级人大代表
开展集中活动。镇人大主席团主席额尔敦陪同。（苏雅）
",
        expect![[""]],
    );
}

/// A short article of one-line paragraphs, none longer than sixty characters,
/// each set apart: every line stands before a blank one, but nearly every
/// line ends a sentence, as no column's wrap does. Not double-spaced.
#[test]
fn one_line_paragraphs_that_end_sentences_are_not_double_spaced() {
    check(
        "草原上的那达慕

本报记者  其其格

    七月的草原，绿草如茵。一年一度的那达慕大会在锡林郭勒盟正蓝旗隆重开幕。

    来自北京的游客王先生说：“这是我第一次看到这么壮观的场面。”

    摔跤手巴特尔夺得冠军。他的教练朝鲁表示，要把搏克运动传承下去。

    据了解，正蓝旗近年来大力发展文化旅游产业，旅游收入同比增长百分之二十。
",
        expect![[""]],
    );
}

/// Classified notices, a paragraph a line under short headings, closed by a
/// signature and its date: half the lines are headings, names and dates, which
/// end no sentence, but every line of text does. Not double-spaced.
#[test]
fn notices_of_a_paragraph_a_line_under_headings_are_not_double_spaced() {
    check(
        "分类广告

遗失声明

鄂尔多斯市东胜区鑫达商贸有限公司遗失营业执照正本，声明作废。

王建国遗失鄂尔多斯市东胜区房屋所有权证，证号：东房权证字第2019012345号，声明作废。

杭锦旗锡尼镇阿日勒嘎查村民委员会遗失公章一枚，声明作废。

注销公告

鄂托克旗恒源建材有限公司经股东会决议，拟向公司登记机关申请注销登记。

特此公告。

鄂托克旗恒源建材有限公司清算组

2025年3月12日

广告热线：0477-8581234
",
        expect![[""]],
    );
}

/// A chronicle double-spaced: its entries are a line or two, so half its lines
/// of text end a sentence, but those that break off fill the column. One
/// finding, not a broken wrap per entry; the fix keeps each entry (1月8日　…)
/// a paragraph of its own, however wide the entry above it.
#[test]
fn a_double_spaced_chronicle_is_one_finding() {
    check(
        "⟦乌审旗2025年第一季度大事记⟧

1月

1月3日　旗委召开常委会会议研究年度工作。

1月8日　乌审旗第十七届人民代表大会第五次会

议在嘎鲁图镇开幕，会期三天。

1月12日　旗人民政府召开全旗安全生产工作会

议，安排部署春节前后安全生产工作。

1月20日　旗委书记张志强到嘎鲁图镇慰问。

1月27日　全旗春节团拜会在旗文化中心举行，

旗四大班子领导出席。

2月

2月6日　旗人大常委会主任宝音满都呼带队检查

图克镇重点项目复工情况。

2月14日　乌审旗被命名为自治区文明城市。
",
        expect![[r#"
            1:1..1:16 「乌审旗2025年第一季度大事记」 double-spaced: the document is double-spaced: 13 of 14 lines are followed by a blank line, so blank lines do not mark paragraphs
            --- after fix ---
            乌审旗2025年第一季度大事记

            1月

            1月3日　旗委召开常委会会议研究年度工作。

            1月8日　乌审旗第十七届人民代表大会第五次会
            议在嘎鲁图镇开幕，会期三天。

            1月12日　旗人民政府召开全旗安全生产工作会
            议，安排部署春节前后安全生产工作。

            1月20日　旗委书记张志强到嘎鲁图镇慰问。

            1月27日　全旗春节团拜会在旗文化中心举行，
            旗四大班子领导出席。

            2月

            2月6日　旗人大常委会主任宝音满都呼带队检查
            图克镇重点项目复工情况。

            2月14日　乌审旗被命名为自治区文明城市。
        "#]],
    );
}

/// A poem in stanzas of three short lines under its signature: the blank line
/// between stanzas splits no sentence, and the essay after the poem does not
/// continue its last line.
#[test]
fn stanzas_of_three_lines_are_verse() {
    check(
        "草原的秋天

□ 乌兰图雅

秋风吹过毛乌素
芦苇白了头
羊群走向远方

牧人的歌声
落在敖包山下
一声比一声长

母亲的奶茶

□ 张海峰

小时候，每天清晨，母亲总是第一个起
床。她把铁锅架在炉子上，倒进砖茶和清水，
等水烧开了，再加入鲜奶和一小撮盐。
",
        expect![[""]],
    );
}

/// A supplement's poems: stanzas of lines of nearly one width, with no
/// punctuation but at their ends, and a stanza of uneven lines after one set
/// with commas. A blank line between stanzas splits no sentence, nor the one
/// before the author's note; the essay under them is wrapped text, and a
/// blank line splitting it is still found.
#[test]
fn stanzas_of_even_lines_are_verse() {
    check_ending(
        " 鄂尔多斯日报副刊·北疆

草原之夜

□ 阿古拉

月亮升起来的时候
羊群已经回到圈里
母亲在毡房门口
一遍遍数着星星

风从敖包那边吹来
带着奶茶的香味
我听见马头琴
在远处轻轻地唱

这是我的草原
是我一生走不出的
辽阔与温柔

（作者系乌审旗作家协会会员）

乡愁

□ 斯琴

小时候，乡愁是一封信
我在这头，母亲在那头
长大后，乡愁是一张车票
我在这头，故乡在那头

如今啊
乡愁是一片草原
我在梦里
草原在心头

故乡的沙枣树

□ 王秀兰

老家院子里有一棵沙枣树，是
父亲年轻时种下的。每年五月，
沙枣花开得满院子都是香气，
我们姐妹几个就在树下写作业，
母亲坐在一旁纳鞋底。后来我们都离开了家，去了⟦城

里⟧工作。父亲说，树还在，家
就在。
",
        4,
        expect![[r#"
            45:23..47:2 「城⏎⏎里」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix, last 4 lines ---
            我们姐妹几个就在树下写作业，
            母亲坐在一旁纳鞋底。后来我们都离开了家，去了城
            里工作。父亲说，树还在，家
            就在。
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

/// Terminal paragraphs of the paragraph-per-line fixtures (each line one paragraph).
const DONE: [&str; 3] = [
    "委员们围绕推进基层协商民主建设、提升提案办理质量等议题深入交流，提出了许多具有针对性和可操作性的意见建议，会议取得了圆满成功。",
    "创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，探索形成了一批务实管用的制度成果。",
    "截至目前，全市建成政协委员之家、协商议事室、委员工作室等履职平台一百余个，成为委员联系群众、反映社情民意、凝聚各方共识的重要途径。",
];

#[test]
fn paragraph_continued_after_another_article() {
    check(
        &format!(
            "甲市政协\n\n让书香盈满履职路\n\n{}\n\n一朵独放不是春，万紫千红春满园。在市政协的带动下，各专委会、旗县区政协纷纷开展形式多样、内容丰富的读书活动，市教育局也联合相关⟦部⟧\n\n乙市政协\n\n集成创新赋能政协履职提质增效\n\n{}\n\n{}\n\n门，组织部分外国留学生、高中师生和家长代表，在教育界委员工作室开展读书分享活动，大家轮流朗读经典篇目并交流心得体会，气氛热烈。\n",
            DONE[0], DONE[1], DONE[2]
        ),
        expect![[r#"
            7:64..7:65 「部」 cut-paragraph: paragraph cut mid-sentence by 4 inserted lines; it continues after them
                related 17:1 「门」 the paragraph continues here
                related 9:1 「乙市政协⏎⏎集成创新赋能政协履职提质增效⏎⏎创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，探索形成了一批务实管用的制度成果。⏎⏎截至目前，全市建成政协委员之家、协商议事室、委员工作室等履职平台一百余个，成为委员联系群众、反映社情民意、凝聚各方共识的重要途径。」 inserted block
            --- after fix ---
            甲市政协

            让书香盈满履职路

            委员们围绕推进基层协商民主建设、提升提案办理质量等议题深入交流，提出了许多具有针对性和可操作性的意见建议，会议取得了圆满成功。

            一朵独放不是春，万紫千红春满园。在市政协的带动下，各专委会、旗县区政协纷纷开展形式多样、内容丰富的读书活动，市教育局也联合相关部门，组织部分外国留学生、高中师生和家长代表，在教育界委员工作室开展读书分享活动，大家轮流朗读经典篇目并交流心得体会，气氛热烈。

            乙市政协

            集成创新赋能政协履职提质增效

            创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，探索形成了一批务实管用的制度成果。

            截至目前，全市建成政协委员之家、协商议事室、委员工作室等履职平台一百余个，成为委员联系群众、反映社情民意、凝聚各方共识的重要途径。
        "#]],
    );
}

#[test]
fn a_guessed_continuation_gives_way_to_a_line_that_starts_mid_sentence() {
    check(
        &format!(
            "政协联系群众，优势在委员，潜力在委员。市政协通过建立委员联系群众制度，推动委员深入基层倾听群众呼声，做到知民情、解民忧、善议⟦政⟧\n\n▲ 3月23日，市政协调研组在社区调研协商议事室建设工作。\n\n构建以政协协商规则为主体、以配套制度为支撑的协商制度体系，为深化协商民主实践提供了坚实的制度支撑和保障措施，各项工作成效明显。\n\n{}\n\n▲ 2月9日，市政协委员工作室揭牌。\n\n的各界代表人士，强化动态管理，为政协履职、委员换届推荐人选储备了人才，先后向有关部门提出意见建议二十余条，均被有关部门采纳。\n",
            DONE[1]
        ),
        expect![[r#"
            1:63..1:64 「政」 cut-paragraph: paragraph cut mid-sentence by 4 inserted lines; it continues after them
                related 11:1 「的」 the paragraph continues here
                related 3:1 「▲ 3月23日，市政协调研组在社区调研协商议事室建设工作。⏎⏎构建以政协协商规则为主体、以配套制度为支撑的协商制度体系，为深化协商民主实践提供了坚实的制度支撑和保障措施，各项工作成效明显。⏎⏎创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，探索形成了一批务实管用的制度成果。⏎⏎▲ 2月9日，市政协委员工作室揭牌。」 inserted block
            --- after fix ---
            政协联系群众，优势在委员，潜力在委员。市政协通过建立委员联系群众制度，推动委员深入基层倾听群众呼声，做到知民情、解民忧、善议政的各界代表人士，强化动态管理，为政协履职、委员换届推荐人选储备了人才，先后向有关部门提出意见建议二十余条，均被有关部门采纳。

            ▲ 3月23日，市政协调研组在社区调研协商议事室建设工作。

            构建以政协协商规则为主体、以配套制度为支撑的协商制度体系，为深化协商民主实践提供了坚实的制度支撑和保障措施，各项工作成效明显。

            创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，探索形成了一批务实管用的制度成果。

            ▲ 2月9日，市政协委员工作室揭牌。
        "#]],
    );
}

/// A cut inside the block that another cut moves: one `fix` mends both, the
/// inner one in a second round, on the text the first left.
#[test]
fn a_cut_inside_the_block_another_cut_moves_is_fixed_in_one_run() {
    let page = crate::support::NESTED_CUTS;
    check(
        page,
        expect![[r#"
        1:107..1:108 「部」 cut-paragraph: paragraph cut mid-sentence by 8 inserted lines; it continues after them
            related 19:1 「门」 the paragraph continues here
            related 3:1 「鄂尔多斯市政协⏎⏎集成创新赋能政协履职提质增效⏎⏎创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，坚持在实践中探索、在继承中创新，探索形成了一批务实管用的制度成果，构建起“委员之家、界别活动组、委员工作室”的履职架构体系。⏎⏎联委员促履职，精耕双向发力的责任田——市政协探索建立发挥委员作用的“委员联系群众、界别联系委员”的多层次联系服⏎⏎▲ 5月22日至24日，市政协主席会议成员深入旗区调研，围绕推进铸牢中华民族共同体意识工作开展协商。⏎⏎务委员制度，为委员履职搭建平台、创造条件，让委员在联系服务群众中履职尽责，推动委员履职活起来实起来强起来。⏎⏎联群众促和谐，画好团结奋斗最大同心圆——⏎⏎市政协把搭建协商平台作为推进政协协商向基层延伸的重要抓手，依托委员之家组织委员开展视察调研、民主监督、团结联谊等活动，把协商议事延伸到群众身边，让群众的意见建议在协商中得到回应。」 inserted block
        9:55..9:56 「服」 cut-paragraph: paragraph cut mid-sentence by 1 inserted line; it continues after it
            related 13:1 「务」 the paragraph continues here
            related 11:1 「▲ 5月22日至24日，市政协主席会议成员深入旗区调研，围绕推进铸牢中华民族共同体意识工作开展协商。」 inserted block
        --- after fix ---
        一朵独放不是春，万紫千红春满园。在市政协的带动下，各旗区政协纷纷行动起来，结合自身实际开展形式多样的读书活动，推动读书活动在全市政协系统落地生根、开花结果。为了让委员在读书中增长见识，市政协教科卫体委员会联合相关部门，组织部分外国留学生、高中师生和家长代表，在教育界委员的带领下参观了科技馆和博物馆，亲身感受科技发展和文化传承的魅力，进一步激发了学习热情。

        鄂尔多斯市政协

        集成创新赋能政协履职提质增效

        创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，坚持在实践中探索、在继承中创新，探索形成了一批务实管用的制度成果，构建起“委员之家、界别活动组、委员工作室”的履职架构体系。

        联委员促履职，精耕双向发力的责任田——市政协探索建立发挥委员作用的“委员联系群众、界别联系委员”的多层次联系服务委员制度，为委员履职搭建平台、创造条件，让委员在联系服务群众中履职尽责，推动委员履职活起来实起来强起来。

        ▲ 5月22日至24日，市政协主席会议成员深入旗区调研，围绕推进铸牢中华民族共同体意识工作开展协商。

        联群众促和谐，画好团结奋斗最大同心圆——

        市政协把搭建协商平台作为推进政协协商向基层延伸的重要抓手，依托委员之家组织委员开展视察调研、民主监督、团结联谊等活动，把协商议事延伸到群众身边，让群众的意见建议在协商中得到回应。
    "#]],
    );
    let (fixed, applied) = analysis::fix_all(&parse_markers(page).0);
    assert_eq!(applied.len(), 2);
    assert!(analysis::analyze(&fixed).findings.is_empty());
}

#[test]
fn a_line_that_starts_mid_sentence_without_a_cut_paragraph_before_it() {
    // Nothing above stops mid-sentence; 的确 opens sentences.
    check(
        &format!(
            "{}\n\n{}\n\n，强化动态管理，为政协履职、委员换届推荐人选储备了人才，先后向有关部门提出建议二十余条，均被有关部门采纳吸收。\n\n的确，读书活动为委员履职注入了新的动力，也为机关干部读书学习和工作交流搭建了平台，取得了良好的社会效果。\n",
            DONE[0], DONE[1]
        ),
        expect![[""]],
    );
}

#[test]
fn a_two_line_headline_and_a_list_in_a_double_spaced_page() {
    // The headline's first line runs to the column and ends mid-phrase: it is a
    // part of the block inserted into the paragraph, not a paragraph cut by the
    // headline's second line. A list entry wrapped in two is not a paragraph
    // that goes on at the next entry.
    check(
        "⟦各⟧旗县区人大常委会要从提升履职

能力、完善机制、强化保障等方面，采取措⟦施⟧

乌拉特中旗人大常委会执法检查组

关于检查《中华人民共和国基本医疗卫生

与健康促进法》实施情况的报告
●旗人大常委会科教文卫工作委员会  王建国
 不断加大工作力度，医疗卫生与健康促进工作取

得一定成效，群众看病就医更加方便快捷。

优秀通讯员：

李文华 巴彦淖尔市人大常委会科教文卫工作委员会

赵志刚 巴彦淖尔市人大常委会环境资源城乡建设工

作委员会

孙丽娟 乌拉特后旗人大常委会办公室综合科

周海涛 乌拉特前旗人大常委会人事代表选

举工作委员会
",
        expect![[r#"
            1:1..1:16 「各旗县区人大常委会要从提升履职」 double-spaced: the document is double-spaced: 12 of 15 lines are followed by a blank line, so blank lines do not mark paragraphs
            3:20..3:21 「施」 cut-paragraph: paragraph cut mid-sentence by 4 inserted lines; it continues after them
                related 11:2 「不」 the paragraph continues here
                related 5:1 「乌拉特中旗人大常委会执法检查组⏎⏎关于检查《中华人民共和国基本医疗卫生⏎⏎与健康促进法》实施情况的报告⏎●旗人大常委会科教文卫工作委员会  王建国」 inserted block
            --- after fix ---
            各旗县区人大常委会要从提升履职

            能力、完善机制、强化保障等方面，采取措施
            不断加大工作力度，医疗卫生与健康促进工作取
            得一定成效，群众看病就医更加方便快捷。
            优秀通讯员：

            乌拉特中旗人大常委会执法检查组
            关于检查《中华人民共和国基本医疗卫生
            与健康促进法》实施情况的报告
            ●旗人大常委会科教文卫工作委员会  王建国

            李文华 巴彦淖尔市人大常委会科教文卫工作委员会

            赵志刚 巴彦淖尔市人大常委会环境资源城乡建设工
            作委员会

            孙丽娟 乌拉特后旗人大常委会办公室综合科

            周海涛 乌拉特前旗人大常委会人事代表选
            举工作委员会
        "#]],
    );
}

#[test]
fn a_paragraphs_first_line_cut_by_a_headline_block_in_a_double_spaced_page() {
    // Where paragraphs open indented, a first line short of its column that
    // stops mid-word ("…切实可行的工") over a headline and its author line goes
    // on at the full line that starts the next text frame (002 line 6954).
    check_ending(
        &DOUBLE_SPACED_REPORT.replacen('关', "⟦关⟧", 1).replace(
            "切实可行的工\n\n作方案",
            "切实可行的⟦工⟧\n\n落实监督职责   促进养老服务高质量发展\n\
             ●乌拉特后旗人大常委会社会建设工作委员会  王凤英\n 作方案",
        ),
        10,
        expect![[r#"
            1:1..1:18 「关于推进居家社区养老服务的调研报告」 double-spaced: the document is double-spaced: 47 of 50 lines are followed by a blank line, so blank lines do not mark paragraphs
            85:18..85:19 「工」 cut-paragraph: paragraph cut mid-sentence by 2 inserted lines; it continues after them
                related 89:2 「作」 the paragraph continues here
                related 87:1 「落实监督职责   促进养老服务高质量发展⏎●乌拉特后旗人大常委会社会建设工作委员会  王凤英」 inserted block
            --- after fix, last 10 lines ---
            各旗县区要结合实际，制定切实可行的工
            作方案，明确时间表和路线图，确保各项任务落
            到实处，以实际成效取信于民。

            落实监督职责   促进养老服务高质量发展
            ●乌拉特后旗人大常委会社会建设工作委员会  王凤英

            市人大常委会将适时组织开展跟踪监督，
            听取和审议专项工作报告，推动各项工作任务落
            地见效，不断满足老年人多样化养老服务需求。
        "#]],
    );
}

#[test]
fn fixes_keep_crlf_line_endings_in_every_layout() {
    // A cut paragraph in each layout (one paragraph per line, double-spaced,
    // blank-line paragraphs), saved with CRLF: the fixed page has no bare LF.
    let pages = [
        format!(
            "{}\n\n一朵独放不是春，万紫千红春满园。在市政协的带动下，各专委会、旗县区政协纷纷开展形式多样、内容丰富的读书活动，市教育局也联合相关部\n\n▲ 4月23日，市政协举办委员主题读书活动。\n\n门，组织部分外国留学生、高中师生和家长代表，在教育界委员工作室开展读书分享活动，大家轮流朗读经典篇目并交流心得体会，气氛热烈。\n\n{}\n",
            DONE[0], DONE[1]
        ),
        "各旗县区人大常委会要从提升履职\n\n能力、完善机制、强化保障等方面，采取措施\n\n乌拉特中旗人大常委会执法检查组\n\n关于检查《中华人民共和国基本医疗卫生\n\n与健康促进法》实施情况的报告\n●旗人大常委会科教文卫工作委员会  王建国\n 不断加大工作力度，医疗卫生与健康促进工作取\n\n得一定成效，群众看病就医更加方便快捷。\n".to_string(),
        "包头市政协以市领导领衔督办重点提案为统领，引领带动同类提案办理落实，达到良好效\n果，推动包头市稀土产业发展，瞄准\n\n▲ 内蒙古自治区包头市政协调研组在九原区富力社区调研。\n\n国际先进水平建设“世界稀土之都”，推动项目于今年6月1日复工建设。\n".to_string(),
    ];
    for page in pages {
        let crlf = page.replace('\n', "\r\n");
        let (fixed, applied) = analysis::fix_all(&crlf);
        assert!(
            applied
                .iter()
                .any(|f| f.code == analysis::Code::CutParagraph),
            "no cut paragraph fixed in:\n{page}"
        );
        let bare = fixed
            .char_indices()
            .filter(|&(i, c)| c == '\n' && !fixed[..i].ends_with('\r'))
            .count();
        assert_eq!(bare, 0, "bare line feeds after fix:\n{fixed}");
        assert!(
            !fixed.replace("\r\n", "").contains('\r'),
            "lone CR:\n{fixed}"
        );
    }
}

#[test]
fn lines_of_verse_are_not_cut_paragraphs() {
    // A literary page: each line of a poem stops where the poet broke it, and
    // its stanza's last line runs into the next title without a stop. The essay
    // under them is wrapped text, and a blank line splitting it is still found.
    check(
        "黄河岸边
□ 高志强

河水向东流去
岸边的柳树
一年比一年高
我站在渡口
等一条船

雪
□ 其其格

雪落在院子里
父亲扫出一条路
一直通到
羊圈门口

故乡的井
□ 刘文华

村口那眼老井，养活了几代人。小时候
我常跟着母亲去挑水，她把扁担压在肩
上，一步一步走回家。后来村里通了自
来水，井就慢慢被人忘⟦了

，⟧再也没有人去打水。
",
        expect![[r#"
            24:11..26:2 「了⏎⏎，」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            黄河岸边
            □ 高志强

            河水向东流去
            岸边的柳树
            一年比一年高
            我站在渡口
            等一条船

            雪
            □ 其其格

            雪落在院子里
            父亲扫出一条路
            一直通到
            羊圈门口

            故乡的井
            □ 刘文华

            村口那眼老井，养活了几代人。小时候
            我常跟着母亲去挑水，她把扁担压在肩
            上，一步一步走回家。后来村里通了自
            来水，井就慢慢被人忘了
            ，再也没有人去打水。
        "#]],
    );
}

#[test]
fn text_that_ends_in_a_marker_goes_on_elsewhere() {
    // "【下转第4版】" at the end of a line, after a sentence's stop or not: the
    // article goes on on page 4, not after the headline below it.
    check(
        "本报讯 今年以来，全旗上下坚持稳中求进工作总基调，扎实推进各项
重点工作，经济社会发展呈现稳中有进、稳中向好的良好态【下转第4版】

代表风采

他把群众的事当成自己的事

在乡村振兴工作中，他带领群众发展特色种植，人均收入增长了一倍，
群众都说他是致富的带头人。
",
        expect![[""]],
    );
}

/// A page of notices: a title block (the body, "公    告" spaced out, its
/// number), indented paragraphs and sections, signatures and dates set far to
/// the right. Read by the outline's fixture too.
pub(crate) const NOTICES: &str = "鄂尔多斯市人民代表大会常务委员会
公    告
（第十二号）

    鄂尔多斯市第五届人民代表大会常务委员会第二十一次会议于2026年11月
24日决定：
    接受王建国辞去鄂尔多斯市人民政府副市长职务的请求。
    任命李红梅为鄂尔多斯市教育局局长；任命张志强为鄂尔多斯市财政局局
长；免去赵海军的鄂尔多斯市审计局局长职务。
    现予公告。

                              鄂尔多斯市人民代表大会常务委员会
                                        2026年11月24日

关于征集2027年市政府重点民生实事项目的公告

    为进一步提高民生实事项目决策的科学化、民主化水平，现面向社会公开
征集2027年市政府重点民生实事项目建议。有关事项公告如下：
    一、征集时间
    2026年11月25日至12月10日。
    二、征集范围
    教育、医疗、养老、就业、住房、交通、环境等与群众生活密切相关、群
众反映强烈、受益面广的领域。
    三、征集方式
    （一）来信。请寄至鄂尔多斯市康巴什区市民中心市政府办公室，邮编01
7010。
    （二）电子邮件。请发送至msss@ordos.gov.cn。
    联系人：刘晓东  电话：0477-8588888

                                              鄂尔多斯市人民政府办公室
                                                  2026年11月24日

讣    告

    中国共产党优秀党员、原伊克昭盟行政公署副盟长巴音朝鲁同志，因病医
治无效，于2026年11月20日在鄂尔多斯逝世，享年86岁。
    遵照巴音朝鲁同志生前遗愿，丧事从简。
    特此讣告。

                                                  巴音朝鲁同志治丧小组
                                                    2026年11月23日
";

#[test]
fn notices_paragraphs_indented_and_signatures_at_the_right_are_not_cut() {
    // An indented line opens a paragraph ("如下：" over "    一、征集时间" over
    // "    2026年11月25日…"); a signature over a blank line and the next
    // notice's title is no sentence split by it.
    check(NOTICES, expect![""]);
}

/// A statistical bulletin: a title as wide as the column, its issuers and date
/// in brackets under it, a table (its title, its head, rows of numbers) between
/// two sections. Read by the outline's fixture too.
pub(crate) const BULLETIN: &str = "鄂尔多斯市2025年国民经济和社会发展统计公报

鄂尔多斯市统计局
国家统计局鄂尔多斯调查队
（2026年3月18日）

一、综合

    初步核算，全年全市地区生产总值6283.1亿
元，按不变价格计算，比上年增长6.1%。其中，
第一产业增加值212.5亿元，增长4.8%；第二产
业增加值3963.7亿元，增长6.9%；第三产业增加
值2106.9亿元，增长4.7%。

表1  2025年主要农产品产量

产品名称        产量（万吨）    比上年增长（%）
粮食            186.3           3.2
油料            12.8            -1.5
牛奶            42.5            6.3

二、农业

    全年粮食种植面积545.6万亩，比上年增加1
2.3万亩。粮食总产量186.3万吨，增长3.2%。
";

#[test]
fn a_tables_rows_and_a_documents_title_are_not_cut_paragraphs() {
    // Rows of numbers end without a stop, and the last one stands over a
    // blank line and the next section; the title, as wide as the text, ends
    // without one too. None of them is a paragraph stopped mid-sentence.
    check(BULLETIN, expect![""]);
}

#[test]
fn a_list_ends_at_a_blank_line_and_a_sentence_with_spaced_numbers_does_not() {
    // The last row of a 名单, as wide as the column, is not cut by the blank
    // line after it. A sentence with numbers spaced out (45 人次) is no row of
    // a list: the blank line that splits it is a broken wrap.
    check(
        "优秀共产党员名单

王海军　鄂托克前旗城川镇党委书记
其其格　鄂托克前旗城川镇大沙头村党支部书记

其他同志另行通知，请各单位做好准备工作。

参加执法检查、调研、集中视察和各
类活动 45 人次，参加“一署一委两院”组织的
相关活动 22 人次。代表们以参加代表之家活动⟦、

“⟧双联系”活动、到选区述职等方式，广泛联系群
众，倾听民声、收集民意、汇集民智，实现了全过
程跟进式参与。
",
        expect![[r#"
            10:24..12:2 「、⏎⏎“」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            优秀共产党员名单

            王海军　鄂托克前旗城川镇党委书记
            其其格　鄂托克前旗城川镇大沙头村党支部书记

            其他同志另行通知，请各单位做好准备工作。

            参加执法检查、调研、集中视察和各
            类活动 45 人次，参加“一署一委两院”组织的
            相关活动 22 人次。代表们以参加代表之家活动、
            “双联系”活动、到选区述职等方式，广泛联系群
            众，倾听民声、收集民意、汇集民智，实现了全过
            程跟进式参与。
        "#]],
    );
}

#[test]
fn a_double_spaced_notice_keeps_its_number_and_its_signature_together() {
    // "第  15  号" under the body that issues the notice is a line of its
    // headline, and the issuer over the date one signature: single spacing
    // sets each together.
    let page: String = "公    告\n鄂尔多斯市人民代表大会常务委员会\n第  15  号\n\
         鄂尔多斯市第五届人民代表大会常务委员会第二十次\n会议于2026年11月28日决定接受张三辞去鄂尔多斯市\n\
         人民政府副市长职务的请求，依法报鄂尔多斯市人民代\n表大会备案。\n现予公告。\n\
         鄂尔多斯市人民代表大会常务委员会\n2026年11月28日\n"
        .lines()
        .map(|l| format!("{l}\n\n"))
        .collect();
    expect![[r#"
        公    告
        鄂尔多斯市人民代表大会常务委员会⏎第  15  号
        鄂尔多斯市第五届人民代表大会常务委员会第二十次⏎会议于2026年11月28日决定接受张三辞去鄂尔多斯市⏎人民政府副市长职务的请求，依法报鄂尔多斯市人民代⏎表大会备案。
        现予公告。
        鄂尔多斯市人民代表大会常务委员会⏎2026年11月28日"#]].assert_eq(&single_spaced(&page));
}

/// A paragraph's last line, short and bare of punctuation, under a line that
/// ends in a comma is that sentence's end, cut off by a blank line: not a
/// headline wrapped on two lines.
#[test]
fn a_short_line_under_a_comma_ends_the_sentence() {
    check(
        "本报讯 近日，达拉特旗人大常委会召开座谈会，听取
部分代表对政府工作的意见建议。

各位代表纷纷表示，将认真履职尽责，积极建言献策，
为推动全旗经济社会高质量发展贡⟦献⟧

力量。会议还通报了今年以来代表建议办理情况。

达拉特旗人大常委会召开代表座谈会
",
        expect![[r#"
            5:16..7:2 「献⏎⏎力」 broken-wrap: 1 blank line split a sentence of this paragraph
            --- after fix ---
            本报讯 近日，达拉特旗人大常委会召开座谈会，听取
            部分代表对政府工作的意见建议。

            各位代表纷纷表示，将认真履职尽责，积极建言献策，
            为推动全旗经济社会高质量发展贡献
            力量。会议还通报了今年以来代表建议办理情况。

            达拉特旗人大常委会召开代表座谈会
        "#]],
    );
}

/// A poem in stanzas of two lines between blank lines: short lines bare of
/// punctuation, three stanzas and more in a row, are verse, and a blank line
/// between two stanzas splits no sentence.
#[test]
fn stanzas_of_two_lines_split_no_sentence() {
    check(
        "那年冬天，父亲赶着勒勒车去旗里卖羊毛，回来时
给我带了一本小人书。那是我第一次知道，草原之
外还有那么大的世界。

草原的风

□王云飞

风从北边来
吹黄了敖包山下的草

羊群走向远方
牧人唱起长调

月亮升起来的时候
毡房里亮起了灯

我站在山坡上
等一个远行的人
",
        expect![[r#""#]],
    );
}

/// An appointment list sets each item as a paragraph of one line: "；" ends
/// an item, and the blank line after it splits no sentence.
#[test]
fn items_of_a_list_set_a_paragraph_each_split_no_sentence() {
    check(
        "一、任命

任命王建军为鄂尔多斯市人民政府副市长；

任命李晓燕为鄂尔多斯市教育局局长；

任命巴特尔为鄂尔多斯市民族事务委员会主任。

二、免职

免去张海涛的鄂尔多斯市人民政府副市长职务；

免去刘志刚的鄂尔多斯市教育局局长职务。

本报讯（记者 高娃）3月28日，市人大常委会召开第十次会
议。市人大常委会主任杭桂林主持会议，副主任王金伟、
乌兰、孙明出席会议。副市长王建军、市中级人民法院院
长张勇、市人民检察院检察长李军列席会议。
",
        expect![[r#""#]],
    );
}

/// A news item's closing credit wrapped over two lines ("…发生。（孙立" over
/// "新）") ends the item: the headline under it cuts no paragraph.
#[test]
fn a_credit_wrapped_over_two_lines_ends_its_item() {
    check(
        "本报讯 4月15日，翁牛特旗召开2024年安全生产工作会议。
副旗长、公安局局长王海军出席会议并讲话。

会议要求，各苏木乡镇、各部门要压紧压实安全生产责任，
深入开展隐患排查整治，坚决遏制重特大事故发生。（孙立
新）

翁牛特旗部署安全生产工作

阿鲁科尔沁旗天山镇把全镇划分为86个网格，配备专职网格
员180名，做到“人在网中走、事在格中办”。（通讯员 乌
力吉木仁）

阿旗：“小网格”撬动“大治理”
",
        expect![[r#""#]],
    );
}
