#!/usr/bin/env bash
# Installs (if absent) and starts Debian's PostgreSQL, then creates a fresh CI database and role.
set -euo pipefail
[[ ${1:-start} == start ]] || { echo "usage: $0 start"; exit 2; }

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
[[ $port == "${CI_PG_PORT:-5432}" ]] || { echo "PostgreSQL $version listens on $port, expected ${CI_PG_PORT:-5432}"; exit 1; }

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $port $*"; }
psql_admin "-c \"drop database if exists entitlements_ci\""
psql_admin "-c \"drop role if exists entitlements_ci\""
psql_admin "-c \"create role entitlements_ci login password 'entitlements_ci'\""
psql_admin "-c \"create database entitlements_ci owner entitlements_ci\""
echo "PostgreSQL $version on port $port: database entitlements_ci ready"
