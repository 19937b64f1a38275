//! Finding and reading page files for the batch commands.

use std::path::{Path, PathBuf};

use crate::encoding::{self, Decoded};

/// Expands the command-line paths: files as given, directories searched
/// recursively for `*.txt` (sorted, links not followed). Missing paths are errors.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .follow_links(false)
                .sort_by_file_name();
            for entry in walker {
                match entry {
                    Ok(e)
                        if e.file_type().is_file()
                            && e.path().extension().is_some_and(|x| x == "txt") =>
                    {
                        files.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(e) => errors.push(format!("{}: {e}", path.display())),
                }
            }
        } else if path.exists() {
            files.push(path.clone());
        } else {
            errors.push(format!("{}: no such file or directory", path.display()));
        }
    }
    (files, errors)
}

/// Reads and decodes one page, with a message fit for the user on failure.
pub fn read_page(path: &Path) -> Result<Decoded, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    encoding::decode(bytes).map_err(|e| format!("{}: {e}", path.display()))
}
