//! The command line: `baokan lsp | check | fix`. Reads files, calls the pure
//! core, prints findings. Exit codes: 0 clean, 1 findings, 2 errors.

mod check;
mod entities;
mod files;
mod fix;
mod outline;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::Locale;

#[derive(Debug, Parser)]
#[command(
    name = "baokan",
    version,
    about = "Language server and checker for plain-text Chinese newspaper pages"
)]
struct Cli {
    /// Language of messages: en or zh (default: from LC_ALL / LANG).
    #[arg(long, global = true)]
    locale: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the Language Server Protocol on stdin/stdout.
    Lsp {
        /// Accepted and ignored (VS Code passes it); stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// Report broken line-wraps, cut paragraphs and double spacing.
    Check {
        /// Files, or directories searched recursively for *.txt.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Apply every safe fix in place (atomically), or print a diff with --dry-run.
    Fix {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print a unified diff instead of writing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the outline of a page: banners, articles, sections, bylines, captions.
    Outline {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the people and organisations of a page (officials with their posts).
    Entities {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print each line with its layout class (for debugging the heuristics).
    #[command(hide = true)]
    Lines { path: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    /// One JSON object per file and line: for piping into batch engines.
    Jsonl,
}

/// Runs `write` on stdout, buffered, and ends the command with `status` (see
/// [`finish_output`]).
fn print(
    status: ExitCode,
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    finish_output(write(&mut out).and_then(|()| out.flush()), status)
}

/// How a command that prints ends: a reader that closed its end (`baokan
/// outline PAGE | head`) ends it quietly, as other command-line tools do; any
/// other write error is reported.
fn finish_output(written: std::io::Result<()>, status: ExitCode) -> ExitCode {
    match written {
        Ok(()) => status,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            eprintln!("error: writing the output: {e}");
            ExitCode::from(2)
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let locale = cli
        .locale
        .or_else(|| std::env::var("LC_ALL").ok().filter(|s| !s.is_empty()))
        .or_else(|| std::env::var("LANG").ok())
        .map(|tag| Locale::from_tag(&tag))
        .unwrap_or_default();
    match cli.command {
        Command::Lsp { stdio: _ } => {
            crate::server::serve_stdio();
            ExitCode::SUCCESS
        }
        Command::Check { paths, format } => check::run(&paths, format, locale),
        Command::Fix { paths, dry_run } => fix::run(&paths, dry_run, locale),
        Command::Outline { path, format } => outline::run(&path, format),
        Command::Entities { path, format } => {
            let lexicon = crate::config::lexicon_for(&path);
            entities::run(&path, format, &lexicon)
        }
        Command::Lines { path } => match files::read_page(&path) {
            Ok(decoded) => {
                let page = crate::analysis::layout::analyze_layout(&decoded.text);
                print(ExitCode::SUCCESS, |out| {
                    print_lines(out, &decoded.text, &page)
                })
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
    }
}

/// `baokan lines`: each line with its classification, for tuning the layout rules.
fn print_lines(
    out: &mut impl Write,
    text: &str,
    page: &crate::analysis::PageLayout,
) -> std::io::Result<()> {
    writeln!(out, "layout: {:?}", page.layout)?;
    for (i, line) in page.lines.iter().enumerate() {
        writeln!(
            out,
            "{:>5} {:<8} w{:<3} c{:<3} {:<10} {}{}| {}",
            i + 1,
            format!("{:?}", line.kind),
            line.width,
            line.column,
            format!("{:?}", line.ending),
            if line.tight { "T" } else { " " },
            if line.opens_paragraph { "P" } else { " " },
            &text[line.content.clone()]
        )?;
    }
    Ok(())
}
