#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the observation store tests: initdb into a new
# temporary folder, start it on 127.0.0.1, print its JDBC URL on stdout (and the folder to stop
# on stderr). Debian's server binaries; as root the server runs as the postgres user.
#   url="$(bash .ci/start-postgres.sh)"; ...; bash .ci/stop-postgres.sh
# KSC_PG_STATE names the file that remembers the folder, so that runs side by side each stop their own.
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
# The first free port from 55432 on: a server left over from an earlier run must not fail this one.
port="${KSC_PG_PORT:-}"
if [ -z "$port" ]; then
  for candidate in $(seq 55432 55531); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
  done
  [ -n "$port" ] || { echo "No free port for PostgreSQL in 55432-55531" >&2; exit 1; }
fi
state="${KSC_PG_STATE:-/tmp/ksc-postgres.current}"
dir="$(mktemp -d /tmp/ksc-postgres.XXXXXX)"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
echo "$dir" > "$state"
echo "PostgreSQL on 127.0.0.1:$port (data in $dir)" >&2
echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
