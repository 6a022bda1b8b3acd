#!/usr/bin/env bash
# Newsgraph against PostGraphile 5 on the same PostgreSQL 15 database, under wrk, in one run.
#
#   scripts/bench/run.sh [articles]          # default 10000; the database is generated once and kept in target/bench
#                                          # (./mvnw clean deletes it: a million articles take 10 to 20 minutes to generate)
#
# Settings (environment): CONNECTIONS ("8 20"), DURATION of each measurement (15s), WARMUP of each server on each shape
# before the first measurement (5s; the JVM's JIT compilers need longer than that on a busy 2-core machine), ROUNDS (2: every measurement is
# repeated, servers interleaved, so that a noisy machine shows as spread), SHAPES ("front within country person"; also
# "article events organization": an article's page, the newest events, an organization's page),
# SERVERS ("newsgraph postgraphile"; add "baseline" to run a second Newsgraph build, BASELINE_APP=path/to/quarkus-app,
# with the newsgraph shapes: before and after figures from one run), POOL (16, every server), PG_BIN (directory of initdb/pg_ctl; else Debian's
# PostgreSQL 15, else the zonky binaries in ~/.m2). Needs: a JDK, Node.js and npm, wrk, jq, curl, psql.
# It starts the packaged jar (target/quarkus-app, built if missing) in the prod profile, and PostGraphile 5
# (scripts/bench/postgraphile, pinned by its package-lock.json) with NODE_ENV=production; it checks that both answer
# every shape with the same data, then prints per shape and connection count: requests/s, p50, p99, errors
# (transport errors, non-200 answers and answers with GraphQL errors), SQL statements per request
# (pg_stat_statements) and server CPU per request.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ARTICLES=${1:-10000}
CONNECTIONS=${CONNECTIONS:-"8 20"}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-2}
SHAPES=${SHAPES:-"front within country person"}
SERVERS=${SERVERS:-"newsgraph postgraphile"}
POOL=${POOL:-16}
NG_PORT=${NG_PORT:-18099}
PGL_PORT=${PGL_PORT:-15699}
BASELINE_PORT=${BASELINE_PORT:-18098}
WORK=$ROOT/target/bench
mkdir -p "$WORK"
for tool in wrk jq curl psql node npm java; do
    command -v $tool > /dev/null || { echo "missing: $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

source scripts/bench/database.sh
start_postgres
(cd scripts/bench/postgraphile && [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null)
ensure_database "$ARTICLES" # the packaged jar migrates the schema before the graph is generated, and keeps serving it
sql() { psql_db "$@"; }

# --- The servers ----------------------------------------------------------------------------------------------
sql -c "create extension if not exists pg_stat_statements" -f scripts/bench/postgraphile/functions.sql
DATABASE_URL=postgres://postgres@localhost:$PG_PORT/$DB PORT=$PGL_PORT POOL=$POOL NODE_ENV=production \
    node scripts/bench/postgraphile/server.mjs > "$WORK/postgraphile.log" 2>&1 &
PGL_PID=$!; PIDS+=($PGL_PID)
await "http://localhost:$PGL_PORT/graphql" -H 'Content-Type: application/json' -d '{"query": "{ __typename }"}'
if [[ " $SERVERS " == *" baseline "* ]]; then
    # an older schema version: neither switch migrates it (builds before db/MigrateAtStart read Quarkus' own)
    NEWSGRAPH_DB_MIGRATE_AT_START=false QUARKUS_FLYWAY_MIGRATE_AT_START=false \
        start_newsgraph "$BASELINE_APP" "$BASELINE_PORT" baseline
    BASELINE_PID=${PIDS[-1]}
fi

# --- The queries: same shapes, same arguments ------------------------------------------------------------------
global_id() { printf '%s:%s' "$1" "$2" | base64 | tr '+/' '-_' | tr -d '=\n'; }
PLACE_KEY=$(sql -c "select id from named_entity where kind = 'COUNTRY' and country_code = 'UA'")
PERSON_KEY=$(sql -c "select min(speaker_id) from statement")
ARTICLE_KEY=$(sql -c "select min(ia.article_id) from incident_article ia where exists (select 1 from statement s where s.article_id = ia.article_id)")
ORGANIZATION_KEY=$(sql -c "select organization_id from person_role where organization_id is not null group by 1 order by count(*) desc, 1 limit 1")
PLACE_ID=$(global_id Place "$PLACE_KEY") PERSON_ID=$(global_id Person "$PERSON_KEY")
ARTICLE_ID=$(global_id Article "$ARTICLE_KEY") ORGANIZATION_ID=$(global_id Organization "$ORGANIZATION_KEY")
COUNTRY=UA
url() { case $1 in newsgraph) echo "http://localhost:$NG_PORT/graphql";; baseline) echo "http://localhost:$BASELINE_PORT/graphql";;
    *) echo "http://localhost:$PGL_PORT/graphql";; esac; }
