#!/usr/bin/env bash
# What the JIT settings cost after the start: the front page (scripts/bench/shapes/front) at 8 connections, measured
# interval by interval from readiness on, with the CPU the C2 and C1 compilers took in each interval, so that the CPU
# per request of the service's own code shows apart from the compiling, and when the compilers have settled.
#
#   VARIANTS="both c1" V_both="" V_c1="-XX:TieredStopAtLevel=1" scripts/bench/steady.sh
#
# For each of ROUNDS (1), for each name of VARIANTS, the jar of APP (target/quarkus-app) starts with JAVA (java) and the
# JVM options of the environment variable V_<name> over the generated database of ARTICLES (10000) articles
# (scripts/bench/database.sh: kept in target/bench, generated once), then INTERVALS (10) measurements of STEP (30)
# seconds each print: requests/s, p99 ms, errors, the process's CPU ms per request, the same without the compilers'
# CPU, and the compilers' CPU seconds in the interval. Other settings: PG_PORT, NG_PORT (the start that migrates and
# generates the database), PORT. Needs: a JDK, wrk, jq, curl, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=$ROOT/target/bench
mkdir -p "$WORK"
PORT=${PORT:-18097}
NG_PORT=${NG_PORT:-18094}
APP=${APP:-target/quarkus-app}
for tool in wrk jq curl psql; do command -v $tool > /dev/null || { echo "missing: $tool" >&2; exit 1; }; done
source scripts/bench/database.sh
start_postgres
ensure_database "${ARTICLES:-10000}"
kill "$NG_PID"; wait "$NG_PID" 2> /dev/null || true
BODY=$WORK/front.json
jq -n --arg query "$(cat scripts/bench/shapes/front.newsgraph.graphql)" '{$query}' > "$BODY"
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
compiler_ticks() { # pid name-prefix -> CPU ticks of the threads so named
    cat /proc/"$1"/task/*/stat 2> /dev/null | awk -v prefix="$2" '{ match($0, /\)[^)]*$/); name = substr($0, index($0, "(") + 1, RSTART - index($0, "(") - 1)
        split(substr($0, RSTART + 2), f, " "); if (index(name, prefix) == 1) t += f[12] + f[13] } END {print t + 0}'
}
for round in $(seq "${ROUNDS:-1}"); do
    for variant in $VARIANTS; do
        options=V_$variant
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
            QUARKUS_HTTP_PORT=$PORT ${JAVA:-java} ${!options} -jar "$APP/quarkus-run.jar" > "$WORK/steady-$variant.log" 2>&1 &
        pid=$!; PIDS+=($pid)
        await "http://localhost:$PORT/q/health/ready"
        for interval in $(seq "${INTERVALS:-10}"); do
            p0=$(ticks $pid) c20=$(compiler_ticks $pid C2) c10=$(compiler_ticks $pid C1)
            result=$(BODY=$BODY wrk -t2 -c8 -d"${STEP:-30}s" --timeout 30s -s scripts/bench/post.lua "http://localhost:$PORT/graphql" | grep '^RESULT')
            p=$(( $(ticks $pid) - p0 )) c2=$(( $(compiler_ticks $pid C2) - c20 )) c1=$(( $(compiler_ticks $pid C1) - c10 ))
            awk -v v="$variant" -v round="$round" -v i="$interval" -v r="$result" -v p=$p -v c2=$c2 -v c1=$c1 -v hz="$hz" \
                -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { split(r, f, /[ =]/); n = f[3]
                printf "%s, round %s, interval %s: %s req/s, p99 %s ms, %s errors; CPU %.2f ms/request, %.2f without the compilers; C2 %.2f s, C1 %.2f s; load %s\n",
                    v, round, i, f[5], f[9], f[11], p * 1000 / hz / n, (p - c2 - c1) * 1000 / hz / n, c2 / hz, c1 / hz, load }'
        done
        kill $pid; wait $pid 2> /dev/null || true
    done
done
