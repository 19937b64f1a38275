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
    // Markers found once, as the workspace index does: the outline lists them too.
    let markers = baokan::analysis::markers::find_markers(text);
    let outline = baokan::analysis::outline::outline_with_markers(text, &analysis.layout, &markers);
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
    // The outline of a page of one long article (the column of a run was once
    // sorted anew for every paragraph: 10 ms for such a page).
    let long = one_long_article();
    let layout = baokan::analysis::layout::analyze_layout(&long);
    c.bench_function("outline/one-long-article", |b| {
        b.iter(|| baokan::analysis::outline::outline(std::hint::black_box(&long), &layout))
    });
    // A page of short items (a byline, a few lines, a photo caption, a
    // continuation marker): an outline of thousands of small articles.
    let items = short_items();
    let layout = baokan::analysis::layout::analyze_layout(&items);
    c.bench_function("outline/short-items", |b| {
        b.iter(|| baokan::analysis::outline::outline(std::hint::black_box(&items), &layout))
    });
    // A page listing officials: thousands of names, beyond Teddy's 64 (their
    // later mentions were once found by an automaton built per page).
    let officials = officials_list();
    c.bench_function("analyze/officials-list", |b| {
        b.iter(|| baokan::analysis::analyze(std::hint::black_box(&officials)))
    });
    c.bench_function("find_markers/002", |b| {
        b.iter(|| baokan::analysis::markers::find_markers(std::hint::black_box(&text)))
    });
    c.bench_function("line_index/002", |b| {
        b.iter(|| baokan::line_index::LineIndex::new(std::hint::black_box(&text)))
    });
}

/// Generated text: common characters drawn by a fixed pseudo-random sequence.
struct Words {
    chars: Vec<char>,
    seed: u32,
}

impl Words {
    fn new(seed: u32) -> Words {
        let chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
        Words {
            chars: chars.chars().collect(),
            seed,
        }
    }

    /// The next number below `n`.
    fn next(&mut self, n: usize) -> usize {
        self.seed = self.seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (self.seed >> 16) as usize % n
    }

    /// `n` characters.
    fn push(&mut self, page: &mut String, n: usize) {
        for _ in 0..n {
            let k = self.next(self.chars.len());
            page.push(self.chars[k]);
        }
    }

    /// A paragraph of two to four lines: full lines of 22 characters, the last
    /// one of 5 to `4 + last`.
    fn paragraph(&mut self, page: &mut String, last: usize) {
        let lines = 2 + self.next(3);
        for k in 0..lines {
            let is_last = k + 1 == lines;
            let width = if is_last { 5 + self.next(last) } else { 22 };
            self.push(page, width - 1);
            page.push(if is_last { '。' } else { '，' });
            page.push('\n');
        }
    }
}

/// A page of one article in one column (310 KB): 1,800 paragraphs of two to four
/// lines, blank lines between, from a fixed pseudo-random sequence.
pub fn one_long_article() -> String {
    let mut words = Words::new(1);
    let mut page = String::new();
    for _ in 0..1800 {
        words.paragraph(&mut page, 17);
        page.push('\n');
    }
    page
}

/// A page of 800 short items (220 KB): a byline, two to four lines of text, a
/// photo caption and a continuation marker each, blank lines between.
pub fn short_items() -> String {
    let mut words = Words::new(7);
    let mut page = String::new();
    for _ in 0..800 {
        page.push_str("□市融媒体中心记者王小明\n\n");
        words.paragraph(&mut page, 12);
        page.push_str("\n▲");
        words.push(&mut page, 14);
        page.push_str("。\n\n（上接第一版）\n\n");
    }
    page
}

/// A page listing officials (115 KB): 1,500 sentences naming a vice-chair of the
/// people's congress and a chair of the CPPCC, three-character names drawn at
/// random (so about 3,000 distinct names).
pub fn officials_list() -> String {
    let mut words = Words::new(11);
    let surnames = ['王', '李', '赵', '孙', '周'];
    let mut name = |page: &mut String| {
        page.push(surnames[words.next(surnames.len())]);
        words.push(page, 2);
    };
    let mut page = String::new();
    for _ in 0..1500 {
        page.push_str("市人大常委会副主任");
        name(&mut page);
        page.push_str("、市政协主席");
        name(&mut page);
        page.push_str("出席会议。\n\n");
    }
    page
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
