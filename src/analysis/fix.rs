//! Applying fixes: choosing a set of non-overlapping fixes and applying their edits.

use super::diagnostics::{Edit, Finding};

/// The fixes of `findings` that can be applied together, in page order: a fix whose
/// edits overlap an edit already chosen is left for a later round.
pub fn compatible_fixes(findings: &[Finding]) -> Vec<&Finding> {
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut chosen = Vec::new();
    for finding in findings {
        let Some(fix) = &finding.fix else { continue };
        if fix.edits.is_empty() {
            continue;
        }
        let clashes = fix
            .edits
            .iter()
            .any(|e| taken.iter().any(|t| overlaps(t, &e.range)));
        if clashes {
            continue;
        }
        taken.extend(fix.edits.iter().map(|e| e.range.clone()));
        chosen.push(finding);
    }
    chosen
}

/// Two edit ranges conflict when they share a byte, or when both insert at one point,
/// or when an insertion point falls strictly inside the other range.
fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    if a.is_empty() && b.is_empty() {
        return a.start == b.start;
    }
    if a.is_empty() {
        return b.start < a.start && a.start < b.end;
    }
    if b.is_empty() {
        return a.start < b.start && b.start < a.end;
    }
    a.start < b.end && b.start < a.end
}

/// Applies non-overlapping edits to `text`. Edits out of bounds or off character
/// boundaries are skipped rather than panicking.
pub fn apply_edits(text: &str, edits: &[&Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for edit in sorted {
        let r = &edit.range;
        if r.start < pos
            || r.end > text.len()
            || r.start > r.end
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        out.push_str(&text[pos..r.start]);
        out.push_str(&edit.insert);
        pos = r.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Applies every compatible fix once. Returns the new text and the findings fixed.
pub fn fix_once(text: &str, findings: &[Finding]) -> (String, Vec<Finding>) {
    let chosen = compatible_fixes(findings);
    let edits: Vec<&Edit> = chosen
        .iter()
        .flat_map(|f| f.fix.iter().flat_map(|fix| fix.edits.iter()))
        .collect();
    let fixed = apply_edits(text, &edits);
    (fixed, chosen.into_iter().cloned().collect())
}
