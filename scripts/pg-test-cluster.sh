#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (CI runs every unit test on PGlite AND on this).
#
# Usage:
#   scripts/pg-test-cluster.sh start [DIR]   # initdb + start; prints the URL (only the URL) on stdout
#   scripts/pg-test-cluster.sh url   [DIR]   # prints the URL of a running cluster
#   scripts/pg-test-cluster.sh stop  [DIR]   # stops the cluster and deletes DIR
#   scripts/pg-test-cluster.sh run CMD...    # start in a temp dir, run CMD with TEST_DATABASE_URL, always stop
#
# DIR defaults to ${TMPDIR:-/tmp}/stadtportal-pg-test. Examples:
#   scripts/pg-test-cluster.sh run npm run test:unit
#   export TEST_DATABASE_URL=$(scripts/pg-test-cluster.sh start)   # ... run tests ...
#   scripts/pg-test-cluster.sh stop
#
# Test use only: trust authentication, listens on 127.0.0.1 and a unix socket inside DIR, a free
# port, fsync off. The application role `stadtportal` is NOT a superuser (CREATEDB only), like a
# production role, so migrations that need superuser rights fail here first. PostgreSQL binaries are
# taken from PATH or the newest /usr/lib/postgresql/*/bin. initdb refuses to run as root: as root the
# cluster runs as the `postgres` user (docs/database.md, trap 9).
set -euo pipefail

ROLE=stadtportal
DEFAULT_DIR="${TMPDIR:-/tmp}/stadtportal-pg-test"

log() { printf '[pg-test-cluster] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_bindir() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then echo "$candidate"; return 0; fi
  done
  # `return 0`, not `return`: in an EXIT trap a bare return repeats the failed status that triggered it.
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return 0; fi
  die "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or PATH; install e.g. 'apt-get install postgresql'"
}

# Runs a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  # Bind port 0 and report what the kernel picked; small race until postgres binds it (retried below).
  if command -v node >/dev/null; then
    node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  else
    python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"
  fi
}

cmd_start() {
  local dir=${1:-$DEFAULT_DIR}
  [[ -e "$dir/data/PG_VERSION" ]] && die "$dir already holds a cluster; run '$0 stop $dir' first"
  local bin; bin=$(find_bindir)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [[ $(id -u) -eq 0 ]]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres: "$dir"
    chmod 700 "$dir"
  fi
  log "initdb in $dir/data ($("$bin/postgres" --version))"
  # cd: as root the current directory may not be readable for the postgres user.
  (cd "$dir" && as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1) ||
    { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  local port attempt started=no
  for attempt in 1 2 3; do
    port=$(free_port)
    cat >"$dir/data/postgresql.auto.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir/data/postgresql.auto.conf"
    if (cd "$dir" && as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null); then
      started=yes
      break
    fi
    log "start on port $port failed (attempt $attempt):"
    tail -n 5 "$dir/postgres.log" >&2 || true
  done
  [[ $started == yes ]] || die "PostgreSQL did not start; log: $dir/postgres.log"

  (cd "$dir" && as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
    -c "create role $ROLE login createdb" -c "create database $ROLE owner $ROLE") >/dev/null
  local url="postgres://$ROLE@127.0.0.1:$port/$ROLE"
  echo "$url" >"$dir/url"
  log "PostgreSQL running on 127.0.0.1:$port (data $dir/data)"
  echo "$url"
}

cmd_url() {
  local dir=${1:-$DEFAULT_DIR}
  [[ -f "$dir/url" ]] || die "no cluster in $dir"
  cat "$dir/url"
}

cmd_stop() {
  local dir=${1:-$DEFAULT_DIR}
  [[ -d "$dir" ]] || { log "nothing to stop in $dir"; return 0; }
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    local bin; bin=$(find_bindir)
    (cd "$dir" && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null) || log "pg_ctl stop failed (continuing with cleanup)"
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

cmd_run() {
  [[ $# -gt 0 ]] || die "usage: $0 run CMD..."
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/stadtportal-pg.XXXXXX")
  # shellcheck disable=SC2064
  trap "set +e; cmd_stop '$dir'" EXIT
  TEST_DATABASE_URL=$(cmd_start "$dir")
  export TEST_DATABASE_URL
  log "TEST_DATABASE_URL=$TEST_DATABASE_URL"
  "$@"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  url) shift; cmd_url "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  run) shift; cmd_run "$@" ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