pid() { case $1 in newsgraph) echo "$NG_PID";; baseline) echo "$BASELINE_PID";; *) echo "$PGL_PID";; esac; }
dialect() { if [ "$1" = postgraphile ]; then echo postgraphile; else echo newsgraph; fi; }
for shape in $SHAPES; do
    for server in $SERVERS; do
        query=$(sed -e "s/\$PLACE_ID/$PLACE_ID/; s/\$PLACE_KEY/$PLACE_KEY/; s/\$PERSON_ID/$PERSON_ID/; s/\$PERSON_KEY/$PERSON_KEY/" \
            -e "s/\$ARTICLE_ID/$ARTICLE_ID/; s/\$ARTICLE_KEY/$ARTICLE_KEY/; s/\$ORGANIZATION_ID/$ORGANIZATION_ID/" \
            -e "s/\$ORGANIZATION_KEY/$ORGANIZATION_KEY/; s/\$COUNTRY/$COUNTRY/" "scripts/bench/shapes/$shape.$(dialect $server).graphql")
        jq -n --arg query "$query" '{query: $query}' > "$WORK/$shape.$server.json"
        curl -s "$(url $server)" -H 'Content-Type: application/json' -d @"$WORK/$shape.$server.json" > "$WORK/$shape.$server.answer.json"
        jq -S -f "scripts/bench/shapes/$shape.jq" "$WORK/$shape.$server.answer.json" > "$WORK/$shape.$server.normalized.json" \
            || { echo "$shape: $server answered $(head -c 500 "$WORK/$shape.$server.answer.json")" >&2; exit 1; }
    done
    set -- $SERVERS
    for other in "${@:2}"; do
        if ! cmp -s "$WORK/$shape.$1.normalized.json" "$WORK/$shape.$other.normalized.json"; then
            echo "$shape: $1 and $other answer different data" >&2
            diff "$WORK/$shape.$1.normalized.json" "$WORK/$shape.$other.normalized.json" | head -20 >&2
            exit 1
        fi
        echo "$shape: same data from $1 and $other ($(jq length "$WORK/$shape.$1.normalized.json") items)"
    done
done

# --- Load ---------------------------------------------------------------------------------------------------------
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
statements() { sql -c "select coalesce(sum(calls), 0) from pg_stat_statements where query not like '%pg_stat_statements%'"; }
measure() { # server shape connections duration -> "rps p50 p99 errors statements/request cpu-ms/request"
    local body=$WORK/$2.$1.json
    sql -c "select pg_stat_statements_reset()" > /dev/null
    local ticks=$(cpu_ticks "$(pid $1)")
    local result=$(BODY=$body wrk -t2 -c"$3" -d"$4" --timeout 30s -s scripts/bench/post.lua "$(url $1)" | grep '^RESULT')
    local used=$(( $(cpu_ticks "$(pid $1)") - ticks ))
    local calls=$(statements)
    local requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
    awk -v r="$result" -v calls="$calls" -v n="$requests" -v ticks="$used" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(r, f, /[ =]/); printf "%s %s %s %s %.1f %.1f", f[5], f[7], f[9], f[11], (n ? calls / n : 0), (n ? ticks * 1000 / hz / n : 0) }'
}
echo "warming up..."
for server in $SERVERS; do for shape in $SHAPES; do measure $server $shape 8 "$WARMUP" > /dev/null; done; done
RESULTS=$WORK/results.txt; : > "$RESULTS"
for round in $(seq "$ROUNDS"); do
    for connections in $CONNECTIONS; do
        for shape in $SHAPES; do
            for server in $SERVERS; do
                echo "$round $connections $shape $server $(measure $server $shape $connections $DURATION)" | tee -a "$RESULTS" >&2
            done
        done
    done
done

# --- Table ----------------------------------------------------------------------------------------------------------
echo
echo "$ARTICLES articles, pool $POOL, $DURATION per measurement, $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
echo
echo "| shape | connections | round | server | req/s | p50 ms | p99 ms | errors | SQL statements/request | server CPU ms/request |"
echo "|---|---|---|---|---|---|---|---|---|---|"
sort -k3,3 -k2,2n -k1,1n -s "$RESULTS" | while read -r round connections shape server rps p50 p99 errors stmts cpu; do
    echo "| $shape | $connections | $round | $server | $rps | $p50 | $p99 | $errors | $stmts | $cpu |"
done
