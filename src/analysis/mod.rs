//! The pure analysis core: page text in, plain data out.
//!
//! Invariants: no IO, no LSP types, no global mutable state; every function
//! accepts any string and returns results plus findings, never a panic or an `Err`.

pub mod diagnostics;
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
}

/// Analyses one page.
pub fn analyze(text: &str) -> PageAnalysis {
    let layout = layout::analyze_layout(text);
    let findings = diagnostics::diagnose(text, &layout);
    PageAnalysis { layout, findings }
}

/// Applies every safe fix that can be applied together. Returns the new text and
/// the findings that were fixed; nothing else in the text changes.
pub fn fix_all(text: &str) -> (String, Vec<Finding>) {
    let analysis = analyze(text);
    fix::fix_once(text, &analysis.findings)
}
