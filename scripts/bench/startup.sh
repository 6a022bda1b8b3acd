#!/usr/bin/env bash
# Start-up of the packaged jar (prod profile) over PostgreSQL 15: time to the first answered GraphQL query, then the
# first `extract` right after it.
#
#   scripts/bench/startup.sh
#
# For each of ROUNDS (3) rounds, for each server of SERVERS ("newsgraph"; "baseline newsgraph" also runs
# BASELINE_APP=path/to/quarkus-app, an older build, alternated with it in every round), on a database created fresh:
#   1. fresh:   no sample data, the migrations run;
#   2. empty:   no sample data, the schema already there (the usual restart of an empty service);
#   3. sample:  the sample data on, its feeds stored by this start;
#   4. restart: the sample data on again, already stored.
# Each start prints: seconds from launch to the first answer of `{ articles(first: 3) { edges { node { headline } } } }`
# (polled every 50 ms), the process's CPU seconds by then, seconds the first `extract` of a short article took right
# after, and the RSS 5 s later (idle). Other settings: APP (the build measured as newsgraph, target/quarkus-app),
# JAVA_OPTS (of the servers, e.g. a JFR recording), PG_PORT, PORT, PG_BIN. Needs: a JDK, curl, psql. Every start is reported with the machine's load average: on a busy machine
# the wall-clock figures measure the machine more than the service.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SERVERS=${SERVERS:-newsgraph}
ROUNDS=${ROUNDS:-3}
PG_PORT=${PG_PORT:-55497}
PORT=${PORT:-18096}
WORK=$ROOT/target/bench-startup
mkdir -p "$WORK"
for tool in curl psql java; do
    command -v $tool > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done

# --- PostgreSQL 15 (scripts/bench/database.sh) ---------------------------------------------------------------
source scripts/bench/database.sh
start_postgres
SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2> /dev/null || true; wait "$SERVER_PID" 2> /dev/null || true; SERVER_PID=; fi; }
cleanup() {
    stop_server
    stop_all
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
TOKEN=$(java scripts/DevToken.java editor)
app() { if [ "$1" = baseline ]; then echo "${BASELINE_APP:?BASELINE_APP=path/to/quarkus-app of the baseline build}"; else echo "${APP:-target/quarkus-app}"; fi; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }
graphql() { curl -s -o "$WORK/answer.json" -w '%{http_code}' "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" -d "$1" 2> /dev/null || true; }
FIRST_QUERY='{"query":"{ articles(first: 3) { edges { node { headline } } } }"}'
EXTRACT='{"query":"query($t: String!) { extract(text: $t) { headline people { name } places { name } } }","variables":{"t":"Kharkiv mayor says drone attack injured two\n\nKHARKIV, Ukraine (AP) — A Russian drone attack on Kharkiv injured two people overnight, Mayor Ihor Terekhov said on Telegram. Another drone hit the village of Pisochyn, the regional governor said."}}'

start() { # server database sample-data label
    local started=$(now)
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$2 QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT NEWSGRAPH_SAMPLE_DATA=$3 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/dev-jwt/public-key.pem MP_JWT_VERIFY_ISSUER=newsgraph-dev \
        java ${JAVA_OPTS:-} -jar "$(app "$1")/quarkus-run.jar" >> "$WORK/$1.log" 2>&1 &
    SERVER_PID=$!
    local answered=
    for _ in $(seq 2400); do
        if [ "$(graphql "$FIRST_QUERY")" = 200 ] && grep -q '"edges"' "$WORK/answer.json"; then
            answered=$(since "$started")
            break
        fi
        sleep 0.05
    done
    [ -n "$answered" ] || { echo "$1: no answer" >&2; exit 1; }
    local cpu=$(cpu_seconds "$SERVER_PID")
    local extract_started=$(now)
    [ "$(graphql "$EXTRACT")" = 200 ] && grep -q '"people"' "$WORK/answer.json" || { echo "$1: extract failed: $(cat "$WORK/answer.json")" >&2; exit 1; }
    local extract=$(since "$extract_started")
    sleep 5
    printf '%-9s %-8s first answer %6ss, %5s CPU s; first extract %5ss; RSS idle %4s MB; load %s\n' \
        "$1" "$4" "$answered" "$cpu" "$extract" "$(rss_mb "$SERVER_PID")" "$(cut -d' ' -f1 /proc/loadavg)"
    stop_server
}

for round in $(seq "$ROUNDS"); do
    for server in $SERVERS; do
        db=startup_$server
        psql -h localhost -p "$PG_PORT" -U postgres -q -c "drop database if exists $db" -c "create database $db"
        start "$server" "$db" false fresh
        start "$server" "$db" false empty
        start "$server" "$db" true sample
        start "$server" "$db" true restart
    done
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
