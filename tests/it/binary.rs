//! The real binary, spawned: Content-Length framed JSON-RPC over stdio.

use std::process::Stdio;

use serde_json::{Value, json};

use crate::support::{LspClient, corpus};

/// The spawned server and a client speaking to it over its stdin/stdout.
fn spawn() -> (tokio::process::Child, LspClient) {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(["lsp", "--stdio"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn baokan lsp");
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    (child, LspClient::new(Box::new(stdout), Box::new(stdin)))
}

#[tokio::test]
async fn serves_a_corpus_page_over_stdio_and_exits_cleanly() {
    let (mut child, mut client) = spawn();
    let init = client
        .initialize(
            json!({"general": {"positionEncodings": ["utf-32", "utf-16"]}}),
            Some("en"),
        )
        .await;
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-32");
    assert_eq!(init["result"]["serverInfo"]["name"], "baokan");
    client.open("file:///tmp/000.txt", 3, &corpus("000")).await;
    let diagnostics = client.diagnostics("file:///tmp/000.txt", 3).await;
    assert!(diagnostics.len() >= 10, "{diagnostics:?}");
    assert!(diagnostics.iter().all(|d| d["source"] == "baokan"));
    // 000 line 19 (0-based 18) ends "…跟踪监督和监督" before a blank line.
    assert!(
        diagnostics
            .iter()
            .any(|d| d["range"]["start"]["line"] == 18 && d["code"] == "broken-wrap")
    );
    let shutdown = client.request("shutdown", Value::Null).await;
    assert_eq!(shutdown["result"], Value::Null);
    client.notify("exit", Value::Null).await;
    let status = tokio::time::timeout(crate::support::TIMEOUT, child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "{status:?}");
}

#[tokio::test]
async fn exits_when_the_client_goes_away_without_exit() {
    let (mut child, mut client) = spawn();
    client.initialize(json!({}), None).await;
    drop(client);
    let status = tokio::time::timeout(crate::support::TIMEOUT, child.wait())
        .await
        .unwrap()
        .unwrap();
    // The stream's end stops the server as exit would: no hang, no crash.
    assert!(status.code().is_some(), "killed by a signal: {status:?}");
}
