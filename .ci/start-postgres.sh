#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the observation store tests: initdb into a new
# temporary folder, start it on 127.0.0.1, print its JDBC URL on stdout (and the folder to stop
# on stderr). Debian's server binaries; as root the server runs as the postgres user.
#   url="$(bash .ci/start-postgres.sh)"; ...; bash .ci/stop-postgres.sh
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
port="${KSC_PG_PORT:-55432}"
dir="$(mktemp -d /tmp/ksc-postgres.XXXXXX)"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
echo "$dir" > /tmp/ksc-postgres.current
echo "PostgreSQL on 127.0.0.1:$port (data in $dir)" >&2
echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
