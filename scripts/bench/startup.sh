#!/usr/bin/env bash
# Start-up of the packaged service (prod profile) over PostgreSQL 15: time to readiness and to the first answered
# GraphQL query, the first `extract` right after it, and the memory at idle and under load.
#
#   scripts/bench/startup.sh
#   SERVERS=native NATIVE=target/newsgraph-1.0.0-SNAPSHOT-runner scripts/bench/startup.sh
#
# For each of ROUNDS (3) rounds, for each server of SERVERS, on a database created fresh, the STEPS
# ("fresh empty sample restart"), each on the database in the state it names (when the steps before it did not leave it
# so, a start that is not printed migrates the schema or stores the seed feeds first):
#   1. fresh:   no sample data, the migrations run;
#   2. empty:   no sample data, the schema already there (the usual restart of an empty service);
#   3. sample:  the sample data on, its feeds stored by this start;
#   4. restart: the sample data on again, already stored.
# Servers: newsgraph (the jar of APP, target/quarkus-app), baseline (the jar of BASELINE_APP, an older build),
# native (the executable NATIVE) and baseline-native (BASELINE_NATIVE); "baseline newsgraph" alternates the two
# builds in every round. The jars run with JAVA (java) and JAVA_OPTS, the baseline jar with BASELINE_JAVA and
# BASELINE_JAVA_OPTS (the same unless set, even empty); the executables with NATIVE_OPTS (-Xmx512m: a native executable outside a
# container takes 80 % of the host's memory for its heap otherwise). ENV and BASELINE_ENV: environment assignments
# (e.g. "NEWSGRAPH_DB_MIGRATE_AT_START=false") for the printed starts of the server under test (newsgraph, native)
# and of the baseline servers, not for the starts that only prepare a database state: a lever measured against the
# same build (SERVERS="baseline-native native", BASELINE_NATIVE and NATIVE the same executable).
# Each start prints: seconds from launch to /q/health/ready answering UP and to the first answer of
# `{ articles(first: 3) { edges { node { headline } } } }` (both polled every POLL, 0.01 s), the process's CPU
# seconds by then, the start's main thread's CPU milliseconds and the milliseconds it waited for a core by readiness
# (from /proc/<pid>/task/<tid>/schedstat: on a busy machine the wait, not the service, makes most of the wall-clock
# time) and the CPU seconds of the JIT compiler threads, of the GC threads and of the extractor's and the API's warm-ups
# by then, seconds the first `extract` of a short article took right after, the RSS 5 s later (idle), and the RSS at the end of LOAD (5) seconds of wrk at 8 connections on the front-page shape (scripts/bench/shapes), with its
# requests/s (LOAD=0, or no wrk: not measured); then, on a line of its own, the CPU seconds of the process's threads by
# readiness, by name (pools added up; the THREADS (10) busiest, at least 0.05 s each; THREADS=0: no such line). Readiness
# is polled by bash itself, with no process started per poll: a curl and a sleep every 10 ms took a fifth of a core
# from the start they timed at a load average of 18, more on an idle machine, where each poll returns sooner. Other
# settings: PG_PORT, PORT, PG_BIN. Needs: a JDK, curl, jq, psql (and wrk). Every start is reported with the machine's
# load average: on a busy machine the wall-clock figures measure the machine more than the service.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SERVERS=${SERVERS:-newsgraph}
ROUNDS=${ROUNDS:-3}
STEPS=${STEPS:-"fresh empty sample restart"}
POLL=${POLL:-0.01}
LOAD=${LOAD:-5}
PG_PORT=${PG_PORT:-55497}
PORT=${PORT:-18096}
WORK=$ROOT/target/bench-startup
mkdir -p "$WORK"
for tool in curl psql java jq; do
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

