//! Reading the workspace from disk: page files under the workspace folders and
//! the `baokan.toml` page-naming pattern. This is the server's IO; the summaries
//! it produces are computed by the pure core.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::analysis::entities::{Extensions, Lexicon};

use crate::analysis;
use crate::encoding;
use crate::index::{PageSummary, ReadOptions};

/// Files larger than this are not indexed (a log line says so).
pub const MAX_INDEXED_BYTES: u64 = 8 * 1024 * 1024;
/// At most this many files per scan: a runaway folder must not stall the server.
pub const MAX_INDEXED_FILES: usize = 200_000;

/// Reads `root/baokan.toml`: `[pages] pattern` and the `[entities]` additions to
/// the lexicons. A bad file or section is reported and the rest still applies.
pub fn read_naming(root: &Path) -> (ReadOptions, Option<String>) {
    let path = root.join("baokan.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return (ReadOptions::default(), None);
    };
    let value: toml::Table = match text.parse() {
        Ok(v) => v,
        Err(e) => {
            return (
                ReadOptions::default(),
                Some(format!("{}: {e}", path.display())),
            );
        }
    };
    let mut problems = Vec::new();
    let lexicon = match crate::config::extensions(&text) {
        Ok(ext) if ext == Extensions::default() => None,
        Ok(ext) => Some(Arc::new(Lexicon::build(&ext))),
        Err(e) => {
            problems.push(format!("{}: {e}", path.display()));
            None
        }
    };
    let pattern = value
        .get("pages")
        .and_then(|p| p.get("pattern"))
        .and_then(|p| p.as_str());
    let pattern = match pattern.map(regex::Regex::new) {
        None => None,
        Some(Ok(re)) => Some(re),
        Some(Err(e)) => {
            problems.push(format!("{}: [pages] pattern: {e}", path.display()));
            None
        }
    };
    let problem = (!problems.is_empty()).then(|| problems.join("; "));
    (
        ReadOptions {
            pattern,
            lexicon,
            ..ReadOptions::default()
        },
        problem,
    )
}

/// Reads and summarises one page file. `Err` says why it was skipped.
pub fn summarise_file(path: &Path, naming: &ReadOptions) -> Result<PageSummary, String> {
    let metadata = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if metadata.len() > MAX_INDEXED_BYTES {
        return Err(format!(
            "{}: skipped, larger than {} MiB",
            path.display(),
            MAX_INDEXED_BYTES / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let decoded =
        encoding::decode(bytes).map_err(|e| format!("{}: skipped: {e}", path.display()))?;
    let analysis = analysis::analyze_with(&decoded.text, naming.lexicon());
    Ok(PageSummary::new(path, &decoded.text, &analysis, naming))
}

/// All `*.txt` files under `root` (only directly inside it when `recursive` is
/// false). Links are not followed, so loops and escapes out of the root are impossible.
pub fn page_files(root: &Path, recursive: bool) -> Vec<PathBuf> {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .max_depth(if recursive { 64 } else { 1 });
    walker
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt"))
        .take(MAX_INDEXED_FILES)
        .map(|e| e.into_path())
        .collect()
}
