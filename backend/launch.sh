# Sourced by ./run and perf/load.sh (from the project root): the one way the backend is started.
#   backend_build_command  sets backend_command, the java command line (an array): the flags in
#                          backend/jvm.options, then $BACKEND_JAVA_OPTS (extra flags for one
#                          run), the classpath and the main class.

backend_jar=backend/target/backend-0.1.0-SNAPSHOT.jar

backend_build_command() {
  local opts
  mapfile -t opts < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' backend/jvm.options)
  # shellcheck disable=SC2206 # split on purpose: a list of flags
  backend_command=(java "${opts[@]}" ${BACKEND_JAVA_OPTS:-}
    -cp "$backend_jar:backend/target/lib/*" uk.careleavers.Application)
}
