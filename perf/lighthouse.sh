#!/usr/bin/env bash
# Lighthouse scores and Chromium's byte counts of web UI pages (a measurement, not a test).
# Starts the product as ./run does (production build, no dev mode) on ports 18080/18081 with a
# throw-away database, warms it up, runs Lighthouse 12.2.3 (mobile form factor and throttling, the
# defaults) with Debian's Chromium on each page, writes target/lighthouse/<page>.report.{json,html}
# and prints the scores; then perf/bytes.mjs counts what Chromium downloads (cold start page, a
# question, an offer; each answer; the results page after the shell) into
# target/lighthouse/bytes.json and results-uidl.json. `uptime` is printed before each step.
# Pages (default: the four of docs/performance.md: / /check results /councils/LAN): a path, a URL,
# or "results", a results page: perf/lighthouse-journey.mjs answers the check in a browser first,
# and Lighthouse loads the page cold with that session's cookie.
# Usage: perf/lighthouse.sh [PATH_OR_URL|results ...]
#   LH_URL=http://host:port  measure a web UI that is already running instead of starting one
#   LH_BYTES=false           skip the byte counts
# Needs chromium (.ci/chromium.sh installs it) and Node 18.16+ with npm (npm registry access).
set -euo pipefail
cd "$(dirname "$0")/.."

lighthouse_version=12.2.3 # the version docs/performance.md and issue 16 use; 13.x needs Node 22
chrome=${CHROME_PATH:-/usr/bin/chromium}
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
out=target/lighthouse
mkdir -p "$out"
command -v npm >/dev/null || { echo "lighthouse.sh: needs Node and npm (apt-get install nodejs npm)" >&2; exit 1; }
node_dir=$out/node
[[ $(node -p "require('./$node_dir/node_modules/lighthouse/package.json').version" 2>/dev/null) == "$lighthouse_version" ]] ||
  npm install --silent --no-audit --no-fund --prefix "$node_dir" "lighthouse@$lighthouse_version"
cp perf/*.mjs "$node_dir/"
.ci/chromium.sh >/dev/null

base=${LH_URL:-}
if [[ -z $base ]]; then
  api_port=${LH_API_PORT:-18080} ui_port=${LH_UI_PORT:-18081}
  rm -rf "$out/postgres"
  echo "Starting the product (./run; builds the production jars first if needed)..."
  MICRONAUT_SERVER_PORT=$api_port WEB_UI_PORT=$ui_port EMBEDDED_POSTGRES_DIR="$PWD/$out/postgres" \
    ACCESS_LOG_LEVEL=WARN ./run >"$out/run.log" 2>&1 &
  run_pid=$!
  trap 'kill -TERM $run_pid 2>/dev/null; wait $run_pid 2>/dev/null || true' EXIT
  until grep -q 'Press Ctrl-C' "$out/run.log"; do
    kill -0 $run_pid 2>/dev/null || { echo "lighthouse.sh: ./run stopped:" >&2; tail -20 "$out/run.log" >&2; exit 1; }
    sleep 1
  done
  base="http://localhost:$ui_port"
fi
base=${base%/}

if (($#)); then pages=("$@"); else pages=(/ /check results /councils/LAN); fi
url_of() { [[ $1 == results ]] && echo "$base/check/results" && return; [[ $1 == http* ]] && echo "$1" || echo "$base/${1#/}"; }
name_of() { local n=${1#"$base"}; n=${n#http*://*/}; n=${n#/}; n=${n//[^A-Za-z0-9._-]/_}; n=${n##_}; echo "${n:-home}"; }

# Warm-up: a real browser renders each page a few times so the JVM has compiled the hot paths.
for page in "${pages[@]}"; do
  [[ $page == results ]] && continue
  for _ in 1 2 3; do
    timeout 60 "$chrome" $flags --dump-dom "$(url_of "$page")" >/dev/null 2>&1 || true
  done
done

echo "uptime before the Lighthouse runs: $(uptime)"
printf '\n%-24s %11s %13s %14s %13s\n' page performance accessibility best-practices transfer
for page in "${pages[@]}"; do
  url=$(url_of "$page") name=$(name_of "$page") headers='{}'
  if [[ $page == results ]]; then
    for _ in 1 2; do # the first walk warms the JVM up; the second one's session is measured
      session=$(CHROME_PATH=$chrome CHROME_FLAGS=$flags node "$node_dir/lighthouse-journey.mjs" "$base")
    done
    headers="{\"Cookie\":\"JSESSIONID=$session\"}"
  fi
  echo "  ($name: $(uptime | sed 's/.*load/load/'))"
  CHROME_PATH=$chrome "$node_dir/node_modules/.bin/lighthouse" "$url" --extra-headers="$headers" \
    --chrome-flags="$flags" --output=json --output=html --output-path="$out/$name" \
    --only-categories=performance,accessibility,best-practices --quiet
  node -e '
    const r = require(process.argv[1]);
    const s = c => Math.round(r.categories[c].score * 100);
    const kb = Math.round(r.audits["total-byte-weight"].numericValue / 1024);
    console.log([process.argv[2].padEnd(24), String(s("performance")).padStart(11),
      String(s("accessibility")).padStart(13), String(s("best-practices")).padStart(14),
      (kb + " KB").padStart(13)].join(" "));
    for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"])
      console.log("    " + r.audits[id].title + ": " + r.audits[id].displayValue);
  ' "$PWD/$out/$name.report.json" "$name"
done
if [[ ${LH_BYTES:-true} == true ]]; then
  echo
  echo "Chromium's byte counts (cold profile; uptime: $(uptime))"
  CHROME_PATH=$chrome CHROME_FLAGS=$flags node "$node_dir/bytes.mjs" "$base" "$PWD/$out"
fi
echo
echo "uptime after: $(uptime)"
echo "Reports: $out/<page>.report.html (and .json); byte counts per request: $out/bytes.json"
