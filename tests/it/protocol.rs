//! The server in-process over a duplex pipe: negotiation, ordering, robustness.

use serde_json::{Value, json};

use crate::support::{LspClient, apply_text_edits, corpus};

const PAGE: &str = "坚持党的领导，坚定拥护“两个确立”，坚
决做到“两个维护”。乌市人大始终牢牢把握
政治机关属性，坚持党的全面领导这一最高政
治原则，坚决按照市委的部署开展人大工作，

把党的领导贯穿到人大工作的全过程、各方
面。深刻领悟“两个确立”的决定性意义，牢
记“国之大者”，增强“四个意识”，坚定“四个
自信”，坚决做到“两个维护”。
";

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn negotiates_position_encoding() {
    for (offered, chosen) in [
        (json!(["utf-16"]), "utf-16"),
        (json!(["utf-32", "utf-16"]), "utf-32"),
        (json!(["utf-8", "utf-32", "utf-16"]), "utf-8"),
        (Value::Null, "utf-16"),
    ] {
        let mut client = LspClient::in_process();
        let response = client
            .initialize(json!({"general": {"positionEncodings": offered}}), None)
            .await;
        assert_eq!(
            response["result"]["capabilities"]["positionEncoding"],
            chosen
        );
        assert_eq!(
            response["result"]["capabilities"]["textDocumentSync"]["change"],
            2
        );
    }
}

#[tokio::test]
async fn diagnostics_are_exact_in_each_encoding() {
    // "𠮷" is two UTF-16 units, four UTF-8 bytes, one UTF-32 unit.
    let text = format!("𠮷{PAGE}");
    for (encoding, character) in [("utf-16", 21), ("utf-8", 4 + 19 * 3), ("utf-32", 20)] {
        let mut client = LspClient::in_process();
        client
            .initialize(json!({"general": {"positionEncodings": [encoding]}}), None)
            .await;
        client.open("file:///p.txt", 1, &text).await;
        let diagnostics = client.diagnostics("file:///p.txt", 1).await;
        assert_eq!(codes(&diagnostics), ["broken-wrap"]);
        let range = &diagnostics[0]["range"];
        assert_eq!(
            range["start"],
            json!({"line": 3, "character": if encoding == "utf-8" { 19 * 3 } else { 19 }}),
            "{encoding}"
        );
        assert_eq!(
            range["end"],
            json!({"line": 5, "character": if encoding == "utf-8" { 3 } else { 1 }}),
            "{encoding}"
        );
        let _ = character;
    }
}

#[tokio::test]
async fn messages_follow_the_client_locale() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), Some("zh-CN")).await;
    client.open("file:///p.txt", 1, PAGE).await;
    let diagnostics = client.diagnostics("file:///p.txt", 1).await;
    assert!(
        diagnostics[0]["message"].as_str().unwrap().contains("空行"),
        "{diagnostics:?}"
    );
}

