//! The outline in the editor: document symbols, folding ranges, and workspace
//! symbols (headlines of every page, open or not).
//!
//! SymbolKind mapping: banner → PACKAGE, article → MODULE, section → NAMESPACE,
//! byline → PROPERTY, caption → EVENT, continuation marker → KEY.

use tower_lsp_server::ls_types::*;

use super::convert;
use super::documents::Snapshot;
use crate::analysis::outline::{self, ItemKind, OutlineItem, display_name};
use crate::index::WorkspaceIndex;
use crate::line_index::PositionEncoding;

fn kind(kind: ItemKind) -> SymbolKind {
    match kind {
        ItemKind::Banner => SymbolKind::PACKAGE,
        ItemKind::Article => SymbolKind::MODULE,
        ItemKind::Section => SymbolKind::NAMESPACE,
        ItemKind::Byline => SymbolKind::PROPERTY,
        ItemKind::Caption => SymbolKind::EVENT,
        ItemKind::Marker => SymbolKind::KEY,
    }
}

#[allow(deprecated)]
fn symbol(snapshot: &Snapshot, item: &OutlineItem, encoding: PositionEncoding) -> DocumentSymbol {
    let range = convert::range(&snapshot.text, &snapshot.index, &item.range, encoding);
    let selection = convert::range(&snapshot.text, &snapshot.index, &item.selection, encoding);
    let detail = match (&item.detail, item.untitled) {
        (Some(d), _) => Some(display_name(d).into_owned()),
        (None, true) => Some("untitled".to_string()),
        (None, false) => None,
    };
    DocumentSymbol {
        name: display_name(&item.name).into_owned(),
        detail,
        kind: kind(item.kind),
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: (!item.children.is_empty()).then(|| {
            item.children
                .iter()
                .map(|c| symbol(snapshot, c, encoding))
                .collect()
        }),
    }
}

pub fn document_symbols(snapshot: &Snapshot, encoding: PositionEncoding) -> Vec<DocumentSymbol> {
    outline::outline(&snapshot.text, &snapshot.analysis.layout)
        .iter()
        .map(|item| symbol(snapshot, item, encoding))
        .collect()
}

pub fn folding_ranges(snapshot: &Snapshot) -> Vec<FoldingRange> {
    let mut out = Vec::new();
    let line = |offset| {
        snapshot
            .index
            .position(&snapshot.text, offset, PositionEncoding::Utf16)
            .line
    };
    fn walk(items: &[OutlineItem], line: &dyn Fn(usize) -> u32, out: &mut Vec<FoldingRange>) {
        for item in items {
            if matches!(item.kind, ItemKind::Article | ItemKind::Section) {
                // Fold the body under the headline or heading line.
                let start = line(item.range.start);
                let end = line(item.range.end);
                if end > start {
                    out.push(FoldingRange {
                        start_line: start,
                        end_line: end,
                        kind: Some(FoldingRangeKind::Region),
                        collapsed_text: Some(display_name(&item.name).into_owned()),
                        ..Default::default()
                    });
                }
            }
            walk(&item.children, line, out);
        }
    }
    walk(
        &outline::outline(&snapshot.text, &snapshot.analysis.layout),
        &line,
        &mut out,
    );
    out
}

/// Headlines whose text contains `query` (case-insensitive), across the workspace.
#[allow(deprecated)]
pub fn workspace_symbols(index: &WorkspaceIndex, query: &str) -> Vec<SymbolInformation> {
    let query = query.trim().to_lowercase();
    let mut out: Vec<SymbolInformation> = index
        .pages()
        .flat_map(|page| page.articles.iter().map(move |a| (page, a)))
        .filter(|(_, a)| a.text.to_lowercase().contains(&query))
        .filter_map(|(page, a)| {
            Some(SymbolInformation {
                name: a.text.clone(),
                kind: SymbolKind::MODULE,
                tags: None,
                deprecated: None,
                location: Location {
                    uri: Uri::from_file_path(&page.path)?,
                    range: convert::span_range(&a.span),
                },
                container_name: page
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string()),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.location.uri.as_str(), a.location.range.start.line)
            .cmp(&(b.location.uri.as_str(), b.location.range.start.line))
    });
    out.truncate(1000);
    out
}