[[ " $SERVERS " != *" newsgraph "* ]] || [ -n "${APP:-}" ] || [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
TOKEN=$(java scripts/DevToken.java editor)
launch() { # server label: runs it in the foreground, with ENV or BASELINE_ENV unless the start only prepares
    local assignment
    [ "$2" = preparing ] || for assignment in $(case $1 in baseline*) echo "${BASELINE_ENV:-}";; *) echo "${ENV:-}";; esac); do
        export "$assignment"
    done
    case $1 in
        newsgraph) exec ${JAVA:-java} ${JAVA_OPTS:-} -jar "${APP:-target/quarkus-app}/quarkus-run.jar";;
        baseline) exec ${BASELINE_JAVA:-${JAVA:-java}} ${BASELINE_JAVA_OPTS-${JAVA_OPTS:-}} \
            -jar "${BASELINE_APP:?BASELINE_APP=path/to/quarkus-app of the baseline build}/quarkus-run.jar";;
        native) exec "${NATIVE:?NATIVE=path/to/the native executable}" ${NATIVE_OPTS:--Xmx512m};;
        baseline-native) exec "${BASELINE_NATIVE:?BASELINE_NATIVE=path/to/the baseline native executable}" ${NATIVE_OPTS:--Xmx512m};;
        *) echo "unknown server: $1" >&2; exit 1;;
    esac
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
main_thread() { # server pid -> the CPU milliseconds and the milliseconds waiting for a core of the thread that runs the start: the process's first
    # thread in a native executable; in a JVM the launcher's first thread only waits, and main() runs in the other thread
    # named java (not always the second by number: thread ids wrap around)
    local tid=$2 task
    case $1 in *native) ;; *) for task in /proc/$2/task/*; do
        [ "${task##*/}" != "$2" ] && [ "$(cat "$task/comm")" = java ] && { tid=${task##*/}; break; }
    done;; esac
    awk '{printf "%d ms CPU, %d ms waiting for a core", $1 / 1e6, $2 / 1e6}' "/proc/$2/task/$tid/schedstat"
}
task_cpu() { # pid -> a line "name<TAB>CPU ticks" per thread, read by two processes for all (not three per thread: it runs while the
    # start it measures still wants the cores)
    cat /proc/"$1"/task/*/stat 2> /dev/null | awk '{ match($0, /\)[^)]*$/); name = substr($0, index($0, "(") + 1, RSTART - index($0, "(") - 1)
        split(substr($0, RSTART + 2), f, " "); printf "%s\t%d\n", name, f[12] + f[13] }'
}
compilers() { # pid -> the CPU seconds of the JIT compiler threads (C2 and C1; none in a native executable), of the GC threads
    # and of the two warm-ups that start once the HTTP server listens (the extractor's and the API's: comm names are cut at 15 characters)
    task_cpu "$1" | awk -F'\t' -v hz="$(getconf CLK_TCK)" '/^C2 Compiler/ {c2 += $2} /^C1 Compiler/ {c1 += $2} /^(GC|G1) / {gc += $2}
        /^newsgraph-(extra|api-w)/ {warm += $2}
        END {printf "JIT C2 %.1f + C1 %.1f s, GC %.1f s, warm-ups %.1f s", c2 / hz, c1 / hz, gc / hz, warm / hz}'
}
threads() { # pid -> the CPU seconds of its threads by name (numbers dropped, so that pools add up), the most first
    task_cpu "$1" | awk -F'\t' -v hz="$(getconf CLK_TCK)" '{sub(/[-#]*[0-9]*$/, "", $1); cpu[$1] += $2}
        END {for (n in cpu) if (cpu[n] * 20 >= hz) printf "%.2f\t%s\n", cpu[n] / hz, n}' \
        | sort -rn | head -"${THREADS:-10}" | awk -F'\t' '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1} END {print ""}'
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }
graphql() { curl -s -o "$WORK/answer.json" -w '%{http_code}' "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" -d "$1" 2> /dev/null || true; }
# the pause is read -t on a pipe, no process started per poll (ready: database.sh)
exec {PAUSE}<> <(:)
pause() { read -r -t "$1" -u "$PAUSE" || true; }
jq -n --arg query "$(cat scripts/bench/shapes/front.newsgraph.graphql)" '{$query}' > "$WORK/front.json"
under_load() { # pid -> "RSS MB at the end of the load, requests/s"
    if [ "$LOAD" = 0 ] || ! command -v wrk > /dev/null; then echo "-, -"; return; fi
    local result=$(BODY=$WORK/front.json wrk -t2 -c8 -d"${LOAD}s" -s scripts/bench/post.lua "http://localhost:$PORT/graphql" | grep '^RESULT')
    echo "$(rss_mb "$1"), $(sed 's/.*rps=\([0-9.]*\).*/\1/' <<< "$result")"
}
FIRST_QUERY='{"query":"{ articles(first: 3) { edges { node { headline } } } }"}'
EXTRACT='{"query":"query($t: String!) { extract(text: $t) { headline people { name } places { name } } }","variables":{"t":"Kharkiv mayor says drone attack injured two\n\nKHARKIV, Ukraine (AP) — A Russian drone attack on Kharkiv injured two people overnight, Mayor Ihor Terekhov said on Telegram. Another drone hit the village of Pisochyn, the regional governor said."}}'

