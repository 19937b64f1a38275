//! Analyses one page many times, for profilers: `profile PAGE [ITERATIONS]`.
fn main() {
    let path = std::env::args().nth(1).expect("page path");
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let text = std::fs::read_to_string(path).unwrap();
    let start = std::time::Instant::now();
    let lexicon = baokan::analysis::entities::Lexicon::builtin();
    eprintln!("lexicon built in {:?}", start.elapsed());
    if std::env::var_os("ANALYZE_ONLY").is_some() {
        for _ in 0..n {
            std::hint::black_box(baokan::analysis::analyze_with(&text, lexicon));
        }
        return;
    }
    if std::env::var_os("LAYOUT_ONLY").is_some() {
        for _ in 0..n {
            std::hint::black_box(baokan::analysis::layout::analyze_layout(&text));
        }
        return;
    }
    if std::env::var_os("SUMMARY_ONLY").is_some() {
        let analysis = baokan::analysis::analyze_with(&text, lexicon);
        let options = baokan::index::ReadOptions::default();
        let path = std::path::Path::new("page.txt");
        for _ in 0..n {
            std::hint::black_box(baokan::index::PageSummary::new(
                path, &text, &analysis, &options,
            ));
        }
        return;
    }
    if std::env::var_os("OUTLINE_ONLY").is_some() {
        let layout = baokan::analysis::layout::analyze_layout(&text);
        for _ in 0..n {
            std::hint::black_box(baokan::analysis::outline::outline(&text, &layout));
        }
        return;
    }
    if std::env::var_os("ENTITIES_ONLY").is_some() {
        let layout = baokan::analysis::layout::analyze_layout(&text);
        for _ in 0..n {
            std::hint::black_box(baokan::analysis::entities::recognize(
                &text,
                &layout,
                &[],
                lexicon,
            ));
        }
        return;
    }
    let time = |what: &str, f: &dyn Fn()| {
        let mut times: Vec<std::time::Duration> = (0..n.max(1))
            .map(|_| {
                let start = std::time::Instant::now();
                f();
                start.elapsed()
            })
            .collect();
        times.sort();
        eprintln!(
            "{what}: best {:?}, median {:?}",
            times[0],
            times[times.len() / 2]
        );
    };
    time("per analysis", &|| {
        std::hint::black_box(baokan::analysis::analyze_with(&text, lexicon));
    });
    let analysis = baokan::analysis::analyze_with(&text, lexicon);
    time("outline", &|| {
        std::hint::black_box(baokan::analysis::outline::outline(&text, &analysis.layout));
    });
    time("markers", &|| {
        std::hint::black_box(baokan::analysis::markers::find_markers(&text));
    });
    time("without entities", &|| {
        std::hint::black_box(baokan::analysis::analyze_without_entities(&text));
    });
    let start = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(baokan::analysis::layout::analyze_layout(&text));
    }
    eprintln!("{:?} of it layout", start.elapsed() / n.max(1) as u32);
    let layout = baokan::analysis::layout::analyze_layout(&text);
    let start = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(baokan::analysis::entities::recognize(
            &text,
            &layout,
            &[],
            lexicon,
        ));
    }
    eprintln!("{:?} of it entities", start.elapsed() / n.max(1) as u32);
}
