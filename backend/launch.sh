# Sourced by ./run and perf/load.sh (from the project root): the one way the backend is started.
#   backend_build_command [record]
#       sets backend_command, the java command line (an array): the flags in backend/jvm.options,
#       the class data archive if one was made from this jar, then $BACKEND_JAVA_OPTS (extra flags
#       for one run), the classpath and the main class. With "record" and no archive, this run
#       writes one when it exits.
#   backend_make_cds PORT
#       makes the archive, if there is none for this jar, with a short training run on PORT
#       (start, answer each kind of request once, stop). Needs a database, as any start does.
# The archive (AppCDS, docs/adr/0008-serving-under-load.md) holds the classes the backend
# loads, already parsed and verified: start-up reads them from it instead of from ~150 jars. It is
# built here, never committed, and is optional: without it (or with a stale one, which the JVM
# refuses) the backend starts the same way, only slower.

backend_jar=backend/target/backend-0.1.0-SNAPSHOT.jar
backend_cds=backend/target/backend.jsa

backend_cds_fresh() {
  [[ -f $backend_cds && $backend_cds -nt $backend_jar ]]
}

backend_build_command() {
  local opts
  mapfile -t opts < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' backend/jvm.options)
  backend_command=(java "${opts[@]}")
  if backend_cds_fresh; then
    backend_command+=(-XX:SharedArchiveFile="$backend_cds")
  elif [[ ${1:-} == record ]]; then
    rm -f "$backend_cds"
    # The JVM lists every class it cannot archive; none of that is a problem.
    backend_command+=(-XX:ArchiveClassesAtExit="$backend_cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  # shellcheck disable=SC2206 # split on purpose: a list of flags
  backend_command+=(${BACKEND_JAVA_OPTS:-}
    -cp "$backend_jar:backend/target/lib/*" uk.careleavers.Application)
}

backend_make_cds() {
  backend_cds_fresh && return 0
  local port=$1 base="http://localhost:$1" pid i
  backend_build_command record
  MICRONAUT_SERVER_PORT=$port "${backend_command[@]}" >backend/target/cds-training.log 2>&1 &
  pid=$!
  for ((i = 0; i < 1200; i++)); do
    curl -fsS -m 1 "$base/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  curl -fsS -o /dev/null "$base/api/v1/ping" || true
  curl -fsS -o /dev/null "$base/api/v1/councils/LAN/local-offer" || true
  curl -fsS -o /dev/null "$base/api/v1/entitlements" || true
  curl -fsS -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/eligibility-checks" \
    -d '{"responsibleCouncil": "LAN", "councilOfResidence": "LAC",
         "facts": {"dateOfBirth": "2006-05-14", "inCareAt18": true}, "notSure": ["inCareNow"]}' ||
    true
  curl -fsS -o /dev/null "$base/api/v1/councils/XXX/local-offer" 2>/dev/null || true
  kill -TERM $pid 2>/dev/null
  wait $pid 2>/dev/null
  backend_cds_fresh
}
