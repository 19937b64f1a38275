//! Applying fixes: choosing a set of non-overlapping fixes and applying their edits.

use super::diagnostics::{Edit, Finding};

/// The fixes of `findings` that can be applied together, in page order: a fix whose
/// edits overlap an edit already chosen is left for a later round.
pub fn compatible_fixes(findings: &[Finding]) -> Vec<&Finding> {
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut chosen = Vec::new();
    for finding in findings.iter().filter(|f| fixable(f)) {
        let Some(fix) = &finding.fix else { continue };
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

/// Has `finding` a fix that changes anything?
fn fixable(finding: &Finding) -> bool {
    finding
        .fix
        .as_ref()
        .is_some_and(|fix| !fix.edits.is_empty())
}

/// The edits of the fixes `chosen`, in their order.
fn edits_of<'a>(chosen: &[&'a Finding]) -> impl Iterator<Item = &'a Edit> {
    chosen
        .iter()
        .flat_map(|f| f.fix.iter().flat_map(|fix| fix.edits.iter()))
}

/// Rounds after the first that [`fix_in_rounds`] runs at most.
const LATER_ROUNDS: usize = 3;

/// Applies every compatible fix of `diagnose(text)`, then, round after round, the
/// fixes that clashed with one applied, found again on the new text by their
/// lines ([`FixKey`]). Only findings of the first round are ever fixed: the later
/// rounds do not take up what the new text alone would show. Returns the new text
/// and the findings fixed, as the first round saw them, in page order.
pub fn fix_in_rounds(
    text: &str,
    diagnose: impl Fn(&str) -> Vec<Finding>,
) -> (String, Vec<Finding>) {
    let findings = diagnose(text);
    let (mut fixed, mut applied) = fix_once(text, &findings);
    let mut pending: Vec<(FixKey, &Finding)> = findings
        .iter()
        .filter(|f| fixable(f) && !applied.contains(f))
        .map(|f| (FixKey::of(text, f), f))
        .collect();
    for _ in 0..LATER_ROUNDS {
        if pending.is_empty() {
            break;
        }
        let again: Vec<Finding> = diagnose(&fixed)
            .into_iter()
            .filter(|f| {
                let key = FixKey::of(&fixed, f);
                pending.iter().any(|(k, _)| *k == key)
            })
            .collect();
        let (next, now) = fix_once(&fixed, &again);
        if now.is_empty() {
            break;
        }
        for finding in &now {
            let key = FixKey::of(&fixed, finding);
            if let Some(i) = pending.iter().position(|(k, _)| *k == key) {
                applied.push(pending.swap_remove(i).1.clone());
            }
        }
        fixed = next;
    }
    applied.sort_by_key(|f| (f.range.start, f.code));
    (fixed, applied)
}

/// The edits of "fix all" on `text`, whose findings are `findings`: the compatible
/// fixes' own edits when no fix clashes, else the lines that [`fix_in_rounds`]
/// changes, so that one edit of the client does what `baokan fix` does.
pub fn fix_all_edits(
    text: &str,
    findings: &[Finding],
    diagnose: impl Fn(&str) -> Vec<Finding>,
) -> Vec<Edit> {
    let chosen = compatible_fixes(findings);
    if chosen.len() == findings.iter().filter(|f| fixable(f)).count() {
        return edits_of(&chosen).cloned().collect();
    }
    let (fixed, _) = fix_in_rounds(text, diagnose);
    line_edits(text, &fixed)
}

/// Edits that turn `old` into `new`, whole lines at a time.
fn line_edits(old: &str, new: &str) -> Vec<Edit> {
    let starts = |text: &str| -> Vec<usize> {
        std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .filter(|&i| i < text.len())
            .chain(std::iter::once(text.len()))
            .collect()
    };
    let (old_starts, new_starts) = (starts(old), starts(new));
    let diff = similar::TextDiff::from_lines(old, new);
    diff.ops()
        .iter()
        .filter(|op| !matches!(op, similar::DiffOp::Equal { .. }))
        .map(|op| {
            let (o, n) = (op.old_range(), op.new_range());
            Edit {
                range: old_starts[o.start]..old_starts[o.end],
                insert: new[new_starts[n.start]..new_starts[n.end]].to_string(),
            }
        })
        .collect()
}

/// What identifies a finding across rounds of fixing, where offsets move: its code,
/// the line it is on and the lines its related places are on.
#[derive(Debug, PartialEq, Eq)]
struct FixKey<'a> {
    code: super::Code,
    lines: Vec<&'a str>,
}

impl<'a> FixKey<'a> {
    fn of(text: &'a str, finding: &Finding) -> FixKey<'a> {
        let lines = std::iter::once(&finding.range)
            .chain(finding.related.iter().map(|r| &r.range))
            .map(|r| line_at(text, r.start))
            .collect();
        FixKey {
            code: finding.code,
            lines,
        }
    }
}

/// The line holding byte `at`, without its line break or surrounding spaces.
fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    text.get(start..end).unwrap_or("").trim()
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
    let edits: Vec<&Edit> = edits_of(&chosen).collect();
    let fixed = apply_edits(text, &edits);
    (fixed, chosen.into_iter().cloned().collect())
}
