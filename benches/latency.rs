//! Editor latency over real stdio JSON-RPC: a one-character edit to 002 (220 KB)
//! until publishDiagnostics for that version arrives, p50 and p99 over many edits;
//! then hovers on an official named all over a workspace of `LATENCY_PAGES`
//! pages (default 2,000 copies of the corpus pages), request to response.
//! Run with `cargo bench --bench latency`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/corpus.rs"]
mod corpus;

fn send(stdin: &mut impl Write, message: &Value) {
    let body = message.to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
}

fn read(reader: &mut impl BufRead) -> Value {
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            length = v.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    serde_json::from_slice(&body).unwrap()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/002_2b68d11822460efc.txt"
    ))
    .unwrap();
    // BAOKAN_BIN runs another build of the server (to compare two versions).
    let server = std::env::var("BAOKAN_BIN").unwrap_or(env!("CARGO_BIN_EXE_baokan").to_string());
    let mut child = Command::new(server)
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    // The workspace: copies of the corpus pages in folders of eight (one issue each).
    let pages: usize = std::env::var("LATENCY_PAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let workspace = tempfile::tempdir().unwrap();
    let corpus: Vec<String> = corpus::pages().into_iter().map(|(_, text)| text).collect();
    for i in 0..pages {
        let folder = workspace.path().join(format!("{:04}", i / 8));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join(format!("{:02}.txt", i % 8 + 1)),
            &corpus[i % corpus.len()],
        )
        .unwrap();
    }
    let root = format!("file://{}", workspace.path().display());
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "rootUri": root, "capabilities": {"window": {"workDoneProgress": true}}}}),
    );
    while read(&mut reader).get("id").is_none() {}
    let indexing = Instant::now();
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    );
    // Until the start-up scan's progress ends (answering the server's requests).
    loop {
        let m = read(&mut reader);
        if m.get("id").is_some() && m.get("method").is_some() {
            send(
                &mut stdin,
                &json!({"jsonrpc": "2.0", "id": m["id"], "result": null}),
            );
        }
        if m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end" {
            break;
        }
    }
    println!(
        "workspace of {pages} pages indexed at start-up in {:.2?}",
        indexing.elapsed()
    );
    let uri = "file:///bench/002.txt";
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}}),
    );
    let wait_for = |reader: &mut BufReader<_>, uri: &str, version: i64| loop {
        let m = read(reader);
        if m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["version"] == version
        {
            return;
        }
    };
    wait_for(&mut reader, uri, 1);
    // Memory per open page: the server's resident set after opening the same
    // 220 KB page under ten more names (each analysed, entities included).
    let rss_kib = || -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    };
    // Entities are recognised when typing pauses (40 ms): let them settle.
    std::thread::sleep(Duration::from_millis(300));
    let before = rss_kib();
    for k in 0..10 {
        let other = format!("file:///bench/copy{k}/002.txt");
        send(
            &mut stdin,
            &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": other, "languageId": "plaintext", "version": 1, "text": text}}}),
        );
        wait_for(&mut reader, &other, 1);
    }
    std::thread::sleep(Duration::from_millis(300));
    let after = rss_kib();
    println!(
        "memory per open 220 KB page: {:.1} MiB (server RSS {:.0} -> {:.0} MiB for 10 more pages)",
        (after.saturating_sub(before)) as f64 / 10.0 / 1024.0,
        before as f64 / 1024.0,
        after as f64 / 1024.0
    );
    let mut times: Vec<Duration> = Vec::new();
    for n in 0..400i64 {
        let version = n + 2;
        // Type a character, then delete it again.
        let line = (n / 2 * 37) % 7000;
        let end = if n % 2 == 0 { 0 } else { 1 };
        let edit = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": end}}, "text": if n % 2 == 0 { "人" } else { "" }}]}});
        let start = Instant::now();
        send(&mut stdin, &edit);
        wait_for(&mut reader, uri, version);
        times.push(start.elapsed());
    }
    // Hovers on 周玉林 (line 3 of 002), named on every copy of 002 in the workspace.
    let mut hovers: Vec<Duration> = Vec::new();
    let mut value = String::new();
    for n in 0..100i64 {
        let id = 100 + n;
        let start = Instant::now();
        send(
            &mut stdin,
            &json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {
                "textDocument": {"uri": uri}, "position": {"line": 2, "character": 16}}}),
        );
        let response = loop {
            let m = read(&mut reader);
            if m["id"] == id {
                break m;
            }
        };
        hovers.push(start.elapsed());
        value = response["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
    }
    assert!(value.contains("周玉林"), "hover: {value}");
    hovers.sort();
    println!(
        "hover on an official named on {} pages ({} hovers): p50 {:?}  p99 {:?}",
        pages / corpus.len(),
        hovers.len(),
        hovers[hovers.len() / 2],
        hovers[hovers.len() * 99 / 100]
    );
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
    );
    send(&mut stdin, &json!({"jsonrpc": "2.0", "method": "exit"}));
    let _ = child.wait();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "edit-to-diagnostics latency on 002 over stdio ({} edits): p50 {:?}  p90 {:?}  p99 {:?}  max {:?}",
        times.len(),
        at(0.50),
        at(0.90),
        at(0.99),
        times[times.len() - 1]
    );
}
