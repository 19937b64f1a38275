//! Analyses one page many times, for profilers.
fn main() {
    let path = std::env::args().nth(1).expect("page path");
    let text = std::fs::read_to_string(path).unwrap();
    for _ in 0..200 {
        std::hint::black_box(baokan::analysis::analyze(&text));
    }
}
