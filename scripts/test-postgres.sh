#!/usr/bin/env bash
# npm run test:pg — runs the server tests against a throw-away PostgreSQL 15 (Debian's
# package): initdb as user postgres in a temp folder, a free port, the socket in that
# folder; stopped and deleted at the end whatever happens. Exits with the tests' status.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_config >/dev/null; then
  echo "[test:pg] installing Debian postgresql…"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
BIN="$(pg_config --bindir)"
[ -x "$BIN/initdb" ] || BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

DIR="$(mktemp -d /tmp/mm-pg.XXXXXX)"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)   # PostgreSQL refuses to run as root

cleanup() {
  "${AS_PG[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

[ "$(id -u)" = 0 ] && chown -R postgres: "$DIR"
"${AS_PG[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS_PG[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "[test:pg] PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

status=0
# The same command as the PGlite run, so both print the same summary (`npm test` counts it).
DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" npm run -s test:server || status=$?
exit $status
