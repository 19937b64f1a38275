//! Officials and organisations: fixtures with ⟦⟧ around every expected mention
//! (snapshots print each mention with what it resolved to), and precision and
//! recall against the hand annotations in `tests/annotations/entities/`.

use std::collections::BTreeMap;
use std::path::Path;

use baokan::analysis::entities::{Entities, Extensions, Lexicon, PersonKind};
use baokan::analysis::{self};
use expect_test::{Expect, expect};

fn parse_markers(fixture: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    let mut open = Vec::new();
    for c in fixture.chars() {
        match c {
            '⟦' => open.push(text.len()),
            '⟧' => ranges.push(open.pop().expect("⟧ without ⟦")..text.len()),
            _ => text.push(c),
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    (text, ranges)
}

fn show(text: &str, range: &std::ops::Range<usize>) -> String {
    text[range.clone()].replace(['\n', '\r'], "⏎")
}

fn render(text: &str, e: &Entities) -> String {
    let mut rows: Vec<(usize, String)> = Vec::new();
    for p in &e.people {
        let posts: Vec<String> = p
            .posts
            .iter()
            .map(|post| match (&post.organization, &post.resolved) {
                (Some(o), Some(r)) if o != r => format!("{}@{o}={r}", post.title),
                (Some(o), _) => format!("{}@{o}", post.title),
                (None, Some(r)) => format!("{}={r}", post.title),
                (None, None) => post.title.to_string(),
            })
            .collect();
        rows.push((
            p.range.start,
            format!(
                "{:?} 「{}」 name={} [{}]{}",
                p.kind,
                show(text, &p.range),
                p.name,
                posts.join(", "),
                p.affiliation
                    .as_ref()
                    .map(|a| format!(" of {a}"))
                    .unwrap_or_default()
            ),
        ));
    }
    for o in &e.organisations {
        rows.push((
            o.range.start,
            format!(
                "Org 「{}」 → {} ({:?})",
                show(text, &o.range),
                o.resolved,
                o.reason
            ),
        ));
    }
    rows.sort_by_key(|(s, _)| *s);
    rows.into_iter().map(|(_, r)| r + "\n").collect()
}

/// Every ⟦marked⟧ range is the range of one mention (person or organisation) and
/// every mention is marked; the snapshot shows what each resolved to.
fn check(fixture: &str, expect: Expect) {
    let (text, marked) = parse_markers(fixture);
    let entities = analysis::analyze(&text).entities;
    let mut found: Vec<std::ops::Range<usize>> = entities
        .people
        .iter()
        .map(|p| p.range.clone())
        .chain(entities.organisations.iter().map(|o| o.range.clone()))
        .collect();
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    let shown = |rs: &[std::ops::Range<usize>]| -> Vec<String> {
        rs.iter().map(|r| show(&text, r)).collect()
    };
    assert_eq!(
        shown(&found),
        shown(&marked),
        "mentions:\n{}",
        render(&text, &entities)
    );
    expect.assert_eq(&render(&text, &entities));
}

#[test]
fn post_chains_lists_and_shared_titles() {
    check(
        "12月30日，会议在临河召开。⟦⟦市人大常委会⟧主任周玉林⟧主持会议，⟦⟦市人大常委会⟧副主任图门⟧、⟦菅江左⟧、⟦樊文⟧、⟦孟长云⟧及常委会委员出席会议。\n\n⟦⟦市委⟧常委、⟦市政府⟧副市长赵巍峰⟧，⟦⟦市纪委⟧副书记、⟦监委⟧副主任姜元文⟧列席会议。巴彦淖尔市临河区。\n",
        expect![[r#"
            Official 「市人大常委会主任周玉林」 name=周玉林 [主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Org 「市人大常委会」 → 巴彦淖尔市人民代表大会常务委员会 (Home("巴彦淖尔市"))
            Official 「市人大常委会副主任图门」 name=图门 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Org 「市人大常委会」 → 巴彦淖尔市人民代表大会常务委员会 (Home("巴彦淖尔市"))
            Official 「菅江左」 name=菅江左 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Official 「樊文」 name=樊文 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Official 「孟长云」 name=孟长云 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Official 「市委常委、市政府副市长赵巍峰」 name=赵巍峰 [常委@市委=中国共产党巴彦淖尔市委员会, 副市长@市政府=巴彦淖尔市人民政府]
            Org 「市委」 → 中国共产党巴彦淖尔市委员会 (Home("巴彦淖尔市"))
            Org 「市政府」 → 巴彦淖尔市人民政府 (Home("巴彦淖尔市"))
            Official 「市纪委副书记、监委副主任姜元文」 name=姜元文 [副书记@市纪委=中国共产党巴彦淖尔市纪律检查委员会, 副主任@监委=巴彦淖尔市监察委员会]
            Org 「市纪委」 → 中国共产党巴彦淖尔市纪律检查委员会 (Home("巴彦淖尔市"))
            Org 「监委」 → 巴彦淖尔市监察委员会 (Home("巴彦淖尔市"))
        "#]],
    );
}

#[test]
fn mongolian_names_names_before_titles_and_wrapped_names() {
    check(
        "⟦⟦乌审旗人大常委会⟧党组书记、主任宝音满都呼⟧\n\n⟦⟦赤峰市政协⟧党组书记、主席苏雅勒其其格⟧表示，要团结奋斗。\n\n⟦孟长云副主任⟧带队赴杭州考察，⟦⟦上海交大化学化工学院⟧贺益君教授⟧率专家\n团队前来，双方交流了意见。⟦⟦自治区人大财经委⟧副主任委员斯\n琴毕力格⟧带领调研组来到临河区，看望了基层干部群众和\n人大代表，了解他们的生产生活情况和意见建议。\n",
        expect![[r#"
            Official 「乌审旗人大常委会党组书记、主任宝音满都呼」 name=宝音满都呼 [党组书记@乌审旗人大常委会=乌审旗人民代表大会常务委员会, 主任@乌审旗人大常委会=乌审旗人民代表大会常务委员会]
            Org 「乌审旗人大常委会」 → 乌审旗人民代表大会常务委员会 (Written("乌审旗"))
            Official 「赤峰市政协党组书记、主席苏雅勒其其格」 name=苏雅勒其其格 [党组书记@赤峰市政协=中国人民政治协商会议赤峰市委员会, 主席@赤峰市政协=中国人民政治协商会议赤峰市委员会]
            Org 「赤峰市政协」 → 中国人民政治协商会议赤峰市委员会 (Written("赤峰市"))
            Official 「孟长云副主任」 name=孟长云 [副主任]
            Person 「上海交大化学化工学院贺益君教授」 name=贺益君 [教授@上海交大化学化工学院]
            Org 「上海交大化学化工学院」 → 上海交大化学化工学院 (Written("上海市"))
            Official 「自治区人大财经委副主任委员斯⏎琴毕力格」 name=斯琴毕力格 [副主任委员@自治区人大财经委=内蒙古自治区人民代表大会财政经济委员会]
            Org 「自治区人大财经委」 → 内蒙古自治区人民代表大会财政经济委员会 (Home("内蒙古自治区"))
        "#]],
    );
}

#[test]
fn reporters_credits_and_bylines_are_people() {
    check(
        "本报讯（⟦赵峰⟧）近日，⟦乌市人大常委会⟧召开会议。兴安盟乌兰浩特市。\n\n⟦⟦市融媒体中心⟧记者吴晓慧⟧⟦高鹏飞⟧\n\n●⟦市人大常委会办公室⟧  ⟦龚培贞⟧\n",
        expect![[r#"
            Person 「赵峰」 name=赵峰 []
            Org 「乌市人大常委会」 → 乌兰浩特市人民代表大会常务委员会 (ShortForm("乌兰浩特市"))
            Person 「市融媒体中心记者吴晓慧」 name=吴晓慧 [记者@市融媒体中心=乌兰浩特市融媒体中心]
            Org 「市融媒体中心」 → 乌兰浩特市融媒体中心 (Home("乌兰浩特市"))
            Person 「高鹏飞」 name=高鹏飞 [记者@市融媒体中心=乌兰浩特市融媒体中心]
            Org 「市人大常委会办公室」 → 乌兰浩特市人民代表大会常务委员会办公室 (Home("乌兰浩特市"))
            Person 「龚培贞」 name=龚培贞 [] of 市人大常委会办公室
        "#]],
    );
}

#[test]
fn a_known_name_after_a_title_whatever_follows() {
    // 习 is no common surname and 签署 ends no name: the lexicon knows the name.
    check(
        "会议闭幕。⟦国家主席习近平⟧签署第四十五号主席令。⟦国家副主席韩正⟧出席。\n",
        expect![[r#"
            Official 「国家主席习近平」 name=习近平 [国家主席]
            Official 「国家副主席韩正」 name=韩正 [国家副主席]
        "#]],
    );
}

#[test]
fn names_in_a_byline_are_people() {
    // Names after □ or ■ or a credit (文/图), set apart by spaces; not a
    // column's name, not a place.
    check(
        "□⟦王云飞⟧ ⟦乔宝宁⟧\n\n□ ⟦乌兰图雅⟧\n\n■⟦赵  明⟧ ⟦欧阳明华⟧\n\n□ 图片新闻\n\n■ 张家口\n\n□ 图片 新闻\n\n文/图 ⟦李明⟧\n",
        expect![[r#"
            Person 「王云飞」 name=王云飞 []
            Person 「乔宝宁」 name=乔宝宁 []
            Person 「乌兰图雅」 name=乌兰图雅 []
            Person 「赵  明」 name=赵明 []
            Person 「欧阳明华」 name=欧阳明华 []
            Person 「李明」 name=李明 []
        "#]],
    );
}

#[test]
fn a_photographers_credit_after_the_writers_names_a_person() {
    // "文/… 图/…": the writer and the photographer on one line, or the
    // photographer alone; an agency is no person.
    check(
        "文/本刊⟦记者 乌云娜⟧  图/⟦苏和⟧\n\n文/⟦张三⟧　图/⟦李四⟧ ⟦王五⟧\n\n图/⟦巴特尔⟧\n\n图/⟦新华社⟧\n",
        expect![[r#"
            Person 「记者 乌云娜」 name=乌云娜 [记者]
            Person 「苏和」 name=苏和 []
            Person 「张三」 name=张三 []
            Person 「李四」 name=李四 []
            Person 「王五」 name=王五 []
            Person 「巴特尔」 name=巴特尔 []
            Org 「新华社」 → 新华通讯社 (Standalone)
        "#]],
    );
}

#[test]
fn an_office_by_its_short_name_before_its_post() {
    // "市扶贫办主任": an office named by what it does and 办, where a post of
    // it follows; 办 as a verb (举办, 为群众办实事) names nothing.
    check(
        "⟦⟦旗扶贫办⟧副主任李强⟧、⟦⟦旗综治办⟧主任赵敏⟧出席。\n\n旗里举办培训班，为群众办实事。\n",
        expect![[r#"
            Official 「旗扶贫办副主任李强」 name=李强 [副主任@旗扶贫办]
            Org 「旗扶贫办」 → 旗扶贫办 (Unresolved)
            Official 「旗综治办主任赵敏」 name=赵敏 [主任@旗综治办]
            Org 「旗综治办」 → 旗综治办 (Unresolved)
        "#]],
    );
}

#[test]
fn departments_of_a_kind_are_no_ministry() {
    // "人力资源和社会保障部门": departments that do that work, not the
    // ministry, which its minister names.
    check(
        "经人力资源和社会保障部门责令支付。⟦⟦人力资源和社会保障部⟧部长王晓萍⟧出席。\n",
        expect![[r#"
            Official 「人力资源和社会保障部部长王晓萍」 name=王晓萍 [部长@人力资源和社会保障部=中华人民共和国人力资源和社会保障部]
            Org 「人力资源和社会保障部」 → 中华人民共和国人力资源和社会保障部 (Standalone)
        "#]],
    );
}

#[test]
fn organisations_known_without_a_place() {
    check(
        "⟦⟦清华大学⟧魏飞教授⟧带领团队，与⟦世界银行⟧、⟦复旦大学⟧的专家座谈。报考重点大学，商业银行放贷，投资集团成立。\n",
        expect![[r#"
            Person 「清华大学魏飞教授」 name=魏飞 [教授@清华大学]
            Org 「清华大学」 → 清华大学 (Standalone)
            Org 「世界银行」 → 世界银行 (Standalone)
            Org 「复旦大学」 → 复旦大学 (Standalone)
        "#]],
    );
}

#[test]
fn a_relative_level_right_before_a_whole_body() {
    check(
        "活动由⟦市图书馆⟧承办，伤者在⟦市医院⟧救治，⟦市能源局⟧参加。巴彦淖尔市临河区。市中心人流密集。\n",
        expect![[r#"
            Org 「市图书馆」 → 巴彦淖尔市图书馆 (Home("巴彦淖尔市"))
            Org 「市医院」 → 巴彦淖尔市医院 (Home("巴彦淖尔市"))
            Org 「市能源局」 → 巴彦淖尔市能源局 (Home("巴彦淖尔市"))
        "#]],
    );
}

#[test]
fn a_word_before_a_level_is_not_a_short_form_in_a_chain() {
    // 职市 is no short form of a place: 市 is the page's city, for the 纪委 and
    // for the 监委 that shares its place (found by fuzzing: this panicked).
    check(
        "巴彦淖尔市临河区。他曾任职⟦市纪委⟧书记、⟦监委⟧主任。\n",
        expect![[r#"
            Org 「市纪委」 → 中国共产党巴彦淖尔市纪律检查委员会 (Home("巴彦淖尔市"))
            Org 「监委」 → 巴彦淖尔市监察委员会 (Home("巴彦淖尔市"))
        "#]],
    );
}

#[test]
fn short_forms_and_relative_levels_after_a_verb() {
    // A verb before 中旗 or 市 leaves the short form and the page's own place;
    // a word that ends in the level (其中, 城市, 社区) or many places (全市) do not.
    check(
        "巴彦淖尔市乌拉特中旗。会议要求开创⟦中旗人大⟧工作新局面，其中⟦旗人大⟧代表十二名。⟦市政协⟧联合⟦市图书馆⟧举办读书会，城市图书馆开放，社区医院义诊，服务全市发展大局。\n",
        expect![[r#"
            Org 「中旗人大」 → 乌拉特中旗人民代表大会 (ShortForm("乌拉特中旗"))
            Org 「旗人大」 → 乌拉特中旗人民代表大会 (Home("乌拉特中旗"))
            Org 「市政协」 → 中国人民政治协商会议巴彦淖尔市委员会 (Home("巴彦淖尔市"))
            Org 「市图书馆」 → 巴彦淖尔市图书馆 (Home("巴彦淖尔市"))
        "#]],
    );
}

#[test]
fn schools_companies_and_list_items_without_a_place() {
    // An item of a list is an organisation when its neighbour with the same
    // suffix is one; alone, 商业银行 is a word.
    check(
        "⟦北京大学地球与空间科学学院⟧、⟦中国矿业大学（北京）内蒙古研究院⟧与⟦杭州初灵信息技术有限公司⟧、⟦视联动力信息技术股份有限公司⟧签约。该公司表示，将设立子公司。⟦蒙商银行⟧、⟦鄂尔多斯银行⟧参加，商业银行放贷。\n",
        expect![[r#"
            Org 「北京大学地球与空间科学学院」 → 北京大学地球与空间科学学院 (Written("北京市"))
            Org 「中国矿业大学（北京）内蒙古研究院」 → 中国矿业大学（北京）内蒙古研究院 (Written("中国"))
            Org 「杭州初灵信息技术有限公司」 → 杭州初灵信息技术有限公司 (Written("杭州市"))
            Org 「视联动力信息技术股份有限公司」 → 视联动力信息技术股份有限公司 (Standalone)
            Org 「蒙商银行」 → 蒙商银行 (Standalone)
            Org 「鄂尔多斯银行」 → 鄂尔多斯银行 (Written("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn departments_of_party_committees_and_government_offices() {
    // 县委宣传部 is one body, a department of the county committee; a body that
    // shares the place of the one before it in a chain keeps that place even
    // unresolved (no county is named here); 宣传部 alone is a word.
    check(
        "⟦⟦县委⟧常委、⟦宣传部⟧部长何晓燕⟧出席。⟦⟦县委统战部⟧副部长张三⟧、⟦⟦县政府办公室⟧主任孙七⟧讲话。宣传部门要加强协调。\n\n鄂尔多斯市召开会议，⟦⟦市委宣传部⟧部长王五⟧出席。\n",
        expect![[r#"
            Official 「县委常委、宣传部部长何晓燕」 name=何晓燕 [常委@县委, 部长@宣传部]
            Org 「县委」 → 中国共产党县委员会 (Unresolved)
            Org 「宣传部」 → 中国共产党县委员会宣传部 (Unresolved)
            Official 「县委统战部副部长张三」 name=张三 [副部长@县委统战部]
            Org 「县委统战部」 → 中国共产党县委员会统一战线工作部 (Unresolved)
            Official 「县政府办公室主任孙七」 name=孙七 [主任@县政府办公室]
            Org 「县政府办公室」 → 县人民政府办公室 (Unresolved)
            Official 「市委宣传部部长王五」 name=王五 [部长@市委宣传部=中国共产党鄂尔多斯市委员会宣传部]
            Org 「市委宣传部」 → 中国共产党鄂尔多斯市委员会宣传部 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn news_agencies_and_their_reporters() {
    check(
        "⟦新华社⟧北京11月20日电（⟦记者 王晓明⟧）。图为会议现场。⟦⟦新华社⟧记者 张伟⟧ 摄。据⟦中新社⟧报道。\n",
        expect![[r#"
            Org 「新华社」 → 新华通讯社 (Standalone)
            Person 「记者 王晓明」 name=王晓明 [记者]
            Person 「新华社记者 张伟」 name=张伟 [记者@新华社=新华通讯社]
            Org 「新华社」 → 新华通讯社 (Standalone)
            Org 「中新社」 → 中国新闻社 (Standalone)
        "#]],
    );
}

#[test]
fn a_banner_paper_names_its_towns_not_itself() {
    // 乌兰镇 and 棋盘井镇 are towns of 鄂托克旗: 旗 is that banner. 双河镇 is a
    // town of more than one county and says nothing.
    check(
        "⟦旗人大常委会⟧执法检查组深入乌兰镇、棋盘井镇等地，听取⟦旗政府⟧汇报。\n",
        expect![[r#"
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Org 「旗政府」 → 鄂托克旗人民政府 (Home("鄂托克旗"))
        "#]],
    );
    check(
        "⟦县人大常委会⟧执法检查组深入双河镇调研。\n",
        expect![[r#"
            Org 「县人大常委会」 → 县人民代表大会常务委员会 (Unresolved)
        "#]],
    );
}

#[test]
fn a_standing_committee_named_without_its_body() {
    // 常委会 alone is the people's congress standing committee named last
    // before it; with none before, it stays as written.
    check(
        "常委会⟦副主任李四⟧讲话。⟦鄂托克旗人大常委会⟧召开会议，常委会⟦主任王海军⟧主持，⟦⟦旗政府⟧副旗长赵六⟧出席。\n",
        expect![[r#"
            Official 「副主任李四」 name=李四 [副主任@常委会]
            Org 「鄂托克旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Written("鄂托克旗"))
            Official 「主任王海军」 name=王海军 [主任@常委会=鄂托克旗人民代表大会常务委员会]
            Official 「旗政府副旗长赵六」 name=赵六 [副旗长@旗政府=鄂托克旗人民政府]
            Org 「旗政府」 → 鄂托克旗人民政府 (Home("鄂托克旗"))
        "#]],
    );
}

#[test]
fn appointments_and_removals_name_the_person_first() {
    // A 任免名单: the verb and 为 / 的 / 辞去 frame the name before the post.
    // Without the verb (会议为…局长一职) nothing before the post is a name.
    check(
        "任命⟦张建军为⟦鄂尔多斯市发展和改革委员会⟧主任⟧；\n选举⟦张三、⟦李四⟧为⟦市人大常委会⟧副主任⟧；\n免去⟦乌云其木格的⟦鄂尔多斯市民族事务委员会⟧副主任⟧职务；\n接受⟦刘五辞去⟦市人力资源和社会保障局⟧局长⟧职务的请求。\n会议为⟦市教育局⟧局长一职推荐人选。\n",
        expect![[r#"
            Official 「张建军为鄂尔多斯市发展和改革委员会主任」 name=张建军 [主任@鄂尔多斯市发展和改革委员会]
            Org 「鄂尔多斯市发展和改革委员会」 → 鄂尔多斯市发展和改革委员会 (Written("鄂尔多斯市"))
            Official 「张三、李四为市人大常委会副主任」 name=张三 [副主任@市人大常委会=鄂尔多斯市人民代表大会常务委员会]
            Official 「李四」 name=李四 [副主任@市人大常委会=鄂尔多斯市人民代表大会常务委员会]
            Org 「市人大常委会」 → 鄂尔多斯市人民代表大会常务委员会 (Home("鄂尔多斯市"))
            Official 「乌云其木格的鄂尔多斯市民族事务委员会副主任」 name=乌云其木格 [原副主任@鄂尔多斯市民族事务委员会]
            Org 「鄂尔多斯市民族事务委员会」 → 鄂尔多斯市民族事务委员会 (Written("鄂尔多斯市"))
            Official 「刘五辞去市人力资源和社会保障局局长」 name=刘五 [原局长@市人力资源和社会保障局=鄂尔多斯市人力资源和社会保障局]
            Org 「市人力资源和社会保障局」 → 鄂尔多斯市人力资源和社会保障局 (Home("鄂尔多斯市"))
            Org 「市教育局」 → 鄂尔多斯市教育局 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_council_post_after_a_comma_is_the_same_bodys() {
    // 主持，副主任…，秘书长…: the council's other posts, named after the first,
    // belong to its body. A post of another kind (副市长) does not.
    check(
        "会议由⟦⟦旗人大常委会⟧主任王海军⟧主持，⟦副主任张明⟧、⟦赵红梅⟧、⟦巴图⟧，⟦秘书长刘志强⟧出席。鄂托克旗。\n\n⟦⟦市政协⟧主席李红⟧，⟦副市长王刚⟧出席。\n",
        expect![[r#"
            Official 「旗人大常委会主任王海军」 name=王海军 [主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Official 「副主任张明」 name=张明 [副主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Official 「赵红梅」 name=赵红梅 [副主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Official 「巴图」 name=巴图 [副主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Official 「秘书长刘志强」 name=刘志强 [秘书长@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Official 「市政协主席李红」 name=李红 [主席@市政协=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「市政协」 → 中国人民政治协商会议鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Official 「副市长王刚」 name=王刚 [副市长=鄂尔多斯市人民政府]
        "#]],
    );
}

#[test]
fn a_heads_title_alone_heads_the_body_of_its_kind_named_before() {
    // 院长 at the head of a sentence: the 法院 named before it in the paragraph;
    // 副局长 after a comma: the 公安局. A 院长 in the next paragraph has no
    // body, nor has a 局长 where no 局 is named.
    check(
        "3月10日，⟦伊金霍洛旗人民法院⟧召开工作会议。⟦院长刘志强⟧出席。\n\n⟦准格尔旗公安局⟧召开会议，⟦副局长王刚⟧主持。\n\n⟦院长李明⟧讲话。⟦鄂托克旗人民医院⟧捐赠设备，⟦局长赵红⟧出席。\n",
        expect![[r#"
            Org 「伊金霍洛旗人民法院」 → 伊金霍洛旗人民法院 (Written("伊金霍洛旗"))
            Official 「院长刘志强」 name=刘志强 [院长@伊金霍洛旗人民法院]
            Org 「准格尔旗公安局」 → 准格尔旗公安局 (Written("准格尔旗"))
            Official 「副局长王刚」 name=王刚 [副局长@准格尔旗公安局]
            Official 「院长李明」 name=李明 [院长]
            Org 「鄂托克旗人民医院」 → 鄂托克旗人民医院 (Written("鄂托克旗"))
            Official 「局长赵红」 name=赵红 [局长]
        "#]],
    );
}

#[test]
fn a_township_presidium_and_mongolian_names_with_ri() {
    // 镇人大主席团 is the township congress's standing organ; 乌日娜 is a name
    // though 日 ends words elsewhere (日期).
    check(
        "⟦⟦乌兰镇人大主席团⟧主席张军⟧列席。\n\n□ ⟦通讯员  乌日娜⟧  本报⟦记者  刘洋⟧\n",
        expect![[r#"
            Official 「乌兰镇人大主席团主席张军」 name=张军 [主席@乌兰镇人大主席团=乌兰镇人民代表大会主席团]
            Org 「乌兰镇人大主席团」 → 乌兰镇人民代表大会主席团 (Written("乌兰镇"))
            Person 「通讯员  乌日娜」 name=乌日娜 [通讯员]
            Person 「记者  刘洋」 name=刘洋 [记者]
        "#]],
    );
}

#[test]
fn a_village_committees_posts() {
    // 村委会主任 is a post with its body in it; after 村党支部书记、 it is the
    // same person's second post.
    check(
        "村⟦党支部书记、村委会主任张富贵⟧告诉记者。\n\n嘎查⟦党支部书记、嘎查委员会主任巴特尔⟧说。\n",
        expect![[r#"
            Official 「党支部书记、村委会主任张富贵」 name=张富贵 [党支部书记@村, 村委会主任@村]
            Official 「党支部书记、嘎查委员会主任巴特尔」 name=巴特尔 [党支部书记@嘎查, 嘎查委员会主任@嘎查]
        "#]],
    );
}

#[test]
fn a_general_party_branch_secretary() {
    // 村党总支书记 like 村党支部书记: the title holds its unit, the village is the body.
    check(
        "村⟦党总支书记、村委会主任何建平⟧告诉记者。\n\n⟦党支部副书记王芳⟧说。\n",
        expect![[r#"
            Official 「党总支书记、村委会主任何建平」 name=何建平 [党总支书记@村, 村委会主任@村]
            Official 「党支部副书记王芳」 name=王芳 [党支部副书记]
        "#]],
    );
}

#[test]
fn a_credit_cut_by_the_line_wrap() {
    // The dateline's bracket runs on to the next line: the name is read whole.
    check(
        "⟦县委常委会⟧召开扩大会议\n\n本报讯（⟦记者 王晓燕⟧ ⟦通讯员 李明\n辉⟧）11月19日，⟦县委常委会⟧召开扩大\n会议，研究部署冬季安全生产工作。\n",
        expect![[r#"
            Org 「县委常委会」 → 中国共产党县委员会常务委员会 (Unresolved)
            Person 「记者 王晓燕」 name=王晓燕 [记者]
            Person 「通讯员 李明⏎辉」 name=李明辉 [通讯员]
            Org 「县委常委会」 → 中国共产党县委员会常务委员会 (Unresolved)
        "#]],
    );
}

#[test]
fn mongolian_names_with_teng_and_cang_and_a_closing_credit() {
    // 阿拉腾仓 is a whole name (腾, 仓 are common in Mongolian names); a news item
    // closed by （苏日娜） is signed by her, though 日 is in no Han given name.
    check(
        "⟦⟦乌拉特前旗人大常委会⟧党组书记、主任阿拉腾仓⟧，⟦副主任张海军⟧参加。\n\n视察结束后召开座谈会。（⟦苏日娜⟧）\n",
        expect![[r#"
            Official 「乌拉特前旗人大常委会党组书记、主任阿拉腾仓」 name=阿拉腾仓 [党组书记@乌拉特前旗人大常委会=乌拉特前旗人民代表大会常务委员会, 主任@乌拉特前旗人大常委会=乌拉特前旗人民代表大会常务委员会]
            Org 「乌拉特前旗人大常委会」 → 乌拉特前旗人民代表大会常务委员会 (Written("乌拉特前旗"))
            Official 「副主任张海军」 name=张海军 [副主任@乌拉特前旗人大常委会=乌拉特前旗人民代表大会常务委员会]
            Person 「苏日娜」 name=苏日娜 []
        "#]],
    );
}

#[test]
fn a_town_congress_named_by_its_level_after_the_town() {
    // 镇人大主席团 right after 锡尼镇 is that town's; with no town named
    // shortly before it is none in particular (苏木乡镇人大主席团: many of them).
    check(
        "本报讯 11月10日，⟦锡尼镇人大主席团⟧组织召开代表述职评议会。⟦⟦镇人大主席团⟧主席巴图孟和⟧出席会议。\n\n督导苏木乡镇人大主席团开展工作。\n",
        expect![[r#"
            Org 「锡尼镇人大主席团」 → 锡尼镇人民代表大会主席团 (Written("锡尼镇"))
            Official 「镇人大主席团主席巴图孟和」 name=巴图孟和 [主席@镇人大主席团=锡尼镇人民代表大会主席团]
            Org 「镇人大主席团」 → 锡尼镇人民代表大会主席团 (Home("锡尼镇"))
        "#]],
    );
}

#[test]
fn a_councils_party_group_member_after_its_vice_chairs() {
    // After the council's posts, 党组成员、秘书长 are posts of the same council.
    // A title after a name later on is held where the page said it was, when
    // the page said so for that title (郭海平 was 副主任, not 主任).
    check(
        "⟦⟦旗人大常委会⟧主任额尔德尼⟧主持会议，⟦副主任王志军⟧、⟦郭海平⟧，⟦党组成员、秘书长杨晓东⟧出席会议。杭锦旗。\n\n⟦额尔德尼主任⟧强调，要推动工作落实。⟦王志军副主任⟧讲话。⟦郭海平主任⟧讲话。\n",
        expect![[r#"
            Official 「旗人大常委会主任额尔德尼」 name=额尔德尼 [主任@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 杭锦旗人民代表大会常务委员会 (Home("杭锦旗"))
            Official 「副主任王志军」 name=王志军 [副主任@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Official 「郭海平」 name=郭海平 [副主任@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Official 「党组成员、秘书长杨晓东」 name=杨晓东 [党组成员@旗人大常委会=杭锦旗人民代表大会常务委员会, 秘书长@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Official 「额尔德尼主任」 name=额尔德尼 [主任@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Official 「王志军副主任」 name=王志军 [副主任@旗人大常委会=杭锦旗人民代表大会常务委员会]
            Official 「郭海平主任」 name=郭海平 [主任]
        "#]],
    );
}

#[test]
fn a_banner_committee_written_with_the_banners_full_name() {
    // 准格尔旗委: the banner's 旗 opens 旗委, and 准格尔 alone is no place name.
    // 和县 is a county, but in 市委和县委 it is a conjunction.
    check(
        "⟦⟦准格尔旗委⟧书记刘智勇⟧讲话。⟦⟦市委⟧常委、⟦准格尔旗委⟧书记刘智勇⟧出席。\n\n⟦市委⟧和⟦县委⟧召开会议。鄂尔多斯市。\n",
        expect![[r#"
            Official 「准格尔旗委书记刘智勇」 name=刘智勇 [书记@准格尔旗委=中国共产党准格尔旗委员会]
            Org 「准格尔旗委」 → 中国共产党准格尔旗委员会 (Written("准格尔旗"))
            Official 「市委常委、准格尔旗委书记刘智勇」 name=刘智勇 [常委@市委=中国共产党鄂尔多斯市委员会, 书记@准格尔旗委=中国共产党准格尔旗委员会]
            Org 「市委」 → 中国共产党鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Org 「准格尔旗委」 → 中国共产党准格尔旗委员会 (Written("准格尔旗"))
            Org 「市委」 → 中国共产党鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Org 「县委」 → 中国共产党县委员会 (Unresolved)
        "#]],
    );
}

#[test]
fn a_list_of_members_names_the_person_before_the_post() {
    // A name set apart by spaces before a post that ends the line; a
    // two-character name spaced out to three (李  强) is 李强. A post followed
    // by more text, or a word that is no name, is not such an entry.
    check(
        "视察组成员名单\n\n组  长：⟦王建军  ⟦旗人大常委会⟧副主任⟧\n\n副组长：⟦李  强  ⟦旗人大常委会⟧委员⟧\n\n会议  ⟦旗人大常委会⟧副主任\n\n成  员：赵  敏  ⟦旗人大常委会⟧副主任了解情况。\n\n鄂托克旗。\n",
        expect![[r#"
            Official 「王建军  旗人大常委会副主任」 name=王建军 [副主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Official 「李  强  旗人大常委会委员」 name=李强 [委员@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
        "#]],
    );
}

#[test]
fn a_democratic_partys_committee_and_mongolian_names_after_a_post() {
    // 民建…市委会 is not the city's Party committee but the 民建's; 孟和 (和
    // is a conjunction elsewhere) and 巴雅尔图 before 建议 are whole names
    // after a body's post.
    check(
        "⟦⟦市政协⟧委员王志勇⟧代表⟦民建鄂尔多斯市委会⟧发言。⟦⟦内蒙古大学⟧教授巴雅尔图⟧建议，加快引进。⟦⟦康巴什区人民检察院⟧检察长孟和⟧出席会议。\n",
        expect![[r#"
            Official 「市政协委员王志勇」 name=王志勇 [委员@市政协=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「市政协」 → 中国人民政治协商会议鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Org 「民建鄂尔多斯市委会」 → 中国民主建国会鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Person 「内蒙古大学教授巴雅尔图」 name=巴雅尔图 [教授@内蒙古大学]
            Org 「内蒙古大学」 → 内蒙古大学 (Written("内蒙古自治区"))
            Official 「康巴什区人民检察院检察长孟和」 name=孟和 [检察长@康巴什区人民检察院]
            Org 「康巴什区人民检察院」 → 康巴什区人民检察院 (Written("康巴什区"))
        "#]],
    );
}

#[test]
fn a_committee_written_in_full_is_the_partys_or_the_cppccs() {
    // 市委员会 in full: the CPPCC's after 政协 or its full name (a session's
    // ordinal may stand between), else the Party's.
    check(
        "⟦⟦中国人民政治协商会议鄂尔多斯市委员会⟧主席杜汇良⟧出席。\n\n⟦⟦政协第五届鄂尔多斯市委员会⟧常委王刚⟧发言。\n\n⟦中共鄂尔多斯市委员会⟧召开全会。\n",
        expect![[r#"
            Official 「中国人民政治协商会议鄂尔多斯市委员会主席杜汇良」 name=杜汇良 [主席@中国人民政治协商会议鄂尔多斯市委员会]
            Org 「中国人民政治协商会议鄂尔多斯市委员会」 → 中国人民政治协商会议鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Official 「政协第五届鄂尔多斯市委员会常委王刚」 name=王刚 [常委@政协第五届鄂尔多斯市委员会=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「政协第五届鄂尔多斯市委员会」 → 中国人民政治协商会议鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「中共鄂尔多斯市委员会」 → 中国共产党鄂尔多斯市委员会 (Written("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_place_and_its_level_after_a_post_is_no_name() {
    // 鄂托克旗 is where the vice-chair went, not who he is; 乌兰 (a county's
    // short name too) is still a name before 主持.
    check(
        "⟦旗人大常委会⟧副主任鄂托克旗调研。\n\n⟦⟦旗人大常委会⟧副主任乌兰⟧主持。\n",
        expect![[r#"
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
            Official 「旗人大常委会副主任乌兰」 name=乌兰 [副主任@旗人大常委会=鄂托克旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Home("鄂托克旗"))
        "#]],
    );
}

#[test]
fn later_mentions_without_a_title() {
    // A name found with its post (three characters or more) is a person wherever
    // else the page writes it, once: not again inside the mention that found it.
    check(
        "⟦⟦市人大常委会⟧主任周玉林⟧主持会议，⟦⟦市人大常委会⟧副主任图门⟧、⟦菅江左⟧出席。巴彦淖尔市临河区。\n\n会后，⟦周玉林⟧与⟦菅江左⟧一起调研，⟦周玉林⟧说，图门同意。\n",
        expect![[r#"
            Official 「市人大常委会主任周玉林」 name=周玉林 [主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Org 「市人大常委会」 → 巴彦淖尔市人民代表大会常务委员会 (Home("巴彦淖尔市"))
            Official 「市人大常委会副主任图门」 name=图门 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Org 「市人大常委会」 → 巴彦淖尔市人民代表大会常务委员会 (Home("巴彦淖尔市"))
            Official 「菅江左」 name=菅江左 [副主任@市人大常委会=巴彦淖尔市人民代表大会常务委员会]
            Person 「周玉林」 name=周玉林 []
            Person 「菅江左」 name=菅江左 []
            Person 「周玉林」 name=周玉林 []
        "#]],
    );
}

#[test]
fn meetings_publications_plural_bodies_and_words_are_not_mentions() {
    check(
        "市五届人大常委会第十九次会议在临河召开。全国政协十三届五次会议闭幕。《巴彦淖尔人大》刊物，各旗县区人大常委会，苏木镇人大，要强化代表履职，完善委员管理等问题，社会长远发展。\n",
        expect![[r#""#]],
    );
}

#[test]
fn workspace_aliases_people_and_titles_from_baokan_toml() {
    let ext = Extensions {
        people: vec!["那木拉".into()],
        titles: vec!["苏木长".into()],
        aliases: [("乌市人大".to_string(), "乌兰浩特市人大常委会".to_string())].into(),
        ..Extensions::default()
    };
    let lexicon = Lexicon::build(&ext);
    let text = "乌市人大召开会议。那木拉参加。巴音苏木苏木长白音仓说。\n";
    let e = analysis::analyze_with(text, &lexicon).entities;
    expect![[r#"
        Org 「乌市人大」 → 乌兰浩特市人大常委会 (Alias("乌市人大"))
        Person 「那木拉」 name=那木拉 []
        Official 「苏木长白音仓」 name=白音仓 [苏木长@巴音苏木]
    "#]]
    .assert_eq(&render(text, &e));
}

// ---- precision and recall against the annotations ----

/// (page, kind, 1-based line, text) — for officials text is "name titles".
type Key = (String, &'static str, u32, String);

fn line_of(text: &str, offset: usize) -> u32 {
    let before = &text[..offset];
    (before.matches('\n').count() + before.matches('\r').count() - before.matches("\r\n").count())
        as u32
        + 1
}

#[test]
fn officials_and_organisations_precision_and_recall() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut expected: BTreeMap<Key, usize> = BTreeMap::new();
    let mut actual: BTreeMap<Key, usize> = BTreeMap::new();
    let dir = root.join("tests/annotations/entities");
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ann") {
            continue;
        }
        pages += 1;
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let text =
            std::fs::read_to_string(root.join("tests/corpus").join(format!("{stem}.txt"))).unwrap();
        let mut org_lines = 1..=u32::MAX;
        for l in std::fs::read_to_string(&path).unwrap().lines() {
            let cols: Vec<&str> = l.split('\t').collect();
            match cols[0] {
                "orgs-lines" => {
                    org_lines = cols[1].parse().unwrap()..=cols[2].parse().unwrap();
                }
                "official" => {
                    let key = (
                        stem.clone(),
                        "official",
                        cols[1].parse().unwrap(),
                        format!("{} {}", cols[2], cols[3]),
                    );
                    *expected.entry(key).or_default() += 1;
                }
                "org" => {
                    let key = (
                        stem.clone(),
                        "org",
                        cols[1].parse().unwrap(),
                        cols[2].to_string(),
                    );
                    *expected.entry(key).or_default() += 1;
                }
                _ => {}
            }
        }
        let e = analysis::analyze(&text).entities;
        for p in e.people.iter().filter(|p| p.kind == PersonKind::Official) {
            let titles: Vec<&str> = p.posts.iter().map(|t| &*t.title).collect();
            let key = (
                stem.clone(),
                "official",
                line_of(&text, p.name_range.start),
                format!("{} {}", p.name, titles.join("、")),
            );
            *actual.entry(key).or_default() += 1;
        }
        for o in &e.organisations {
            let line = line_of(&text, o.range.start);
            if org_lines.contains(&line) {
                let key = (stem.clone(), "org", line, o.text.to_string());
                *actual.entry(key).or_default() += 1;
            }
        }
    }
    assert_eq!(pages, 5, "one annotation file per corpus page");
    let mut report = String::new();
    let mut scores = Vec::new();
    for kind in ["official", "org"] {
        let total = |m: &BTreeMap<Key, usize>| -> usize {
            m.iter().filter(|(k, _)| k.1 == kind).map(|(_, n)| n).sum()
        };
        let tp: usize = expected
            .iter()
            .filter(|(k, _)| k.1 == kind)
            .map(|(k, n)| (*n).min(actual.get(k).copied().unwrap_or(0)))
            .sum();
        let (e, a) = (total(&expected), total(&actual));
        let precision = tp as f64 / a.max(1) as f64;
        let recall = tp as f64 / e.max(1) as f64;
        report.push_str(&format!(
            "{kind:<9} annotated {e:>4} found {a:>4} correct {tp:>4} precision {precision:.3} recall {recall:.3}\n"
        ));
        for (k, n) in expected.iter().filter(|(k, _)| k.1 == kind) {
            let got = actual.get(k).copied().unwrap_or(0);
            if got < *n {
                report.push_str(&format!("    missed {k:?} x{}\n", n - got));
            }
        }
        for (k, n) in actual.iter().filter(|(k, _)| k.1 == kind) {
            let want = expected.get(k).copied().unwrap_or(0);
            if *n > want {
                report.push_str(&format!("    wrong  {k:?} x{}\n", n - want));
            }
        }
        scores.push((kind, precision, recall));
    }
    eprintln!("{report}");
    for (kind, precision, recall) in scores {
        let floor = if kind == "official" { 0.95 } else { 0.92 };
        assert!(
            precision >= floor && recall >= floor,
            "{kind} below {floor}:\n{report}"
        );
    }
}

// ---- protocol: hover, references, highlights, tokens, symbols, baokan.toml ----

mod protocol {
    use serde_json::{Value, json};

    use crate::support::LspClient;

    const PAGE_1: &str = "巴彦淖尔市人大常委会召开会议\n\n12月30日，会议在临河召开。市人大常委会主任周玉林主持会议，副主任图门出席。\n";
    const PAGE_2: &str = "调研活动\n\n11月22日，市人大常委会副主任孟长云带领调研组到磴口县调研。巴彦淖尔市人大常委会主任周玉林参加。\n";

    fn uri(dir: &std::path::Path, name: &str) -> String {
        format!("file://{}", dir.join(name).display())
    }

    /// The URIs of a references response, in order.
    fn uris_of(refs: &Value) -> Vec<&str> {
        refs["result"]
            .as_array()
            .unwrap_or_else(|| panic!("{refs}"))
            .iter()
            .map(|l| l["uri"].as_str().unwrap())
            .collect()
    }

    /// Pages that are not open are known by their summaries: their positions must
    /// be in the encoding the client chose, astral characters and CRLF included.
    #[tokio::test]
    async fn references_on_pages_not_open_are_in_the_negotiated_encoding() {
        let closed = "𠮷😀 调研\r\n\r\n𠮷😀，巴彦淖尔市人大常委会主任周玉林参加。\r\n";
        let line = closed.split("\r\n").nth(2).unwrap();
        let before = &line[..line.find("周玉林").unwrap()];
        for (encoding, start, len) in [
            ("utf-8", before.len(), 9),
            ("utf-16", before.encode_utf16().count(), 3),
            ("utf-32", before.chars().count(), 3),
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("01.txt"), PAGE_1).unwrap();
            std::fs::write(dir.path().join("02.txt"), closed).unwrap();
            let mut client = LspClient::in_process();
            let (init, _) = client
                .initialize_workspace_with(dir.path(), json!({"positionEncodings": [encoding]}))
                .await;
            assert_eq!(init["result"]["capabilities"]["positionEncoding"], encoding);
            let one = uri(dir.path(), "01.txt");
            client.open(&one, 1, PAGE_1).await;
            client.diagnostics(&one, 1).await;
            let line1 = PAGE_1.lines().nth(2).unwrap();
            let at = &line1[..line1.find("周玉林").unwrap()];
            // On the name's second character.
            let character = match encoding {
                "utf-8" => at.len() + 3,
                "utf-16" => at.encode_utf16().count() + 1,
                _ => at.chars().count() + 1,
            };
            let refs = client
                .request(
                    "textDocument/references",
                    json!({"textDocument": {"uri": one}, "position": {"line": 2, "character": character},
                           "context": {"includeDeclaration": true}}),
                )
                .await;
            let two = uri(dir.path(), "02.txt");
            let on_two: Vec<&Value> = refs["result"]
                .as_array()
                .unwrap_or_else(|| panic!("{refs}"))
                .iter()
                .filter(|l| l["uri"] == two.as_str())
                .collect();
            assert_eq!(
                on_two,
                vec![&json!({"uri": two, "range": {
                    "start": {"line": 2, "character": start},
                    "end": {"line": 2, "character": start + len}}})],
                "{encoding}"
            );
        }
    }

    #[tokio::test]
    async fn hover_references_highlights_tokens_symbols_and_live_lexicon() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("01.txt"), PAGE_1).unwrap();
        std::fs::write(dir.path().join("02.txt"), PAGE_2).unwrap();
        let mut client = LspClient::in_process();
        let (init, _) = client.initialize_workspace(dir.path()).await;
        assert_eq!(
            init["result"]["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"],
            json!(["person", "organization", "title"])
        );
        let one = uri(dir.path(), "01.txt");
        client.open(&one, 1, PAGE_1).await;
        client.diagnostics(&one, 1).await;

        // Line 2 (0-based): "12月30日，会议在临河召开。市人大常委会主任周玉林主持会议，…"
        let line = PAGE_1.lines().nth(2).unwrap();
        let col = |needle: &str| line[..line.find(needle).unwrap()].encode_utf16().count() as u32;
        let at = |needle: &str| json!({"textDocument": {"uri": one}, "position": {"line": 2, "character": col(needle) + 1}});

        let hover = client.request("textDocument/hover", at("周玉林")).await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            value.contains("周玉林") && value.contains("official"),
            "{hover}"
        );
        assert!(
            value.contains("主任, 巴彦淖尔市人民代表大会常务委员会 (×2)"),
            "{value}"
        );
        assert!(value.contains("2 mentions on 2 pages"), "{value}");

        let org = client
            .request("textDocument/hover", at("市人大常委会"))
            .await;
        let value = org["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            value.contains("巴彦淖尔市人民代表大会常务委员会"),
            "{value}"
        );
        assert!(
            value.contains("周玉林（主任）") && value.contains("孟长云（副主任）"),
            "{value}"
        );

        let title = client.request("textDocument/hover", at("主任周")).await;
        let value = title["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            value.starts_with("**主任** is the post of **周玉林**"),
            "{value}"
        );

        let with_context = |needle: &str| {
            let mut params = at(needle);
            params["context"] = json!({"includeDeclaration": true});
            params
        };
        let refs = client
            .request("textDocument/references", with_context("周玉林"))
            .await;
        let uris = uris_of(&refs);
        assert_eq!(
            uris,
            vec![one.as_str(), uri(dir.path(), "02.txt").as_str()],
            "{refs}"
        );
        let org_refs = client
            .request("textDocument/references", with_context("市人大常委会"))
            .await;
        assert_eq!(
            org_refs["result"].as_array().unwrap().len(),
            4,
            "{org_refs}"
        );

        let highlights = client
            .request("textDocument/documentHighlight", at("市人大常委会"))
            .await;
        assert_eq!(
            highlights["result"].as_array().unwrap().len(),
            2,
            "{highlights}"
        );

        let tokens = client
            .request(
                "textDocument/semanticTokens/full",
                json!({"textDocument": {"uri": one}}),
            )
            .await;
        let data: Vec<u64> = tokens["result"]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        // Every token is five numbers; the first organisation is 巴彦淖尔市人大常委会 at 0:0.
        assert_eq!(data.len() % 5, 0);
        assert_eq!(&data[..5], &[0, 0, 10, 1, 0], "{data:?}");
        assert!(
            data.chunks(5).any(|t| t[3] == 0 && t[2] == 3),
            "a three-character name: {data:?}"
        );
        assert!(data.chunks(5).any(|t| t[3] == 2), "a title: {data:?}");

        let symbols = client
            .request("workspace/symbol", json!({"query": "孟长云"}))
            .await;
        let names: Vec<&str> = symbols["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, vec!["孟长云"], "{symbols}");

        // Right after an edit the page has only its quick snapshot (entities come
        // when typing pauses); a hover completes it at once.
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": one, "version": 2}, "contentChanges": [{"text": PAGE_1}]}),
            )
            .await;
        let hover = client.request("textDocument/hover", at("周玉林")).await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(value.contains("### 周玉林 — official"), "{hover}");

        // baokan.toml adds a person: open pages are read again when it changes.
        std::fs::write(
            dir.path().join("baokan.toml"),
            "[entities]\npeople = ['临河']\n",
        )
        .unwrap();
        client
            .notify(
                "workspace/didChangeWatchedFiles",
                json!({"changes": [{"uri": uri(dir.path(), "baokan.toml"), "type": 1}]}),
            )
            .await;
        client.diagnostics(&one, 2).await;
        let hover: Value = client.request("textDocument/hover", at("临河")).await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(value.contains("### 临河 — person"), "{hover}");
    }

    /// A company's short form, after its full name, hovers as that company:
    /// the full name it stands for, and why.
    #[tokio::test]
    async fn a_companys_short_form_hovers_as_the_company() {
        let page = "记者从内蒙古伊泰集团有限公司获悉，伊泰集团董事长张晶泉介绍了项目。\n";
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("01.txt"), page).unwrap();
        let mut client = LspClient::in_process();
        client.initialize_workspace(dir.path()).await;
        let one = uri(dir.path(), "01.txt");
        client.open(&one, 1, page).await;
        client.diagnostics(&one, 1).await;
        let column = page[..page.find("伊泰集团董").unwrap()]
            .encode_utf16()
            .count()
            + 1;
        let at =
            json!({"textDocument": {"uri": one}, "position": {"line": 0, "character": column}});
        let hover = client.request("textDocument/hover", at).await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default();
        assert!(
            value.contains("Resolves to **内蒙古伊泰集团有限公司** (short form of 内蒙古伊泰集团有限公司, named before)"),
            "{value}"
        );
        assert!(value.contains("张晶泉（董事长）"), "{value}");
    }

    /// 旗委 on pages that name no 旗 is not one body: each page's is its own
    /// banner's, so hover and references keep to the page, and no post claims
    /// the expanded form as its resolved body.
    #[tokio::test]
    async fn a_relative_form_with_no_place_stays_on_its_page() {
        let page = |who: &str| format!("旗委召开会议\n\n近日，旗委书记{who}主持召开会议。\n");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("01.txt"), page("张三")).unwrap();
        std::fs::write(dir.path().join("02.txt"), page("王五")).unwrap();
        let mut client = LspClient::in_process();
        client.initialize_workspace(dir.path()).await;
        let one = uri(dir.path(), "01.txt");
        client.open(&one, 1, &page("张三")).await;
        client.diagnostics(&one, 1).await;
        let at = json!({"textDocument": {"uri": one}, "position": {"line": 2, "character": 4}});
        let hover = client.request("textDocument/hover", at.clone()).await;
        let value = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default();
        assert!(value.contains("Not resolved (no place found"), "{value}");
        assert!(!value.contains("Resolves to"), "{value}");
        assert!(
            value.contains("张三（书记）") && !value.contains("王五"),
            "{value}"
        );
        assert!(value.contains("2 mentions on 1 page"), "{value}");
        let mut params = at;
        params["context"] = json!({"includeDeclaration": true});
        let refs = client.request("textDocument/references", params).await;
        let uris = uris_of(&refs);
        assert_eq!(uris, vec![one.as_str(); 2], "{refs}");
    }
}

#[test]
fn towns_and_subdistricts_of_other_provinces() {
    // The gazetteer holds the towns of the whole country: a Guangdong district
    // paper's 北滘镇党委 and 大良街道党工委 keep their places. The 镇长 after the
    // town's Party committee holds the post in the town, not in the committee.
    check(
        "⟦⟦大良街道党工委⟧书记何志文⟧、⟦⟦北滘镇党委⟧书记、镇长罗永明⟧作交流发言。\n",
        expect![[r#"
            Official 「大良街道党工委书记何志文」 name=何志文 [书记@大良街道党工委=中国共产党大良街道工作委员会]
            Org 「大良街道党工委」 → 中国共产党大良街道工作委员会 (Written("大良街道"))
            Official 「北滘镇党委书记、镇长罗永明」 name=罗永明 [书记@北滘镇党委=中国共产党北滘镇委员会, 镇长@北滘镇=北滘镇人民政府]
            Org 「北滘镇党委」 → 中国共产党北滘镇委员会 (Written("北滘镇"))
        "#]],
    );
}

#[test]
fn a_head_of_government_after_a_party_committee() {
    // 书记 is the committee's post; 旗长 and 副镇长 are the place's, whose
    // government they head. After a committee without its place written (旗委),
    // the 旗长 is the page's banner's.
    check(
        "⟦⟦乌审旗委⟧副书记、旗长张海军⟧主持。⟦⟦锡尼镇党委⟧副书记、副镇长李明⟧参加。⟦⟦旗委⟧副书记、旗长王刚⟧讲话。\n",
        expect![[r#"
            Official 「乌审旗委副书记、旗长张海军」 name=张海军 [副书记@乌审旗委=中国共产党乌审旗委员会, 旗长@乌审旗=乌审旗人民政府]
            Org 「乌审旗委」 → 中国共产党乌审旗委员会 (Written("乌审旗"))
            Official 「锡尼镇党委副书记、副镇长李明」 name=李明 [副书记@锡尼镇党委=中国共产党锡尼镇委员会, 副镇长@锡尼镇=锡尼镇人民政府]
            Org 「锡尼镇党委」 → 中国共产党锡尼镇委员会 (Written("锡尼镇"))
            Official 「旗委副书记、旗长王刚」 name=王刚 [副书记@旗委=中国共产党杭锦旗委员会, 旗长@旗=杭锦旗人民政府]
            Org 「旗委」 → 中国共产党杭锦旗委员会 (Home("杭锦旗"))
        "#]],
    );
}

#[test]
fn the_mastheads_place_is_the_pages_home() {
    // A county paper names no county in its text: 县委 is the 安吉日报's county.
    check(
        "安吉日报\n2026年11月20日  星期五  第一版\n\n⟦⟦县委⟧书记沈铭权⟧主持会议并讲话。\n",
        expect![[r#"
            Official 「县委书记沈铭权」 name=沈铭权 [书记@县委=中国共产党安吉县委员会]
            Org 「县委」 → 中国共产党安吉县委员会 (Home("安吉县"))
        "#]],
    );
}

#[test]
fn an_obituarys_account_of_a_life_gives_its_subject_the_posts() {
    // The paragraph opens with its subject (王福生同志…出生); the posts after
    // 历任 are his, held once, also when the first of them is not read as a
    // post (生产队会计: no such body in the lexicon). A list after a
    // sentence's end, or with a long item, is not under the verb.
    check(
        "⟦王福生同志⟧1943年5月出生，1968年3月加入中国共产党。历任生产队会计，⟦鄂托克前旗副旗长⟧，⟦⟦旗委⟧副书记⟧，⟦⟦旗人大常委会⟧主任⟧等职务。\n\n⟦李明同志⟧1950年出生。历任生产队会计。⟦旗委⟧副书记。\n\n⟦张华同志⟧历任生产队会计兼公社管委会主任及生产大队长，⟦旗委⟧副书记。\n",
        expect![[r#"
            Person 「王福生同志」 name=王福生 [同志]
            Official 「鄂托克前旗副旗长」 name=王福生 [原副旗长@鄂托克前旗=鄂托克前旗人民政府]
            Official 「旗委副书记」 name=王福生 [原副书记@旗委=中国共产党鄂托克前旗委员会]
            Org 「旗委」 → 中国共产党鄂托克前旗委员会 (Home("鄂托克前旗"))
            Official 「旗人大常委会主任」 name=王福生 [原主任@旗人大常委会=鄂托克前旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 鄂托克前旗人民代表大会常务委员会 (Home("鄂托克前旗"))
            Person 「李明同志」 name=李明 [同志]
            Org 「旗委」 → 中国共产党鄂托克前旗委员会 (Home("鄂托克前旗"))
            Person 「张华同志」 name=张华 [同志]
            Org 「旗委」 → 中国共产党鄂托克前旗委员会 (Home("鄂托克前旗"))
        "#]],
    );
}

#[test]
fn a_peoples_commune_is_named_after_its_township() {
    // The communes became the townships of the same name: 城川公社 is read
    // because the gazetteer knows 城川镇 (and 红旗镇); 任城川 is no township,
    // and no township is named 人民.
    check(
        "⟦王福生同志⟧历任⟦⟦城川公社党委⟧书记、⟦城川镇党委⟧书记⟧。⟦⟦红旗公社党委⟧书记李明⟧出席。人民公社党委书记出席。\n",
        expect![[r#"
            Person 「王福生同志」 name=王福生 [同志]
            Official 「城川公社党委书记、城川镇党委书记」 name=王福生 [原书记@城川公社党委=中国共产党城川公社委员会, 原书记@城川镇党委=中国共产党城川镇委员会]
            Org 「城川公社党委」 → 中国共产党城川公社委员会 (Written("城川公社"))
            Org 「城川镇党委」 → 中国共产党城川镇委员会 (Written("城川镇"))
            Official 「红旗公社党委书记李明」 name=李明 [书记@红旗公社党委=中国共产党红旗公社委员会]
            Org 「红旗公社党委」 → 中国共产党红旗公社委员会 (Written("红旗公社"))
        "#]],
    );
}

#[test]
fn an_election_lists_its_winners_under_a_long_heading() {
    // The verb ends a long heading ("…于2026年1月12日选举："); the entries
    // wrap at the column, the post on the next line.
    check(
        "鄂托克前旗第十八届人民代表大会第四次会议\n于2026年1月12日选举：\n⟦巴特尔为⟦鄂托克前旗人民代表大会常务委员会⟧\n副主任⟧；\n⟦李秀梅为⟦鄂托克前旗人民政府⟧副旗长⟧；\n⟦张志强为⟦鄂托克前旗监察委员会⟧主任⟧。\n现予公告。\n",
        expect![[r#"
            Official 「巴特尔为鄂托克前旗人民代表大会常务委员会⏎副主任」 name=巴特尔 [副主任@鄂托克前旗人民代表大会常务委员会]
            Org 「鄂托克前旗人民代表大会常务委员会」 → 鄂托克前旗人民代表大会常务委员会 (Written("鄂托克前旗"))
            Official 「李秀梅为鄂托克前旗人民政府副旗长」 name=李秀梅 [副旗长@鄂托克前旗人民政府]
            Org 「鄂托克前旗人民政府」 → 鄂托克前旗人民政府 (Written("鄂托克前旗"))
            Official 「张志强为鄂托克前旗监察委员会主任」 name=张志强 [主任@鄂托克前旗监察委员会]
            Org 「鄂托克前旗监察委员会」 → 鄂托克前旗监察委员会 (Written("鄂托克前旗"))
        "#]],
    );
}

#[test]
fn the_levels_of_sumus_and_villages_before_a_title_are_no_names() {
    // 苏木镇长: the heads of sumus and towns; 苏 is a surname, but 苏木 is a level.
    check(
        "严格落实属地管理责任，苏木镇长为第一责任人，嘎查书记具体负责。⟦苏明镇长⟧出席。\n",
        expect![[r#"
            Official 「苏明镇长」 name=苏明 [镇长]
        "#]],
    );
}

#[test]
fn a_biographys_posts_belong_to_its_subject() {
    // A biography names its subject once (王建国，男，…) and lists the posts
    // after a verb of tenure: 曾任/历任 posts are held no more, 现任/起任 ones
    // now; posts listed after the verb, joined by ，, share it. With no
    // subject near (他曾任…), nobody holds them.
    check(
        "⟦王建国⟧，男，汉族，1975年8月生，内蒙古准格尔旗人。\n曾任⟦达拉特旗副旗长⟧，⟦⟦准格尔旗委⟧副书记、旗长⟧，⟦⟦鄂尔多斯市发展和改革委员会⟧主任⟧。现任⟦⟦鄂尔多斯市委⟧委员⟧。\n\n⟦刘海燕⟧，女，蒙古族，大学学历。2024年起任⟦⟦乌审旗教育局⟧党组书记⟧。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n这是一段与人物无关的文字，用来拉开距离。\n\n他曾任⟦杭锦旗教育局⟧局长。\n",
        expect![[r#"
            Person 「王建国」 name=王建国 []
            Official 「达拉特旗副旗长」 name=王建国 [原副旗长@达拉特旗=达拉特旗人民政府]
            Official 「准格尔旗委副书记、旗长」 name=王建国 [原副书记@准格尔旗委=中国共产党准格尔旗委员会, 原旗长@准格尔旗=准格尔旗人民政府]
            Org 「准格尔旗委」 → 中国共产党准格尔旗委员会 (Written("准格尔旗"))
            Official 「鄂尔多斯市发展和改革委员会主任」 name=王建国 [原主任@鄂尔多斯市发展和改革委员会]
            Org 「鄂尔多斯市发展和改革委员会」 → 鄂尔多斯市发展和改革委员会 (Written("鄂尔多斯市"))
            Official 「鄂尔多斯市委委员」 name=王建国 [委员@鄂尔多斯市委=中国共产党鄂尔多斯市委员会]
            Org 「鄂尔多斯市委」 → 中国共产党鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Person 「刘海燕」 name=刘海燕 []
            Official 「乌审旗教育局党组书记」 name=刘海燕 [党组书记@乌审旗教育局]
            Org 「乌审旗教育局」 → 乌审旗教育局 (Written("乌审旗"))
            Org 「杭锦旗教育局」 → 杭锦旗教育局 (Written("杭锦旗"))
        "#]],
    );
}

#[test]
fn a_personnel_notice_names_the_subject_before_the_verb() {
    // 李文斌同志任…，原任…: the name before 任 holds the posts after it, and
    // the next clause's 原任 / 不再担任 posts are that person's former ones.
    // 任 alone with no name before it (他任职期间) gives nobody a post.
    check(
        "近日，⟦伊金霍洛旗委⟧决定：⟦李文斌同志⟧任⟦⟦伊金霍洛旗委⟧常委、⟦宣传部⟧部长⟧，原任⟦杭锦旗副旗长⟧；⟦陈晓东同志⟧任⟦⟦阿勒腾席热镇党委⟧书记⟧，不再担任⟦札萨克镇镇长⟧职务。经表决，任命⟦周明为伊金霍洛旗副旗长⟧。他任职期间，⟦杭锦旗教育局⟧局长一职空缺。\n",
        expect![[r#"
            Org 「伊金霍洛旗委」 → 中国共产党伊金霍洛旗委员会 (Written("伊金霍洛旗"))
            Person 「李文斌同志」 name=李文斌 [同志]
            Official 「伊金霍洛旗委常委、宣传部部长」 name=李文斌 [常委@伊金霍洛旗委=中国共产党伊金霍洛旗委员会, 部长@宣传部=中国共产党伊金霍洛旗委员会宣传部]
            Org 「伊金霍洛旗委」 → 中国共产党伊金霍洛旗委员会 (Written("伊金霍洛旗"))
            Org 「宣传部」 → 中国共产党伊金霍洛旗委员会宣传部 (Written("伊金霍洛旗"))
            Official 「杭锦旗副旗长」 name=李文斌 [原副旗长@杭锦旗=杭锦旗人民政府]
            Person 「陈晓东同志」 name=陈晓东 [同志]
            Official 「阿勒腾席热镇党委书记」 name=陈晓东 [书记@阿勒腾席热镇党委=中国共产党阿勒腾席热镇委员会]
            Org 「阿勒腾席热镇党委」 → 中国共产党阿勒腾席热镇委员会 (Written("阿勒腾席热镇"))
            Official 「札萨克镇镇长」 name=陈晓东 [原镇长@札萨克镇=札萨克镇人民政府]
            Official 「周明为伊金霍洛旗副旗长」 name=周明 [副旗长@伊金霍洛旗=伊金霍洛旗人民政府]
            Org 「杭锦旗教育局」 → 杭锦旗教育局 (Written("杭锦旗"))
        "#]],
    );
}

#[test]
fn given_names_with_characters_of_bodies_after_a_title() {
    // 会, 院, 月 and 有 end or make words of bodies and dates elsewhere (会议,
    // 法院, 月底), but right after a body's title and a surname they are a
    // given name's (张院忠, 王会军, 刘有才; 月 last too: 王晓月). A visit's
    // verb ends the name (来我旗, 莅临).
    check(
        "近日，乌审旗召开座谈会。⟦⟦自治区人大常委会⟧副主任张院忠⟧一行来我旗调研。⟦⟦旗人民政府⟧副旗长王会军⟧莅临指导。⟦⟦旗委⟧常委、⟦宣传部⟧部长刘有才⟧、⟦⟦旗人大常委会⟧副主任王晓月⟧出席。⟦⟦自治区人大常委会⟧副主任李建国⟧来我旗调研。\n",
        expect![[r#"
            Official 「自治区人大常委会副主任张院忠」 name=张院忠 [副主任@自治区人大常委会=内蒙古自治区人民代表大会常务委员会]
            Org 「自治区人大常委会」 → 内蒙古自治区人民代表大会常务委员会 (Home("内蒙古自治区"))
            Official 「旗人民政府副旗长王会军」 name=王会军 [副旗长@旗人民政府=乌审旗人民政府]
            Org 「旗人民政府」 → 乌审旗人民政府 (Home("乌审旗"))
            Official 「旗委常委、宣传部部长刘有才」 name=刘有才 [常委@旗委=中国共产党乌审旗委员会, 部长@宣传部=中国共产党乌审旗委员会宣传部]
            Org 「旗委」 → 中国共产党乌审旗委员会 (Home("乌审旗"))
            Org 「宣传部」 → 中国共产党乌审旗委员会宣传部 (Home("乌审旗"))
            Official 「旗人大常委会副主任王晓月」 name=王晓月 [副主任@旗人大常委会=乌审旗人民代表大会常务委员会]
            Org 「旗人大常委会」 → 乌审旗人民代表大会常务委员会 (Home("乌审旗"))
            Official 「自治区人大常委会副主任李建国」 name=李建国 [副主任@自治区人大常委会=内蒙古自治区人民代表大会常务委员会]
            Org 「自治区人大常委会」 → 内蒙古自治区人民代表大会常务委员会 (Home("内蒙古自治区"))
        "#]],
    );
}

#[test]
fn a_notice_before_appointments_names_the_posts_to_be_held() {
    // 任前公示: 现任… is held now; 拟任… is to be held, by the person the
    // biography is of, and says so; also as the candidate for it (…人选,
    // 拟提名为…) or on trial (（试用期一年）).
    check(
        "⟦巴图孟和⟧，男，蒙古族，1978年3月生，大学学历，现任⟦⟦锡尼镇党委⟧副书记、镇长⟧，拟任⟦⟦锡尼镇党委⟧书记⟧。\n\n⟦王丽娟⟧，女，汉族，研究生学历，现任⟦⟦杭锦旗发展和改革委员会⟧副主任⟧，拟担任⟦⟦杭锦旗财政局⟧局长⟧。\n\n⟦王建军⟧，男，蒙古族，大学学历，现任⟦⟦鄂托克前旗发展和改革委员会⟧主任⟧，拟任⟦⟦旗人民政府⟧副旗长⟧人选。\n\n⟦李慧敏⟧，女，汉族，研究生学历，现任⟦⟦鄂托克前旗教育局⟧副局长⟧，拟任⟦⟦鄂托克前旗教育局⟧局长⟧（试用期一年）。\n\n⟦赵志刚⟧，男，汉族，大学学历，现任⟦⟦准格尔旗薛家湾镇党委⟧书记⟧，拟提名为⟦⟦准格尔旗人民政府⟧副旗长⟧人选。\n",
        expect![[r#"
            Person 「巴图孟和」 name=巴图孟和 []
            Official 「锡尼镇党委副书记、镇长」 name=巴图孟和 [副书记@锡尼镇党委=中国共产党锡尼镇委员会, 镇长@锡尼镇=锡尼镇人民政府]
            Org 「锡尼镇党委」 → 中国共产党锡尼镇委员会 (Written("锡尼镇"))
            Official 「锡尼镇党委书记」 name=巴图孟和 [拟任书记@锡尼镇党委=中国共产党锡尼镇委员会]
            Org 「锡尼镇党委」 → 中国共产党锡尼镇委员会 (Written("锡尼镇"))
            Person 「王丽娟」 name=王丽娟 []
            Official 「杭锦旗发展和改革委员会副主任」 name=王丽娟 [副主任@杭锦旗发展和改革委员会]
            Org 「杭锦旗发展和改革委员会」 → 杭锦旗发展和改革委员会 (Written("杭锦旗"))
            Official 「杭锦旗财政局局长」 name=王丽娟 [拟任局长@杭锦旗财政局]
            Org 「杭锦旗财政局」 → 杭锦旗财政局 (Written("杭锦旗"))
            Person 「王建军」 name=王建军 []
            Official 「鄂托克前旗发展和改革委员会主任」 name=王建军 [主任@鄂托克前旗发展和改革委员会]
            Org 「鄂托克前旗发展和改革委员会」 → 鄂托克前旗发展和改革委员会 (Written("鄂托克前旗"))
            Official 「旗人民政府副旗长」 name=王建军 [拟任副旗长@旗人民政府=鄂托克前旗人民政府]
            Org 「旗人民政府」 → 鄂托克前旗人民政府 (Home("鄂托克前旗"))
            Person 「李慧敏」 name=李慧敏 []
            Official 「鄂托克前旗教育局副局长」 name=李慧敏 [副局长@鄂托克前旗教育局]
            Org 「鄂托克前旗教育局」 → 鄂托克前旗教育局 (Written("鄂托克前旗"))
            Official 「鄂托克前旗教育局局长」 name=李慧敏 [拟任局长@鄂托克前旗教育局]
            Org 「鄂托克前旗教育局」 → 鄂托克前旗教育局 (Written("鄂托克前旗"))
            Person 「赵志刚」 name=赵志刚 []
            Official 「准格尔旗薛家湾镇党委书记」 name=赵志刚 [书记@准格尔旗薛家湾镇党委=中国共产党薛家湾镇委员会]
            Org 「准格尔旗薛家湾镇党委」 → 中国共产党薛家湾镇委员会 (Written("薛家湾镇"))
            Official 「准格尔旗人民政府副旗长」 name=赵志刚 [拟任副旗长@准格尔旗人民政府]
            Org 「准格尔旗人民政府」 → 准格尔旗人民政府 (Written("准格尔旗"))
        "#]],
    );
}

#[test]
fn a_towns_court_police_station_clinic_and_legal_office() {
    // 人民法庭, 派出所, 卫生院, 司法所 after a town are bodies, and their heads
    // officials.
    check(
        "⟦⟦城川镇人民法庭⟧庭长王刚⟧主持庭审，⟦城川镇派出所⟧民警到场，⟦⟦城川镇卫生院⟧院长李梅⟧、⟦⟦城川镇司法所⟧所长张华⟧参加。\n",
        expect![[r#"
            Official 「城川镇人民法庭庭长王刚」 name=王刚 [庭长@城川镇人民法庭]
            Org 「城川镇人民法庭」 → 城川镇人民法庭 (Written("城川镇"))
            Org 「城川镇派出所」 → 城川镇派出所 (Written("城川镇"))
            Official 「城川镇卫生院院长李梅」 name=李梅 [院长@城川镇卫生院]
            Org 「城川镇卫生院」 → 城川镇卫生院 (Written("城川镇"))
            Official 「城川镇司法所所长张华」 name=张华 [所长@城川镇司法所]
            Org 「城川镇司法所」 → 城川镇司法所 (Written("城川镇"))
        "#]],
    );
}

#[test]
fn a_note_after_a_listed_name() {
    // "巴特尔（蒙古族）　…局长": the note stays out of the name, and the row
    // is an entry of its own: the next row's name is not read after this
    // row's post (…院长赵丽娟). A village's post names the row's name too.
    check(
        "优秀共产党员名单\n\n⟦巴特尔（蒙古族）　⟦旗教育体育局⟧局长⟧\n⟦李建平（女）　⟦旗人民医院⟧院长⟧\n⟦赵丽娟（女）　城川镇大沙头村党支部书记⟧\n",
        expect![[r#"
            Official 「巴特尔（蒙古族）　旗教育体育局局长」 name=巴特尔 [局长@旗教育体育局=鄂托克前旗教育体育局]
            Org 「旗教育体育局」 → 鄂托克前旗教育体育局 (Home("鄂托克前旗"))
            Official 「李建平（女）　旗人民医院院长」 name=李建平 [院长@旗人民医院=鄂托克前旗人民医院]
            Org 「旗人民医院」 → 鄂托克前旗人民医院 (Home("鄂托克前旗"))
            Official 「赵丽娟（女）　城川镇大沙头村党支部书记」 name=赵丽娟 [党支部书记@城川镇大沙头村]
        "#]],
    );
}

#[test]
fn procuratorates_and_courts_name_their_junior_posts() {
    // 检察员, 助理检察员, 助理审判员: posts a 任免名单 appoints and removes.
    check(
        "任命⟦乌云毕力格为⟦鄂托克前旗人民检察院⟧检察员⟧；\n免去⟦张志强的⟦鄂托克前旗人民检察院⟧助理检察员⟧职务；\n任命⟦李建平为⟦鄂托克前旗人民法院⟧助理审判员⟧。\n",
        expect![[r#"
            Official 「乌云毕力格为鄂托克前旗人民检察院检察员」 name=乌云毕力格 [检察员@鄂托克前旗人民检察院]
            Org 「鄂托克前旗人民检察院」 → 鄂托克前旗人民检察院 (Written("鄂托克前旗"))
            Official 「张志强的鄂托克前旗人民检察院助理检察员」 name=张志强 [原助理检察员@鄂托克前旗人民检察院]
            Org 「鄂托克前旗人民检察院」 → 鄂托克前旗人民检察院 (Written("鄂托克前旗"))
            Official 「李建平为鄂托克前旗人民法院助理审判员」 name=李建平 [助理审判员@鄂托克前旗人民法院]
            Org 「鄂托克前旗人民法院」 → 鄂托克前旗人民法院 (Written("鄂托克前旗"))
        "#]],
    );
}

#[test]
fn a_list_of_appointments_under_a_decisions_verbs() {
    // 一、决定任命： over entries "name为post；", 二、决定免去： over "name的post职务；":
    // the decision's verb heads the list; the first entry may run on from it
    // in one segment, and a name of two characters may be spaced out (王  磊).
    check(
        "⟦鄂托克旗人大常委会⟧任免名单\n\n一、决定任命：\n⟦李建国为⟦鄂托克旗教育体育局⟧局长⟧；\n⟦王  磊为⟦鄂托克旗审计局⟧局长⟧。\n\n二、决定免去：\n⟦张志宏的⟦鄂托克旗教育体育局⟧局长⟧职务；\n⟦乌兰巴特尔的⟦鄂托克旗卫生健康委员会⟧主任⟧职务。\n",
        expect![[r#"
            Org 「鄂托克旗人大常委会」 → 鄂托克旗人民代表大会常务委员会 (Written("鄂托克旗"))
            Official 「李建国为鄂托克旗教育体育局局长」 name=李建国 [局长@鄂托克旗教育体育局]
            Org 「鄂托克旗教育体育局」 → 鄂托克旗教育体育局 (Written("鄂托克旗"))
            Official 「王  磊为鄂托克旗审计局局长」 name=王磊 [局长@鄂托克旗审计局]
            Org 「鄂托克旗审计局」 → 鄂托克旗审计局 (Written("鄂托克旗"))
            Official 「张志宏的鄂托克旗教育体育局局长」 name=张志宏 [原局长@鄂托克旗教育体育局]
            Org 「鄂托克旗教育体育局」 → 鄂托克旗教育体育局 (Written("鄂托克旗"))
            Official 「乌兰巴特尔的鄂托克旗卫生健康委员会主任」 name=乌兰巴特尔 [原主任@鄂托克旗卫生健康委员会]
            Org 「鄂托克旗卫生健康委员会」 → 鄂托克旗卫生健康委员会 (Written("鄂托克旗"))
        "#]],
    );
}

#[test]
fn an_obituarys_former_posts_end_in_dengzhi() {
    // 曾任…，…副盟长等职: the list of posts ends in 等职; each is held no more.
    check(
        "⟦巴音朝鲁同志⟧1938年出生，内蒙古鄂托克旗人。⟦巴音朝鲁同志⟧曾任⟦鄂托克旗副旗长、旗长⟧，⟦⟦伊克昭盟行政公署⟧副盟长⟧等职。\n",
        expect![[r#"
            Person 「巴音朝鲁同志」 name=巴音朝鲁 [同志]
            Person 「巴音朝鲁同志」 name=巴音朝鲁 [同志]
            Official 「鄂托克旗副旗长、旗长」 name=巴音朝鲁 [原副旗长@鄂托克旗=鄂托克旗人民政府, 原旗长@鄂托克旗=鄂托克旗人民政府]
            Official 「伊克昭盟行政公署副盟长」 name=巴音朝鲁 [原副盟长@伊克昭盟行政公署]
            Org 「伊克昭盟行政公署」 → 伊克昭盟行政公署 (Written("伊克昭盟"))
        "#]],
    );
}

#[test]
fn a_democratic_partys_committee_is_not_the_communist_partys() {
    // 民盟鄂尔多斯市委 is the 中国民主同盟's committee, not the 中国共产党's that
    // 市委 alone names; 民盟市委 is the party's committee of the page's city,
    // and 委会 or 委员会 may end the name. 各民主党派市委 is no committee in
    // particular. 主委 is the post of such a committee's chair.
    check(
        "⟦⟦市政协⟧副主席、⟦民盟鄂尔多斯市委⟧主委李慧敏⟧主持。各民主党派市委、⟦市工商联⟧负责人参加会议。\n\
         ⟦九三学社鄂尔多斯市委员会⟧、⟦民建鄂尔多斯市委会⟧、⟦农工党鄂尔多斯市委⟧负责同志参加。⟦⟦民盟市委⟧副主委张立新⟧发言。\n",
        expect![[r#"
            Official 「市政协副主席、民盟鄂尔多斯市委主委李慧敏」 name=李慧敏 [副主席@市政协=中国人民政治协商会议鄂尔多斯市委员会, 主委@民盟鄂尔多斯市委=中国民主同盟鄂尔多斯市委员会]
            Org 「市政协」 → 中国人民政治协商会议鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Org 「民盟鄂尔多斯市委」 → 中国民主同盟鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「市工商联」 → 鄂尔多斯市工商业联合会 (Home("鄂尔多斯市"))
            Org 「九三学社鄂尔多斯市委员会」 → 九三学社鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「民建鄂尔多斯市委会」 → 中国民主建国会鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「农工党鄂尔多斯市委」 → 中国农工民主党鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Official 「民盟市委副主委张立新」 name=张立新 [副主委@民盟市委=中国民主同盟鄂尔多斯市委员会]
            Org 「民盟市委」 → 中国民主同盟鄂尔多斯市委员会 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_places_leaders_and_a_body_referred_to_by_gai() {
    // 市领导 names a group of officials with no body; 该院 stands for the court
    // named last. 市领导 with no name after it (市领导及相关部门) names nobody.
    check(
        "⟦市领导杨光明⟧、⟦陈建国⟧列席会议。市领导及相关部门负责同志参加。\n\n⟦达拉特旗人民法院⟧公开开庭审理此案。审判长由该院⟦副院长周建平⟧担任。\n",
        expect![[r#"
            Official 「市领导杨光明」 name=杨光明 [市领导]
            Official 「陈建国」 name=陈建国 [市领导]
            Org 「达拉特旗人民法院」 → 达拉特旗人民法院 (Written("达拉特旗"))
            Official 「副院长周建平」 name=周建平 [副院长@达拉特旗人民法院]
        "#]],
    );
}

#[test]
fn a_list_of_appointments_under_its_verbs() {
    // 任免名单: the verb heads each part of the list, and each entry opens with
    // the name. Outside such a list, a line that opens "X为…局长" names nobody.
    check(
        "任免名单\n\n一、任命\n⟦张宏伟、⟦李娜⟧为⟦赤峰市教育局⟧副局长⟧；\n⟦其木格为⟦赤峰市人民检察院检察委员会⟧委员⟧。\n\n二、免去\n⟦刘国庆的⟦赤峰市人民政府⟧秘书长⟧职务。\n\n三、接受\n⟦陈志刚辞去⟦赤峰市人民代表大会常务委员会⟧副主任⟧职务的请求。\n\n会议要求\n此次为⟦赤峰市教育局⟧局长述职。\n",
        expect![[r#"
            Official 「张宏伟、李娜为赤峰市教育局副局长」 name=张宏伟 [副局长@赤峰市教育局]
            Official 「李娜」 name=李娜 [副局长@赤峰市教育局]
            Org 「赤峰市教育局」 → 赤峰市教育局 (Written("赤峰市"))
            Official 「其木格为赤峰市人民检察院检察委员会委员」 name=其木格 [委员@赤峰市人民检察院检察委员会]
            Org 「赤峰市人民检察院检察委员会」 → 赤峰市人民检察院检察委员会 (Written("赤峰市"))
            Official 「刘国庆的赤峰市人民政府秘书长」 name=刘国庆 [原秘书长@赤峰市人民政府]
            Org 「赤峰市人民政府」 → 赤峰市人民政府 (Written("赤峰市"))
            Official 「陈志刚辞去赤峰市人民代表大会常务委员会副主任」 name=陈志刚 [原副主任@赤峰市人民代表大会常务委员会]
            Org 「赤峰市人民代表大会常务委员会」 → 赤峰市人民代表大会常务委员会 (Written("赤峰市"))
            Org 「赤峰市教育局」 → 赤峰市教育局 (Written("赤峰市"))
        "#]],
    );
}

#[test]
fn names_spaced_out_to_three_characters() {
    // Credits, bylines and lists print a two-character name spaced to the width
    // of three; a Mongolian name of two characters may end in 和 after a credit.
    check(
        "⟦⟦市人大常委会⟧副主任郭海平⟧，⟦委员高  娃⟧、⟦乌  兰⟧、⟦孙  鹏⟧参加会议。\n\n会议结束。（本报⟦记者  苏  和⟧）\n\n会议结束。（⟦记者 布和⟧）\n\n●⟦市人大常委会办公室⟧  ⟦杨 菁⟧\n\n主任说  好  的。\n",
        expect![[r#"
            Official 「市人大常委会副主任郭海平」 name=郭海平 [副主任@市人大常委会]
            Org 「市人大常委会」 → 市人民代表大会常务委员会 (Unresolved)
            Official 「委员高  娃」 name=高娃 [委员@市人大常委会]
            Official 「乌  兰」 name=乌兰 [委员@市人大常委会]
            Official 「孙  鹏」 name=孙鹏 [委员@市人大常委会]
            Person 「记者  苏  和」 name=苏和 [记者]
            Person 「记者 布和」 name=布和 [记者]
            Org 「市人大常委会办公室」 → 市人民代表大会常务委员会办公室 (Unresolved)
            Person 「杨 菁」 name=杨菁 [] of 市人大常委会办公室
        "#]],
    );
}

#[test]
fn a_head_of_government_serves_in_the_places_government() {
    // 县长 with no body written: the county paper's county; 旗长 after its
    // banner and 镇长 after its town's committee: those places' governments.
    check(
        "安吉日报\n\n⟦县长杨卫东⟧、⟦副县长王芳⟧出席。乌审旗⟦旗长张三⟧讲话。⟦⟦锡尼镇党委⟧书记、镇长王五⟧发言。⟦局长李四⟧参加。\n",
        expect![[r#"
            Official 「县长杨卫东」 name=杨卫东 [县长=安吉县人民政府]
            Official 「副县长王芳」 name=王芳 [副县长=安吉县人民政府]
            Official 「旗长张三」 name=张三 [旗长@乌审旗=乌审旗人民政府]
            Official 「锡尼镇党委书记、镇长王五」 name=王五 [书记@锡尼镇党委=中国共产党锡尼镇委员会, 镇长@锡尼镇=锡尼镇人民政府]
            Org 「锡尼镇党委」 → 中国共产党锡尼镇委员会 (Written("锡尼镇"))
            Official 「局长李四」 name=李四 [局长]
        "#]],
    );
}

#[test]
fn an_authors_note_gives_the_byline_its_post() {
    // （作者系…）at the foot of an article: the post is its author's, named in
    // the byline, alone or after the writer's unit. A byline that names a
    // unit or two people names no author.
    check(
        "浅谈新时代人大监督工作\n\n□ ⟦王建国⟧\n\n人大监督是宪法和法律赋予的重要职权。\n\n（作者系⟦市人大常委会研究室⟧主任）\n\n另一篇文章\n\n文/⟦张三⟧  ⟦李四⟧\n\n正文。\n\n（作者系⟦市人大常委会办公室⟧副主任）\n\n第三篇文章\n\n□ ⟦鄂尔多斯市人大常委会研究室⟧  ⟦李文华⟧\n\n正文。\n\n（作者系⟦鄂尔多斯市人大常委会研究室⟧副主任）\n",
        expect![[r#"
            Official 「王建国」 name=王建国 [主任@市人大常委会研究室=鄂尔多斯市人民代表大会常务委员会研究室]
            Org 「市人大常委会研究室」 → 鄂尔多斯市人民代表大会常务委员会研究室 (Home("鄂尔多斯市"))
            Person 「张三」 name=张三 []
            Person 「李四」 name=李四 []
            Org 「市人大常委会办公室」 → 鄂尔多斯市人民代表大会常务委员会办公室 (Home("鄂尔多斯市"))
            Org 「鄂尔多斯市人大常委会研究室」 → 鄂尔多斯市人民代表大会常务委员会研究室 (Written("鄂尔多斯市"))
            Official 「李文华」 name=李文华 [副主任@鄂尔多斯市人大常委会研究室=鄂尔多斯市人民代表大会常务委员会研究室]
            Org 「鄂尔多斯市人大常委会研究室」 → 鄂尔多斯市人民代表大会常务委员会研究室 (Written("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_list_of_members_with_labels_and_spaced_names() {
    // Each entry is a line of its own, even when it fills the column: a label
    // (副组长：, 成  员：), a name (spaced out or not), then the post. The label
    // is no name.
    check(
        "⟦旗人大常委会⟧执法检查组成员名单\n\n组  长：⟦王建军  ⟦旗人大常委会⟧副主任⟧\n副组长：⟦李  强  ⟦旗人大常委会办公室⟧主任⟧\n成  员：⟦赵  敏  ⟦旗人大常委会办公室⟧副主任⟧\n",
        expect![[r#"
            Org 「旗人大常委会」 → 旗人民代表大会常务委员会 (Unresolved)
            Official 「王建军  旗人大常委会副主任」 name=王建军 [副主任@旗人大常委会]
            Org 「旗人大常委会」 → 旗人民代表大会常务委员会 (Unresolved)
            Official 「李  强  旗人大常委会办公室主任」 name=李强 [主任@旗人大常委会办公室]
            Org 「旗人大常委会办公室」 → 旗人民代表大会常务委员会办公室 (Unresolved)
            Official 「赵  敏  旗人大常委会办公室副主任」 name=赵敏 [副主任@旗人大常委会办公室]
            Org 「旗人大常委会办公室」 → 旗人民代表大会常务委员会办公室 (Unresolved)
        "#]],
    );
}

#[test]
fn a_named_unit_after_a_comma_of_posts() {
    // 副检察长、检察委员会委员: the second post is in a unit whose name (检察)
    // comes before 委员会; the chain goes on through it to the name.
    check(
        "⟦⟦赤峰市人民检察院⟧副检察长、检察委员会委员李明⟧出席。\n\n任命⟦王建军为⟦赤峰市中级人民法院⟧副院长、审判委员会委员⟧。\n",
        expect![[r#"
            Official 「赤峰市人民检察院副检察长、检察委员会委员李明」 name=李明 [副检察长@赤峰市人民检察院, 委员@检察委员会]
            Org 「赤峰市人民检察院」 → 赤峰市人民检察院 (Written("赤峰市"))
            Official 「王建军为赤峰市中级人民法院副院长、审判委员会委员」 name=王建军 [副院长@赤峰市中级人民法院, 委员@审判委员会]
            Org 「赤峰市中级人民法院」 → 赤峰市中级人民法院 (Written("赤峰市"))
        "#]],
    );
}

#[test]
fn names_in_dotted_parts_and_autonomous_prefectures() {
    // Uyghur and Kazakh names are written in parts joined by a middle dot; the
    // last part ends at a word that ends a name (出席). A prefecture paper's
    // 州委 and 州长 are its autonomous prefecture's; 霍城县县长 before a dotted
    // name is a post, not part of the name, and so is 霍城县长 (霍城 is no name).
    check(
        "伊犁日报\n\n⟦⟦州委⟧副书记、州长艾尔肯·吐尼亚孜⟧出席。⟦⟦伊宁市委⟧书记王海军⟧、霍城县⟦县长热合曼·吐尔逊⟧列席。\n\n⟦州长艾尔肯•吐尼亚孜⟧说。霍城⟦县长热合曼·吐尔逊⟧说。\n",
        expect![[r#"
            Official 「州委副书记、州长艾尔肯·吐尼亚孜」 name=艾尔肯·吐尼亚孜 [副书记@州委=中国共产党伊犁哈萨克自治州委员会, 州长@州=伊犁哈萨克自治州人民政府]
            Org 「州委」 → 中国共产党伊犁哈萨克自治州委员会 (Home("伊犁哈萨克自治州"))
            Official 「伊宁市委书记王海军」 name=王海军 [书记@伊宁市委=中国共产党伊宁市委员会]
            Org 「伊宁市委」 → 中国共产党伊宁市委员会 (Written("伊宁市"))
            Official 「县长热合曼·吐尔逊」 name=热合曼·吐尔逊 [县长@霍城县=霍城县人民政府]
            Official 「州长艾尔肯•吐尼亚孜」 name=艾尔肯•吐尼亚孜 [州长=伊犁哈萨克自治州人民政府]
            Official 「县长热合曼·吐尔逊」 name=热合曼·吐尔逊 [县长@霍城=霍城县人民政府]
        "#]],
    );
}

#[test]
fn a_prefectures_committee_and_office_and_tibetan_names() {
    // A 地区's paper: 地委 and 行署 are its prefecture's, 专员 heads the
    // office, also after 地区 opening a clause; not inside a word (当地委托,
    // 各地委员, 本地区人大工作). A Tibetan name is two or
    // three known parts (次仁扎西, 达瓦卓玛), with no surname.
    check(
        "阿克苏日报\n\n⟦⟦地委⟧书记李国强⟧主持。⟦⟦地委⟧副书记、⟦行署⟧专员阿不都热合曼·吐尔逊⟧出席。当地委托第三方评估，各地委员参加。⟦⟦地区行署⟧副专员王芳⟧说，做好本地区人大工作。\n\n⟦⟦拉萨市城关区八廓街道党工委⟧书记次仁扎西⟧说，日喀则市⟦副市长达瓦卓玛⟧调研。\n",
        expect![[r#"
            Official 「地委书记李国强」 name=李国强 [书记@地委=中国共产党阿克苏地区委员会]
            Org 「地委」 → 中国共产党阿克苏地区委员会 (Home("阿克苏地区"))
            Official 「地委副书记、行署专员阿不都热合曼·吐尔逊」 name=阿不都热合曼·吐尔逊 [副书记@地委=中国共产党阿克苏地区委员会, 专员@行署=阿克苏地区行政公署]
            Org 「地委」 → 中国共产党阿克苏地区委员会 (Home("阿克苏地区"))
            Org 「行署」 → 阿克苏地区行政公署 (Home("阿克苏地区"))
            Official 「地区行署副专员王芳」 name=王芳 [副专员@地区行署=阿克苏地区行政公署]
            Org 「地区行署」 → 阿克苏地区行政公署 (Home("阿克苏地区"))
            Official 「拉萨市城关区八廓街道党工委书记次仁扎西」 name=次仁扎西 [书记@拉萨市城关区八廓街道党工委=中国共产党八廓街道工作委员会]
            Org 「拉萨市城关区八廓街道党工委」 → 中国共产党八廓街道工作委员会 (Written("八廓街道"))
            Official 「副市长达瓦卓玛」 name=达瓦卓玛 [副市长@日喀则市=日喀则市人民政府]
        "#]],
    );
}

#[test]
fn a_leagues_office_is_the_leagues() {
    // A 盟 is Inner Mongolia's prefecture: on its paper 行署 is the league's
    // administrative office, as 盟委 is its Party committee.
    check(
        "锡林郭勒日报\n\n⟦⟦盟委⟧副书记、盟长罗虎⟧在会上讲话。⟦⟦行署⟧副盟长巴图孟和⟧参加会议。\n",
        expect![[r#"
            Official 「盟委副书记、盟长罗虎」 name=罗虎 [副书记@盟委=中国共产党锡林郭勒盟委员会, 盟长@盟=锡林郭勒盟行政公署]
            Org 「盟委」 → 中国共产党锡林郭勒盟委员会 (Home("锡林郭勒盟"))
            Official 「行署副盟长巴图孟和」 name=巴图孟和 [副盟长@行署=锡林郭勒盟行政公署]
            Org 「行署」 → 锡林郭勒盟行政公署 (Home("锡林郭勒盟"))
        "#]],
    );
}

#[test]
fn a_regions_departments_and_commissions() {
    // A region's 厅 and their heads (厅长, 副厅长); 民委, 发展改革委 and
    // 卫生健康委 in the forms regional papers write; 市民委托 is citizens.
    check(
        "内蒙古日报\n\n⟦⟦自治区教育厅⟧厅长侯元⟧参加。⟦⟦自治区公安厅⟧副厅长王强⟧出席。⟦⟦自治区民委⟧主任奇巴图⟧讲话。⟦⟦自治区发展改革委⟧副主任李明⟧、⟦⟦自治区卫生健康委⟧主任王建军⟧参加。市民委托律师维权。\n",
        expect![[r#"
            Official 「自治区教育厅厅长侯元」 name=侯元 [厅长@自治区教育厅=内蒙古自治区教育厅]
            Org 「自治区教育厅」 → 内蒙古自治区教育厅 (Home("内蒙古自治区"))
            Official 「自治区公安厅副厅长王强」 name=王强 [副厅长@自治区公安厅=内蒙古自治区公安厅]
            Org 「自治区公安厅」 → 内蒙古自治区公安厅 (Home("内蒙古自治区"))
            Official 「自治区民委主任奇巴图」 name=奇巴图 [主任@自治区民委=内蒙古自治区民族事务委员会]
            Org 「自治区民委」 → 内蒙古自治区民族事务委员会 (Home("内蒙古自治区"))
            Official 「自治区发展改革委副主任李明」 name=李明 [副主任@自治区发展改革委=内蒙古自治区发展和改革委员会]
            Org 「自治区发展改革委」 → 内蒙古自治区发展和改革委员会 (Home("内蒙古自治区"))
            Official 「自治区卫生健康委主任王建军」 name=王建军 [主任@自治区卫生健康委=内蒙古自治区卫生健康委员会]
            Org 「自治区卫生健康委」 → 内蒙古自治区卫生健康委员会 (Home("内蒙古自治区"))
        "#]],
    );
}

#[test]
fn a_national_papers_ministries_parties_and_concurrent_posts() {
    // Ministries and national bodies need no place; 政治局 and 书记处 are
    // units; 兼 joins two posts as 、 does; 政 may stand inside a name (吴政隆);
    // 教育部门 is no ministry.
    check(
        "人民日报\n\n⟦⟦中共中央政治局⟧常委、⟦国务院⟧总理李强⟧会见外宾。⟦国务委员兼⟦国务院⟧秘书长吴政隆⟧，⟦⟦外交部⟧副部长孙卫东⟧参加。⟦⟦全国政协⟧副主席、⟦民革中央⟧主席郑建邦⟧讲话。⟦⟦共青团中央书记处⟧第一书记阿东⟧出席。各地教育部门参加。\n",
        expect![[r#"
            Official 「中共中央政治局常委、国务院总理李强」 name=李强 [常委@中共中央政治局=中国共产党中央委员会政治局, 总理@国务院=中华人民共和国国务院]
            Org 「中共中央政治局」 → 中国共产党中央委员会政治局 (Standalone)
            Org 「国务院」 → 中华人民共和国国务院 (Standalone)
            Official 「国务委员兼国务院秘书长吴政隆」 name=吴政隆 [国务委员, 秘书长@国务院=中华人民共和国国务院]
            Org 「国务院」 → 中华人民共和国国务院 (Standalone)
            Official 「外交部副部长孙卫东」 name=孙卫东 [副部长@外交部=中华人民共和国外交部]
            Org 「外交部」 → 中华人民共和国外交部 (Standalone)
            Official 「全国政协副主席、民革中央主席郑建邦」 name=郑建邦 [副主席@全国政协=中国人民政治协商会议全国委员会, 主席@民革中央=中国国民党革命委员会中央委员会]
            Org 「全国政协」 → 中国人民政治协商会议全国委员会 (Standalone)
            Org 「民革中央」 → 中国国民党革命委员会中央委员会 (Standalone)
            Official 「共青团中央书记处第一书记阿东」 name=阿东 [第一书记@共青团中央书记处=中国共产主义青年团中央委员会书记处]
            Org 「共青团中央书记处」 → 中国共产主义青年团中央委员会书记处 (Standalone)
        "#]],
    );
}

#[test]
fn a_village_post_after_its_town_and_after_another_post() {
    // A village the gazetteer does not know (葫芦素嘎查) is named after the
    // town it lies in: the post's body is the whole chain of places, and a
    // deputy's post before it (全国人大代表、…) is the same person's.
    check(
        "⟦⟦全国人大⟧代表、乌审旗图克镇葫芦素嘎查党支部书记乌云其木格⟧介绍，今年嘎查集体经济收入突破80万元。\n\n乌审旗图克镇呼吉尔特嘎查⟦党支部书记巴图⟧说，草场承包到户后，牧民的日子好过了。\n",
        expect![[r#"
            Official 「全国人大代表、乌审旗图克镇葫芦素嘎查党支部书记乌云其木格」 name=乌云其木格 [代表@全国人大=全国人民代表大会, 党支部书记@乌审旗图克镇葫芦素嘎查]
            Org 「全国人大」 → 全国人民代表大会 (Standalone)
            Official 「党支部书记巴图」 name=巴图 [党支部书记@乌审旗图克镇呼吉尔特嘎查]
        "#]],
    );
}

#[test]
fn a_town_the_gazetteer_writes_after_its_county_expands_by_its_own_name() {
    check(
        "⟦⟦陈巴尔虎旗巴彦库仁镇党委⟧书记孟和⟧说，⟦巴彦库仁镇政府⟧将为牧民办好十件实事。\n",
        expect![[r#"
            Official 「陈巴尔虎旗巴彦库仁镇党委书记孟和」 name=孟和 [书记@陈巴尔虎旗巴彦库仁镇党委=中国共产党巴彦库仁镇委员会]
            Org 「陈巴尔虎旗巴彦库仁镇党委」 → 中国共产党巴彦库仁镇委员会 (Written("巴彦库仁镇"))
            Org 「巴彦库仁镇政府」 → 巴彦库仁镇人民政府 (Written("巴彦库仁镇"))
        "#]],
    );
}

#[test]
fn a_former_league_in_an_obituary() {
    // Leagues renamed cities since (伊克昭盟 is 鄂尔多斯市 from 2001) are still
    // named, in full or short (伊盟), in obituaries and histories; a post held
    // once says so (原 before the chain or before the title), and 原 before 市
    // is no short form of a city.
    check(
        "中国共产党优秀党员、原⟦⟦伊克昭盟行政公署⟧副盟长巴音朝鲁⟧同志，因病医治无效逝世。⟦⟦伊盟盟委⟧原书记李四⟧主持追悼会，原⟦⟦市人大常委会⟧主任王五⟧、⟦⟦市政府⟧副市长赵六⟧出席。\n",
        expect![[r#"
            Official 「伊克昭盟行政公署副盟长巴音朝鲁」 name=巴音朝鲁 [原副盟长@伊克昭盟行政公署]
            Org 「伊克昭盟行政公署」 → 伊克昭盟行政公署 (Written("伊克昭盟"))
            Official 「伊盟盟委原书记李四」 name=李四 [原书记@伊盟盟委=中国共产党伊克昭盟委员会]
            Org 「伊盟盟委」 → 中国共产党伊克昭盟委员会 (Written("伊克昭盟"))
            Official 「市人大常委会主任王五」 name=王五 [原主任@市人大常委会]
            Org 「市人大常委会」 → 市人民代表大会常务委员会 (Unresolved)
            Official 「市政府副市长赵六」 name=赵六 [副市长@市政府]
            Org 「市政府」 → 市人民政府 (Unresolved)
        "#]],
    );
}

#[test]
fn pupils_and_students_are_no_schools() {
    // 小学, 中学 and 大学 end a school's name after a place, but 中小学生,
    // 中学生 and 大学生 are the pupils and students: no school is named.
    check(
        "2026年鄂尔多斯市中小学生冰雪运动会开幕，⟦鄂尔多斯市第一中学⟧学生和⟦康巴什区第二小学⟧的老师参加，东胜区大学生志愿者服务。\n",
        expect![[r#"
            Org 「鄂尔多斯市第一中学」 → 鄂尔多斯市第一中学 (Written("鄂尔多斯市"))
            Org 「康巴什区第二小学」 → 康巴什区第二小学 (Written("康巴什区"))
        "#]],
    );
}

#[test]
fn serving_the_centre_is_no_centre() {
    // 中心 ends an institution's name after a place (…融媒体中心), but in
    // "围绕中心、服务大局" it is the Party's central task.
    check(
        "近年来，⟦达拉特旗人大常委会⟧围绕中心、服务大局，⟦达拉特旗融媒体中心⟧报道。\n",
        expect![[r#"
            Org 「达拉特旗人大常委会」 → 达拉特旗人民代表大会常务委员会 (Written("达拉特旗"))
            Org 「达拉特旗融媒体中心」 → 达拉特旗融媒体中心 (Written("达拉特旗"))
        "#]],
    );
}

#[test]
fn posts_held_now_and_held_before() {
    // 现任 and 前任 before a title set it apart as 本报 does; 前任 marks the
    // post as held once, as 原 does. A bare title after any other word is
    // still no post (今天旗长 is no official's mention).
    check(
        "会议由前任⟦旗长王海军⟧主持，现任⟦旗长张强⟧讲话。前任达拉特旗⟦旗长李明⟧出席。今天旗长张强也到了。\n",
        expect![[r#"
            Official 「旗长王海军」 name=王海军 [原旗长=达拉特旗人民政府]
            Official 「旗长张强」 name=张强 [旗长=达拉特旗人民政府]
            Official 「旗长李明」 name=李明 [原旗长@达拉特旗=达拉特旗人民政府]
        "#]],
    );
}

#[test]
fn a_sumu_by_its_own_name_and_one_the_gazetteer_lacks() {
    // The gazetteer writes 阿尔巴斯苏木乡; papers and the committee's full name
    // write 阿尔巴斯苏木. 哈日根图苏木 is in no gazetteer: its name is taken as
    // written, after a break or a known banner. 各苏木 is many sumus, 本苏木 the
    // page's own.
    check(
        "⟦⟦阿尔巴斯苏木党委⟧书记王海军⟧介绍。⟦⟦哈日根图苏木党委⟧副书记李强⟧，⟦⟦鄂托克旗哈日根图苏木党委⟧书记刘明⟧参加。各苏木党委负责人参加。\n",
        expect![[r#"
            Official 「阿尔巴斯苏木党委书记王海军」 name=王海军 [书记@阿尔巴斯苏木党委=中国共产党阿尔巴斯苏木委员会]
            Org 「阿尔巴斯苏木党委」 → 中国共产党阿尔巴斯苏木委员会 (Written("阿尔巴斯苏木"))
            Official 「哈日根图苏木党委副书记李强」 name=李强 [副书记@哈日根图苏木党委=中国共产党哈日根图苏木委员会]
            Org 「哈日根图苏木党委」 → 中国共产党哈日根图苏木委员会 (Written("哈日根图苏木"))
            Official 「鄂托克旗哈日根图苏木党委书记刘明」 name=刘明 [书记@鄂托克旗哈日根图苏木党委=中国共产党哈日根图苏木委员会]
            Org 「鄂托克旗哈日根图苏木党委」 → 中国共产党哈日根图苏木委员会 (Written("哈日根图苏木"))
        "#]],
    );
}

#[test]
fn a_gacha_the_gazetteer_lacks_around_one_it_knows() {
    // The gazetteer knows 布拉格嘎查, not 乌兰布拉格嘎查: the name runs from the
    // break, as written. 成立巴音查干嘎查 is still the known 巴音查干嘎查: 立 opens
    // no name.
    check(
        "⟦⟦乌兰布拉格嘎查党委⟧书记那仁满都拉⟧说。成立⟦巴音查干嘎查党委⟧。\n",
        expect![[r#"
            Official 「乌兰布拉格嘎查党委书记那仁满都拉」 name=那仁满都拉 [书记@乌兰布拉格嘎查党委=中国共产党乌兰布拉格嘎查委员会]
            Org 「乌兰布拉格嘎查党委」 → 中国共产党乌兰布拉格嘎查委员会 (Written("乌兰布拉格嘎查"))
            Org 「巴音查干嘎查党委」 → 中国共产党巴音查干嘎查委员会 (Written("巴音查干嘎查"))
        "#]],
    );
}

#[test]
fn names_end_before_verbs_of_reading_out_and_of_time() {
    // 宣读, 多年来 and 团队 end the name before them: no "张强宣", and 李秀兰
    // and 赵永胜 keep their posts.
    check(
        "⟦⟦旗总工会⟧主席孟和巴雅尔⟧宣读了决定。⟦⟦旗总工会⟧主席张强⟧宣读了决定。⟦⟦旗第一中学⟧副校长李秀兰⟧多年来扎根一线。⟦⟦内蒙古农业大学⟧教授赵永胜⟧团队提供指导。\n",
        expect![[r#"
            Official 「旗总工会主席孟和巴雅尔」 name=孟和巴雅尔 [主席@旗总工会]
            Org 「旗总工会」 → 旗总工会 (Unresolved)
            Official 「旗总工会主席张强」 name=张强 [主席@旗总工会]
            Org 「旗总工会」 → 旗总工会 (Unresolved)
            Official 「旗第一中学副校长李秀兰」 name=李秀兰 [副校长@旗第一中学]
            Org 「旗第一中学」 → 旗第一中学 (Unresolved)
            Person 「内蒙古农业大学教授赵永胜」 name=赵永胜 [教授@内蒙古农业大学]
            Org 「内蒙古农业大学」 → 内蒙古农业大学 (Written("内蒙古自治区"))
        "#]],
    );
}

#[test]
fn a_mongolian_name_heads_its_biography_under_another() {
    // 乌日图 has 日, which ends no Han name: the biography under 宝玉's is
    // still 乌日图's, not 宝玉's.
    check(
        "⟦宝玉⟧，男，蒙古族，现任⟦⟦旗财政局⟧副局长⟧。\n\n⟦乌日图⟧，男，蒙古族，现任⟦⟦树林召镇党委⟧副书记、镇长⟧。\n",
        expect![[r#"
            Person 「宝玉」 name=宝玉 []
            Official 「旗财政局副局长」 name=宝玉 [副局长@旗财政局=达拉特旗财政局]
            Org 「旗财政局」 → 达拉特旗财政局 (Home("达拉特旗"))
            Person 「乌日图」 name=乌日图 []
            Official 「树林召镇党委副书记、镇长」 name=乌日图 [副书记@树林召镇党委=中国共产党树林召镇委员会, 镇长@树林召镇=树林召镇人民政府]
            Org 「树林召镇党委」 → 中国共产党树林召镇委员会 (Written("树林召镇"))
        "#]],
    );
}

#[test]
fn a_name_with_ri_in_a_list_under_a_shared_title() {
    // 吴日根 has 日, which ends no Han name elsewhere: between 、 and 、 it is
    // a name of the list, and the list goes on to 赵晓东.
    check(
        "⟦⟦市人大常委会⟧主任李建军⟧主持会议，⟦副主任张凤英⟧、⟦王志刚⟧、⟦吴日根⟧、⟦赵晓东⟧出席会议。\n",
        expect![[r#"
            Official 「市人大常委会主任李建军」 name=李建军 [主任@市人大常委会]
            Org 「市人大常委会」 → 市人民代表大会常务委员会 (Unresolved)
            Official 「副主任张凤英」 name=张凤英 [副主任@市人大常委会]
            Official 「王志刚」 name=王志刚 [副主任@市人大常委会]
            Official 「吴日根」 name=吴日根 [副主任@市人大常委会]
            Official 「赵晓东」 name=赵晓东 [副主任@市人大常委会]
        "#]],
    );
}

#[test]
fn the_party_s_name_opens_its_committee_and_departments() {
    // 中共 and 中国共产党 before the place are part of the name; a department
    // right after the committee's name in full is its department; a proposed
    // post's 人选 is no name.
    check(
        "⟦中共杭锦旗委员会组织部⟧发布公示。⟦⟦中共鄂尔多斯市委员会宣传部⟧部长李明⟧出席。⟦中国共产党杭锦旗委员会⟧召开会议。⟦中共杭锦旗委组织部⟧。拟提名为⟦杭锦旗审计局⟧局长人选。\n",
        expect![[r#"
            Org 「中共杭锦旗委员会组织部」 → 中国共产党杭锦旗委员会组织部 (Written("杭锦旗"))
            Official 「中共鄂尔多斯市委员会宣传部部长李明」 name=李明 [部长@中共鄂尔多斯市委员会宣传部=中国共产党鄂尔多斯市委员会宣传部]
            Org 「中共鄂尔多斯市委员会宣传部」 → 中国共产党鄂尔多斯市委员会宣传部 (Written("鄂尔多斯市"))
            Org 「中国共产党杭锦旗委员会」 → 中国共产党杭锦旗委员会 (Written("杭锦旗"))
            Org 「中共杭锦旗委组织部」 → 中国共产党杭锦旗委员会组织部 (Written("杭锦旗"))
            Org 「杭锦旗审计局」 → 杭锦旗审计局 (Written("杭锦旗"))
        "#]],
    );
}

#[test]
fn towns_the_first_gazetteer_lacks() {
    // 独贵塔拉镇 is in modood's list of Inner Mongolia's towns, not in JioNLP's tree.
    check(
        "⟦⟦杭锦旗独贵塔拉镇党委⟧副书记其其格⟧，⟦⟦苏力德苏木党委⟧书记王强⟧。\n",
        expect![[r#"
            Official 「杭锦旗独贵塔拉镇党委副书记其其格」 name=其其格 [副书记@杭锦旗独贵塔拉镇党委=中国共产党独贵塔拉镇委员会]
            Org 「杭锦旗独贵塔拉镇党委」 → 中国共产党独贵塔拉镇委员会 (Written("独贵塔拉镇"))
            Official 「苏力德苏木党委书记王强」 name=王强 [书记@苏力德苏木党委=中国共产党苏力德苏木委员会]
            Org 「苏力德苏木党委」 → 中国共产党苏力德苏木委员会 (Written("苏力德苏木"))
        "#]],
    );
}

#[test]
fn a_reporter_who_comes_to_a_place_is_no_name() {
    // 来到 and 走进 end a name: no person 来到伊 after 记者.
    check(
        "初冬时节，记者来到伊和乌素苏木，又走进阿日勒嘎查。⟦⟦苏木党委⟧书记张明亮⟧说。\n",
        expect![[r#"
            Official 「苏木党委书记张明亮」 name=张明亮 [书记@苏木党委=中国共产党伊和乌素苏木委员会]
            Org 「苏木党委」 → 中国共产党伊和乌素苏木委员会 (Home("伊和乌素苏木"))
        "#]],
    );
}

#[test]
fn an_appointee_addressed_as_comrade() {
    // 巴图同志为…副旗长: the appointee is 巴图, one mention, not also a person
    // titled 同志. 王丽华同志 named before the list stays a mention of its own.
    check(
        "⟦王丽华同志⟧表示感谢。\n\n一、任命\n⟦巴图同志为⟦旗人民政府⟧副旗长⟧；\n⟦王丽华同志为⟦旗教育体育局⟧局长⟧。\n\n二、免去\n⟦刘志刚同志的⟦旗审计局⟧局长⟧职务。\n",
        expect![[r#"
            Person 「王丽华同志」 name=王丽华 [同志]
            Official 「巴图同志为旗人民政府副旗长」 name=巴图 [副旗长@旗人民政府]
            Org 「旗人民政府」 → 旗人民政府 (Unresolved)
            Official 「王丽华同志为旗教育体育局局长」 name=王丽华 [局长@旗教育体育局]
            Org 「旗教育体育局」 → 旗教育体育局 (Unresolved)
            Official 「刘志刚同志的旗审计局局长」 name=刘志刚 [原局长@旗审计局]
            Org 「旗审计局」 → 旗审计局 (Unresolved)
        "#]],
    );
}

#[test]
fn the_names_of_a_roster() {
    // Rows of names under a heading that calls itself a list, perhaps over
    // its order: each a person, a name spaced out (李  明) and a Mongolian name
    // of five characters included; named elsewhere, a name is found there too.
    // Rows of names under no such heading are not read.
    check(
        "对⟦王海军⟧等20名代表予以表彰。\n\n优秀人大代表名单\n\n（按姓氏笔画排序）\n\n⟦马文静⟧  ⟦王海军⟧  ⟦乌云其其格⟧  ⟦李  明⟧\n⟦杨光明⟧  ⟦张华⟧  ⟦额尔敦⟧\n\n会议期间\n\n刘一手  张二高  李三多\n",
        expect![[r#"
            Person 「王海军」 name=王海军 []
            Person 「马文静」 name=马文静 []
            Person 「王海军」 name=王海军 []
            Person 「乌云其其格」 name=乌云其其格 []
            Person 「李  明」 name=李明 []
            Person 「杨光明」 name=杨光明 []
            Person 「张华」 name=张华 []
            Person 「额尔敦」 name=额尔敦 []
        "#]],
    );
}

#[test]
fn a_roster_lists_names_under_their_posts() {
    // A body's members listed under the posts they hold, spaced out or not,
    // each post holding for the rows under it; a note on a person (（女）,
    // （女，蒙古族）) is no name; the body is the heading's, wrapped over two
    // lines; a note in brackets under the heading is skipped. A post alone is
    // nobody (主任 was read as a name).
    check(
        "⟦鄂托克前旗第十八届人民代表大会\n常务委员会⟧组成人员名单\n\n（2021年9月28日选举）\n\n主    任  ⟦王建军⟧\n\n副 主 任  ⟦李  强⟧  ⟦巴特尔⟧  ⟦张丽华⟧（女）\n\n委    员（按姓氏笔画排序）\n\n    ⟦王  芳⟧（女）  ⟦乌云其木格⟧（女，蒙古族）\n    ⟦刘海东⟧  ⟦孙志强⟧\n",
        expect![[r#"
            Org 「鄂托克前旗第十八届人民代表大会⏎常务委员会」 → 鄂托克前旗人民代表大会常务委员会 (Written("鄂托克前旗"))
            Official 「王建军」 name=王建军 [主任@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「李  强」 name=李强 [副主任@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「巴特尔」 name=巴特尔 [副主任@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「张丽华」 name=张丽华 [副主任@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「王  芳」 name=王芳 [委员@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「乌云其木格」 name=乌云其木格 [委员@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「刘海东」 name=刘海东 [委员@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
            Official 「孙志强」 name=孙志强 [委员@鄂托克前旗第十八届人民代表大会常务委员会=鄂托克前旗人民代表大会常务委员会]
        "#]],
    );
}

#[test]
fn a_title_as_a_label_names_who_holds_it() {
    // 审判长：赵红梅; a list after the label (审判员：李明、刘芳). The label of
    // a line of speech (记者：王主任您好) and a label over a sentence name nobody; another label may
    // follow on the line.
    check(
        "开庭公告\n\n本院定于12月15日公开审理此案。\n⟦审判长：赵红梅⟧；⟦书记员：高娃⟧。\n\n⟦审判员：李明⟧、⟦刘芳⟧。\n\n记者：王主任您好，请介绍一下。\n\n主持人：今天我们请来了嘉宾。\n\n⟦责任编辑：孟克那顺⟧  ⟦主持人：张华⟧\n",
        expect![[r#"
            Official 「审判长：赵红梅」 name=赵红梅 [审判长]
            Official 「书记员：高娃」 name=高娃 [书记员]
            Official 「审判员：李明」 name=李明 [审判员]
            Official 「刘芳」 name=刘芳 [审判员]
            Person 「责任编辑：孟克那顺」 name=孟克那顺 [责任编辑]
            Person 「主持人：张华」 name=张华 [主持人]
        "#]],
    );
}

#[test]
fn the_pages_editors_and_proofreader_at_its_foot() {
    // A page's staff line names its editors and its proofreader, each
    // under their role, names spaced out or not.
    check(
        "⟦责任编辑：张 敏⟧  ⟦校对：王 芳⟧  ⟦美术编辑：李强⟧\n",
        expect![[r#"
            Person 「责任编辑：张 敏」 name=张敏 [责任编辑]
            Person 「校对：王 芳」 name=王芳 [校对]
            Person 「美术编辑：李强」 name=李强 [美术编辑]
        "#]],
    );
}

#[test]
fn the_subject_of_a_biography() {
    // A nominee's biography on a notice opens with the name, then "，男，"
    // or "，女，": a person, Mongolian names too; not a place.
    check(
        "干部任前公示\n\n⟦李娜⟧，女，汉族，1982年3月生，大学学历，中共党员。\n\n⟦斯琴毕力格⟧，男，蒙古族，1980年1月生。\n\n乌审旗，男，不是人名。\n",
        expect![[r#"
            Person 「李娜」 name=李娜 []
            Person 「斯琴毕力格」 name=斯琴毕力格 []
        "#]],
    );
}

#[test]
fn the_last_row_of_a_list_before_a_paragraph() {
    // 其其格 holds 其, which ends no Han name; the last row, as wide as the
    // column, is not continued by the paragraph after the blank line, so its
    // name and post stay one row.
    check(
        "名单\n\n⟦张三　城川镇大沙头村党支部书记⟧\n⟦其其格　城川镇大沙头村党支部书记⟧\n\n其他同志另行通知。\n",
        expect![[r#"
            Official 「张三　城川镇大沙头村党支部书记」 name=张三 [党支部书记@城川镇大沙头村]
            Official 「其其格　城川镇大沙头村党支部书记」 name=其其格 [党支部书记@城川镇大沙头村]
        "#]],
    );
}

#[test]
fn the_author_of_a_paper_named_by_unit_and_name_holds_the_post_of_its_note() {
    // An unmarked byline, the writer's unit and name apart
    // ("…研究室　王志强"): （作者系…研究室主任） is his post.
    check(
        "新时代基层人大监督工作的实践与思考\n\n⟦鄂托克前旗人大常委会研究室⟧　⟦王志强⟧\n\n近年来，⟦旗人大常委会⟧坚持问题导向。\n\n（作者系⟦鄂托克前旗人大常委会研究室⟧主任）\n",
        expect![[r#"
            Org 「鄂托克前旗人大常委会研究室」 → 鄂托克前旗人民代表大会常务委员会研究室 (Written("鄂托克前旗"))
            Official 「王志强」 name=王志强 [主任@鄂托克前旗人大常委会研究室=鄂托克前旗人民代表大会常务委员会研究室]
            Org 「旗人大常委会」 → 鄂托克前旗人民代表大会常务委员会 (Home("鄂托克前旗"))
            Org 「鄂托克前旗人大常委会研究室」 → 鄂托克前旗人民代表大会常务委员会研究室 (Written("鄂托克前旗"))
        "#]],
    );
}

#[test]
fn heads_of_stations_farms_and_brigades_after_their_bodies() {
    // A body the lexicon lacks (畜牧站) is named by the title that repeats its
    // last character; farms (造林总场) end names after a place; a fire brigade
    // and a broadcaster are bodies of their place. 受 ends a name.
    check(
        "⟦旗农牧局⟧畜牧站⟦站长孙建国⟧介绍，全旗已建成养殖场46个。⟦⟦鄂尔多斯市造林总场⟧副场长孟克那顺⟧说。⟦市应急管理局⟧、⟦市消防救援大队⟧开展检查。⟦⟦市财政局⟧局长韩雪梅⟧受⟦市人民政府⟧委托作报告。\n\n市场长期稳定，平台长效运行。\n",
        expect![[r#"
            Org 「旗农牧局」 → 旗农牧局 (Unresolved)
            Official 「站长孙建国」 name=孙建国 [站长]
            Official 「鄂尔多斯市造林总场副场长孟克那顺」 name=孟克那顺 [副场长@鄂尔多斯市造林总场]
            Org 「鄂尔多斯市造林总场」 → 鄂尔多斯市造林总场 (Written("鄂尔多斯市"))
            Org 「市应急管理局」 → 鄂尔多斯市应急管理局 (Home("鄂尔多斯市"))
            Org 「市消防救援大队」 → 鄂尔多斯市消防救援大队 (Home("鄂尔多斯市"))
            Official 「市财政局局长韩雪梅」 name=韩雪梅 [局长@市财政局=鄂尔多斯市财政局]
            Org 「市财政局」 → 鄂尔多斯市财政局 (Home("鄂尔多斯市"))
            Org 「市人民政府」 → 鄂尔多斯市人民政府 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_mongolian_name_bounded_by_punctuation_after_a_title() {
    // 日 ends words (日前), but 海日汗 runs to the comma after the title: the
    // rest of the name is Mongolian. 刘其中 is not read (其中 opens a clause
    // where a page cut a name); a verb before 嘎查 is no village's name.
    check(
        "⟦⟦旗委⟧副书记、旗长海日汗⟧，⟦⟦旗人大常委会⟧主任李春林⟧出席。⟦市中级人民法院⟧副院长刘其中，\n\n提起嘎查⟦党支部书记、嘎查长额尔敦巴特尔⟧，牧民们都说好。\n",
        expect![[r#"
            Official 「旗委副书记、旗长海日汗」 name=海日汗 [副书记@旗委, 旗长@旗]
            Org 「旗委」 → 中国共产党旗委员会 (Unresolved)
            Official 「旗人大常委会主任李春林」 name=李春林 [主任@旗人大常委会]
            Org 「旗人大常委会」 → 旗人民代表大会常务委员会 (Unresolved)
            Org 「市中级人民法院」 → 市中级人民法院 (Unresolved)
            Official 「党支部书记、嘎查长额尔敦巴特尔」 name=额尔敦巴特尔 [党支部书记@嘎查, 嘎查长@嘎查]
        "#]],
    );
}

#[test]
fn the_county_level_city_of_a_leagues_paper_is_its_city() {
    // 锡林浩特日报: 市 before any place is named is 锡林浩特市, not the league.
    check(
        " 锡林浩特日报  2025年12月3日  第2版\n\n⟦市人大常委会⟧召开第二十一次会议\n\n本报讯（⟦记者 娜仁高娃⟧ ⟦实习生 李 想⟧）12月2日，会议召开。\n",
        expect![[r#"
            Org 「市人大常委会」 → 锡林浩特市人民代表大会常务委员会 (Home("锡林浩特市"))
            Person 「记者 娜仁高娃」 name=娜仁高娃 [记者]
            Person 「实习生 李 想」 name=李想 [实习生]
        "#]],
    );
}

#[test]
fn a_townships_institution_under_the_towns_short_name() {
    // A tribunal, a police station or a clinic of a town is named after the
    // town without 镇 or 苏木 (城川人民法庭 of 城川镇). Not inside a phrase:
    // "审议巴彦卫生院" is no clinic of 巴彦镇.
    check(
        "⟦城川人民法庭⟧近日审结一起草场纠纷案件。他在⟦城川派出所⟧工作，⟦⟦昂素人民法庭⟧法官李娜⟧到嘎查普法。会议审议巴彦卫生院建设方案。\n",
        expect![[r#"
            Org 「城川人民法庭」 → 城川人民法庭 (Written("城川镇"))
            Org 「城川派出所」 → 城川派出所 (Written("城川镇"))
            Official 「昂素人民法庭法官李娜」 name=李娜 [法官@昂素人民法庭]
            Org 「昂素人民法庭」 → 昂素人民法庭 (Written("昂素镇"))
        "#]],
    );
}

#[test]
fn an_occupation_after_a_place_and_the_speaker_of_an_answer() {
    // 农民 after the town a person lives in is a role; alone (向牧民宣传…) or
    // right after another title it is a word. A name the page gives a person
    // opening an answer ("张海：…") is that person, though two characters
    // long; one the page gives nobody ("记者：") is not. 访 before 市 is a
    // verb, not a short form of a city (乌市).
    check(
        "让每一粒种子都有好收成\n——访⟦⟦市人大⟧代表、达拉特旗王爱召镇农民张海⟧\n\n记者：您最关注的是什么问题？\n\n⟦张海⟧：我是种地的，最关心的就是种子。\n\n工作队向牧民宣传品种知识。巴音嘎查⟦牧民其其格⟧说，良种好。\n",
        expect![[r#"
            Official 「市人大代表、达拉特旗王爱召镇农民张海」 name=张海 [代表@市人大=鄂尔多斯市人民代表大会, 农民@达拉特旗王爱召镇]
            Org 「市人大」 → 鄂尔多斯市人民代表大会 (Home("鄂尔多斯市"))
            Person 「张海」 name=张海 []
            Person 「牧民其其格」 name=其其格 [牧民@巴音嘎查]
        "#]],
    );
}

/// 任 ends a name (王建军任副局长) but opens one too: after a post, a name
/// of three characters, or of two before a verb. A title after 任 is the
/// post someone holds (市委书记任组长), no name.
#[test]
fn names_under_the_surname_ren() {
    check(
        "⟦⟦旗农牧局⟧副局长任志刚⟧在会上作了发言。⟦局长任小平⟧、⟦主任任杰⟧出席。
由⟦市委⟧书记任组长，市长任副组长。局长任职期间成绩突出。
",
        expect![[r#"
            Official 「旗农牧局副局长任志刚」 name=任志刚 [副局长@旗农牧局]
            Org 「旗农牧局」 → 旗农牧局 (Unresolved)
            Official 「局长任小平」 name=任小平 [局长@旗农牧局]
            Official 「主任任杰」 name=任杰 [主任]
            Org 「市委」 → 中国共产党市委员会 (Unresolved)
        "#]],
    );
}

/// A Mongolian name in a list under shared posts stops before a town's name
/// that opens like a name (乌兰木伦镇): the town is no one.
#[test]
fn a_town_after_a_list_of_names_is_no_name() {
    check(
        "⟦⟦阿勒腾席热镇党委⟧副书记、镇长白玉龙⟧、乌兰木伦镇呼和淖尔嘎查⟦党支部书记巴图⟧参加会议。
",
        expect![[r#"
            Official 「阿勒腾席热镇党委副书记、镇长白玉龙」 name=白玉龙 [副书记@阿勒腾席热镇党委=中国共产党阿勒腾席热镇委员会, 镇长@阿勒腾席热镇=阿勒腾席热镇人民政府]
            Org 「阿勒腾席热镇党委」 → 中国共产党阿勒腾席热镇委员会 (Written("阿勒腾席热镇"))
            Official 「党支部书记巴图」 name=巴图 [党支部书记@乌兰木伦镇呼和淖尔嘎查]
        "#]],
    );
}

/// A body's sections and detachments hold posts too: a section by its name
/// (预算科), a detachment, brigade or station by the words before it
/// (交警支队, 路灯管理所).
#[test]
fn sections_and_detachments_of_a_bureau() {
    check(
        "本报讯 12月5日，⟦⟦市财政局预算科⟧科长王立新⟧、⟦⟦市公安局交警支队⟧支队长刘建军⟧、⟦⟦东胜区城市管理局路灯管理所⟧所长赵志勇⟧参加会议。
",
        expect![[r#"
            Official 「市财政局预算科科长王立新」 name=王立新 [科长@市财政局预算科=鄂尔多斯市财政局预算科]
            Org 「市财政局预算科」 → 鄂尔多斯市财政局预算科 (Home("鄂尔多斯市"))
            Official 「市公安局交警支队支队长刘建军」 name=刘建军 [支队长@市公安局交警支队=鄂尔多斯市公安局交警支队]
            Org 「市公安局交警支队」 → 鄂尔多斯市公安局交警支队 (Home("鄂尔多斯市"))
            Official 「东胜区城市管理局路灯管理所所长赵志勇」 name=赵志勇 [所长@东胜区城市管理局路灯管理所]
            Org 「东胜区城市管理局路灯管理所」 → 东胜区城市管理局路灯管理所 (Written("东胜区"))
        "#]],
    );
}

/// Titles no word ends in stand after any noun (基地负责人, 合作社理事长), and
/// a name ends before the way someone speaks (笑着说).
#[test]
fn a_person_in_charge_of_a_base() {
    check(
        "基地⟦负责人张海军⟧笑着说，今年的收成比往年好。合作社⟦理事长乌日娜⟧介绍，已带动120户牧民增收。
",
        expect![[r#"
            Person 「负责人张海军」 name=张海军 [负责人]
            Official 「理事长乌日娜」 name=乌日娜 [理事长]
        "#]],
    );
}

/// A column named after a post (主任访谈, 书记专访, 市长信箱) names nobody, and
/// the verb of a profile's subtitle ("——记市人大代表…") is no short form of
/// a city: short forms before 市 open with a city's first character (乌市).
#[test]
fn columns_after_a_post_and_the_verb_of_a_profile() {
    check(
        "⟦乌审旗人大常委会⟧主任访谈

——记⟦⟦市人大常委会⟧委员王刚⟧

⟦旗委⟧书记专访

——写⟦⟦市政协⟧委员李秀英⟧
",
        expect![[r#"
            Org 「乌审旗人大常委会」 → 乌审旗人民代表大会常务委员会 (Written("乌审旗"))
            Official 「市人大常委会委员王刚」 name=王刚 [委员@市人大常委会=鄂尔多斯市人民代表大会常务委员会]
            Org 「市人大常委会」 → 鄂尔多斯市人民代表大会常务委员会 (Home("鄂尔多斯市"))
            Org 「旗委」 → 中国共产党乌审旗委员会 (Home("乌审旗"))
            Official 「市政协委员李秀英」 name=李秀英 [委员@市政协=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「市政协」 → 中国人民政治协商会议鄂尔多斯市委员会 (Home("鄂尔多斯市"))
        "#]],
    );
}

/// A name ends before a verb of attending or winning (应邀, 荣获, 当选,
/// 获得), as it does before 出席.
#[test]
fn a_name_ends_before_being_invited_or_elected() {
    check(
        "⟦⟦旗委⟧副书记、⟦政府⟧旗长高娃⟧应邀出席。⟦⟦旗政协⟧主席乌力吉⟧当选为自治区劳动模范，⟦⟦旗妇联⟧主席萨仁⟧荣获全国三八红旗手称号。
",
        expect![[r#"
            Official 「旗委副书记、政府旗长高娃」 name=高娃 [副书记@旗委, 旗长@政府]
            Org 「旗委」 → 中国共产党旗委员会 (Unresolved)
            Org 「政府」 → 旗人民政府 (Unresolved)
            Official 「旗政协主席乌力吉」 name=乌力吉 [主席@旗政协]
            Org 「旗政协」 → 中国人民政治协商会议旗委员会 (Unresolved)
            Official 「旗妇联主席萨仁」 name=萨仁 [主席@旗妇联]
            Org 「旗妇联」 → 旗妇女联合会 (Unresolved)
        "#]],
    );
}

/// The special committees of a people's congress go by short names (财经委,
/// 农牧委, 教科文卫委): each is read with its title and expanded to its full
/// name; written out (教科文卫委员会) it is not cut at 委.
#[test]
fn a_congress_committee_by_its_short_name() {
    check(
        "⟦⟦自治区人大农牧委⟧主任委员阿拉坦仓⟧参加调研。⟦自治区人大财经委⟧、⟦自治区人大教科文卫委员会⟧负责同志出席。
",
        expect![[r#"
            Official 「自治区人大农牧委主任委员阿拉坦仓」 name=阿拉坦仓 [主任委员@自治区人大农牧委]
            Org 「自治区人大农牧委」 → 自治区人民代表大会农牧委员会 (Unresolved)
            Org 「自治区人大财经委」 → 自治区人民代表大会财政经济委员会 (Unresolved)
            Org 「自治区人大教科文卫委员会」 → 自治区人民代表大会教科文卫委员会 (Unresolved)
        "#]],
    );
}

#[test]
fn a_banks_branch_and_a_groups_company_are_one_name_each() {
    // A branch named after its bank and its place (分行, 支行), and a
    // company after the group that owns it: one organisation, whose head
    // holds the post there. 分行业 (by trade) is no branch.
    check(
        "⟦⟦中国人民银行鄂尔多斯市分行⟧行长陈志勇⟧介绍。⟦⟦国家能源集团准格尔能源有限责任公司⟧总经理刘建军⟧表示。分行业看，制造业增长。\n",
        expect![[r#"
            Official 「中国人民银行鄂尔多斯市分行行长陈志勇」 name=陈志勇 [行长@中国人民银行鄂尔多斯市分行]
            Org 「中国人民银行鄂尔多斯市分行」 → 中国人民银行鄂尔多斯市分行 (Standalone)
            Person 「国家能源集团准格尔能源有限责任公司总经理刘建军」 name=刘建军 [总经理@国家能源集团准格尔能源有限责任公司]
            Org 「国家能源集团准格尔能源有限责任公司」 → 国家能源集团准格尔能源有限责任公司 (Standalone)
        "#]],
    );
}

#[test]
fn a_district_named_by_a_word_is_no_place() {
    // 城区, 郊区, 矿区 are districts of some cities, and words everywhere:
    // 城区学校 is the town's schools, no organisation.
    check(
        "以前只有城区学校有这样的条件，矿区医院也一样。\n",
        expect![[r#""#]],
    );
}

#[test]
fn a_post_held_where_its_holder_is_sent_belongs_to_that_place() {
    // "驻村第一书记": the secretary sent to a village, whose post is held in
    // the gacha named before (none without one), then a team's post after
    // 、; a pronoun before 嘎查 names no gacha, and 一起 after a Mongolian
    // name ending in 和 is no conjunction.
    check(
        "赛乌素嘎查驻村⟦第一书记、工作队队长王建国⟧已经走在路上。\n\n驻村⟦第一书记王建国⟧说。\n\n三年来，他和嘎查⟦党支部书记巴图孟和⟧一起带领牧民致富。\n",
        expect![[r#"
            Official 「第一书记、工作队队长王建国」 name=王建国 [第一书记@赛乌素嘎查, 队长@工作队]
            Official 「第一书记王建国」 name=王建国 [第一书记]
            Official 「党支部书记巴图孟和」 name=巴图孟和 [党支部书记@嘎查]
        "#]],
    );
}

#[test]
fn an_office_whose_name_holds_a_word_of_work() {
    // 作 ends a name before a verb (王海作报告), but in 合作, 工作 and 协作 it
    // is a word of the office's name: 市合作交流办 is one office, and its
    // head's name still ends at 作 before 报告.
    check(
        "⟦⟦市合作交流办⟧主任刘洋⟧作报告。\n",
        expect![[r#"
            Official 「市合作交流办主任刘洋」 name=刘洋 [主任@市合作交流办]
            Org 「市合作交流办」 → 市合作交流办 (Unresolved)
        "#]],
    );
}

#[test]
fn a_villages_post_given_by_its_level_is_held_in_the_village_named_before() {
    // "村党支部书记" after "在大沙头村，": the village the paragraph is in;
    // "嘎查长" after "走进敖勒召其镇巴音希里嘎查，…。": that gacha with its
    // town. With no village named before in the paragraph, the level stays.
    check(
        "在大沙头村，村⟦党支部书记、村委会主任刘占军⟧正带领村民入窖。\n\n走进敖勒召其镇巴音希里嘎查，只见牛羊成群。嘎查⟦党支部书记、嘎查长吉日嘎拉⟧说。\n\n嘎查⟦党支部书记宝玉⟧为网格长。\n",
        expect![[r#"
            Official 「党支部书记、村委会主任刘占军」 name=刘占军 [党支部书记@村=大沙头村, 村委会主任@村=大沙头村]
            Official 「党支部书记、嘎查长吉日嘎拉」 name=吉日嘎拉 [党支部书记@嘎查=敖勒召其镇巴音希里嘎查, 嘎查长@嘎查=敖勒召其镇巴音希里嘎查]
            Official 「党支部书记宝玉」 name=宝玉 [党支部书记@嘎查]
        "#]],
    );
}

#[test]
fn a_name_ending_in_he_before_a_verb() {
    // 和 ends a name before another name (王玉和李明 is two people's) or a
    // word it may lead to (李强和在场的群众), but is the name's last
    // character before a verb or punctuation.
    check(
        "⟦旗长王玉和⟧作政府工作报告。⟦副旗长张建和⟧，⟦副旗长王玉⟧和李明出席。⟦市长李强⟧和在场的群众交谈。\n",
        expect![[r#"
            Official 「旗长王玉和」 name=王玉和 [旗长]
            Official 「副旗长张建和」 name=张建和 [副旗长]
            Official 「副旗长王玉」 name=王玉 [副旗长]
            Official 「市长李强」 name=李强 [市长]
        "#]],
    );
}

#[test]
fn former_posts_in_a_chain_and_a_head_of_government_after_a_department() {
    // 原 between the next body and its title keeps the chain going (both
    // posts held once); 副旗长 after a bureau's 局长 heads the government,
    // not the bureau; 代表 before a body or 全体 is "on behalf of", no title.
    check(
        "⟦⟦鄂托克前旗人民政府⟧原副旗长、⟦旗政协⟧原副主席张德胜⟧同志逝世。\n\n⟦⟦旗农牧局⟧局长、副旗长张海⟧出席。\n\n苏雅拉图代表政协鄂托克旗第十一届委员会常务委员会作报告，王芳代表全体委员发言。\n",
        expect![[r#"
            Official 「鄂托克前旗人民政府原副旗长、旗政协原副主席张德胜」 name=张德胜 [原副旗长@鄂托克前旗人民政府, 原副主席@旗政协=中国人民政治协商会议鄂托克前旗委员会]
            Org 「鄂托克前旗人民政府」 → 鄂托克前旗人民政府 (Written("鄂托克前旗"))
            Org 「旗政协」 → 中国人民政治协商会议鄂托克前旗委员会 (Home("鄂托克前旗"))
            Official 「旗农牧局局长、副旗长张海」 name=张海 [局长@旗农牧局=鄂托克前旗农牧局, 副旗长=鄂托克前旗人民政府]
            Org 「旗农牧局」 → 鄂托克前旗农牧局 (Home("鄂托克前旗"))
        "#]],
    );
}

#[test]
fn a_hospitals_departments_and_its_doctors_ranks() {
    // A doctor's rank (主任医师) is a role after a post or alone; a
    // department of a hospital (急诊科) is a unit of the hospital before it;
    // a verb the name's last character could open (梅 of 王红梅提示) does not
    // cut it into two names.
    check(
        "⟦⟦准格尔旗人民医院⟧院长、主任医师刘建国⟧介绍。⟦⟦旗人民医院急诊科⟧主任、副主任医师杨晓东⟧提醒群众。⟦⟦旗疾病预防控制中心⟧主任王红梅⟧提示，老人要尽早接种。⟦⟦旗蒙医医院骨科⟧副主任医师白音⟧说。\n",
        expect![[r#"
            Official 「准格尔旗人民医院院长、主任医师刘建国」 name=刘建国 [院长@准格尔旗人民医院, 主任医师@准格尔旗人民医院]
            Org 「准格尔旗人民医院」 → 准格尔旗人民医院 (Written("准格尔旗"))
            Official 「旗人民医院急诊科主任、副主任医师杨晓东」 name=杨晓东 [主任@旗人民医院急诊科=准格尔旗人民医院急诊科, 副主任医师@旗人民医院急诊科=准格尔旗人民医院急诊科]
            Org 「旗人民医院急诊科」 → 准格尔旗人民医院急诊科 (Home("准格尔旗"))
            Official 「旗疾病预防控制中心主任王红梅」 name=王红梅 [主任@旗疾病预防控制中心=准格尔旗疾病预防控制中心]
            Org 「旗疾病预防控制中心」 → 准格尔旗疾病预防控制中心 (Home("准格尔旗"))
            Person 「旗蒙医医院骨科副主任医师白音」 name=白音 [副主任医师@旗蒙医医院骨科=准格尔旗蒙医医院骨科]
            Org 「旗蒙医医院骨科」 → 准格尔旗蒙医医院骨科 (Home("准格尔旗"))
        "#]],
    );
}

#[test]
fn an_executive_deputy_after_a_party_post() {
    // 常务副主席 is one post, not a name 常务 under 副主席.
    check(
        "⟦⟦市工商业联合会⟧党组书记、常务副主席赵建军⟧表示，要抓好落实。⟦⟦市人大常委会⟧常务副主任李明⟧出席。\n",
        expect![[r#"
            Official 「市工商业联合会党组书记、常务副主席赵建军」 name=赵建军 [党组书记@市工商业联合会, 常务副主席@市工商业联合会]
            Org 「市工商业联合会」 → 市工商业联合会 (Unresolved)
            Official 「市人大常委会常务副主任李明」 name=李明 [常务副主任@市人大常委会]
            Org 「市人大常委会」 → 市人民代表大会常务委员会 (Unresolved)
        "#]],
    );
}

#[test]
fn a_companys_short_form_after_its_full_name() {
    // 伊泰集团 after 内蒙古伊泰集团有限公司 names the same company, and the
    // title after it is a post of it; 热力公司 stands for the
    // 热力有限责任公司 named before. Before the full name, or with no full
    // name on the page, the short form is nothing.
    check(
        "伊泰集团在会上发言。记者从⟦内蒙古伊泰集团有限公司⟧获悉，⟦⟦伊泰集团⟧董事长张晶泉⟧介绍了项目。东胜区联系⟦鄂尔多斯市东胜区热力有限责任公司⟧。当天，⟦热力公司⟧派人上门。准能公司也派人。\n",
        expect![[r#"
            Org 「内蒙古伊泰集团有限公司」 → 内蒙古伊泰集团有限公司 (Written("内蒙古自治区"))
            Person 「伊泰集团董事长张晶泉」 name=张晶泉 [董事长@伊泰集团=内蒙古伊泰集团有限公司]
            Org 「伊泰集团」 → 内蒙古伊泰集团有限公司 (NamedBefore("内蒙古伊泰集团有限公司"))
            Org 「鄂尔多斯市东胜区热力有限责任公司」 → 鄂尔多斯市东胜区热力有限责任公司 (Written("东胜区"))
            Org 「热力公司」 → 鄂尔多斯市东胜区热力有限责任公司 (NamedBefore("鄂尔多斯市东胜区热力有限责任公司"))
        "#]],
    );
}

#[test]
fn cultural_bodies_and_a_heritage_bearer() {
    // 文化馆, 博物馆 and 乌兰牧骑 name a place's body, under its level alone
    // too (旗文化馆); 代表性传承人 is a role that stands after any noun.
    check(
        "展览在⟦旗文化馆⟧开幕。⟦⟦旗文化馆⟧馆长萨仁高娃⟧介绍。⟦⟦鄂托克旗乌兰牧骑⟧队长宝音⟧带队演出。——记自治区级非物质文化遗产⟦代表性传承人额尔敦⟧\n",
        expect![[r#"
            Org 「旗文化馆」 → 鄂托克旗文化馆 (Home("鄂托克旗"))
            Official 「旗文化馆馆长萨仁高娃」 name=萨仁高娃 [馆长@旗文化馆=鄂托克旗文化馆]
            Org 「旗文化馆」 → 鄂托克旗文化馆 (Home("鄂托克旗"))
            Official 「鄂托克旗乌兰牧骑队长宝音」 name=宝音 [队长@鄂托克旗乌兰牧骑]
            Org 「鄂托克旗乌兰牧骑」 → 鄂托克旗乌兰牧骑 (Written("鄂托克旗"))
            Person 「代表性传承人额尔敦」 name=额尔敦 [代表性传承人]
        "#]],
    );
}

#[test]
fn a_society_named_without_its_place_after_another_bodys_post() {
    // 书法家协会 after 鄂托克旗文联主席、 is the banner's place's society.
    check(
        "⟦⟦鄂托克旗文联⟧主席、⟦书法家协会⟧主席乌恩其⟧在开幕式上致辞。\n",
        expect![[r#"
            Official 「鄂托克旗文联主席、书法家协会主席乌恩其」 name=乌恩其 [主席@鄂托克旗文联=鄂托克旗文学艺术界联合会, 主席@书法家协会=鄂托克旗书法家协会]
            Org 「鄂托克旗文联」 → 鄂托克旗文学艺术界联合会 (Written("鄂托克旗"))
            Org 「书法家协会」 → 鄂托克旗书法家协会 (Written("鄂托克旗"))
        "#]],
    );
}

#[test]
fn a_kinds_word_before_a_title_is_the_body_of_that_kind_named_before() {
    // 合作社理事长 after the cooperative named in full: the post is that
    // cooperative's, and 合作社 alone is no organisation. Where two
    // companies were named far before, 公司总经理 names neither; 分公司经理
    // is a branch's, not the company's.
    check(
        "牧民成立了⟦乌审旗呼和淖尔养殖专业合作社⟧，统一采购饲草。⟦合作社理事长额尔敦毕力格⟧介绍了情况。\n",
        expect![[r#"
            Org 「乌审旗呼和淖尔养殖专业合作社」 → 乌审旗呼和淖尔养殖专业合作社 (Written("乌审旗"))
            Official 「合作社理事长额尔敦毕力格」 name=额尔敦毕力格 [理事长@乌审旗呼和淖尔养殖专业合作社]
        "#]],
    );
    let far = "会上发言的企业越来越多，大家纷纷表示要抓住机遇。".repeat(12);
    check(
        &format!(
            "⟦鄂尔多斯市东胜区热力有限责任公司⟧和⟦内蒙古伊泰煤炭股份有限公司⟧参会。{far}公司⟦总经理张军⟧说。\n\n⟦鄂尔多斯市东胜区热力有限责任公司⟧派人上门。分公司⟦经理李强⟧说。\n"
        ),
        expect![[r#"
            Org 「鄂尔多斯市东胜区热力有限责任公司」 → 鄂尔多斯市东胜区热力有限责任公司 (Written("东胜区"))
            Org 「内蒙古伊泰煤炭股份有限公司」 → 内蒙古伊泰煤炭股份有限公司 (Written("内蒙古自治区"))
            Person 「总经理张军」 name=张军 [总经理]
            Org 「鄂尔多斯市东胜区热力有限责任公司」 → 鄂尔多斯市东胜区热力有限责任公司 (Written("东胜区"))
            Person 「经理李强」 name=李强 [经理]
        "#]],
    );
}

#[test]
fn a_sumus_veterinary_station_and_a_village_committees_member() {
    // 苏木兽医站 is the station of the sumu named shortly before; 嘎查委员会委员
    // after 和 and the person before it is a post; 摄影 credits a photographer.
    check(
        "⟦苏力德苏木农牧业综合服务中心⟧组织兽医入户。⟦⟦苏木兽医站⟧站长宝音图⟧说，今年免疫牲畜5.6万头只。⟦第一书记刘海涛⟧和⟦嘎查委员会委员娜仁花⟧一起登记。\n\n（⟦摄影  高娃⟧）\n",
        expect![[r#"
            Org 「苏力德苏木农牧业综合服务中心」 → 苏力德苏木农牧业综合服务中心 (Written("苏力德苏木"))
            Official 「苏木兽医站站长宝音图」 name=宝音图 [站长@苏木兽医站=苏力德苏木兽医站]
            Org 「苏木兽医站」 → 苏力德苏木兽医站 (Home("苏力德苏木"))
            Official 「第一书记刘海涛」 name=刘海涛 [第一书记]
            Official 「嘎查委员会委员娜仁花」 name=娜仁花 [嘎查委员会委员]
            Person 「摄影  高娃」 name=高娃 [摄影]
        "#]],
    );
}

#[test]
fn the_youth_leagues_committees_are_the_leagues() {
    // 共青团鄂尔多斯市委员会 and 团市委 are the Communist Youth League's
    // committees, not the Party's.
    check(
        "鄂尔多斯日报  2025年12月3日\n\n⟦共青团鄂尔多斯市委员会⟧、⟦市青年志愿者协会⟧举办活动。⟦⟦团市委⟧书记高娃⟧出席。\n",
        expect![[r#"
            Org 「共青团鄂尔多斯市委员会」 → 中国共产主义青年团鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「市青年志愿者协会」 → 鄂尔多斯市青年志愿者协会 (Home("鄂尔多斯市"))
            Official 「团市委书记高娃」 name=高娃 [书记@团市委=中国共产主义青年团鄂尔多斯市委员会]
            Org 「团市委」 → 中国共产主义青年团鄂尔多斯市委员会 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_college_a_tax_branch_an_airport_and_a_railway_depot() {
    // 高等 inside a school's name does not stop it; 分局 is a unit of a tax
    // bureau and 分局长 its post; 财务总监 and 段长 are roles.
    check(
        "⟦内蒙古民族幼儿师范高等专科学校⟧有120名学生报名。⟦⟦旗税务局第一税务分局⟧分局长白雪⟧带领小分队上门辅导。⟦⟦内蒙古伊泰煤炭股份有限公司⟧财务总监王宏伟⟧说。⟦鄂尔多斯伊金霍洛国际机场⟧开通航线。⟦⟦鄂尔多斯车务段⟧段长孙宏伟⟧介绍。准格尔旗。\n",
        expect![[r#"
            Org 「内蒙古民族幼儿师范高等专科学校」 → 内蒙古民族幼儿师范高等专科学校 (Written("内蒙古自治区"))
            Official 「旗税务局第一税务分局分局长白雪」 name=白雪 [分局长@旗税务局第一税务分局=国家税务总局准格尔旗税务局第一税务分局]
            Org 「旗税务局第一税务分局」 → 国家税务总局准格尔旗税务局第一税务分局 (Home("准格尔旗"))
            Person 「内蒙古伊泰煤炭股份有限公司财务总监王宏伟」 name=王宏伟 [财务总监@内蒙古伊泰煤炭股份有限公司]
            Org 「内蒙古伊泰煤炭股份有限公司」 → 内蒙古伊泰煤炭股份有限公司 (Written("内蒙古自治区"))
            Org 「鄂尔多斯伊金霍洛国际机场」 → 鄂尔多斯伊金霍洛国际机场 (Written("鄂尔多斯市"))
            Person 「鄂尔多斯车务段段长孙宏伟」 name=孙宏伟 [段长@鄂尔多斯车务段]
            Org 「鄂尔多斯车务段」 → 鄂尔多斯车务段 (Written("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_places_word_and_a_conjunction_after_a_level_are_no_body() {
    // 服务区和智慧管控中心: two things; 赴区内外高水平医院: hospitals inside
    // and outside the region, none of the region's own.
    check(
        "建成服务区和智慧管控中心。青年医师赴区内外高水平医院进修。巴彦淖尔市临河区。\n",
        expect![""],
    );
    // Text run together where the extraction joined two paragraphs: the
    // standing committee, then the rest of a hospital's name, is the
    // committee alone; 旗县区 is all the counties, none of them.
    check(
        "赤峰市。会议听取⟦市人大常委会⟧民医院改革情况汇报。各旗县区学校开展活动。\n",
        expect![[r#"
            Org 「市人大常委会」 → 赤峰市人民代表大会常务委员会 (Home("赤峰市"))
        "#]],
    );
}

#[test]
fn a_bodys_own_party_committee_and_its_head() {
    // 市税务局党委书记、局长: 书记 of the bureau's committee, 局长 of the
    // bureau; a school's League committee (团委) is the school's too.
    check(
        "⟦⟦⟦市税务局⟧党委⟧书记、局长刘志宏⟧介绍。⟦⟦内蒙古民族幼儿师范高等专科学校团委⟧书记刘洋⟧说。鄂尔多斯市。\n",
        expect![[r#"
            Official 「市税务局党委书记、局长刘志宏」 name=刘志宏 [书记@市税务局党委=国家税务总局鄂尔多斯市税务局党委, 局长@市税务局=国家税务总局鄂尔多斯市税务局]
            Org 「市税务局」 → 国家税务总局鄂尔多斯市税务局 (Home("鄂尔多斯市"))
            Org 「市税务局党委」 → 国家税务总局鄂尔多斯市税务局党委 (Home("鄂尔多斯市"))
            Official 「内蒙古民族幼儿师范高等专科学校团委书记刘洋」 name=刘洋 [书记@内蒙古民族幼儿师范高等专科学校团委]
            Org 「内蒙古民族幼儿师范高等专科学校团委」 → 内蒙古民族幼儿师范高等专科学校团委 (Written("内蒙古自治区"))
        "#]],
    );
}

#[test]
fn gai_xiao_is_the_school_named_last() {
    // 该校 stands for a 小学 or 中学 named last, as 该院 for a court.
    check(
        "走进⟦东胜区第二小学⟧，社团活动室里传出阵阵笑声。该校⟦校长王秀英⟧介绍。\n",
        expect![[r#"
            Org 「东胜区第二小学」 → 东胜区第二小学 (Written("东胜区"))
            Official 「校长王秀英」 name=王秀英 [校长@东胜区第二小学]
        "#]],
    );
}

#[test]
fn a_court_a_procuratorate_a_law_firm_and_a_police_station() {
    // A people's mediation committee, a numbered department of the
    // procuratorate and a law firm are bodies; 法庭 and 律师事务所 before a
    // title stand for the ones named before; a deputy after a comma and a few
    // words is the same body's, and so is a station's political officer
    // right after its head.
    check(
        "⟦鄂托克前旗人民法院城川人民法庭⟧联合⟦城川镇人民调解委员会⟧调解纠纷。⟦法庭庭长苏日娜⟧说。\n\n⟦⟦市检察院⟧检察长郝建军⟧出席并讲话，⟦副检察长张慧⟧通报案例。⟦⟦市检察院第八检察部⟧主任杨光⟧说。\n\n⟦东胜区司法局⟧组织⟦内蒙古蒙益律师事务所⟧律师走进社区。⟦律师事务所主任白云峰⟧讲解民法典。⟦⟦东胜区公安分局富兴派出所⟧所长韩亮⟧、⟦教导员赵磊⟧也参加了活动。\n",
        expect![[r#"
            Org 「鄂托克前旗人民法院城川人民法庭」 → 鄂托克前旗人民法院城川人民法庭 (Written("鄂托克前旗"))
            Org 「城川镇人民调解委员会」 → 城川镇人民调解委员会 (Written("城川镇"))
            Official 「法庭庭长苏日娜」 name=苏日娜 [庭长@鄂托克前旗人民法院城川人民法庭]
            Official 「市检察院检察长郝建军」 name=郝建军 [检察长@市检察院=鄂尔多斯市人民检察院]
            Org 「市检察院」 → 鄂尔多斯市人民检察院 (Home("鄂尔多斯市"))
            Official 「副检察长张慧」 name=张慧 [副检察长@市检察院=鄂尔多斯市人民检察院]
            Official 「市检察院第八检察部主任杨光」 name=杨光 [主任@市检察院第八检察部=鄂尔多斯市人民检察院第八检察部]
            Org 「市检察院第八检察部」 → 鄂尔多斯市人民检察院第八检察部 (Home("鄂尔多斯市"))
            Org 「东胜区司法局」 → 东胜区司法局 (Written("东胜区"))
            Org 「内蒙古蒙益律师事务所」 → 内蒙古蒙益律师事务所 (Written("内蒙古自治区"))
            Official 「律师事务所主任白云峰」 name=白云峰 [主任@内蒙古蒙益律师事务所]
            Official 「东胜区公安分局富兴派出所所长韩亮」 name=韩亮 [所长@东胜区公安分局富兴派出所]
            Org 「东胜区公安分局富兴派出所」 → 东胜区公安分局富兴派出所 (Written("东胜区"))
            Official 「教导员赵磊」 name=赵磊 [教导员@东胜区公安分局富兴派出所]
        "#]],
    );
}

#[test]
fn a_relative_hospital_is_the_peoples_hospital_named_and_a_sports_federation() {
    // 旗医院 on a page that names the banner's people's hospital is that
    // hospital; 疾控中心 is the centre for disease control in full; 总会 ends
    // a body's name.
    check(
        "⟦伊金霍洛旗人民医院⟧组建医联体。⟦市中心医院⟧医生每周到⟦旗医院⟧坐诊。⟦市疾控中心⟧发布提示。⟦⟦旗体育总会⟧会长刘宏伟⟧说。\n",
        expect![[r#"
            Org 「伊金霍洛旗人民医院」 → 伊金霍洛旗人民医院 (Written("伊金霍洛旗"))
            Org 「市中心医院」 → 鄂尔多斯市中心医院 (Home("鄂尔多斯市"))
            Org 「旗医院」 → 伊金霍洛旗人民医院 (Home("伊金霍洛旗"))
            Org 「市疾控中心」 → 鄂尔多斯市疾病预防控制中心 (Home("鄂尔多斯市"))
            Official 「旗体育总会会长刘宏伟」 name=刘宏伟 [会长@旗体育总会=伊金霍洛旗体育总会]
            Org 「旗体育总会」 → 伊金霍洛旗体育总会 (Home("伊金霍洛旗"))
        "#]],
    );
}

#[test]
fn a_village_committees_post_after_the_village_is_named() {
    // 嘎查委员会委员 and 村委会主任 with no body of their own hold their posts
    // in the village the paragraph named last; 村长 reads only a name right
    // before it.
    check(
        "乌审旗。\n\n在乌审召镇查汉庙嘎查，⟦嘎查委员会委员娜仁花⟧正在登记。\n\n走进大沙头村，⟦村委会主任张二虎⟧说，⟦村长王五⟧也来了。\n",
        expect![[r#"
            Official 「嘎查委员会委员娜仁花」 name=娜仁花 [嘎查委员会委员=乌审召镇查汉庙嘎查]
            Official 「村委会主任张二虎」 name=张二虎 [村委会主任=大沙头村]
            Official 「村长王五」 name=王五 [村长]
        "#]],
    );
}

#[test]
fn numbered_schools_by_their_short_names() {
    // 市一中 and 旗二小 are the numbered schools of the page's city and banner,
    // as 市委 is its committee; 达拉特旗一中 writes its place; 第一中学 in full
    // is still read whole, and 市一中心 is no school.
    check(
        "⟦鄂尔多斯市第一中学⟧获评全国文明校园。⟦⟦市一中党委⟧书记刘建平⟧说。⟦达拉特旗一中⟧、⟦旗二小⟧参加。城市一中心。\n",
        expect![[r#"
            Org 「鄂尔多斯市第一中学」 → 鄂尔多斯市第一中学 (Written("鄂尔多斯市"))
            Official 「市一中党委书记刘建平」 name=刘建平 [书记@市一中党委=鄂尔多斯市第一中学党委]
            Org 「市一中党委」 → 鄂尔多斯市第一中学党委 (Home("鄂尔多斯市"))
            Org 「达拉特旗一中」 → 达拉特旗第一中学 (Written("达拉特旗"))
            Org 「旗二小」 → 达拉特旗第二小学 (Home("达拉特旗"))
        "#]],
    );
}

#[test]
fn an_ecology_pages_monitoring_station_branch_bureau_and_vice_president() {
    // 监测站 ends a body's name; 生态环境分局 is the place's branch of the
    // environment bureau; 副总裁 is a company's role.
    check(
        "鄂尔多斯市。⟦⟦亿利资源集团股份有限公司⟧副总裁刘强⟧说。⟦⟦市水土保持监测站⟧站长李海涛⟧说。⟦⟦准格尔旗气象局⟧局长高原⟧、⟦⟦旗生态环境分局⟧局长马骏⟧参加。\n",
        expect![[r#"
            Person 「亿利资源集团股份有限公司副总裁刘强」 name=刘强 [副总裁@亿利资源集团股份有限公司]
            Org 「亿利资源集团股份有限公司」 → 亿利资源集团股份有限公司 (Standalone)
            Official 「市水土保持监测站站长李海涛」 name=李海涛 [站长@市水土保持监测站=鄂尔多斯市水土保持监测站]
            Org 「市水土保持监测站」 → 鄂尔多斯市水土保持监测站 (Home("鄂尔多斯市"))
            Official 「准格尔旗气象局局长高原」 name=高原 [局长@准格尔旗气象局]
            Org 「准格尔旗气象局」 → 准格尔旗气象局 (Written("准格尔旗"))
            Official 「旗生态环境分局局长马骏」 name=马骏 [局长@旗生态环境分局=准格尔旗生态环境分局]
            Org 「旗生态环境分局」 → 准格尔旗生态环境分局 (Home("准格尔旗"))
        "#]],
    );
}

#[test]
fn fire_and_traffic_police_commanders_by_their_units_kind() {
    // 支队长 alone heads the 支队 the paragraph named; 该大队 and 支队 before a
    // title stand for the 大队 and 支队 named last; 康巴什 is its district's
    // short name before its traffic police.
    check(
        "⟦鄂尔多斯市消防救援支队⟧在东胜区开展冬季消防安全检查。⟦支队长刘志刚⟧带队检查了商场。\n⟦⟦东胜区消防救援大队⟧大队长王斌⟧介绍，今年共检查单位1260家。该大队⟦教导员李文静⟧说，将继续开展宣传。\n⟦市公安局交通管理支队⟧近日发布提示。⟦支队副支队长马宏伟⟧提醒驾驶员减速慢行。⟦⟦康巴什交警大队一中队⟧中队长白乙拉⟧说，中队已增派警力。\n",
        expect![[r#"
            Org 「鄂尔多斯市消防救援支队」 → 鄂尔多斯市消防救援支队 (Written("鄂尔多斯市"))
            Official 「支队长刘志刚」 name=刘志刚 [支队长@鄂尔多斯市消防救援支队]
            Official 「东胜区消防救援大队大队长王斌」 name=王斌 [大队长@东胜区消防救援大队]
            Org 「东胜区消防救援大队」 → 东胜区消防救援大队 (Written("东胜区"))
            Official 「教导员李文静」 name=李文静 [教导员@东胜区消防救援大队]
            Org 「市公安局交通管理支队」 → 鄂尔多斯市公安局交通管理支队 (Home("鄂尔多斯市"))
            Official 「支队副支队长马宏伟」 name=马宏伟 [副支队长@市公安局交通管理支队=鄂尔多斯市公安局交通管理支队]
            Official 「康巴什交警大队一中队中队长白乙拉」 name=白乙拉 [中队长@康巴什交警大队一中队=康巴什区交警大队一中队]
            Org 「康巴什交警大队一中队」 → 康巴什区交警大队一中队 (Written("康巴什区"))
        "#]],
    );
}

#[test]
fn a_railway_group_a_builder_and_a_road_maintenance_station() {
    // The railway's regional group by its registered and its short name; a
    // company after 施工单位; 管护所 and 监察站 end a body's name.
    check(
        "准格尔旗。⟦内蒙古自治区交通运输厅⟧。记者从⟦中国铁路呼和浩特局集团有限公司⟧获悉。⟦呼和浩特局集团公司⟧⟦⟦包头车务段⟧段长陈建国⟧介绍。施工单位⟦⟦中交第一公路工程局有限公司⟧项目经理王鹏⟧说。⟦⟦准格尔旗公路管护所⟧所长孟和巴雅尔⟧带领工人清理积雪。⟦⟦旗矿山安全监察站⟧站长刘明⟧参加。\n",
        expect![[r#"
            Org 「内蒙古自治区交通运输厅」 → 内蒙古自治区交通运输厅 (Written("内蒙古自治区"))
            Org 「中国铁路呼和浩特局集团有限公司」 → 中国铁路呼和浩特局集团有限公司 (Standalone)
            Org 「呼和浩特局集团公司」 → 中国铁路呼和浩特局集团有限公司 (Standalone)
            Person 「包头车务段段长陈建国」 name=陈建国 [段长@包头车务段]
            Org 「包头车务段」 → 包头车务段 (Written("包头市"))
            Person 「中交第一公路工程局有限公司项目经理王鹏」 name=王鹏 [项目经理@中交第一公路工程局有限公司]
            Org 「中交第一公路工程局有限公司」 → 中交第一公路工程局有限公司 (Standalone)
            Official 「准格尔旗公路管护所所长孟和巴雅尔」 name=孟和巴雅尔 [所长@准格尔旗公路管护所]
            Org 「准格尔旗公路管护所」 → 准格尔旗公路管护所 (Written("准格尔旗"))
            Official 「旗矿山安全监察站站长刘明」 name=刘明 [站长@旗矿山安全监察站=准格尔旗矿山安全监察站]
            Org 「旗矿山安全监察站」 → 准格尔旗矿山安全监察站 (Home("准格尔旗"))
        "#]],
    );
}

#[test]
fn a_committees_departments_expand_as_the_committee_does() {
    // 组织部 after 市委常委、 is the city committee's department: its full name
    // opens as the committee's (中国共产党…), so both mentions name one body.
    check(
        "鄂尔多斯市。⟦市委组织部⟧召开会议。⟦⟦市委⟧常委、⟦组织部⟧部长王雪峰⟧出席。\n",
        expect![[r#"
            Org 「市委组织部」 → 中国共产党鄂尔多斯市委员会组织部 (Home("鄂尔多斯市"))
            Official 「市委常委、组织部部长王雪峰」 name=王雪峰 [常委@市委=中国共产党鄂尔多斯市委员会, 部长@组织部=中国共产党鄂尔多斯市委员会组织部]
            Org 「市委」 → 中国共产党鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Org 「组织部」 → 中国共产党鄂尔多斯市委员会组织部 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_cppcc_committee_named_with_its_term_after_the_place() {
    // The term may follow the place (政协鄂尔多斯市第五届委员会) as well as lead
    // it; the body is the one 市政协 names. Before a meeting's name the whole
    // is the meeting's, no organisation.
    check(
        "⟦⟦市政协⟧主席邬建东⟧主持。中国人民政治协商会议鄂尔多斯市第五届委员会第四次会议开幕。⟦⟦政协鄂尔多斯市第五届委员会⟧副主席刘文华⟧讲话。他当选为⟦中国人民政治协商会议鄂尔多斯市第五届委员会⟧委员。\n",
        expect![[r#"
            Official 「市政协主席邬建东」 name=邬建东 [主席@市政协=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「市政协」 → 中国人民政治协商会议鄂尔多斯市委员会 (Home("鄂尔多斯市"))
            Official 「政协鄂尔多斯市第五届委员会副主席刘文华」 name=刘文华 [副主席@政协鄂尔多斯市第五届委员会=中国人民政治协商会议鄂尔多斯市委员会]
            Org 「政协鄂尔多斯市第五届委员会」 → 中国人民政治协商会议鄂尔多斯市委员会 (Written("鄂尔多斯市"))
            Org 「中国人民政治协商会议鄂尔多斯市第五届委员会」 → 中国人民政治协商会议鄂尔多斯市委员会 (Written("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_committees_inspection_team_and_a_discipline_commissions_office() {
    // 巡察组 and 纪检监察室, numbered, are units of the body before them.
    check(
        "⟦⟦市委第三巡察组⟧组长张志远⟧近日在达拉特旗反馈巡察情况。⟦⟦达拉特旗纪委监委第二纪检监察室⟧主任刘佳⟧说，已督促整改。\n",
        expect![[r#"
            Official 「市委第三巡察组组长张志远」 name=张志远 [组长@市委第三巡察组=中国共产党鄂尔多斯市委员会第三巡察组]
            Org 「市委第三巡察组」 → 中国共产党鄂尔多斯市委员会第三巡察组 (Home("鄂尔多斯市"))
            Official 「达拉特旗纪委监委第二纪检监察室主任刘佳」 name=刘佳 [主任@达拉特旗纪委监委第二纪检监察室=中国共产党达拉特旗纪律检查委员会、达拉特旗监察委员会第二纪检监察室]
            Org 「达拉特旗纪委监委第二纪检监察室」 → 中国共产党达拉特旗纪律检查委员会、达拉特旗监察委员会第二纪检监察室 (Written("达拉特旗"))
        "#]],
    );
}

#[test]
fn an_insurers_branch_a_banks_business_department_and_a_livestock_station() {
    // 中心支公司 is a unit named by the place before it; 营业部 a branch's unit;
    // 工作站 ends a body's name; 组织科 is no unit before 技 (组织科技特派员);
    // 高级农艺师 is a role.
    check(
        "鄂尔多斯市。⟦中国人寿财产保险股份有限公司鄂尔多斯市中心支公司⟧近日为牧民办理保险。⟦公司总经理陈晓东⟧说。⟦⟦邮储银行鄂尔多斯市分行营业部⟧主任孙悦⟧说。⟦达拉特旗农牧局⟧组织科技特派员开展培训。⟦⟦旗农业技术推广中心⟧高级农艺师杨春梅⟧讲解技术。⟦⟦鄂托克旗畜牧工作站⟧站长其其格⟧介绍。\n",
        expect![[r#"
            Org 「中国人寿财产保险股份有限公司鄂尔多斯市中心支公司」 → 中国人寿财产保险股份有限公司鄂尔多斯市中心支公司 (Written("中国"))
            Person 「公司总经理陈晓东」 name=陈晓东 [总经理@中国人寿财产保险股份有限公司鄂尔多斯市中心支公司]
            Official 「邮储银行鄂尔多斯市分行营业部主任孙悦」 name=孙悦 [主任@邮储银行鄂尔多斯市分行营业部]
            Org 「邮储银行鄂尔多斯市分行营业部」 → 邮储银行鄂尔多斯市分行营业部 (Standalone)
            Org 「达拉特旗农牧局」 → 达拉特旗农牧局 (Written("达拉特旗"))
            Person 「旗农业技术推广中心高级农艺师杨春梅」 name=杨春梅 [高级农艺师@旗农业技术推广中心=达拉特旗农业技术推广中心]
            Org 「旗农业技术推广中心」 → 达拉特旗农业技术推广中心 (Home("达拉特旗"))
            Official 「鄂托克旗畜牧工作站站长其其格」 name=其其格 [站长@鄂托克旗畜牧工作站]
            Org 「鄂托克旗畜牧工作站」 → 鄂托克旗畜牧工作站 (Written("鄂托克旗"))
        "#]],
    );
}

#[test]
fn a_military_district_an_armed_forces_department_and_a_communitys_party_committee() {
    // 军分区 ends a body's name; 人武部 is 人民武装部; 副司令员 and 政委 are posts.
    // 社区党委 is the community's committee, not the district's (区党委).
    check(
        "鄂尔多斯市。⟦⟦鄂尔多斯军分区⟧副司令员李志强⟧出席会议。⟦⟦达拉特旗人武部⟧政委张伟⟧发言。⟦⟦东胜区民政局⟧局长高建平⟧说。⟦⟦林荫街道苏泊罕社区党委⟧书记、居委会主任李红梅⟧表示，⟦书记王芳⟧说。社区党委⟦书记刘丽⟧说。\n",
        expect![[r#"
            Official 「鄂尔多斯军分区副司令员李志强」 name=李志强 [副司令员@鄂尔多斯军分区]
            Org 「鄂尔多斯军分区」 → 鄂尔多斯军分区 (Written("鄂尔多斯市"))
            Official 「达拉特旗人武部政委张伟」 name=张伟 [政委@达拉特旗人武部=达拉特旗人民武装部]
            Org 「达拉特旗人武部」 → 达拉特旗人民武装部 (Written("达拉特旗"))
            Official 「东胜区民政局局长高建平」 name=高建平 [局长@东胜区民政局]
            Org 「东胜区民政局」 → 东胜区民政局 (Written("东胜区"))
            Official 「林荫街道苏泊罕社区党委书记、居委会主任李红梅」 name=李红梅 [书记@林荫街道苏泊罕社区党委=中国共产党苏泊罕社区委员会, 居委会主任@林荫街道苏泊罕社区党委=中国共产党苏泊罕社区委员会]
            Org 「林荫街道苏泊罕社区党委」 → 中国共产党苏泊罕社区委员会 (Written("苏泊罕社区"))
            Official 「书记王芳」 name=王芳 [书记]
            Official 「书记刘丽」 name=刘丽 [书记]
        "#]],
    );
}

#[test]
fn a_welfare_home_and_an_employment_service_centre() {
    // 福利院 ends a body's name; 就 opens 就业 and does not cut 市就业服务中心.
    check(
        "鄂尔多斯市。⟦市社会福利院⟧举办活动。⟦⟦市慈善总会⟧会长孙丽华⟧、⟦⟦市社会福利院⟧院长杜娟⟧出席。⟦⟦市就业服务中心⟧主任张海燕⟧表示，将把就业服务送到企业门口。\n",
        expect![[r#"
            Org 「市社会福利院」 → 鄂尔多斯市社会福利院 (Home("鄂尔多斯市"))
            Official 「市慈善总会会长孙丽华」 name=孙丽华 [会长@市慈善总会=鄂尔多斯市慈善总会]
            Org 「市慈善总会」 → 鄂尔多斯市慈善总会 (Home("鄂尔多斯市"))
            Official 「市社会福利院院长杜娟」 name=杜娟 [院长@市社会福利院=鄂尔多斯市社会福利院]
            Org 「市社会福利院」 → 鄂尔多斯市社会福利院 (Home("鄂尔多斯市"))
            Official 「市就业服务中心主任张海燕」 name=张海燕 [主任@市就业服务中心=鄂尔多斯市就业服务中心]
            Org 「市就业服务中心」 → 鄂尔多斯市就业服务中心 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_groups_short_name_a_mine_and_a_company_after_a_preposition() {
    // A two-character group's name before a post or its committee is a
    // company's; so is a mine's name before a post. 国有集团 is a kind of group.
    // A registered name opens after 在. 该矿 is the mine named last.
    check(
        "鄂尔多斯市。在⟦国家能源集团准格尔能源有限责任公司⟧，车正作业。⟦⟦⟦准能集团⟧党委⟧书记、董事长杨进东⟧表示。⟦⟦黑岱沟露天煤矿⟧安全副矿长王海涛⟧说，该矿⟦矿长刘志军⟧介绍。⟦⟦伊泰集团⟧董事长张东海⟧说。国有集团⟦董事长张三⟧说。\n",
        expect![[r#"
            Org 「国家能源集团准格尔能源有限责任公司」 → 国家能源集团准格尔能源有限责任公司 (Standalone)
            Official 「准能集团党委书记、董事长杨进东」 name=杨进东 [书记@准能集团党委, 董事长@准能集团]
            Org 「准能集团」 → 准能集团 (Standalone)
            Org 「准能集团党委」 → 准能集团党委 (Standalone)
            Person 「黑岱沟露天煤矿安全副矿长王海涛」 name=王海涛 [安全副矿长@黑岱沟露天煤矿]
            Org 「黑岱沟露天煤矿」 → 黑岱沟露天煤矿 (Standalone)
            Person 「矿长刘志军」 name=刘志军 [矿长@黑岱沟露天煤矿]
            Person 「伊泰集团董事长张东海」 name=张东海 [董事长@伊泰集团]
            Org 「伊泰集团」 → 伊泰集团 (Standalone)
            Person 「董事长张三」 name=张三 [董事长]
        "#]],
    );
}

#[test]
fn a_development_zones_administrative_committee() {
    // 管理委员会 and 管委会 end a zone's committee; a zone's name may be a place
    // of thirteen characters (包头稀土高新技术产业开发区).
    check(
        "鄂尔多斯市。⟦⟦鄂尔多斯高新技术产业开发区管理委员会⟧副主任赵斌⟧说。⟦⟦鄂尔多斯空港物流园区管委会⟧主任王强⟧介绍。⟦⟦包头稀土高新技术产业开发区管理委员会⟧副主任李明⟧说。\n",
        expect![[r#"
            Official 「鄂尔多斯高新技术产业开发区管理委员会副主任赵斌」 name=赵斌 [副主任@鄂尔多斯高新技术产业开发区管理委员会]
            Org 「鄂尔多斯高新技术产业开发区管理委员会」 → 鄂尔多斯高新技术产业开发区管理委员会 (Written("鄂尔多斯市"))
            Official 「鄂尔多斯空港物流园区管委会主任王强」 name=王强 [主任@鄂尔多斯空港物流园区管委会]
            Org 「鄂尔多斯空港物流园区管委会」 → 鄂尔多斯空港物流园区管委会 (Written("鄂尔多斯空港物流园区"))
            Official 「包头稀土高新技术产业开发区管理委员会副主任李明」 name=李明 [副主任@包头稀土高新技术产业开发区管理委员会]
            Org 「包头稀土高新技术产业开发区管理委员会」 → 包头稀土高新技术产业开发区管理委员会 (Written("包头稀土高新技术产业开发区"))
        "#]],
    );
}

#[test]
fn a_body_referred_to_in_the_next_paragraph() {
    // 该局 in a paragraph refers to the bureau named in the one before; the
    // chain of posts starts at the title, not at the bureau (which once
    // sliced the text backwards and panicked).
    check(
        "这是⟦达拉特旗教育体育局⟧举办的活动。\n\n该局⟦副局长韩永平⟧告诉记者，全旗已有32所中小学开设课程。\n",
        expect![[r#"
            Org 「达拉特旗教育体育局」 → 达拉特旗教育体育局 (Written("达拉特旗"))
            Official 「副局长韩永平」 name=韩永平 [副局长@达拉特旗教育体育局]
        "#]],
    );
}

#[test]
fn a_tax_bureau_a_street_office_an_enforcement_bureau_and_the_consumers_association() {
    // A tax bureau is the State Taxation Administration's (国家税务总局…税务局);
    // 城管执法局 is the city's 城市管理综合行政执法局; 消协 its consumers'
    // association; a street's 办事处 is a body.
    check(
        "鄂尔多斯市。国家税务总局⟦鄂尔多斯市税务局⟧发布数据。⟦⟦⟦市税务局⟧党委⟧书记、局长张海滨⟧表示。⟦鄂尔多斯市城市管理综合行政执法局⟧组织巡查。⟦⟦市城管执法局⟧副局长刘建华⟧说。⟦⟦市消协⟧秘书长高建平⟧说。⟦⟦东胜区林荫街道办事处⟧主任杨志刚⟧说。\n",
        expect![[r#"
            Org 「鄂尔多斯市税务局」 → 国家税务总局鄂尔多斯市税务局 (Written("鄂尔多斯市"))
            Official 「市税务局党委书记、局长张海滨」 name=张海滨 [书记@市税务局党委=国家税务总局鄂尔多斯市税务局党委, 局长@市税务局=国家税务总局鄂尔多斯市税务局]
            Org 「市税务局」 → 国家税务总局鄂尔多斯市税务局 (Home("鄂尔多斯市"))
            Org 「市税务局党委」 → 国家税务总局鄂尔多斯市税务局党委 (Home("鄂尔多斯市"))
            Org 「鄂尔多斯市城市管理综合行政执法局」 → 鄂尔多斯市城市管理综合行政执法局 (Written("鄂尔多斯市"))
            Official 「市城管执法局副局长刘建华」 name=刘建华 [副局长@市城管执法局=鄂尔多斯市城市管理综合行政执法局]
            Org 「市城管执法局」 → 鄂尔多斯市城市管理综合行政执法局 (Home("鄂尔多斯市"))
            Official 「市消协秘书长高建平」 name=高建平 [秘书长@市消协=鄂尔多斯市消费者协会]
            Org 「市消协」 → 鄂尔多斯市消费者协会 (Home("鄂尔多斯市"))
            Official 「东胜区林荫街道办事处主任杨志刚」 name=杨志刚 [主任@东胜区林荫街道办事处=林荫街道办事处]
            Org 「东胜区林荫街道办事处」 → 林荫街道办事处 (Written("林荫街道"))
        "#]],
    );
}

#[test]
fn long_names_of_a_school_and_an_association_and_a_leading_groups_office() {
    // Up to nine characters between 市 and the suffix (青少年体育运动学校,
    // 个体劳动者私营企业协会); a leading group's office is a body.
    check(
        "鄂尔多斯市。⟦⟦市青少年体育运动学校⟧校长张志勇⟧介绍。⟦⟦市个体劳动者私营企业协会⟧会长陈建国⟧说。⟦⟦市城市体检工作领导小组办公室⟧主任、⟦市住建局⟧副局长张宏伟⟧说。\n",
        expect![[r#"
            Official 「市青少年体育运动学校校长张志勇」 name=张志勇 [校长@市青少年体育运动学校=鄂尔多斯市青少年体育运动学校]
            Org 「市青少年体育运动学校」 → 鄂尔多斯市青少年体育运动学校 (Home("鄂尔多斯市"))
            Official 「市个体劳动者私营企业协会会长陈建国」 name=陈建国 [会长@市个体劳动者私营企业协会=鄂尔多斯市个体劳动者私营企业协会]
            Org 「市个体劳动者私营企业协会」 → 鄂尔多斯市个体劳动者私营企业协会 (Home("鄂尔多斯市"))
            Official 「市城市体检工作领导小组办公室主任、市住建局副局长张宏伟」 name=张宏伟 [主任@市城市体检工作领导小组办公室=鄂尔多斯市城市体检工作领导小组办公室, 副局长@市住建局=鄂尔多斯市住房和城乡建设局]
            Org 「市城市体检工作领导小组办公室」 → 鄂尔多斯市城市体检工作领导小组办公室 (Home("鄂尔多斯市"))
            Org 「市住建局」 → 鄂尔多斯市住房和城乡建设局 (Home("鄂尔多斯市"))
        "#]],
    );
}

#[test]
fn a_centre_and_a_groups_company_named_by_their_kind() {
    // 该中心 and 中心 refer to the centre named before; 集团 to the group's
    // company.
    check(
        "鄂尔多斯市。记者从⟦内蒙古自治区体育彩票管理中心鄂尔多斯分中心⟧获悉。该⟦中心主任赵丽娟⟧说。⟦鄂尔多斯市水务投资控股集团有限公司⟧完成工程。⟦集团董事长刘伟⟧说。\n",
        expect![[r#"
            Org 「内蒙古自治区体育彩票管理中心鄂尔多斯分中心」 → 内蒙古自治区体育彩票管理中心鄂尔多斯分中心 (Written("鄂尔多斯市"))
            Official 「中心主任赵丽娟」 name=赵丽娟 [主任@内蒙古自治区体育彩票管理中心鄂尔多斯分中心]
            Org 「鄂尔多斯市水务投资控股集团有限公司」 → 鄂尔多斯市水务投资控股集团有限公司 (Written("鄂尔多斯市"))
            Person 「集团董事长刘伟」 name=刘伟 [董事长@鄂尔多斯市水务投资控股集团有限公司]
        "#]],
    );
}

#[test]
fn a_department_named_before_its_heads_title() {
    // A department the lexicon lacks, right after its body and before its
    // head's title (…部部长, …科科长), is a unit of the body; not a clause
    // that runs on (…和…部).
    check(
        "鄂尔多斯市。⟦⟦市红十字会赈济救护部⟧部长高娃⟧讲解。⟦⟦市市场监管局食品经营安全监督管理科⟧科长王燕⟧介绍。⟦⟦市妇联权益部⟧副部长李丽⟧说。⟦市妇联⟧和宣传部⟦部长张三⟧说。\n",
        expect![[r#"
            Official 「市红十字会赈济救护部部长高娃」 name=高娃 [部长@市红十字会赈济救护部=鄂尔多斯市红十字会赈济救护部]
            Org 「市红十字会赈济救护部」 → 鄂尔多斯市红十字会赈济救护部 (Home("鄂尔多斯市"))
            Official 「市市场监管局食品经营安全监督管理科科长王燕」 name=王燕 [科长@市市场监管局食品经营安全监督管理科=鄂尔多斯市市场监督管理局食品经营安全监督管理科]
            Org 「市市场监管局食品经营安全监督管理科」 → 鄂尔多斯市市场监督管理局食品经营安全监督管理科 (Home("鄂尔多斯市"))
            Official 「市妇联权益部副部长李丽」 name=李丽 [副部长@市妇联权益部=鄂尔多斯市妇女联合会权益部]
            Org 「市妇联权益部」 → 鄂尔多斯市妇女联合会权益部 (Home("鄂尔多斯市"))
            Org 「市妇联」 → 鄂尔多斯市妇女联合会 (Home("鄂尔多斯市"))
            Official 「部长张三」 name=张三 [部长]
        "#]],
    );
}

#[test]
fn a_national_administration_and_its_department() {
    // Administrations under the State Council are bodies without a place; a
    // department (司) before 副司长 is theirs. 公司长期 holds no title.
    check(
        "鄂尔多斯市。⟦⟦国家体育总局群众体育司⟧副司长王刚⟧来我市调研。⟦⟦国家能源局⟧副局长李明⟧说。⟦东胜区热电有限责任公司⟧长期坚持服务。\n",
        expect![[r#"
            Official 「国家体育总局群众体育司副司长王刚」 name=王刚 [副司长@国家体育总局群众体育司]
            Org 「国家体育总局群众体育司」 → 国家体育总局群众体育司 (Standalone)
            Official 「国家能源局副局长李明」 name=李明 [副局长@国家能源局]
            Org 「国家能源局」 → 国家能源局 (Standalone)
            Org 「东胜区热电有限责任公司」 → 东胜区热电有限责任公司 (Written("东胜区"))
        "#]],
    );
}
