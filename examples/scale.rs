//! Scale measurement for BENCHMARKS.md: `scale DIR N` writes N pages generated
//! from the corpus (paragraphs shuffled, people and places renamed), then indexes
//! them as the server's start-up scan does (summaries in parallel) and reports
//! wall time and peak RSS.
use rayon::prelude::*;

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn rss_peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("DIR"));
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let mut pages: Vec<String> = corpus::pages().into_iter().map(|(_, text)| text).collect();
    pages.sort();
    let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    let places = ["包头", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "乌兰察布"];
    std::fs::create_dir_all(&dir).unwrap();
    let t = std::time::Instant::now();
    // SCALE_REUSE=1 indexes the pages already in DIR (for profiling the index alone).
    let reuse = std::env::var_os("SCALE_REUSE").is_some();
    (0..if reuse { 0 } else { n })
        .into_par_iter()
        .for_each(|i| {
            let source = &pages[i % pages.len()];
            let mut paragraphs: Vec<&str> = source.split("\n\n").collect();
            // A deterministic shuffle.
            let len = paragraphs.len().max(1);
            for k in 0..paragraphs.len() {
                paragraphs.swap(k, (k * 7919 + i * 104_729) % len);
            }
            let text = paragraphs
                .join("\n\n")
                .replace("周玉林", &format!("{}玉林", surnames[i % 10]))
                .replace("巴彦淖尔", places[i % places.len()])
                .replace("乌审旗", "达拉特旗");
            let name = format!("{:04}-{:02}.txt", i / 8, i % 8 + 1);
            std::fs::write(dir.join(name), text).unwrap();
        });
    eprintln!(
        "generated {n} pages in {:?}; peak RSS so far {:.0} MiB",
        t.elapsed(),
        rss_peak_mib()
    );
    let naming = baokan::index::ReadOptions::default();
    let t = std::time::Instant::now();
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    // As the server's start-up scan: chunks read in parallel, each shared while
    // the next one is read, everything inserted at the end.
    let mut index = baokan::index::WorkspaceIndex::default();
    let mut summaries = Vec::with_capacity(files.len());
    let read = |chunk: &[std::path::PathBuf]| -> Vec<_> {
        chunk
            .par_iter()
            .filter_map(|p| baokan::server::summarise_file(p, &naming).ok())
            .collect()
    };
    let mut chunks = files.chunks(256);
    let mut results = chunks.next().map(read).unwrap_or_default();
    loop {
        let next = chunks.next();
        let (read_next, ()) = rayon::join(
            || next.map(read),
            || {
                for mut summary in std::mem::take(&mut results) {
                    index.share(&mut summary);
                    summaries.push(summary);
                }
            },
        );
        match read_next {
            Some(next) => results = next,
            None => break,
        }
    }
    let summarised = t.elapsed();
    summaries.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    for s in summaries {
        index.insert_shared(s);
    }
    eprintln!(
        "read and summarised in {summarised:.2?}, inserted in {:.2?}",
        t.elapsed() - summarised
    );
    println!(
        "indexed {} pages in {:.2?} on {} threads; peak RSS {:.0} MiB",
        index.len(),
        t.elapsed(),
        rayon::current_num_threads(),
        rss_peak_mib()
    );
}
