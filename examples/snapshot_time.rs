//! Times the parts of a page snapshot: `snapshot_time PAGE`.
fn main() {
    let path = std::env::args().nth(1).expect("page path");
    let text = std::fs::read_to_string(&path).unwrap();
    let naming = baokan::index::ReadOptions::default();
    let n = 50;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(baokan::analysis::analyze_without_entities(&text));
    }
    eprintln!("analysis without entities: {:?}", t.elapsed() / n);
    let a = baokan::analysis::analyze_without_entities(&text);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(baokan::index::PageSummary::new(
            std::path::Path::new(&path),
            &text,
            &a,
            &naming,
        ));
    }
    eprintln!("summary: {:?}", t.elapsed() / n);
}
