#!/usr/bin/env bash
# The Debian packages the tests need, in one place, and their installation.
#
#   bash scripts/install-system-packages.sh [group…]     (default: all)
#
# Groups:
#   unit     libreoffice-writer-nogui (the Word export opened by a real
#            consumer, and its PDF imported back), libreoffice-calc-nogui (the
#            summary's .xlsx opened by one), chromium + fonts-noto-cjk (PDF
#            export). PDFs are read by pdf.js, in Node: no poppler-utils.
#   e2e      chromium + fonts-noto-cjk (the browser that drives code-server),
#            and what code-server's native modules are built with: a C/C++
#            toolchain, python3, pkg-config and the -dev headers
#   desktop  xvfb (a display for the desktop VS Code of @vscode/test-electron)
#   all      unit + e2e (desktop is asked for by test/vscode/runTest.ts, only
#            where VS Code could be downloaded)
#
# Installs only what is missing, with apt-get update at most once per test run:
# `npm test` names a stamp file in XXGK_APT_UPDATED_STAMP, written after the
# first apt-get update; a later call of the same run skips the update. Where nothing can be installed (no dpkg or
# apt-get, not root and no password-less sudo) it lists what is missing and
# exits 0: the tests that need a missing package fail, naming it. Exit 1 only
# when an installation was attempted and failed.
set -euo pipefail

declare -A GROUPS_OF=(
  [unit]="libreoffice-writer-nogui libreoffice-calc-nogui chromium fonts-noto-cjk"
  [e2e]="chromium fonts-noto-cjk build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev"
  [desktop]="xvfb"
)
GROUPS_OF[all]="${GROUPS_OF[unit]} ${GROUPS_OF[e2e]}"

log() { printf '[system-packages] %s\n' "$*"; }

wanted=()
for group in "${@:-all}"; do
  if [ -z "${GROUPS_OF[$group]+set}" ]; then
    log "unknown group '$group' (known: unit e2e desktop all)" >&2
    exit 2
  fi
  for p in ${GROUPS_OF[$group]}; do
    [[ " ${wanted[*]} " == *" $p "* ]] || wanted+=("$p")
  done
done

if ! command -v dpkg >/dev/null 2>&1; then
  log "not a Debian system (no dpkg): cannot check or install ${wanted[*]}; tests needing a missing one fail naming it"
  exit 0
fi

missing=()
for p in "${wanted[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  log "present: ${wanted[*]}"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    log "missing: ${missing[*]}"
    log "cannot install them here (not root, no password-less sudo); tests needing them fail naming them."
    log "install with: sudo apt-get install ${missing[*]}"
    exit 0
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "missing: ${missing[*]}; no apt-get to install them with; tests needing them fail naming them"
  exit 0
fi

start=$(date +%s)
log "missing: ${missing[*]}"
stamp="${XXGK_APT_UPDATED_STAMP:-}"
if [ -n "$stamp" ] && [ -f "$stamp" ]; then
  log "apt-get update: already done in this run"
else
  log "apt-get update"
  if ! "${SUDO[@]}" apt-get update -qq; then
    log "FAILED: apt-get update"
    exit 1
  fi
  if [ -n "$stamp" ]; then : >"$stamp"; fi
fi
log "apt-get install ${missing[*]}"
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  log "FAILED: apt-get install ${missing[*]}"
  exit 1
fi
log "installed in $(($(date +%s) - start)) s: ${missing[*]}"
