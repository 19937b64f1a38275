//! `baokan fix`: applies every safe fix, writing atomically in the file's own
//! encoding, or prints a unified diff with `--dry-run`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::files::{expand, read_page};
use crate::analysis::{self, Locale};
use crate::encoding;
use crate::line_index::{LineIndex, PositionEncoding};

pub fn run(paths: &[PathBuf], dry_run: bool, locale: Locale) -> ExitCode {
    let (files, mut errors) = expand(paths);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut fixed_total = 0usize;
    let mut changed_files = 0usize;
    for path in &files {
        let decoded = match read_page(path) {
            Ok(d) => d,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let text = &decoded.text;
        let (new_text, fixed) = analysis::fix_all(text);
        if fixed.is_empty() || new_text == *text {
            continue;
        }
        let index = LineIndex::new(text);
        if dry_run {
            let diff = similar::TextDiff::from_lines(text.as_str(), new_text.as_str());
            let name = path.display().to_string();
            let _ = write!(
                out,
                "{}",
                diff.unified_diff().context_radius(2).header(&name, &name)
            );
        } else {
            let Some(bytes) = encoding::encode(&new_text, decoded.encoding) else {
                errors.push(format!(
                    "{}: the fixed text cannot be written as {}",
                    path.display(),
                    decoded.encoding.name()
                ));
                continue;
            };
            if let Err(e) = write_atomically(path, &bytes) {
                errors.push(format!("{}: cannot write: {e}", path.display()));
                continue;
            }
            for finding in &fixed {
                let p = index.position(text, finding.range.start, PositionEncoding::Utf32);
                let title = finding
                    .fix
                    .as_ref()
                    .map(|f| f.title.render(locale))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "{}:{}:{}: fixed [{}]: {}",
                    path.display(),
                    p.line + 1,
                    p.character + 1,
                    finding.code.as_str(),
                    title
                );
            }
        }
        fixed_total += fixed.len();
        changed_files += 1;
    }
    if !dry_run {
        let _ = writeln!(
            out,
            "{fixed_total} fix{} applied in {changed_files} file{}",
            if fixed_total == 1 { "" } else { "es" },
            if changed_files == 1 { "" } else { "s" }
        );
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

/// Writes to a temporary file beside `path`, keeps the permissions, then renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let permissions = std::fs::metadata(path)?.permissions();
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.as_file().set_permissions(permissions)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
