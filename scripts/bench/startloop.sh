#!/usr/bin/env bash
# Start-up CPU of packaged builds or JVM options, compared by starts alternated on migrated databases: the loop of
# docs/performance.md ("Start-up", sessions 13 to 15). Cheaper than startup.sh (no database created per round, no
# extract, no load), so more starts fit in the same time: on a busy machine only the CPU of each thread tells builds
# apart, and its spread between two starts of one build is a tenth of the main thread's, so it takes several.
#
#   VARIANTS="old new" APP_old=/tmp/old-app APP_new=target/quarkus-app scripts/bench/startloop.sh
#   VARIANTS="base c1" APP_base=/tmp/app OPTS_base="-XX:AOTCache=/tmp/app/app.aot" APP_c1=/tmp/app \
#     OPTS_c1="-XX:AOTCache=/tmp/app/app.aot -XX:TieredStopAtLevel=1" DB_c1=base scripts/bench/startloop.sh
#
# For each of ROUNDS (5) rounds, each variant of VARIANTS in turn: the jar APP_<v>/quarkus-run.jar started by JAVA_<v>
# (JAVA, java) with OPTS_<v> and the environment assignments ENV_<v> (e.g. "QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false"),
# NEWSGRAPH_SAMPLE_DATA=false, on the database startloop_<DB_<v>, else v>, which a first start not printed creates and
# migrates (builds whose migrations differ need databases of their own: Flyway refuses a schema newer than it knows).
# Each start prints, when /q/health/ready first answers UP: the seconds since launch, the CPU milliseconds of the
# thread that runs the start and the milliseconds it waited for a core (/proc/<pid>/task/<tid>/schedstat), the CPU
# seconds of the C2 and C1 compiler threads and of the whole process, and the load average. Settings: PG_PORT
# (55497), PORT (18096), PG_BIN. Needs: a JDK, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VARIANTS=${VARIANTS:?VARIANTS="a b", with APP_a, APP_b}
PG_PORT=${PG_PORT:-55497}
PORT=${PORT:-18096}
WORK=$ROOT/target/bench-startup
mkdir -p "$WORK"
source scripts/bench/database.sh
start_postgres
HZ=$(getconf CLK_TCK)
SERVER_PID=
trap '[ -z "$SERVER_PID" ] || kill "$SERVER_PID" 2> /dev/null; stop_all' EXIT

setting() { local name=$1_$2; echo "${!name:-$3}"; } # setting NAME variant default -> NAME_<variant>, else default
database() { echo "startloop_$(setting DB "$1" "$1")"; }
exec {PAUSE}<> <(:)
start() { # variant -> one line
    local v=$1 started=$(date +%s.%N)
    env $(setting ENV "$v" "") QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$(database "$v") \
        QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S QUARKUS_HTTP_PORT=$PORT \
        NEWSGRAPH_SAMPLE_DATA=false MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/dev-jwt/public-key.pem MP_JWT_VERIFY_ISSUER=newsgraph-dev \
        $(setting JAVA "$v" "${JAVA:-java}") $(setting OPTS "$v" "") -jar "$(setting APP "$v" "")/quarkus-run.jar" \
        >> "$WORK/startloop-$v.log" 2>&1 &
    SERVER_PID=$!
    until ready; do
        kill -0 "$SERVER_PID" 2> /dev/null || { echo "$v: exited, see $WORK/startloop-$v.log" >&2; exit 1; }
        read -r -t 0.01 -u "$PAUSE" || true
    done
    local after=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
    # main() runs in the thread named java that is not the launcher's first thread
    local tid=$SERVER_PID task
    for task in /proc/$SERVER_PID/task/*; do
        [ "${task##*/}" != "$SERVER_PID" ] && [ "$(cat "$task/comm")" = java ] && { tid=${task##*/}; break; }
    done
    local main=$(awk '{printf "main thread %d ms CPU, %d ms waiting", $1 / 1e6, $2 / 1e6}' "/proc/$SERVER_PID/task/$tid/schedstat")
    local others=$(cat /proc/"$SERVER_PID"/task/*/stat 2> /dev/null | awk -v hz="$HZ" '{match($0, /\)[^)]*$/)
        name = substr($0, index($0, "(") + 1, RSTART - index($0, "(") - 1); split(substr($0, RSTART + 2), f, " ")
        ticks = f[12] + f[13]; all += ticks; if (name ~ /^C2 Comp/) c2 += ticks; if (name ~ /^C1 Comp/) c1 += ticks}
        END {printf "C2 %.2f + C1 %.2f s, process %.2f s", c2 / hz, c1 / hz, all / hz}')
    printf '%-12s ready %6ss; %s; %s; load %s\n' "$v" "$after" "$main" "$others" "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2> /dev/null || true; SERVER_PID=
}
for v in $VARIANTS; do
    [ -n "$(setting APP "$v" "")" ] || { echo "APP_$v: the quarkus-app directory of variant $v" >&2; exit 1; }
    db=$(database "$v")
    if [ -z "$(psql -h localhost -p "$PG_PORT" -U postgres -qAt -c "select 1 from pg_database where datname = '$db'")" ]; then
        psql -h localhost -p "$PG_PORT" -U postgres -q -c "create database $db"
        start "$v" > /dev/null # migrates
    fi
done
for _ in $(seq "${ROUNDS:-5}"); do
    for v in $VARIANTS; do start "$v"; done
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
