#!/usr/bin/env bash
# Stops the server .ci/start-postgres.sh started and removes its folder.
set -uo pipefail
state="${KSC_PG_STATE:-/tmp/ksc-postgres.current}"
[ -f "$state" ] || exit 0
dir="$(cat "$state")"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
as_owner=()
[ "$(id -u)" = 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$dir" "$state"
