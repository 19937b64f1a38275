//! Conversions between the core's plain data (byte offsets, findings) and LSP types.
//! This is the only place, with `mod.rs`, that knows the protocol.

use std::collections::HashMap;

use tower_lsp_server::ls_types as lsp;

use crate::analysis::{Finding, Locale, Severity};
use crate::line_index::{LineIndex, Position, PositionEncoding};

pub fn encoding_kind(encoding: PositionEncoding) -> lsp::PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

/// Picks the cheapest encoding the client offers: UTF-8 (our native offsets), then
/// UTF-32, else the mandatory UTF-16.
pub fn negotiate(offered: Option<&[lsp::PositionEncodingKind]>) -> PositionEncoding {
    let offered = offered.unwrap_or_default();
    if offered.contains(&lsp::PositionEncodingKind::UTF8) {
        PositionEncoding::Utf8
    } else if offered.contains(&lsp::PositionEncodingKind::UTF32) {
        PositionEncoding::Utf32
    } else {
        PositionEncoding::Utf16
    }
}

pub fn range(
    text: &str,
    index: &LineIndex,
    range: &std::ops::Range<usize>,
    encoding: PositionEncoding,
) -> lsp::Range {
    lsp::Range {
        start: position(index.position(text, range.start, encoding)),
        end: position(index.position(text, range.end, encoding)),
    }
}

/// A range of a page summary (positions stored in the client's encoding).
pub fn span_range(span: &crate::index::Span) -> lsp::Range {
    lsp::Range {
        start: position(span.start),
        end: position(span.end),
    }
}

fn position(p: Position) -> lsp::Position {
    lsp::Position {
        line: p.line,
        character: p.character,
    }
}

pub fn from_lsp(p: lsp::Position) -> Position {
    Position {
        line: p.line,
        character: p.character,
    }
}

fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

pub struct Ctx<'a> {
    pub uri: &'a lsp::Uri,
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: PositionEncoding,
    pub locale: Locale,
}

pub fn diagnostic(ctx: &Ctx<'_>, finding: &Finding) -> lsp::Diagnostic {
    let related: Vec<lsp::DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|r| lsp::DiagnosticRelatedInformation {
            location: lsp::Location {
                uri: ctx.uri.clone(),
                range: range(ctx.text, ctx.index, &r.range, ctx.encoding),
            },
            message: r.message.render(ctx.locale),
        })
        .collect();
    lsp::Diagnostic {
        range: range(ctx.text, ctx.index, &finding.range, ctx.encoding),
        severity: Some(severity(finding.severity)),
        code: Some(lsp::NumberOrString::String(
            finding.code.as_str().to_string(),
        )),
        source: Some("baokan".to_string()),
        message: finding.message.render(ctx.locale),
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

/// A workspace edit for `edits` on one document, versioned when the client supports it.
pub fn workspace_edit(
    ctx: &Ctx<'_>,
    version: i32,
    edits: &[&crate::analysis::Edit],
    versioned: bool,
) -> lsp::WorkspaceEdit {
    let text_edits: Vec<lsp::TextEdit> = edits
        .iter()
        .map(|e| lsp::TextEdit {
            range: range(ctx.text, ctx.index, &e.range, ctx.encoding),
            new_text: e.insert.clone(),
        })
        .collect();
    if versioned {
        lsp::WorkspaceEdit {
            document_changes: Some(lsp::DocumentChanges::Edits(vec![lsp::TextDocumentEdit {
                text_document: lsp::OptionalVersionedTextDocumentIdentifier {
                    uri: ctx.uri.clone(),
                    version: Some(version),
                },
                edits: text_edits.into_iter().map(lsp::OneOf::Left).collect(),
            }])),
            ..Default::default()
        }
    } else {
        let mut changes = HashMap::new();
        changes.insert(ctx.uri.clone(), text_edits);
        lsp::WorkspaceEdit {
            changes: Some(changes),
            ..Default::default()
        }
    }
}
