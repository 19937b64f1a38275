//! `baokan check`: one line per finding, then a summary; or a JSON array.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::Format;
use super::files::{expand, read_page};
use crate::analysis::{self, Locale};
use crate::encoding::SourceEncoding;
use crate::line_index::{LineIndex, PositionEncoding};

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: String,
    line: u32,
    character: u32,
    end_line: u32,
    end_character: u32,
    severity: &'static str,
    code: &'static str,
    message: String,
    #[serde(skip)]
    _marker: std::marker::PhantomData<&'a ()>,
}

pub fn run(paths: &[PathBuf], format: Format, locale: Locale) -> ExitCode {
    let (files, mut errors) = expand(paths);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut json = Vec::new();
    let mut total = 0usize;
    for path in &files {
        let decoded = match read_page(path) {
            Ok(d) => d,
            Err(e) => {
                if format == Format::Jsonl {
                    let line = serde_json::json!({"path": path.display().to_string(), "error": e});
                    let _ = writeln!(out, "{line}");
                }
                errors.push(e);
                continue;
            }
        };
        if decoded.encoding != SourceEncoding::Utf8 {
            eprintln!(
                "{}: note: decoded as {}",
                path.display(),
                decoded.encoding.name()
            );
        }
        let text = &decoded.text;
        let analysis = analysis::analyze(text);
        let index = LineIndex::new(text);
        let json_before = json.len();
        for finding in &analysis.findings {
            total += 1;
            let message = finding.message.render(locale);
            match format {
                Format::Text => {
                    let p = index.position(text, finding.range.start, PositionEncoding::Utf32);
                    let _ = writeln!(
                        out,
                        "{}:{}:{}: {}[{}]: {}",
                        path.display(),
                        p.line + 1,
                        p.character + 1,
                        finding.severity.as_str(),
                        finding.code.as_str(),
                        message
                    );
                }
                Format::Json | Format::Jsonl => {
                    let s = index.position(text, finding.range.start, PositionEncoding::Utf16);
                    let e = index.position(text, finding.range.end, PositionEncoding::Utf16);
                    json.push(JsonFinding {
                        path: path.display().to_string(),
                        line: s.line,
                        character: s.character,
                        end_line: e.line,
                        end_character: e.character,
                        severity: finding.severity.as_str(),
                        code: finding.code.as_str(),
                        message,
                        _marker: std::marker::PhantomData,
                    });
                }
            }
        }
        if format == Format::Jsonl {
            let findings: Vec<JsonFinding<'_>> = json.drain(json_before..).collect();
            let line = serde_json::json!({
                "path": path.display().to_string(),
                "encoding": decoded.encoding.name(),
                "findings": findings,
            });
            let _ = writeln!(out, "{line}");
        }
    }
    match format {
        Format::Jsonl => {}
        Format::Text => {
            let _ = writeln!(
                out,
                "{total} finding{} in {} file{}{}",
                if total == 1 { "" } else { "s" },
                files.len(),
                if files.len() == 1 { "" } else { "s" },
                if errors.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {} error{}",
                        errors.len(),
                        if errors.len() == 1 { "" } else { "s" }
                    )
                }
            );
        }
        Format::Json => {
            let _ = serde_json::to_writer_pretty(&mut out, &json);
            let _ = writeln!(out);
        }
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    if !errors.is_empty() {
        ExitCode::from(2)
    } else if total > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
