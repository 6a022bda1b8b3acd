#!/usr/bin/env bash
# Ingest throughput, start-up and memory of the packaged jar, over HTTP, on a fresh PostgreSQL 15 database per server.
#
#   scripts/bench/ingest.sh
#
# For each server of SERVERS ("newsgraph"; "baseline newsgraph" also runs BASELINE_APP=path/to/quarkus-app, an older
# build, first: before and after figures from one run; "baseline newsgraph baseline newsgraph" alternates them, so that
# a change of the machine's load shows; APP=path/to/quarkus-app runs another build than target/quarkus-app as "newsgraph",
# so that the worktree can be rebuilt while it runs), on a database of its own, created fresh:
#   - start-up: the jar (prod profile) with the sample data on: seconds from launch to /q/health/ready, on the fresh
#     database (migrations and sample ingest included) and again on restart; then without sample data (the prod default);
#   - the first `extract` query right after that start is ready (does it pay for loading the NLP models?); RSS idle;
#   - load: CLIENTS threads (4) each posting `ingestText` mutations of PER_REQUEST (10) articles of real copy
#     (src/test/resources/extract/corpus/dev/*.txt, each made unique by a closing line so that every one is stored) for
#     WARMUP (10) then DURATION (30) seconds; prints articles/s stored over DURATION, requests, p50/p99 per request,
#     errors and the statuses of the ingested articles, the CPU per article of the server and of PostgreSQL (all its
#     processes) over the measured DURATION only (the CPU used in it over the articles of the requests answered in it:
#     the probes of the copies, the warm-up and the JIT compilation they cause are left out), the server's RSS at the
#     end of the load and the top-level SQL statements per article stored (pg_stat_statements);
#     $WORK/<server>.statements.txt lists the statements by total time (calls|execution ms|planning ms|plans|top-level|query; plans: how many times it was planned, which the load does not change), the triggers' own
#     statements among them (top-level f). Times there are wall-clock: on a loaded machine they
#     include waiting for a core and for the server to read results, so the CPU figures are the ones to compare.
# The servers' warm-up of reads after start (http/ApiWarmUp) is off unless NEWSGRAPH_WARM_UP_DURATION says otherwise:
# its reads would share the first 20 s of the load and count in its SQL statements per article.
# Where the CPU of the window went: $WORK/<server>.cpu.txt, per article and in cores, by process (the server, the load
# client, PostgreSQL's backends of the server, its WAL writer, checkpointer..., its ended children); the result line
# checks the sum against what the machine's cores were busy in the window (/proc/stat) and says IMPOSSIBLE when it is
# more; $WORK/<server>.threads.txt, the server's CPU by thread kind (request threads, event
# loops, JIT compilers, garbage collector...); planning and execution time per statement in $WORK/<server>.statements.txt;
# with PG_PROFILE=1, a perf profile of PostgreSQL's processes over the window in $WORK/<server>.pg-profile.txt (needs perf).
# The result line also says how many methods waited for the JIT compilers at the window's start and end (jcmd
# Compiler.queue; needs the JDK's jcmd): a queue there means the window measured the JIT's warm-up, not the steady state
# (the load's code reaches C2 after thousands of calls: code run once per request needs thousands of requests).
# JIT_SETTLE=SECONDS opens the window only once the JIT compilers have settled (nothing compiling nor queued at two
# looks 10 s apart), waiting at most SECONDS after WARMUP with the load running; the result line says how long it
# waited. After 60 s of warm-up the C2 compiler was still compiling the extractors' big methods again after
# deoptimizations (a branch first taken after C2 had compiled the method; 40 to 76 KB of code and seconds of CPU per
# compilation): the window measured the warm-up's tail, not the steady state.
# STARTUP=no skips the two starts with the sample data (their start-up figures print as "-"): quicker runs when only the
# load's figures matter.
# BASELINE_JAVA_OPTS (JAVA_OPTS unless set) are the baseline server's JVM options: with BASELINE_APP and APP the same build,
# "baseline newsgraph" compares two sets of JVM options. The methods waiting for the JIT compilers at the window's start
# and end are listed in $WORK/<server>.jit-queue-start.txt and -end.txt (which code still ran unoptimized in the window).
# Other settings: READY_TIMEOUT (seconds a server may take to be ready, 300), JAVA_OPTS (of the servers, e.g. a JFR recording), POOL (16), PG_PORT, PORT, PG_BIN (as scripts/bench/run.sh). Needs: a JDK, curl, psql.
# The load client runs on the same machine as the server and PostgreSQL, as in a single-box deployment.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SERVERS=${SERVERS:-newsgraph}
CLIENTS=${CLIENTS:-4}
PER_REQUEST=${PER_REQUEST:-10}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
POOL=${POOL:-16}
PG_PORT=${PG_PORT:-55498}
PORT=${PORT:-18097}
WORK=$ROOT/target/bench-ingest
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
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
thread_ticks() { # pid -> "kind ticks" per thread; a kind is the thread's name without its numbers
    for task in /proc/$1/task/*; do
        sed 's/^[0-9]* (\(.*\)) [A-Z] /\1\t/' "$task/stat" 2> /dev/null || true
    done | awk -F'\t' '{split($2, f, " "); name = $1; gsub(/[0-9]+/, "N", name); t[name] += f[11] + f[12]} END {for (n in t) print n "\t" t[n]}'
}
cpu_snapshot() { # server-pid client-pid -> "part<TAB>ticks" lines: the server, the load client, PostgreSQL's processes by
    # kind (the server's connections, the WAL writer, the checkpointer...; "ended" is its ended children's, counted by
    # the postmaster), the whole machine's busy and all ticks (/proc/stat, every core), and the wall clock in ticks
    local master=$(head -1 "$WORK/pg/postmaster.pid") hz=$(getconf CLK_TCK)
    echo -e "server\t$(cpu_ticks "$1")"
    echo -e "client\t$(cpu_ticks "$2")"
    awk '{print "PostgreSQL ended children and postmaster\t" $14 + $15 + $16 + $17}' "/proc/$master/stat"
    for child in $(cat /proc/$master/task/*/children); do
        { tr '\0' ' ' < "/proc/$child/cmdline"; echo; cat "/proc/$child/stat"; } 2> /dev/null \
            | awk 'NR == 1 {kind = ($2 == "postgres" && $3 ~ /^ingest_/) ? "backends of the server" : ($3 ~ /^ingest_|^template|^postgres$/ ? "backends of psql" : $2 " " $3)}
                   NR == 2 {sub(/^.*\) /, ""); print "PostgreSQL " kind "\t" $12 + $13}'
    done | awk -F'\t' '{t[$1] += $2} END {for (k in t) print k "\t" t[k]}' # one line per kind, for join
    awk '/^cpu / {print "machine busy\t" $2 + $3 + $4 + $7 + $8 + $9; print "machine all\t" $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat
    awk -v hz="$hz" '{printf "wall\t%d\n", $1 * hz}' /proc/uptime
}
jit_queue() { # pid file -> "C1 n, C2 m": methods waiting for the JIT compilers (jcmd Compiler.queue, kept in file), "-"
    # when jcmd cannot tell
    timeout 60 jcmd "$1" Compiler.queue 2> /dev/null | tee "$2" | awk '/^C[12] compile queue:/ {q = substr($0, 1, 2); seen = 1; next}
        /^$/ {q = ""; next} q != "" && $0 != "Empty" {n[q]++} END {if (seen) printf "C1 %d, C2 %d", n["C1"], n["C2"]; else printf "-"}'
}
now() { date +%s.%N; }
jit_settle() { # pid max-seconds -> seconds waited until the JIT compilers settled (nothing compiling nor queued at two
    # looks 10 s apart: jcmd Compiler.queue lists the compilations under way, whatever CPU the machine's load leaves them),
    # or "no (N s)" when they had not within max-seconds
    local waited=0 idle=0
    while [ "$waited" -lt "$2" ]; do
        if timeout 60 jcmd "$1" Compiler.queue 2> /dev/null | awk '/^Current compiles:/ {s = 1; next} /^C[12] compile queue:/ {s = 1; next}
                /^$/ {s = 0; next} s && $0 != "Empty" {busy = 1} END {exit busy}'; then
            idle=$((idle + 1))
            [ "$idle" -lt 2 ] || { echo "$waited s"; return; }
        else
            idle=0
        fi
        sleep 10; waited=$((waited + 10))
    done
    echo "no ($waited s)"
}
start_server() { # server database log sample-data -> sets SERVER_PID and READY (seconds from launch to ready)
    local started=$(now)
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$2 QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$POOL QUARKUS_HTTP_PORT=$PORT NEWSGRAPH_SAMPLE_DATA=$4 \
    NEWSGRAPH_WARM_UP_DURATION=${NEWSGRAPH_WARM_UP_DURATION:-0} \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/dev-jwt/public-key.pem MP_JWT_VERIFY_ISSUER=newsgraph-dev \
        java $(if [ "$1" = baseline ]; then echo "${BASELINE_JAVA_OPTS-${JAVA_OPTS:-}}"; else echo "${JAVA_OPTS:-}"; fi) -jar "$(app "$1")/quarkus-run.jar" >> "$WORK/$3.log" 2>&1 &
    SERVER_PID=$!
    # READY_TIMEOUT seconds (300) of wall-clock time, not a count of tries: on a loaded machine each try takes longer.
    while awk -v a="$started" -v b="$(now)" -v limit="${READY_TIMEOUT:-300}" 'BEGIN {exit !(b - a < limit)}'; do
        if curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; then
            READY=$(awk -v a="$started" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')
            return 0
        fi
        sleep 0.05
    done
    echo "not ready in ${READY_TIMEOUT:-300}s: $1" >&2; exit 1
}
graphql() { curl -sf "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" -d "$1"; }
first_extract() { # seconds of the first extract query
    local body='{"query":"query($t: String!) { extract(text: $t) { headline people { name } } }","variables":{"t":"Kharkiv mayor says drone attack injured two\n\nKHARKIV, Ukraine (AP) — A Russian drone attack on Kharkiv injured two people overnight, Mayor Ihor Terekhov said on Telegram."}}'
    local started=$(now)
    graphql "$body" > /dev/null
    awk -v a="$started" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'
}

RESULTS=$WORK/results.txt; : > "$RESULTS"
for server in $SERVERS; do
    db=ingest_$server
    psql -h localhost -p "$PG_PORT" -U postgres -q -c "drop database if exists $db" -c "create database $db"
    psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -q -c "create extension pg_stat_statements" \
        -c "alter database $db set pg_stat_statements.track = 'all'" `# the triggers' statements too, apart from the top-level ones` \
        -c "alter database $db set pg_stat_statements.track_planning = on"
    : > "$WORK/$server.log"
    ready_fresh=-; ready=-
    if [ "${STARTUP:-yes}" != no ]; then
        start_server "$server" "$db" "$server" true; ready_fresh=$READY
        stop_server
        start_server "$server" "$db" "$server" true; ready=$READY
        stop_server
    fi
    start_server "$server" "$db" "$server" false; ready_plain=$READY
    first=$(first_extract)
    sleep 5
    idle=$(rss_mb "$SERVER_PID")
    stored_before=$(psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -qAt -c "select count(*) from article")
    psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -qAt -c "select pg_stat_statements_reset()" > /dev/null
    load_out=$WORK/$server.load.txt
    # Emptied here, not by the client's redirection: that runs in the background child, and a wait for "WINDOW start"
    # that reads the previous run's file before the child empties it opens the window at the client's launch (probes and
    # warm-up counted: session 14's CPU per article five times too high in three of four windows).
    : > "$load_out"
    gate=$WORK/$server.gate; rm -f "$gate"
    java scripts/bench/IngestLoad.java "http://localhost:$PORT/graphql" "$TOKEN" src/test/resources/extract/corpus/dev \
        "$CLIENTS" "$PER_REQUEST" "$WARMUP" "$DURATION" "$server$(date +%s)" ${JIT_SETTLE:+"$gate"} > "$load_out" &
    load_pid=$!
    await_line() { until grep -qs "^$1" "$load_out"; do kill -0 "$load_pid" 2> /dev/null || { echo "load ended early" >&2; exit 1; }; sleep 0.05; done; }
    settled=-
    if [ -n "${JIT_SETTLE:-}" ]; then
        await_line "WARM"
        settled=$(jit_settle "$SERVER_PID" "$JIT_SETTLE")
        touch "$gate"
    fi
    await_line "WINDOW start"
    cpu_snapshot "$SERVER_PID" "$load_pid" > "$WORK/$server.cpu-start"
    thread_ticks "$SERVER_PID" > "$WORK/$server.threads-start"
    queue_start=$(jit_queue "$SERVER_PID" "$WORK/$server.jit-queue-start.txt")
    perf_pid=
    if [ "${PG_PROFILE:-}" = 1 ]; then
        perf record -q -F 499 -g -o "$WORK/$server.pg.perf.data" \
            -p "$(cat /proc/$(head -1 "$WORK/pg/postmaster.pid")/task/*/children | tr ' ' '\n' | grep . | paste -sd,)" 2> /dev/null &
        perf_pid=$!
    fi
    await_line "WINDOW end"
    cpu_snapshot "$SERVER_PID" "$load_pid" > "$WORK/$server.cpu-end"
    thread_ticks "$SERVER_PID" > "$WORK/$server.threads-end"
    queue_end=$(jit_queue "$SERVER_PID" "$WORK/$server.jit-queue-end.txt")
    if [ -n "$perf_pid" ]; then
        kill -INT "$perf_pid"; wait "$perf_pid" || true
        perf report -i "$WORK/$server.pg.perf.data" --stdio --no-children --sort symbol -g none 2> /dev/null \
            | grep -v '^#' | grep . | head -60 > "$WORK/$server.pg-profile.txt" || true
    fi
    wait "$load_pid"
    result=$(grep -v '^WINDOW' "$load_out")
    load=$(cut -d' ' -f1 /proc/loadavg)
    loaded=$(rss_mb "$SERVER_PID")
    echo "$result" | grep -v '^RESULT' | sed "s/^/$server: /" >&2 || true
    result=$(grep '^RESULT' <<< "$result")
    articles=$(psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -qAt -c "select count(*) from article")
    statements=$(psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -qAt -c "select round(sum(calls)::numeric / greatest($articles - $stored_before, 1), 1)
        from pg_stat_statements where toplevel and query not like '%pg_stat_statements%'")
    psql -h localhost -p "$PG_PORT" -U postgres -d "$db" -qAt -c "select calls, round(total_exec_time::numeric), round(total_plan_time::numeric), plans, toplevel,
        left(regexp_replace(query, '\s+', ' ', 'g'), 160)
        from pg_stat_statements order by total_exec_time + total_plan_time desc limit 60" > "$WORK/$server.statements.txt"
    window_articles=$(grep '^RESULT' "$load_out" | sed 's/.*window_articles=\([0-9]*\).*/\1/')
    join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 <(sort "$WORK/$server.threads-start") <(sort "$WORK/$server.threads-end") \
        | awk -F'\t' -v hz="$(getconf CLK_TCK)" -v n="$window_articles" '{d = $3 - $2; if (d > 0 && n > 0) printf "%8.2f ms per article  %s\n", d * 1000 / hz / n, $1}' \
        | sort -rn > "$WORK/$server.threads.txt"
    rm -f "$WORK/$server.threads-start" "$WORK/$server.threads-end"
    # The window's CPU by process, per article and in cores (CPU seconds over the window's wall-clock seconds), checked:
    # what the processes used cannot exceed what the machine's cores were busy, nor that the cores the wall clock gave.
    join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 <(sort "$WORK/$server.cpu-start") <(sort "$WORK/$server.cpu-end") \
        | awk -F'\t' '{print $1 "\t" $3 - $2}' > "$WORK/$server.cpu-diff"
    rm -f "$WORK/$server.cpu-start" "$WORK/$server.cpu-end"
    part() { awk -F'\t' -v p="$1" '$1 ~ p {s += $2} END {print s + 0}' "$WORK/$server.cpu-diff"; }
    used=$(part '^server$'); pg_used=$(part '^PostgreSQL'); client_used=$(part '^client$')
    wall=$(part '^wall$'); busy=$(part '^machine busy$'); all=$(part '^machine all$')
    awk -F'\t' -v n="$window_articles" -v wall="$wall" -v hz="$(getconf CLK_TCK)" '$1 !~ /^(wall|machine)/ && $2 > 0 && n > 0 {
        printf "%8.2f ms per article  %5.2f cores  %s\n", $2 * 1000 / hz / n, $2 / wall, $1}' "$WORK/$server.cpu-diff" \
        | sort -rn > "$WORK/$server.cpu.txt"
    rm -f "$WORK/$server.cpu-diff"
    check=$(awk -v used="$((used + pg_used + client_used))" -v busy="$busy" -v all="$all" -v wall="$wall" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        printf "window %.1f s; server, PostgreSQL and client used %.2f cores, the machine %.2f of %.2f", wall / hz, used / wall, busy / wall, all / wall
        if (used > busy * 1.02 + 2 || busy > all * 1.02 + 2) printf " (IMPOSSIBLE: the CPU figures are wrong)"}')
    # The JIT compilers' part of the server's CPU per article: when it is more than a few tenths of a millisecond, the
    # window measured the JIT still compiling the code of the load, not the service's steady state.
    jit=$(awk '/CompilerThre/ {s += $1} END {printf "%.1f", s}' "$WORK/$server.threads.txt")
    stop_server
    line=$(awk -v r="$result" -v ticks="$used" -v jit="$jit" -v qs="$queue_start" -v qe="$queue_end" -v pg="$pg_used" -v client="$client_used" -v check="$check" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(r, f, /[ =]/); printf "%s articles/s, %s requests, p50 %s ms, p99 %s ms, %s errors, %s; CPU per article: server %.1f ms (of which the JIT compilers %s ms; methods waiting for them at the window'"'"'s start %s, at its end %s), PostgreSQL %.1f ms, client %.1f ms (%s)",
        f[3], f[5], f[7], f[9], f[11], f[13], (f[15] ? ticks * 1000 / hz / f[15] : 0), jit, qs, qe, (f[15] ? pg * 1000 / hz / f[15] : 0), (f[15] ? client * 1000 / hz / f[15] : 0), check }')
    echo "$server: JIT settled before the window: ${settled}; ready in ${ready_fresh}s (sample data, fresh database), ${ready}s (sample data, restart), ${ready_plain}s (no sample data); first extract ${first}s after ready; RSS idle ${idle} MB, after load ${loaded} MB; $line; $articles articles stored, $statements SQL statements per article stored (top ones: $WORK/$server.statements.txt); load average $load at the end of its load" \
        | tee -a "$RESULTS"
done
echo "CLIENTS=$CLIENTS PER_REQUEST=$PER_REQUEST WARMUP=${WARMUP}s DURATION=${DURATION}s POOL=$POOL, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
