#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the shared-workspace tests: a fresh cluster in a
# temporary folder, listening on 127.0.0.1 only, on a free private port. Sourced by test.sh:
#   start_postgres    sets GAPSCOPE_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT/gapscope_test
#   stop_postgres     stops the server and removes its folder
pg_bin=""
pg_dir=""

as_postgres() {
    # initdb refuses root: the cluster belongs to the postgres user when we are root.
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$pg_bin" ]; then
        echo "postgres: no PostgreSQL server installed (package postgresql)" >&2
        return 1
    fi
    pg_dir=$(mktemp -d)
    chmod 755 "$pg_dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$pg_dir"; fi
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; return 1; }
    # A private port: a few random tries in case one is taken.
    local port="" try
    for try in 1 2 3 4 5; do
        port=$((40000 + RANDOM % 20000))
        if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c fsync=off" \
            start >/dev/null; then
            break
        fi
        port=""
    done
    if [ -z "$port" ]; then
        cat "$pg_dir/server.log" >&2
        return 1
    fi
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres gapscope_test
    export GAPSCOPE_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/gapscope_test"
    echo "postgres: test server on 127.0.0.1:$port"
}

stop_postgres() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$pg_dir" ] && rm -rf "$pg_dir"
    pg_dir=""
}
