//! The batch commands, run as a user would: `baokan check` and `baokan fix`.

use std::path::Path;
use std::process::Command;

fn baokan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn corpus_dir() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .display()
        .to_string()
}

#[test]
fn check_reports_findings_with_one_based_character_columns() {
    let out = baokan(&["check", &corpus_dir()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(
            "000_9afd7ae0cd3d9d39.txt:19:23: warning[broken-wrap]: 1 blank line split a sentence"
        ),
        "{stdout}"
    );
    assert!(
        stdout.lines().last().unwrap().ends_with("in 5 files"),
        "{stdout}"
    );
}

#[test]
fn check_json_uses_zero_based_utf16_positions() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.txt");
    std::fs::write(
        &page,
        "😀坚决按照市委的部署开展人大工作，\n\n把党的领导贯穿到人大工作的全过程。\n",
    )
    .unwrap();
    let out = baokan(&["check", "--format", "json", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &json[0];
    assert_eq!(f["code"], "broken-wrap");
    assert_eq!(
        (f["line"].as_u64(), f["character"].as_u64()),
        (Some(0), Some(17))
    );
    assert_eq!(
        (f["end_line"].as_u64(), f["end_character"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn unreadable_and_binary_files_are_errors_and_others_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    std::fs::write(
        &good,
        "坚决按照市委的部署开展人大工作，\n\n把党的领导贯穿到人大工作的全过程。\n",
    )
    .unwrap();
    let binary = dir.path().join("b.txt");
    std::fs::write(&binary, b"\x00\x01\x02\x03PK").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = baokan(&[
        "check",
        good.to_str().unwrap(),
        binary.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("a.txt:1:16: warning[broken-wrap]"),
        "{stdout}"
    );
    assert!(stderr.contains("b.txt: binary file"), "{stderr}");
    assert!(stderr.contains("missing.txt: no such file"), "{stderr}");
}

#[test]
fn fix_keeps_encoding_line_endings_and_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("gbk.txt");
    let text = "坚决按照市委的部署开展人大工作，\r\n\r\n把党的领导贯穿到人大工作的全过程。\r\n";
    let (bytes, _, _) = encoding_rs::GB18030.encode(text);
    std::fs::write(&page, &bytes).unwrap();
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o640)).unwrap();

    let dry = baokan(&["fix", "--dry-run", page.to_str().unwrap()]);
    assert_eq!(dry.status.code(), Some(0));
    let diff = String::from_utf8(dry.stdout).unwrap();
    assert!(diff.contains("@@") && diff.contains("-\r\n"), "{diff}");
    assert_eq!(
        std::fs::read(&page).unwrap(),
        bytes.to_vec(),
        "--dry-run must not write"
    );

    let out = baokan(&["fix", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("gbk.txt:1:16: fixed [broken-wrap]"),
        "{stdout}"
    );
    let written = std::fs::read(&page).unwrap();
    let (decoded, _, had_errors) = encoding_rs::GB18030.decode(&written);
    assert!(!had_errors);
    assert_eq!(
        decoded,
        "坚决按照市委的部署开展人大工作，\r\n把党的领导贯穿到人大工作的全过程。\r\n"
    );
    let mode = std::fs::metadata(&page).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(
        baokan(&["check", page.to_str().unwrap()]).status.code(),
        Some(0)
    );
}

/// A page saved as UTF-16 without a BOM (a Windows export) is read, not
/// refused as binary, and `fix` writes it back the same way.
#[test]
fn utf16_without_bom_is_checked_and_fixed_in_its_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("utf16.txt");
    let text = "坚决按照市委的部署开展人大工作，\n\n把党的领导贯穿到人大工作的全过程。\n";
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    std::fs::write(&page, utf16(text)).unwrap();

    let out = baokan(&["check", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("utf16.txt:1:16: warning[broken-wrap]"),
        "{stdout}"
    );
    assert!(
        stderr.contains("decoded as UTF-16LE without BOM"),
        "{stderr}"
    );

    let out = baokan(&["fix", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        std::fs::read(&page).unwrap(),
        utf16("坚决按照市委的部署开展人大工作，\n把党的领导贯穿到人大工作的全过程。\n")
    );
}

#[test]
fn fix_changes_nothing_but_what_it_reports_on_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let out = baokan(&["fix", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let fixed = std::fs::read_to_string(&path).unwrap();
        let original =
            std::fs::read_to_string(Path::new(&corpus_dir()).join(path.file_name().unwrap()))
                .unwrap();
        // Fixes only remove line breaks and white space or move whole lines: the
        // multiset of non-space characters is unchanged.
        let mut a: Vec<char> = original.chars().filter(|c| !c.is_whitespace()).collect();
        let mut b: Vec<char> = fixed.chars().filter(|c| !c.is_whitespace()).collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "{}", path.display());
    }
}

#[test]
fn check_jsonl_prints_one_object_per_file() {
    let out = baokan(&["check", "--format", "jsonl", &corpus_dir()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert!(
        lines
            .iter()
            .all(|l| l["path"].as_str().unwrap().ends_with(".txt"))
    );
    assert_eq!(lines[2]["findings"][0]["code"], "double-spaced");
}

#[test]
fn outline_prints_articles_by_headline() {
    let page = Path::new(&corpus_dir()).join("003_edd40c0ca70e793d.txt");
    let out = baokan(&["outline", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("article 乌市人大：细化目标任务  实现推进有序  1-43\n"),
        "{stdout}"
    );
    let json = baokan(&["outline", "--format", "json", page.to_str().unwrap()]);
    let tree: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(tree[0]["kind"], "article");
}

#[test]
fn entities_json_has_kind_text_position_and_posts() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.txt");
    // An astral character before the official: `character` counts UTF-16 units.
    std::fs::write(
        &page,
        "巴彦淖尔市\n\n𠮷12月30日，市人大常委会主任周玉林主持会议。\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("baokan.toml"),
        "[entities]\naliases = { '市人大常委会' = '巴彦淖尔市人大常委会' }\n",
    )
    .unwrap();
    let out = baokan(&["entities", page.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let official = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "official")
        .expect("an official");
    assert_eq!(official["name"], "周玉林");
    assert_eq!(official["text"], "市人大常委会主任周玉林");
    assert_eq!(official["titles"], serde_json::json!(["主任"]));
    assert_eq!(official["organization"], "市人大常委会");
    assert_eq!(
        official["posts"],
        serde_json::json!([{"title": "主任", "organization": "市人大常委会", "resolved": "巴彦淖尔市人大常委会"}])
    );
    assert_eq!(
        (official["line"].as_u64(), official["character"].as_u64()),
        (Some(2), Some(9))
    );
    let org = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "organization")
        .expect("an organisation");
    assert_eq!(org["text"], "市人大常委会");
    assert_eq!(
        org["resolved"], "巴彦淖尔市人大常委会",
        "the alias from baokan.toml"
    );
    assert!(org["expanded"].is_string());
}

/// What `baokan COMMAND PAGE` prints, for a page of `text`; it must succeed.
fn stdout_on_page(command: &str, text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.txt");
    std::fs::write(&page, text).unwrap();
    let out = baokan(&[command, page.to_str().unwrap()]);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn outline_shows_a_mastheads_wide_gap_as_two_spaces() {
    let stdout = stdout_on_page(
        "outline",
        " 鄂托克前旗融媒体中心主办                              2025年4月3日\n\n旗人大常委会召开主任会议\n\n本报讯 4月2日，旗人大常委会召开主任会议，审议\n了有关事项。\n",
    );
    assert_eq!(
        stdout.lines().next(),
        Some("banner 鄂托克前旗融媒体中心主办  2025年4月3日  1-1")
    );
}

#[test]
fn entities_text_puts_each_body_after_its_titles() {
    let stdout = stdout_on_page(
        "entities",
        "杭锦旗人大代表、锡尼镇阿日勒嘎查党支部书记巴图孟和出席。旗委副书记、旗长高波讲话。副旗长张建华列席。\n",
    );
    let officials: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("\tofficial\t"))
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert_eq!(
        officials,
        [
            "巴图孟和 [代表] @ 杭锦旗人大; [党支部书记] @ 锡尼镇阿日勒嘎查",
            // A bare level (旗长), or no body written (副旗长): the body
            // resolved from the page's home.
            "高波 [副书记] @ 旗委; [旗长] @ 杭锦旗人民政府",
            "张建华 [副旗长] @ 杭锦旗人民政府",
        ]
    );
}

/// A title in no body (a reporter's credit) prints alone, with no empty body.
#[test]
fn entities_text_prints_a_credit_without_a_body() {
    let stdout = stdout_on_page("entities", "本报讯（记者　张丽）近日，会议召开。\n");
    assert_eq!(
        stdout
            .lines()
            .map(|l| l.rsplit('\t').next().unwrap())
            .collect::<Vec<_>>(),
        ["张丽 [记者]"]
    );
}

/// A name with no post at all (a profile's headline, 其其格：…) prints alone.
#[test]
fn entities_text_prints_a_name_without_posts_alone() {
    let stdout = stdout_on_page(
        "entities",
        "其其格：守护草原生态\n\n市政协委员其其格多年来扎根基层。\n",
    );
    assert_eq!(
        stdout
            .lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .collect::<Vec<_>>()[0],
        ["1:1", "person", "其其格", "其其格"]
    );
}

/// A relative form with no place on the page (旗委, 旗长 where no 旗 is
/// named) resolves to nothing: the text says so, JSON has `null`.
#[test]
fn entities_say_when_no_place_was_found() {
    let page = "近日，旗委副书记、旗长李四主持召开会议。\n";
    let stdout = stdout_on_page("entities", page);
    let details: Vec<&str> = stdout
        .lines()
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert_eq!(
        details,
        [
            "中国共产党旗委员会 (no place found)",
            "李四 [副书记] @ 旗委; [旗长] @ 旗"
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.txt");
    std::fs::write(&path, page).unwrap();
    let out = baokan(&["entities", path.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["expanded"], "中国共产党旗委员会");
    assert_eq!(json[0]["resolved"], serde_json::Value::Null);
    assert_eq!(json[1]["posts"][0]["resolved"], serde_json::Value::Null);
}

/// `baokan COMMAND` with its standard output sent to `stdout`.
fn baokan_into(args: &[&str], stdout: std::process::Stdio) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(args)
        .env("LANG", "C")
        .stdout(stdout)
        .output()
        .unwrap()
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let page = format!("{}/002_2b68d11822460efc.txt", corpus_dir());
    let commands: [(&[&str], i32); 5] = [
        (&["outline", &page], 0),
        (&["entities", &page], 0),
        (&["entities", "--format", "jsonl", &page], 0),
        (&["lines", &page], 0),
        // Findings were printed before the reader went: 1, as for any findings.
        (&["check", &corpus_dir()], 1),
    ];
    for (args, code) in commands {
        // The reading end is closed before the command writes: `baokan … | head -0`.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = baokan_into(args, writer.into());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn output_that_cannot_be_written_is_an_error() {
    let page = format!("{}/000_9afd7ae0cd3d9d39.txt", corpus_dir());
    for args in [
        &["outline", &page][..],
        &["entities", &page],
        &["check", &page],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = baokan_into(args, full.into());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("error: writing the output"),
            "{args:?}: {stderr}"
        );
    }
}
