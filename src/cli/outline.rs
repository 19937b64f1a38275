//! `baokan outline FILE`: the page's outline as an indented tree or JSON.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::Format;
use super::files::read_page;
use crate::analysis::{
    self,
    outline::{OutlineItem, display_name},
};
use crate::line_index::{LineIndex, PositionEncoding};

#[derive(Serialize)]
struct Node {
    kind: analysis::outline::ItemKind,
    name: String,
    detail: Option<String>,
    untitled: bool,
    /// 0-based lines.
    start_line: u32,
    end_line: u32,
    children: Vec<Node>,
}

fn node(text: &str, index: &LineIndex, item: &OutlineItem) -> Node {
    Node {
        kind: item.kind,
        name: display_name(&item.name).into_owned(),
        detail: item.detail.as_deref().map(|d| display_name(d).into_owned()),
        untitled: item.untitled,
        start_line: index
            .position(text, item.range.start, PositionEncoding::Utf16)
            .line,
        end_line: index
            .position(text, item.range.end, PositionEncoding::Utf16)
            .line,
        children: item.children.iter().map(|c| node(text, index, c)).collect(),
    }
}

fn print(out: &mut impl Write, node: &Node, depth: usize) -> io::Result<()> {
    let kind = serde_json::to_value(node.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let mut line = format!("{}{kind} {}", "  ".repeat(depth), node.name);
    if let Some(d) = &node.detail {
        line.push_str(&format!(" [{d}]"));
    }
    if node.untitled {
        line.push_str(" (untitled)");
    }
    writeln!(out, "{line}  {}-{}", node.start_line + 1, node.end_line + 1)?;
    for c in &node.children {
        print(out, c, depth + 1)?;
    }
    Ok(())
}

pub fn run(path: &Path, format: Format) -> ExitCode {
    let decoded = match read_page(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let text = &decoded.text;
    let analysis = analysis::analyze(text);
    let index = LineIndex::new(text);
    let nodes: Vec<Node> = analysis::outline::outline(text, &analysis.layout)
        .iter()
        .map(|i| node(text, &index, i))
        .collect();
    super::print(ExitCode::SUCCESS, |out| match format {
        Format::Text => nodes.iter().try_for_each(|n| print(out, n, 0)),
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&nodes).unwrap_or_default()
        ),
        Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&nodes).unwrap_or_default()),
    })
}