start() { # server database sample-data label
    local started=$(now)
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$2 QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT NEWSGRAPH_SAMPLE_DATA=$3 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/dev-jwt/public-key.pem MP_JWT_VERIFY_ISSUER=newsgraph-dev \
        launch "$1" "$4" >> "$WORK/$1.log" 2>&1 &
    SERVER_PID=$!
    local ready_after= answered= main= by_thread=
    for _ in $(seq 60000); do
        if [ -z "$ready_after" ] && ready; then
            ready_after=$(since "$started")
            main="$(main_thread "$1" "$SERVER_PID"); $(compilers "$SERVER_PID")"
            [ "${THREADS:-10}" = 0 ] || by_thread=$(threads "$SERVER_PID") # head -0 would end the script (pipefail)
        fi
        if [ -n "$ready_after" ] && [ "$(graphql "$FIRST_QUERY")" = 200 ] && grep -q '"edges"' "$WORK/answer.json"; then
            answered=$(since "$started")
            break
        fi
        kill -0 "$SERVER_PID" 2> /dev/null || { echo "$1: exited, see $WORK/$1.log" >&2; exit 1; }
        pause "$POLL"
    done
    [ -n "$answered" ] || { echo "$1: no answer" >&2; exit 1; }
    local cpu=$(cpu_seconds "$SERVER_PID")
    local extract_started=$(now)
    [ "$(graphql "$EXTRACT")" = 200 ] && grep -q '"people"' "$WORK/answer.json" || { echo "$1: extract failed: $(cat "$WORK/answer.json")" >&2; exit 1; }
    local extract=$(since "$extract_started")
    sleep 5
    local idle=$(rss_mb "$SERVER_PID")
    local loaded=$(under_load "$SERVER_PID")
    printf '%-15s %-8s ready %6ss, first answer %6ss, %5s CPU s; main thread by ready %s; first extract %5ss; RSS idle %4s MB, under load %s req/s; load %s\n' \
        "$1" "$4" "$ready_after" "$answered" "$cpu" "$main" "$extract" "$idle" "$loaded" "$(cut -d' ' -f1 /proc/loadavg)"
    [ "${THREADS:-10}" = 0 ] || echo "    CPU s by ready, by thread: $by_thread"
    stop_server
}

# Each step first puts the database in the state it names, whatever steps ran before it in the round; the starts that
# only prepare a state are not printed.
db_query() { psql -h localhost -p "$PG_PORT" -U postgres -d "$1" -qAt -c "$2"; }
recreate() { psql -h localhost -p "$PG_PORT" -U postgres -q -c "drop database if exists $1" -c "create database $1"; }
migrated() { [ -n "$(db_query "$1" "select to_regclass('flyway_schema_history')")" ]; }
stored() { migrated "$1" && [ "$(db_query "$1" "select exists (select 1 from article)")" = t ]; }
for round in $(seq "$ROUNDS"); do
    for server in $SERVERS; do
        db=startup_${server//-/_}
        recreate "$db"
        for step in $STEPS; do
            case $step in
                fresh) recreate "$db";;
                empty|sample) if stored "$db"; then recreate "$db"; fi
                    migrated "$db" || start "$server" "$db" false preparing > /dev/null;;
                restart) stored "$db" || start "$server" "$db" true preparing > /dev/null;;
            esac
            case $step in
                fresh|empty) start "$server" "$db" false "$step";;
                sample|restart) start "$server" "$db" true "$step";;
            esac
        done
    done
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
