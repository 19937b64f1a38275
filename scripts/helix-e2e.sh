#!/usr/bin/env bash
# Real-editor test: Helix (Debian sid's hx 25.07 with its own libc, unpacked under
# target/, the recipe in ../shared/clients/README.md) driven through tmux with
# editors/helix/languages.toml: the symbol picker lists the articles, hover shows
# an official's post, `g d` jumps across pages. Fails when any step fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
root="$repo/target/helix"
if [ ! -x "$root/usr/bin/hx" ]; then
  apt_dir="$root/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$root/debs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main" > "$apt_dir/sources.list"
  opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
        -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "APT::Architecture=amd64")
  apt-get "${opts[@]}" update -qq
  (cd "$root/debs" && apt-get "${opts[@]}" download hx libc6 libgcc-s1 >/dev/null)
  for deb in "$root"/debs/*.deb; do dpkg -x "$deb" "$root"; done
fi
lib="$root/usr/lib/x86_64-linux-gnu"
hx=("$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$root/usr/bin/hx")
runtime="$(ls -d "$root"/usr/lib/hx/runtime "$root"/usr/lib/helix/runtime "$root"/usr/share/helix/runtime 2>/dev/null | head -n 1 || true)"
export HELIX_RUNTIME="$runtime"
cargo build --quiet --manifest-path "$repo/Cargo.toml"

work="$(mktemp -d)"
session="baokan-hx-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/config/helix" "$work/pages"
# The shipped configuration, pointed at the binary just built.
sed "s|^command = \"baokan\"|command = \"$repo/target/debug/baokan\"|" "$repo/editors/helix/languages.toml" > "$work/config/helix/languages.toml"
touch "$work/pages/baokan.toml"
cp "$repo/tests/corpus/000_9afd7ae0cd3d9d39.txt" "$work/pages/02.txt"
printf '创新“磁力场”驰骋“新赛道”\n\n近年来，鄂尔多斯积极推动院士专家和科研机构同招、同建、\n同引，集聚效应凸显。（下转第二版）\n' > "$work/pages/01.txt"
export XDG_CONFIG_HOME="$work/config"
"${hx[@]}" --version

screen() { tmux capture-pane -p -t "$session"; }
wait_for() { # wait_for TEXT WHAT
  for _ in $(seq 1 80); do
    if screen | grep -q -- "$1"; then return 0; fi
    sleep 0.25
  done
  echo "helix e2e: FAILED waiting for $2"; screen; exit 1
}
cd "$work/pages"
tmux new-session -d -s "$session" -x 140 -y 50 "$(printf '%q ' "${hx[@]}") 02.txt"
wait_for "02.txt" "the page to open"
sleep 2

# Symbol picker: the essay by its headline.
tmux send-keys -t "$session" Space s
wait_for "坚持党的领导发挥制度优势" "the article in the symbol picker"
echo "symbols: listed"
mkdir -p "$repo/target/e2e" && screen > "$repo/target/e2e/helix-symbols.txt"
tmux send-keys -t "$session" Escape

# Hover on the official on line 232.
tmux send-keys -t "$session" ":232" Enter
tmux send-keys -t "$session" 0 18 l z t
tmux send-keys -t "$session" Space k
wait_for "党组书记, 乌审旗人民代表大会常务委员会" "the hover with the official's post"
echo "hover: shows the post"
mkdir -p "$repo/target/e2e" && screen > "$repo/target/e2e/helix-hover.txt"
tmux send-keys -t "$session" Escape

# Go to definition from page 1's （下转第二版） to page 2.
tmux send-keys -t "$session" ":open 01.txt" Enter
wait_for "下转第二版" "page 1"
tmux send-keys -t "$session" ":4" Enter
tmux send-keys -t "$session" 0 12 l
tmux send-keys -t "$session" g d
wait_for "上接第一版" "page 2 after g d"
echo "definition: jumped to 02.txt"
tmux send-keys -t "$session" ":q!" Enter ":q!" Enter
echo "helix end-to-end: passed"