/// Many rounds of 50 incremental edits sent without waiting: the diagnostics
/// published for the last version equal those of a fresh open of the final text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_are_never_reordered() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    let mut text = PAGE.to_string();
    let mut version = 1;
    client.open("file:///stress.txt", version, &text).await;
    let pieces = ["人", "𠮷", "😀", "\n\n", "。", "\r\n", "监督"];
    for round in 0..100 {
        for step in 0..50 {
            version += 1;
            let index = baokan::line_index::LineIndex::new(&text);
            // Alternate insertions and deletions at positions spread over the page.
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let at = chars[(round * 31 + step * 17) % chars.len()].0;
            let (start, end, insert) = if step % 3 == 2 && at < text.len() {
                let len = text[at..].chars().next().unwrap().len_utf8();
                (at, at + len, "")
            } else {
                (at, at, pieces[(round + step) % pieces.len()])
            };
            let s = index.position(&text, start, baokan::line_index::PositionEncoding::Utf16);
            let e = index.position(&text, end, baokan::line_index::PositionEncoding::Utf16);
            client
                .notify(
                    "textDocument/didChange",
                    json!({
                        "textDocument": {"uri": "file:///stress.txt", "version": version},
                        "contentChanges": [{
                            "range": {"start": {"line": s.line, "character": s.character},
                                      "end": {"line": e.line, "character": e.character}},
                            "text": insert
                        }]
                    }),
                )
                .await;
            // The client's own model of the edit, through LSP positions: a
            // position inside a CRLF pair means the end of the line.
            let utf16 = baokan::line_index::PositionEncoding::Utf16;
            let (start, end) = (
                index.offset(&text, s, utf16).unwrap(),
                index.offset(&text, e, utf16).unwrap(),
            );
            text.replace_range(start..end, insert);
        }
        let published = client.diagnostics("file:///stress.txt", version).await;
        // Another folder: another issue, so the two pages do not refresh each other.
        let fresh_uri = format!("untitled:fresh-{round}");
        client.open(&fresh_uri, 1, &text).await;
        let fresh = client.diagnostics(&fresh_uri, 1).await;
        let normalise = |d: &Vec<Value>| {
            serde_json::to_string(d)
                .unwrap()
                .replace(&fresh_uri, "file:///stress.txt")
        };
        assert_eq!(normalise(&published), normalise(&fresh), "round {round}");
        client
            .notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": fresh_uri}}),
            )
            .await;
        client.notifications.clear();
    }
}

#[tokio::test]
async fn invalid_change_keeps_the_last_good_text_and_says_so() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    client.open("file:///p.txt", 1, PAGE).await;
    client.diagnostics("file:///p.txt", 1).await;
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": "file:///p.txt", "version": 2},
                   "contentChanges": [{"range": {"start": {"line": 99, "character": 0}, "end": {"line": 99, "character": 1}}, "text": "x"}]}),
        )
        .await;
    let log = client
        .notification("window/logMessage", |p| p["type"] == 1)
        .await;
    assert!(
        log["message"].as_str().unwrap().contains("line 99"),
        "{log}"
    );
    // The next good edit applies to the last good text: remove the blank line 5.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": "file:///p.txt", "version": 3},
                   "contentChanges": [{"range": {"start": {"line": 4, "character": 0}, "end": {"line": 5, "character": 0}}, "text": ""}]}),
        )
        .await;
    assert_eq!(
        client.diagnostics("file:///p.txt", 3).await,
        Vec::<Value>::new()
    );
}

#[tokio::test]
async fn quick_fix_and_fix_all_repair_the_page() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    client.open("untitled:Untitled-1", 1, PAGE).await;
    let diagnostics = client.diagnostics("untitled:Untitled-1", 1).await;
    assert_eq!(codes(&diagnostics), ["broken-wrap"]);
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": "untitled:Untitled-1"}, "range": diagnostics[0]["range"],
                   "context": {"diagnostics": diagnostics}}),
        )
        .await;
    let actions = response["result"].as_array().unwrap();
    let kinds: Vec<&str> = actions
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["quickfix", "source.fixAll.baokan"]);
    for action in actions {
        let edits = action["edit"]["changes"]["untitled:Untitled-1"]
            .as_array()
            .unwrap();
        let fixed = apply_text_edits(PAGE, edits);
        assert!(fixed.contains("工作，\n把党的领导"), "{fixed}");
        assert_eq!(
            fixed.replace('\n', ""),
            PAGE.replace('\n', ""),
            "a fix only removes line breaks"
        );
    }
    let only = fix_all_actions(&mut client, "untitled:Untitled-1").await;
    let kinds: Vec<&str> = only["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["source.fixAll.baokan"]);
}

