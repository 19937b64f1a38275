#!/usr/bin/env bash
# Real-editor test: the packaged extension (platform vsix with the release server
# inside) installed into code-server 4.100.3 (VS Code 1.100.3) and driven with
# Playwright in Debian's Chromium. Checks the outline, a hover on an official, a
# quick fix applied and go to definition across pages; screenshots go to
# target/e2e/screenshots. Everything comes from the npm and Debian registries
# (first run ~4 min, later runs ~1 min). Fails when any step fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
e2e="$repo/target/e2e"
mkdir -p "$e2e"

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  apt-get install -y --no-install-recommends chromium fonts-noto-cjk libkrb5-dev ripgrep >/dev/null
fi

# The extension: type-check, bundle, package with the release server inside.
cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
cd "$repo/editors/vscode"
npm ci --no-audit --no-fund --loglevel=error
mkdir -p server && cp "$repo/target/release/baokan" server/baokan
npm run --silent package:linux-x64 >/dev/null
rm -rf server
npm run --silent package >/dev/null
ls -l baokan-linux-x64.vsix baokan.vsix

# code-server (the recipe in ../shared/clients/README.md), cached under target/.
cs="$e2e/cs"
if [ ! -f "$cs/.ready" ]; then
  rm -rf "$cs" && mkdir -p "$cs" && cd "$cs"
  echo '{"name":"cs-host","version":"0.0.0","private":true}' > package.json
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error code-server@4.100.3 playwright-core@1
  (cd node_modules/code-server/lib/vscode && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error \
    && mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg \
    && npm_config_yes=true npm rebuild --unsafe-perm >/dev/null)
  (cd node_modules/code-server && env npm_config_user_agent="npm/11 node/v20 linux x64" npm_config_unsafe_perm=true npm_config_yes=true sh ./postinstall.sh >/dev/null)
  npm_config_yes=true npm rebuild argon2 >/dev/null
  touch .ready
fi
cd "$cs"
node node_modules/code-server/out/node/entry.js --version | head -n 1

# A workspace: a baokan.toml, page 1 with （下转第二版）, page 2 = corpus page 000.
work="$(mktemp -d)"
data="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work" "$data"
}
trap cleanup EXIT
touch "$work/baokan.toml"
cp "$repo/tests/corpus/000_9afd7ae0cd3d9d39.txt" "$work/02.txt"
printf '创新“磁力场”驰骋“新赛道”\n\n近年来，鄂尔多斯积极推动院士专家和科研机构同招、同建、\n同引，集聚效应凸显。（下转第二版）\n' > "$work/01.txt"
mkdir -p "$data/user/User"
cat > "$data/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "editor.hover.delay": 100,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "files.autoSave": "off"
}
JSON
node node_modules/code-server/out/node/entry.js --install-extension "$repo/editors/vscode/baokan-linux-x64.vsix" \
  --extensions-dir "$data/ext" --user-data-dir "$data/user" >/dev/null
port=$((20000 + RANDOM % 20000))
node node_modules/code-server/out/node/entry.js --bind-addr "127.0.0.1:$port" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --extensions-dir "$data/ext" --user-data-dir "$data/user" "$work" >"$e2e/code-server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.5
done
mkdir -p "$e2e/screenshots"
NODE_PATH="$cs/node_modules" timeout 240 node "$repo/editors/vscode/e2e/run.js" "http://127.0.0.1:$port" "$work" "$e2e/screenshots"
echo "vs code end-to-end: passed"
