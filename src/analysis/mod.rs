//! The pure analysis core: page text in, plain data out.
//!
//! Invariants: no IO, no LSP types, no global mutable state; every function
//! accepts any string and returns results plus findings, never a panic or an `Err`.

pub mod diagnostics;
pub mod entities;
pub mod fix;
pub mod layout;
pub mod markers;
pub mod messages;
pub mod outline;
pub mod text;

pub use diagnostics::{Code, Edit, Finding, Fix, Related, Severity};
pub use layout::{Layout, Line, LineKind, PageLayout};
pub use messages::{Locale, Message};

/// Everything baokan knows about one version of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageAnalysis {
    pub layout: PageLayout,
    pub findings: Vec<Finding>,
    pub entities: entities::Entities,
}

/// Analyses one page with the built-in lexicons.
pub fn analyze(text: &str) -> PageAnalysis {
    analyze_with(text, entities::Lexicon::builtin())
}

/// Analyses one page with a workspace's lexicons.
pub fn analyze_with(text: &str, lexicon: &entities::Lexicon) -> PageAnalysis {
    analyze_parts(text, Some(lexicon))
}

/// Layout and findings only, entities left empty: what an editor needs first
/// after a keystroke (the server recognises entities right after).
pub fn analyze_without_entities(text: &str) -> PageAnalysis {
    analyze_parts(text, None)
}

fn analyze_parts(text: &str, lexicon: Option<&entities::Lexicon>) -> PageAnalysis {
    let layout = layout::analyze_layout(text);
    let joins = diagnostics::find_joins(text, &layout);
    let findings = diagnostics::diagnose_with(text, &layout, &joins);
    // Recognition reads across the broken wraps the diagnostics found.
    let mut wraps: Vec<(usize, usize)> = joins
        .iter()
        .filter(|j| j.inserted.is_empty())
        .map(|j| (j.from, j.to))
        .collect();
    wraps.sort_unstable();
    let entities = lexicon
        .map(|lexicon| entities::recognize(text, &layout, &wraps, lexicon))
        .unwrap_or_default();
    PageAnalysis {
        layout,
        findings,
        entities,
    }
}

/// Applies every safe fix of the page. Returns the new text and the findings that
/// were fixed, at their places in `text`; nothing else in the text changes. A fix
/// that clashes with another (a cut inside the block another cut moves) is applied
/// in a later round, on the text the first round left.
pub fn fix_all(text: &str) -> (String, Vec<Finding>) {
    fix::fix_in_rounds(text, findings_only)
}

/// The edits of "fix all" on `text`, whose findings are `findings`: what
/// [`fix_all`] changes, as edits of `text`.
pub fn fix_all_edits(text: &str, findings: &[Finding]) -> Vec<Edit> {
    fix::fix_all_edits(text, findings, findings_only)
}

/// The findings of `text`, all that fixing needs.
fn findings_only(text: &str) -> Vec<Finding> {
    analyze_without_entities(text).findings
}