#[tokio::test]
async fn versioned_edits_when_the_client_supports_them() {
    let mut client = LspClient::in_process();
    client
        .initialize(
            json!({"workspace": {"workspaceEdit": {"documentChanges": true}}}),
            None,
        )
        .await;
    client.open("file:///p.txt", 7, PAGE).await;
    client.diagnostics("file:///p.txt", 7).await;
    let response = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": "file:///p.txt"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}},
                   "context": {"diagnostics": []}}),
        )
        .await;
    let change = &response["result"][0]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 7);
}

#[tokio::test]
async fn a_panic_answers_one_request_and_the_server_goes_on() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    let response = client.request("baokan/debugPanic", Value::Null).await;
    assert_eq!(response["error"]["code"], -32603, "{response}");
    client.open("file:///p.txt", 1, PAGE).await;
    assert_eq!(
        codes(&client.diagnostics("file:///p.txt", 1).await),
        ["broken-wrap"]
    );
}

#[tokio::test]
async fn unknown_methods_and_double_shutdown() {
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    let response = client.request("baokan/noSuchMethod", json!({})).await;
    assert_eq!(response["error"]["code"], -32601, "{response}");
    client.notify("$/noSuchNotification", json!({})).await;
    let first = client.request("shutdown", Value::Null).await;
    assert_eq!(first["result"], Value::Null, "{first}");
    let second = client.request("shutdown", Value::Null).await;
    assert!(
        second.get("result").is_some() || second.get("error").is_some(),
        "{second}"
    );
}

#[tokio::test]
async fn corpus_page_in_utf8_has_its_findings() {
    let mut client = LspClient::in_process();
    client
        .initialize(json!({"general": {"positionEncodings": ["utf-8"]}}), None)
        .await;
    let text = corpus("002");
    client.open("file:///002.txt", 1, &text).await;
    let diagnostics = client.diagnostics("file:///002.txt", 1).await;
    let doubled = diagnostics
        .iter()
        .filter(|d| d["code"] == "double-spaced")
        .count();
    assert_eq!(doubled, 1);
    client
        .notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": "file:///002.txt"}}),
        )
        .await;
    let cleared = client
        .notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == "file:///002.txt" && p["diagnostics"] == json!([])
        })
        .await;
    assert!(cleared.get("version").is_none_or(Value::is_null));
}

/// `baokan.*` settings from workspace/configuration apply live: disabled codes
/// vanish, the locale changes messages, a smaller size limit stops analysis.
#[tokio::test]
async fn client_settings_apply_live() {
    let mut client = LspClient::in_process();
    client.configuration = json!({"diagnostics": {"disabled": []}, "locale": "en"});
    client
        .initialize(json!({"workspace": {"configuration": true}}), Some("en"))
        .await;
    let uri = "file:///tmp/baokan-settings/01.txt";
    let page =
        "今天上午，全市各级人大代表认真学习了会议精神，大家一致认为，要把\n\n精神落到实处。\n";
    client.open(uri, 1, page).await;
    let first = client.diagnostics(uri, 1).await;
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0]["code"], "broken-wrap");
    let english = first[0]["message"].as_str().unwrap().to_string();

    client.configuration = json!({"locale": "zh"});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    // Earlier publications may still be queued: wait for the one that changed.
    let zh = client
        .notification("textDocument/publishDiagnostics", |p| {
            p["diagnostics"][0]["message"]
                .as_str()
                .is_some_and(|m| m != english)
        })
        .await;
    assert!(
        zh["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("空行"),
        "{zh}"
    );

    client.configuration = json!({"diagnostics": {"disabled": ["broken-wrap"]}});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    client
        .notification("textDocument/publishDiagnostics", |p| {
            p["diagnostics"] == json!([])
        })
        .await;

    // Enabled again (so the next empty publication can only be the size limit's).
    client.configuration = json!({});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    client
        .notification("textDocument/publishDiagnostics", |p| {
            p["diagnostics"].as_array().is_some_and(|d| d.len() == 1)
        })
        .await;
    client.notifications.clear();

    client.configuration = json!({"maxFileSize": 0.00001});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    // Read again under the tiny limit: no findings although nothing is disabled.
    client
        .notification("textDocument/publishDiagnostics", |p| {
            p["version"] == 1 && p["diagnostics"] == json!([])
        })
        .await;
    // Nothing disabled now, but the page is above the limit: a new version of it
    // gets no findings.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": page}]}),
        )
        .await;
    assert_eq!(
        client.diagnostics(uri, 2).await,
        Vec::<Value>::new(),
        "too large: not analysed"
    );
    client.configuration = json!({});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    // The open page is read again under the default limit.
    client
        .notification("textDocument/publishDiagnostics", |p| {
            p["version"] == 2 && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1)
        })
        .await;
}

