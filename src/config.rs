//! `baokan.toml`: the workspace file. `[pages] pattern` names pages (see
//! `index::ReadOptions`); `[entities]` extends the lexicons (people, organizations,
//! titles, aliases). Parsing is pure; finding the file is the callers' IO.

use std::path::Path;

use crate::analysis::entities::{Extensions, Lexicon};

/// The `[entities]` table of a baokan.toml text.
pub fn extensions(toml_text: &str) -> Result<Extensions, String> {
    let table: toml::Table = toml_text.parse().map_err(|e| format!("{e}"))?;
    match table.get("entities") {
        None => Ok(Extensions::default()),
        Some(value) => value
            .clone()
            .try_into()
            .map_err(|e| format!("[entities]: {e}")),
    }
}

/// The nearest baokan.toml at or above `path` (a file or folder).
pub fn find_file(path: &Path) -> Option<std::path::PathBuf> {
    let start = if path.is_dir() { path } else { path.parent()? };
    start
        .ancestors()
        .map(|d| d.join("baokan.toml"))
        .find(|f| f.is_file())
}

/// The lexicon for a page on disk: built-in plus the nearest baokan.toml's
/// additions. A bad file is reported on stderr and ignored.
pub fn lexicon_for(path: &Path) -> Lexicon {
    let ext = find_file(path)
        .and_then(|f| {
            let text = std::fs::read_to_string(&f).ok()?;
            match extensions(&text) {
                Ok(ext) => Some(ext),
                Err(e) => {
                    eprintln!("warning: {}: {e}", f.display());
                    None
                }
            }
        })
        .unwrap_or_default();
    Lexicon::build(&ext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_entities_table() {
        let ext = extensions(
            "[pages]\npattern = 'x'\n[entities]\npeople = ['宝音']\naliases = { '乌市人大' = '乌兰浩特市人大常委会' }\n",
        )
        .expect("valid");
        assert_eq!(ext.people, vec!["宝音".to_string()]);
        assert_eq!(ext.aliases["乌市人大"], "乌兰浩特市人大常委会");
        assert!(extensions("[entities]\npeeple = []\n").is_err());
    }
}
