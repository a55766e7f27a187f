#!/usr/bin/env bash
# Makes sure Node.js and npm are there for the web UI's frontend build (Vaadin's production bundle,
# built by `./mvnw` in web-ui's initialize phase; ADR 0009). Node comes from the machine's package
# manager only, never from a download of its own (Vaadin's own Node download is switched off):
#   - a `node` of major version $NODE_MIN_MAJOR or newer and `npm` on the PATH: used as they are;
#   - otherwise, as root: `apt-get install nodejs npm` (Debian 12 gives Node 18 and npm 9);
#   - otherwise: one line saying what to install, and a non-zero exit.
# Prints the versions found. NODE_MIN_MAJOR defaults to what Vaadin 24.9's build accepts.
set -euo pipefail
min=${NODE_MIN_MAJOR:-18}

major() { node --version 2>/dev/null | sed -n 's/^v\([0-9]*\)\..*/\1/p'; }
ok() { command -v node >/dev/null && command -v npm >/dev/null && [[ $(major) -ge $min ]]; }

if ! ok; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "node.sh: the web UI's build needs Node.js $min or newer and npm: run 'sudo apt-get install nodejs npm' (found: node $(node --version 2>/dev/null || echo none), npm $(npm --version 2>/dev/null || echo none))" >&2
    exit 1
  fi
  echo "node.sh: installing Debian's nodejs and npm..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends nodejs npm
  ok || { echo "node.sh: apt installed nodejs, but node $(node --version 2>/dev/null || echo none) is older than $min or npm is missing" >&2; exit 1; }
fi
echo "node.sh: node $(node --version), npm $(npm --version) ($(command -v node))"