/// Bad inputs from issue 7, each with what the user sees.
mod bad_inputs {
    use serde_json::json;

    use crate::support::LspClient;

    fn broken() -> &'static str {
        "今天上午，全市各级人大代表认真学习了会议精神，大家一致认为，要把\n\n精神落到实处。\n"
    }

    /// The client's cancel button stops the start-up scan between chunks; the
    /// pages read so far stay indexed, and the progress says what happened.
    #[tokio::test]
    async fn the_workspace_scan_can_be_cancelled() {
        let dir = tempfile::tempdir().unwrap();
        let pages = 6000;
        for i in 0..pages {
            std::fs::write(
                dir.path().join(format!("{i:05}.txt")),
                "市人大常委会主任周玉林出席会议。\n",
            )
            .unwrap();
        }
        let mut client = LspClient::in_process();
        let root = format!("file://{}", dir.path().display());
        client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": root, "capabilities": {"window": {"workDoneProgress": true}}}),
            )
            .await;
        client.notify("initialized", json!({})).await;
        let begin = client
            .notification("$/progress", |p| p["value"]["kind"] == "begin")
            .await;
        assert_eq!(begin["value"]["cancellable"], true, "{begin}");
        client
            .notify(
                "window/workDoneProgress/cancel",
                json!({"token": begin["token"]}),
            )
            .await;
        let end = client
            .notification("$/progress", |p| p["value"]["kind"] == "end")
            .await;
        let message = end["value"]["message"].as_str().unwrap_or_default();
        let indexed: usize = message
            .strip_prefix("cancelled: ")
            .and_then(|m| m.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("not cancelled: {end}"));
        assert!(indexed < pages, "{message}");
        assert!(message.ends_with(&format!("of {pages} pages")), "{message}");
    }

    #[tokio::test]
    async fn a_1_mb_line_is_analysed_and_hovered() {
        let mut client = LspClient::in_process();
        client.initialize(json!({}), None).await;
        let uri = "untitled:long-line";
        let line = "市人大常委会主任周玉林主持会议，".repeat(1024 * 1024 / 48);
        let text = format!("{line}\n\n{}", broken());
        client.open(uri, 1, &text).await;
        let diagnostics = client.diagnostics(uri, 1).await;
        assert!(!diagnostics.is_empty(), "the page is analysed");
        let hover = client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 9}}),
            )
            .await;
        assert!(
            hover["result"]["contents"]["value"]
                .as_str()
                .is_some_and(|v| v.contains("周玉林")),
            "{hover}"
        );
    }

    #[tokio::test]
    async fn a_50_mb_page_is_kept_but_not_analysed() {
        let mut client = LspClient::in_process();
        client.initialize(json!({}), None).await;
        let uri = "untitled:huge";
        let page = broken().repeat(50 * 1024 * 1024 / broken().len() + 1);
        assert!(page.len() > 50 * 1024 * 1024);
        client.open(uri, 1, &page).await;
        // Said once, in the log; no findings for a page that was not read.
        let log = client
            .notification("window/logMessage", |p| {
                p["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("not analysed"))
            })
            .await;
        assert!(log["message"].as_str().unwrap().contains("MiB"), "{log}");
        assert_eq!(
            client.diagnostics(uri, 1).await,
            Vec::<serde_json::Value>::new()
        );
        // Requests still answer.
        let symbols = client
            .request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": uri}}),
            )
            .await;
        assert!(symbols.get("error").is_none(), "{symbols}");
        // Nothing is lost: an edit at the very end applies to the whole text,
        // and cutting the page back to one paragraph brings its finding back.
        let last_line = page.lines().count();
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
                    {"range": {"start": {"line": last_line, "character": 0}, "end": {"line": last_line, "character": 0}}, "text": "尾"}]}),
            )
            .await;
        assert_eq!(
            client.diagnostics(uri, 2).await,
            Vec::<serde_json::Value>::new()
        );
        let end = broken().lines().count() as u32;
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
                    {"range": {"start": {"line": end, "character": 0}, "end": {"line": last_line, "character": 1}}, "text": ""}]}),
            )
            .await;
        assert_eq!(
            client.diagnostics(uri, 3).await.len(),
            1,
            "the first paragraph's broken wrap"
        );
    }

    #[tokio::test]
    async fn a_page_deleted_while_open_keeps_its_text_and_features() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01.txt");
        std::fs::write(&path, broken()).unwrap();
        std::fs::write(dir.path().join("baokan.toml"), "").unwrap();
        let mut client = LspClient::in_process();
        client.initialize_workspace(dir.path()).await;
        let uri = format!("file://{}", path.display());
        client.open(&uri, 1, broken()).await;
        assert_eq!(client.diagnostics(&uri, 1).await.len(), 1);
        std::fs::remove_file(&path).unwrap();
        client
            .notify(
                "workspace/didChangeWatchedFiles",
                json!({"changes": [{"uri": uri, "type": 3}]}),
            )
            .await;
        // The open text is what the user has: edits and findings go on.
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": broken()}]}),
            )
            .await;
        assert_eq!(client.diagnostics(&uri, 2).await.len(), 1);
        let symbols = client
            .request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": uri}}),
            )
            .await;
        assert!(symbols["result"].is_array(), "{symbols}");
    }

    #[tokio::test]
    async fn a_workspace_with_a_symlink_loop_is_indexed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/01.txt"), broken()).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
        let mut client = LspClient::in_process();
        let (_, end) = client.initialize_workspace(dir.path()).await;
        assert!(
            end["value"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("1 page")),
            "one page, the loop not followed: {end}"
        );
    }
}

