//! Full analysis of each sample page (layout, diagnostics, entities, outline,
//! continuation markers) and its parts, and jieba-rs tagging of the same text.

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support/corpus.rs"]
mod corpus;
use corpus::pages;

/// Everything baokan computes for a page: layout, findings, officials and
/// organisations (`analyze`), the outline and the continuation markers.
fn full_analysis(
    text: &str,
) -> (
    baokan::analysis::PageAnalysis,
    Vec<baokan::analysis::outline::OutlineItem>,
    Vec<baokan::analysis::markers::Marker>,
) {
    let analysis = baokan::analysis::analyze(text);
    let outline = baokan::analysis::outline::outline(text, &analysis.layout);
    let markers = baokan::analysis::markers::find_markers(text);
    (analysis, outline, markers)
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("full-analysis");
    for (name, text) in pages() {
        group.bench_function(&name, |b| {
            b.iter(|| full_analysis(std::hint::black_box(&text)))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in pages() {
        group.bench_function(&name, |b| {
            b.iter(|| baokan::analysis::analyze(std::hint::black_box(&text)))
        });
    }
    group.finish();
    let (_, text) = pages().into_iter().find(|(n, _)| n == "002").unwrap();
    c.bench_function("fix_all/002", |b| {
        b.iter(|| baokan::analysis::fix_all(std::hint::black_box(&text)))
    });
    let analysis = baokan::analysis::analyze(&text);
    c.bench_function("outline/002", |b| {
        b.iter(|| baokan::analysis::outline::outline(std::hint::black_box(&text), &analysis.layout))
    });
    c.bench_function("page_summary/002", |b| {
        let analysis = baokan::analysis::analyze(&text);
        let naming = baokan::index::ReadOptions::default();
        b.iter(|| {
            baokan::index::PageSummary::new(
                std::path::Path::new("/x/002.txt"),
                &text,
                &analysis,
                &naming,
            )
        })
    });
    c.bench_function("find_markers/002", |b| {
        b.iter(|| baokan::analysis::markers::find_markers(std::hint::black_box(&text)))
    });
    c.bench_function("line_index/002", |b| {
        b.iter(|| baokan::line_index::LineIndex::new(std::hint::black_box(&text)))
    });
}

/// Side by side: baokan's full analysis of 002 (layout, findings, entities,
/// outline, markers) and
/// jieba-rs part-of-speech tagging (HMM on) of the same text, the tool a Rust
/// user would otherwise reach for to find names (nr) and organisations (nt).
fn versus_jieba(c: &mut Criterion) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/002_2b68d11822460efc.txt"
    ))
    .unwrap();
    let mut group = c.benchmark_group("versus-jieba/002");
    group.sample_size(10);
    group.bench_function("baokan-full-analysis", |b| {
        b.iter(|| full_analysis(std::hint::black_box(&text)))
    });
    let jieba = jieba_rs::Jieba::new();
    group.bench_function("jieba-tag-hmm", |b| {
        b.iter(|| jieba.tag(std::hint::black_box(&text), true).len())
    });
    group.finish();
}

criterion_group!(benches, analysis, versus_jieba);
criterion_main!(benches);
