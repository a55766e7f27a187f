#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are installed: the browser tests (web-ui *E2E)
# drive them and nothing may download a browser or driver at run time. Installs them with apt
# when run as root; otherwise says what to install and fails. Run by `./mvnw verify` before the
# browser tests (web-ui's pre-integration-test phase); skipped with -DskipTests or -DskipITs.
set -euo pipefail

have() { [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; }

if ! have; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "chromium.sh: the browser tests need Debian's chromium and chromedriver: run 'sudo apt-get install chromium chromium-driver' (or skip them with -DskipITs)" >&2
    exit 1
  fi
  echo "chromium.sh: installing Debian's chromium and chromium-driver..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver
  have || { echo "chromium.sh: apt installed chromium but /usr/bin/chromium or /usr/bin/chromedriver is missing" >&2; exit 1; }
fi

# The two must be the same major version, or chromedriver refuses the browser with an unclear error.
browser=$(/usr/bin/chromium --version 2>/dev/null | grep -o '[0-9]\+\.[0-9.]\+' | head -1)
driver=$(/usr/bin/chromedriver --version 2>/dev/null | grep -o '[0-9]\+\.[0-9.]\+' | head -1)
if [[ ${browser%%.*} != "${driver%%.*}" ]]; then
  echo "chromium.sh: chromium $browser and chromedriver $driver differ: run 'apt-get install chromium chromium-driver' to bring both to the same version" >&2
  exit 1
fi
echo "chromium.sh: chromium $browser, chromedriver $driver"
