#!/usr/bin/env bash
# Load figures for docs/performance.md, all measured in one run on this machine:
#   start-up time with an external PostgreSQL (Debian's), requests/s and latency of a trivial
#   endpoint (the baseline), an eligibility check, and the local offer read with and without
#   ETag; p99 at a fixed 500 requests/s; resident memory of the backend under load.
# Usage: perf/load.sh [seconds per measurement, default 10]   (needs root for apt-get/pg_ctlcluster)
# The backend starts as ./run starts it (backend/launch.sh: backend/jvm.options and the class data
# archive, made first if missing); LOAD_CDS=false measures without the archive (and deletes it).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
port=${LOAD_PORT:-18080}
out=target/perf
mkdir -p "$out"

for tool in wrk hey; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
[[ -f backend/target/backend-0.1.0-SNAPSHOT.jar ]] || ./mvnw -q -B -pl backend -am package -DskipTests

# shellcheck source=../backend/launch.sh
source backend/launch.sh
export DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/entitlements_ci"
export DATASOURCES_DEFAULT_USERNAME=entitlements_ci DATASOURCES_DEFAULT_PASSWORD=entitlements_ci
export ACCESS_LOG_LEVEL=WARN
# The class data archive for this jar, if there is none yet (a training run of its own); then a
# fresh database, so that the timed start migrates an empty one as a first deployment would.
if [[ ${LOAD_CDS:-true} == true ]] && ! backend_cds_fresh; then
  .ci/postgres-server.sh start >/dev/null
  backend_make_cds "$port" || echo "no class data archive (see backend/target/cds-training.log)"
fi
[[ ${LOAD_CDS:-true} == true ]] || rm -f "$backend_cds"
.ci/postgres-server.sh start >/dev/null
export MICRONAUT_SERVER_PORT=$port

backend_build_command
start=$(date +%s%N)
"${backend_command[@]}" >"$out/backend.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -fsS -m 1 "http://localhost:$port/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "backend died:"; tail "$out/backend.log"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
startup_log=$(grep -o 'Startup completed in [0-9]*ms' "$out/backend.log" | grep -o '[0-9]*' || echo "?")

base="http://localhost:$port"
etag=$(curl -fsS -D - -o /dev/null "$base/api/v1/councils/LAN/local-offer" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run_wrk() { # name, extra args...
  local name=$1; shift
  wrk -t2 -c50 -d"${secs}s" --latency "$@" >"$out/$name.txt"
}
# Warm up the JIT on every path first; these numbers are thrown away.
for i in 1 2; do
  run_wrk warm-baseline "$base/api/v1/ping"
  run_wrk warm-check -s perf/check.lua "$base/api/v1/eligibility-checks"
  run_wrk warm-offer "$base/api/v1/councils/LAN/local-offer"
done

rss_max=0
watch_rss() { while kill -0 $pid 2>/dev/null; do
  r=$(ps -o rss= -p $pid | tr -d ' '); [[ ${r:-0} -gt $rss_max ]] && rss_max=$r && echo "$rss_max" >"$out/rss"
  sleep 0.5; done; }
watch_rss & watcher=$!

run_wrk baseline "$base/api/v1/ping"
run_wrk check -s perf/check.lua "$base/api/v1/eligibility-checks"
run_wrk offer "$base/api/v1/councils/LAN/local-offer"
run_wrk offer-304 -H "If-None-Match: $etag" "$base/api/v1/councils/LAN/local-offer"
body=$(sed -n '/\[\[/,/\]\]/p' perf/check.lua | sed 's/.*\[\[//; s/\]\].*//' | tr -d '\n')
hey -z "${secs}s" -c 10 -q 50 -m POST -T application/json -d "$body" \
  "$base/api/v1/eligibility-checks" >"$out/check-500rps.txt"
kill $watcher 2>/dev/null || true

rps() { awk '/Requests\/sec/{print $2}' "$out/$1.txt"; }
pct() { awk -v p="$2" '$1==p{print $2}' "$out/$1.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.0f%%", 100*a/b}'; }
b=$(rps baseline)
echo "| measurement | requests/s | p50 | p99 | vs baseline |"
echo "|---|---|---|---|---|"
for m in baseline check offer offer-304; do
  echo "| $m | $(rps $m) | $(pct $m 50%) | $(pct $m 99%) | $(ratio "$(rps $m)" "$b") |"
done
echo
echo "fixed 500 requests/s (hey -c 10 -q 50) on the check: $(grep -E 'Requests/sec' "$out/check-500rps.txt" | awk '{print $2}') requests/s," \
  "p50 $(awk '/50%/{print $3 $4}' "$out/check-500rps.txt"), p99 $(awk '/99%/{print $3 $4}' "$out/check-500rps.txt")," \
  "non-2xx: $(sed -n '/Status code distribution/,$p' "$out/check-500rps.txt" | awk '$1 ~ /^\[[345]/ {s+=$2} END {print s+0}')"
echo "start-up with Debian's PostgreSQL: ready (health UP) after ${ready_ms} ms; Micronaut's own figure ${startup_log} ms;" \
  "class data archive: $(grep -q -- -XX:SharedArchiveFile <<<"${backend_command[*]}" && echo used || echo none)"
echo "backend resident memory, highest seen under load: $(( $(cat "$out/rss" 2>/dev/null || echo 0) / 1024 )) MB"