/// "Fix all" mends a cut nested in the block another cut moves, as `baokan fix`
/// does: the edits it sends turn the page into what `fix_all` makes of it.
#[tokio::test]
async fn fix_all_mends_a_cut_inside_a_moved_block() {
    let page = crate::support::NESTED_CUTS.replace(['⟦', '⟧'], "");
    let mut client = LspClient::in_process();
    client.initialize(json!({}), None).await;
    client.open("untitled:Untitled-1", 1, &page).await;
    let diagnostics = client.diagnostics("untitled:Untitled-1", 1).await;
    assert_eq!(codes(&diagnostics), ["cut-paragraph", "cut-paragraph"]);
    let response = fix_all_actions(&mut client, "untitled:Untitled-1").await;
    let actions = response["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1);
    let edits = actions[0]["edit"]["changes"]["untitled:Untitled-1"]
        .as_array()
        .unwrap();
    let fixed = apply_text_edits(&page, edits);
    assert_eq!(fixed, baokan::analysis::fix_all(&page).0);
    assert!(fixed.contains("联合相关部门，组织"), "{fixed}");
    assert!(fixed.contains("多层次联系服务委员制度"), "{fixed}");
}

/// The code actions of kind `source.fixAll` the server offers for `uri`.
async fn fix_all_actions(client: &mut LspClient, uri: &str) -> Value {
    client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
        )
        .await
}
