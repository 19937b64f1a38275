//! Invariants checked as tests: the core has no protocol or IO, no test is ignored.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_analysis_core_knows_no_protocol_and_does_no_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/analysis"), &mut files);
    files.push(root.join("src/line_index.rs"));
    files.push(root.join("src/encoding.rs"));
    files.push(root.join("src/index.rs"));
    assert!(files.len() >= 8);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in [
            "ls_types",
            "tower_lsp",
            "lsp_types",
            "std::fs",
            "std::io",
            "tokio",
            "std::env",
            "static mut",
            "println!",
            "eprintln!",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

#[test]
fn no_test_is_ignored() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    let ignore = ["#[", "ignore]"].concat();
    let panicking = ["should", "_panic"].concat();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains(&ignore) && !text.contains(&panicking),
            "{}",
            file.display()
        );
    }
}

#[test]
fn every_source_file_says_what_it_is_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} has no //! line",
            file.display()
        );
    }
}
