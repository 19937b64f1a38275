//! Editor latency over real stdio JSON-RPC: a one-character edit to 002 (220 KB)
//! until publishDiagnostics for that version arrives, p50 and p99 over many edits.
//! Run with `cargo bench --bench latency`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

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
    let mut child = Command::new(env!("CARGO_BIN_EXE_baokan"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    );
    while read(&mut reader).get("id").is_none() {}
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
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
        let line = (n * 37) % 7000;
        let edit = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": if n % 2 == 0 { "人" } else { "" }}]}});
        let start = Instant::now();
        send(&mut stdin, &edit);
        wait_for(&mut reader, uri, version);
        times.push(start.elapsed());
    }
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
