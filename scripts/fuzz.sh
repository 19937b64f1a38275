#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) for a bounded time from the
# committed seeds (fuzz/seeds/<target>/), on nightly.
# A crash, a hang (>10 s on one input) or >2 GB of memory fails the run; the
# input is left in fuzz/artifacts/<target>/.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60; CI passes its own)
# FUZZ_SEED=N fixes libFuzzer's random seed (CI does, so that a run is
# reproducible); without it every run explores differently.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --version 0.13.2 --locked
fi
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz: cargo fuzz needs a nightly toolchain; installing it with rustup" >&2
    rustup toolchain install nightly --profile minimal
fi

targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v baokan-fuzz)
# No sanitizer: baokan and its dependencies are safe Rust, so AddressSanitizer
# would find nothing a panic does not, and it doubles the build (6 min -> 3 min).
# More codegen units than cargo-fuzz's default of one: the build takes half the time.
cargo +nightly fuzz build -s none --release --codegen-units 16 >&2
for target in $targets; do
    # Work on a copy: what the fuzzer adds to its corpus is not committed.
    corpus="target/fuzz-corpus/$target"
    mkdir -p "$corpus"
    cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s" >&2
    log="target/fuzz-corpus/$target.log"
    seed_flag=()
    if [ -n "${FUZZ_SEED:-}" ]; then
        seed_flag=(-seed="$FUZZ_SEED")
    fi
    if ! cargo +nightly fuzz run -s none --release --codegen-units 16 "$target" "$corpus" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 "${seed_flag[@]}" >"$log" 2>&1; then
        grep -m1 -A4 "panicked at" "$log" >&2 || true
        tail -n 40 "$log" >&2
        echo "fuzz: $target FAILED; the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^Done" "$log" >&2 || true
done
echo "fuzz: all targets ran ${seconds}s without a crash" >&2
