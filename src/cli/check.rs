//! `baokan check`: one line per finding, then a summary; or a JSON array.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
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

/// What checking one file produced, rendered, so files can be checked in
/// parallel and printed in order.
struct Report {
    /// Text lines (text format) or JSON findings.
    lines: Vec<String>,
    json: Vec<JsonFinding<'static>>,
    /// The JSONL line of the file.
    jsonl: Option<String>,
    note: Option<String>,
    error: Option<String>,
    findings: usize,
}

fn check_file(path: &Path, format: Format, locale: Locale) -> Report {
    let mut report = Report {
        lines: Vec::new(),
        json: Vec::new(),
        jsonl: None,
        note: None,
        error: None,
        findings: 0,
    };
    let decoded = match read_page(path) {
        Ok(d) => d,
        Err(e) => {
            if format == Format::Jsonl {
                report.jsonl = Some(
                    serde_json::json!({"path": path.display().to_string(), "error": e}).to_string(),
                );
            }
            report.error = Some(e);
            return report;
        }
    };
    if decoded.encoding != SourceEncoding::Utf8 {
        report.note = Some(format!(
            "{}: note: decoded as {}",
            path.display(),
            decoded.encoding.name()
        ));
    }
    let text = &decoded.text;
    // check reports findings only: no entity recognition.
    let analysis = analysis::analyze_without_entities(text);
    let index = LineIndex::new(text);
    for finding in &analysis.findings {
        report.findings += 1;
        let message = finding.message.render(locale);
        match format {
            Format::Text => {
                let p = index.position(text, finding.range.start, PositionEncoding::Utf32);
                report.lines.push(format!(
                    "{}:{}:{}: {}[{}]: {}",
                    path.display(),
                    p.line + 1,
                    p.character + 1,
                    finding.severity.as_str(),
                    finding.code.as_str(),
                    message
                ));
            }
            Format::Json | Format::Jsonl => {
                let s = index.position(text, finding.range.start, PositionEncoding::Utf16);
                let e = index.position(text, finding.range.end, PositionEncoding::Utf16);
                report.json.push(JsonFinding {
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
        let line = serde_json::json!({
            "path": path.display().to_string(),
            "encoding": decoded.encoding.name(),
            "findings": std::mem::take(&mut report.json),
        });
        report.jsonl = Some(line.to_string());
    }
    report
}

/// Files are checked in parallel (all cores, rayon) in batches and printed in
/// order; a progress bar shows on a terminal for long runs, never when piped.
pub fn run(paths: &[PathBuf], format: Format, locale: Locale) -> ExitCode {
    let (files, mut errors) = expand(paths);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut json = Vec::new();
    let mut total = 0usize;
    let progress = if files.len() >= 200 && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed} (eta {eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    // Output stops at the first write that fails, and so does the checking: the
    // reader has gone (`| head`) or nothing more can be written.
    let mut written = Ok(());
    for batch in files.chunks(512) {
        let reports: Vec<Report> = batch
            .par_iter()
            .map(|path| check_file(path, format, locale))
            .collect();
        for report in reports {
            if let Some(note) = report.note {
                progress.suspend(|| eprintln!("{note}"));
            }
            if written.is_ok() {
                written = (report.lines.iter().chain(&report.jsonl))
                    .try_for_each(|line| writeln!(out, "{line}"));
            }
            json.extend(report.json);
            total += report.findings;
            errors.extend(report.error);
        }
        progress.inc(batch.len() as u64);
        if written.is_err() {
            break;
        }
    }
    progress.finish_and_clear();
    written = written.and_then(|()| match format {
        Format::Jsonl => Ok(()),
        Format::Text => writeln!(
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
        ),
        Format::Json => serde_json::to_writer_pretty(&mut out, &json)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    });
    for e in &errors {
        eprintln!("error: {e}");
    }
    let status = if !errors.is_empty() {
        ExitCode::from(2)
    } else if total > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    super::finish_output(written.and_then(|()| out.flush()), status)
}
