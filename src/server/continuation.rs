//! Continued articles across pages: go to definition on a continuation marker,
//! document links and hovers. Resolution is the pure index's; this file converts.

use tower_lsp_server::ls_types::*;

use super::convert::span_range;
use super::documents::Snapshot;
use crate::analysis::Locale;
use crate::analysis::markers::Direction;
use crate::index::{MarkerEntry, Resolution, WorkspaceIndex};

/// The marker under byte `offset`, if any.
fn marker_at(snapshot: &Snapshot, offset: usize) -> Option<&MarkerEntry> {
    snapshot
        .summary
        .markers
        .iter()
        .zip(&snapshot.markers)
        .find(|(_, m)| m.range.start <= offset && offset <= m.range.end)
        .map(|(entry, _)| entry)
}

pub fn definition(
    snapshot: &Snapshot,
    index: &WorkspaceIndex,
    offset: usize,
) -> Option<GotoDefinitionResponse> {
    let entry = marker_at(snapshot, offset)?;
    let Resolution::Found(target) = index.resolve(&snapshot.summary, entry) else {
        return None;
    };
    Some(GotoDefinitionResponse::Link(vec![LocationLink {
        origin_selection_range: Some(span_range(&entry.span)),
        target_uri: Uri::from_file_path(&target.path)?,
        target_range: span_range(&target.range),
        target_selection_range: span_range(&target.selection),
    }]))
}

pub fn links(snapshot: &Snapshot, index: &WorkspaceIndex) -> Vec<DocumentLink> {
    snapshot
        .summary
        .markers
        .iter()
        .filter_map(|entry| match index.resolve(&snapshot.summary, entry) {
            Resolution::Found(target) => Some(DocumentLink {
                range: span_range(&entry.span),
                target: Uri::from_file_path(&target.path),
                tooltip: target.headline.clone(),
                data: None,
            }),
            _ => None,
        })
        .collect()
}

pub fn hover(
    snapshot: &Snapshot,
    index: &WorkspaceIndex,
    offset: usize,
    locale: Locale,
) -> Option<Hover> {
    let entry = marker_at(snapshot, offset)?;
    let zh = locale == Locale::Zh;
    let page = entry.marker.page;
    let heading = match (entry.marker.direction, zh) {
        (Direction::ContinuedFrom, false) => format!("**Continued from page {page}**"),
        (Direction::ContinuedOn, false) => format!("**Continued on page {page}**"),
        (Direction::ContinuedFrom, true) => format!("**上接第{page}版**"),
        (Direction::ContinuedOn, true) => format!("**下转第{page}版**"),
        (Direction::SeeAlso, false) => format!("**See page {page}**"),
        (Direction::SeeAlso, true) => format!("**详见第{page}版**"),
    };
    let body = match index.resolve(&snapshot.summary, entry) {
        Resolution::Found(target) => {
            let file = target
                .path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let mut s = format!("`{file}`");
            if let Some(h) = &target.headline {
                s.push_str(&format!("\n\n{h}"));
            }
            if !target.first_line.is_empty() {
                s.push_str(&format!("\n\n> {}…", target.first_line));
            }
            s
        }
        Resolution::MissingPage(_) if zh => "工作区中没有这一版。".to_string(),
        Resolution::MissingPage(_) => "That page is not in the workspace.".to_string(),
        Resolution::Mismatch { path, .. } => {
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if zh {
                format!("`{file}` 中没有对应的文章。")
            } else {
                format!("`{file}` has no matching article.")
            }
        }
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: format!("{heading}\n\n{body}"),
        }),
        range: Some(span_range(&entry.span)),
    })
}
