#!/usr/bin/env bash
# Load figures for docs/performance.md, all measured in one run on this machine:
#   start-up time with an external PostgreSQL (Debian's); then, in interleaved rounds, requests/s
#   and latency of a trivial endpoint (the baseline, GET /api/v1/ping), an eligibility check, the
#   local offer read and its 304; each path's median over the rounds and its ratio to the baseline
#   (the median of the per-round ratios); p99 at fixed rates; resident memory under load.
# Usage: perf/load.sh [seconds per measurement, default 4] [rounds, default 3]
#   (needs root for apt-get/pg_ctlcluster)
# Pinned by default (LOAD_PIN=false to share the cores): once the backend is ready, every thread
# of it is bound to core 0 (taskset) and wrk/hey run on core 1, so the load generator does not
# take the server's CPU. wrk runs with one thread and 20 connections (LOAD_WRK="-t1 -c20").
# LOAD_RATES="500 1000": the fixed rates (checks a second, hey) whose p50/p99 are reported.
# The backend starts as ./run starts it (backend/launch.sh: backend/jvm.options and the class data
# archive, made first if missing); LOAD_CDS=false measures without the archive (and deletes it).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-4}
rounds=${2:-3}
port=${LOAD_PORT:-18080}
out=target/perf
mkdir -p "$out"

for tool in wrk hey taskset; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool/taskset/util-linux}" >/dev/null; }
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

# Pinning: the backend's threads to core 0 (new threads inherit it), the load generators to core 1.
load=()
if [[ ${LOAD_PIN:-true} == true ]]; then
  (($(nproc) >= 2)) || { echo "load.sh: pinning needs 2 cores (LOAD_PIN=false to share one)" >&2; exit 1; }
  taskset -a -p -c 0 $pid >/dev/null
  load=(taskset -c 1)
fi
pinning=$([[ ${LOAD_PIN:-true} == true ]] && echo "backend on core 0, load generator on core 1" || echo "not pinned")
echo "load.sh: $(date -u +%FT%TZ), $pinning, $rounds rounds of ${secs} s; uptime: $(uptime)"

paths=(baseline check offer offer-304)
run_wrk() { # name, seconds, extra args...
  local name=$1 s=$2; shift 2
  # shellcheck disable=SC2086 # LOAD_WRK is a list of flags
  "${load[@]}" wrk ${LOAD_WRK:--t1 -c20} -d"${s}s" --latency "$@" >"$out/$name.txt"
}
run_path() { # path name, output name, seconds
  case $1 in
    baseline) run_wrk "$2" "$3" "$base/api/v1/ping" ;;
    check) run_wrk "$2" "$3" -s perf/check.lua "$base/api/v1/eligibility-checks" ;;
    offer) run_wrk "$2" "$3" "$base/api/v1/councils/LAN/local-offer" ;;
    offer-304) run_wrk "$2" "$3" -H "If-None-Match: $etag" "$base/api/v1/councils/LAN/local-offer" ;;
  esac
}
# Warm up the JIT on every path first; these numbers are thrown away.
for p in "${paths[@]}"; do run_path "$p" "warm-$p" 5; done

rss_max=0
watch_rss() { while kill -0 $pid 2>/dev/null; do
  r=$(ps -o rss= -p $pid | tr -d ' '); [[ ${r:-0} -gt $rss_max ]] && rss_max=$r && echo "$rss_max" >"$out/rss"
  sleep 0.5; done; }
watch_rss & watcher=$!

# Interleaved rounds: baseline, check, offer, 304, baseline, check, ... so that a change in the
# machine's state (another process, the VM's CPU share) falls on every path alike.
for ((r = 1; r <= rounds; r++)); do
  for p in "${paths[@]}"; do run_path "$p" "$p-$r" "$secs"; done
done
body=$(sed -n '/\[\[/,/\]\]/p' perf/check.lua | sed 's/.*\[\[//; s/\]\].*//' | tr -d '\n')
for rate in ${LOAD_RATES:-500 1000}; do
  conns=$((rate / 50))
  "${load[@]}" hey -z "$((secs * 2))s" -c "$conns" -q 50 -m POST -T application/json -d "$body" \
    "$base/api/v1/eligibility-checks" >"$out/check-${rate}rps.txt"
done
kill $watcher 2>/dev/null || true

rps() { awk '/Requests\/sec/{print $2}' "$out/$1.txt"; }
pct() { awk -v p="$2" '$1==p{print $2}' "$out/$1.txt"; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo
echo "| measurement | requests/s per round | median | p50, p99 (median round) | vs baseline per round | **median ratio** |"
echo "|---|---|---|---|---|---|"
for p in "${paths[@]}"; do
  per_round="" ratios=""
  for ((r = 1; r <= rounds; r++)); do
    per_round+="$(rps "$p-$r") "
    ratios+="$(awk -v a="$(rps "$p-$r")" -v b="$(rps "baseline-$r")" 'BEGIN{printf "%.1f", 100*a/b}') "
  done
  med=$(tr ' ' '\n' <<<"$per_round" | grep . | median)
  # The round whose figure is the median, for its latency percentiles.
  mr=1
  for ((r = 1; r <= rounds; r++)); do [[ $(rps "$p-$r") == "$med" ]] && mr=$r; done
  echo "| $p | ${per_round% } | $med | $(pct "$p-$mr" 50%), $(pct "$p-$mr" 99%) |" \
    "$(sed 's/ /% /g' <<<"${ratios% }")% | **$(tr ' ' '\n' <<<"$ratios" | grep . | median)%** |"
done
echo
for rate in ${LOAD_RATES:-500 1000}; do
  f=$out/check-${rate}rps.txt
  echo "fixed $rate checks/s (hey -c $((rate / 50)) -q 50, $((secs * 2)) s, gzip accepted): $(awk '/Requests\/sec/{print $2}' "$f") requests/s," \
    "p50 $(awk '/ 50% in/{printf "%.1f ms", $3 * 1000}' "$f"), p99 $(awk '/ 99% in/{printf "%.1f ms", $3 * 1000}' "$f")," \
    "non-2xx: $(sed -n '/Status code distribution/,$p' "$f" | awk '$1 ~ /^\[[345]/ {s+=$2} END {print s+0}')"
done
echo "start-up with Debian's PostgreSQL (not pinned): ready (health UP) after ${ready_ms} ms; Micronaut's own figure ${startup_log} ms;" \
  "class data archive: $(grep -q -- -XX:SharedArchiveFile <<<"${backend_command[*]}" && echo used || echo none)"
echo "backend resident memory, highest seen under load: $(( $(cat "$out/rss" 2>/dev/null || echo 0) / 1024 )) MB"
echo "uptime at the end: $(uptime)"
