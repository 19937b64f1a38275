//! baokan's full analysis against jieba-rs tagging (HMM on) of the same page,
//! one after the other in turn: on a machine whose speed drifts (a shared
//! virtual machine) the ratio of the two is steadier than two separate
//! benchmark runs give. `versus PAGE [ROUNDS]` prints best and median of each
//! and the ratio of the medians; `cargo bench` keeps the criterion figures.
fn main() {
    let path = std::env::args().nth(1).expect("page path");
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("a UTF-8 page");
    let lexicon = baokan::analysis::entities::Lexicon::builtin();
    let jieba = jieba_rs::Jieba::new();
    let mut ours = Vec::with_capacity(rounds);
    let mut theirs = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = std::time::Instant::now();
        std::hint::black_box(baokan::analysis::analyze_with(&text, lexicon));
        ours.push(start.elapsed());
        let start = std::time::Instant::now();
        std::hint::black_box(jieba.tag(std::hint::black_box(&text), true).len());
        theirs.push(start.elapsed());
    }
    ours.sort();
    theirs.sort();
    let median = |v: &[std::time::Duration]| v[v.len() / 2];
    println!(
        "baokan full analysis: best {:?}, median {:?}",
        ours[0],
        median(&ours)
    );
    println!(
        "jieba-rs tag (HMM):   best {:?}, median {:?}",
        theirs[0],
        median(&theirs)
    );
    println!(
        "ratio of medians {:.2}, of bests {:.2}",
        median(&theirs).as_secs_f64() / median(&ours).as_secs_f64(),
        theirs[0].as_secs_f64() / ours[0].as_secs_f64()
    );
}
