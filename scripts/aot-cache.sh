#!/usr/bin/env bash
# Writes a class cache for the packaged jar from a training run, so that the JVM starts with the service's classes
# already parsed and verified: on JDK 25 or newer an AOT cache (JEP 483, 514 and 515: classes loaded and linked, early
# method profiles), about half the CPU to the first answer; on JDK 17 to 24 an AppCDS archive
# (-XX:ArchiveClassesAtExit), which took the main thread's CPU to readiness from 3.3-3.6 to 1.8-2.1 s and the
# process's CPU to the first answer from 11.7-11.9 to 5.8-7.0 s on Java 17 (docs/performance.md, "Start-up").
#
#   ./mvnw package -DskipTests -Dquarkus.package.jar.type=aot-jar
#   JAVA=/usr/lib/jvm/jdk-25/bin/java scripts/aot-cache.sh         # writes target/quarkus-app/app.aot
#   cd target/quarkus-app && /usr/lib/jvm/jdk-25/bin/java -XX:AOTCache=app.aot -jar quarkus-run.jar
#   scripts/aot-cache.sh                                           # Java 17: writes target/quarkus-app/app.jsa
#   cd target/quarkus-app && java -XX:SharedArchiveFile=app.jsa -jar quarkus-run.jar
#
# TRAINING=full (the default): the training run starts the jar over a PostgreSQL 15 of its own
# (scripts/bench/database.sh: Debian's, else the zonky binaries in ~/.m2) on an empty database with the sample data on,
# so that it migrates, extracts and ingests; sends the benchmark's query shapes (scripts/bench/shapes) and an
# `extract`; and stops it, which writes the cache.
# TRAINING=start-db: the start alone over a PostgreSQL of its own, on an empty database (migrations run, the pool
# connects), no sample data, no API warm-up; then an `extract` and one read, and it stops. What docker/Dockerfile.jvm-aot
# runs, with the image's PostgreSQL: a start with its cache loads about 500 classes fewer from the jars than with
# TRAINING=start's (the JDBC driver's, Flyway's migrating, the pool's), for about 5 % less CPU by readiness, within
# the noise of a loaded machine (docs/performance.md, "Start-up", session 18).
# TRAINING=start: no database at all (for a build that has none): the jar starts with migrations off and Hibernate
# ORM offline, answers an `extract` and one read (refused: DATABASE_UNAVAILABLE), and stops. The start-up's classes are
# the bulk of what a cache holds; those of connecting, migrating and of SQL (about 500) load at run time instead.
# The aot-jar packaging puts every class on the JVM's class path: the default fast-jar loads them through Quarkus's
# own class loader, whose classes neither an AOT cache nor a JDK 17 AppCDS archive can hold (which is why
# quarkus.package.jar.appcds.enabled on the fast-jar showed no gain). A cache only serves the JVM build that wrote it
# and the jar files it was written for: write it again after every build, with the java that will run the service (a
# JVM that cannot use it says so and starts without it). Settings: APP (target/quarkus-app), JAVA (java), PG_PORT,
# PORT, PG_BIN.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP=$(cd "${APP:-target/quarkus-app}" && pwd)
JAVA=${JAVA:-java}
PG_PORT=${PG_PORT:-55496}
PORT=${PORT:-18095}
WORK=$ROOT/target/aot-training
mkdir -p "$WORK"
TRAINING=${TRAINING:-full}
case $TRAINING in full|start-db|start) ;; *) echo "TRAINING=full, start-db or start, not $TRAINING" >&2; exit 1;; esac
for tool in curl jq $([ "$TRAINING" = start ] || echo psql); do
    command -v $tool > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# Java 25 or newer: an AOT cache; 17 to 24: a dynamic AppCDS archive of the classes the training loaded.
if [ "${version%%.*}" -ge 25 ]; then CACHE=$APP/app.aot WRITE=-XX:AOTCacheOutput; else CACHE=$APP/app.jsa WRITE=-XX:ArchiveClassesAtExit; fi
grep -q '^Class-Path: ' <(unzip -p "$APP/quarkus-run.jar" META-INF/MANIFEST.MF) \
    || { echo "$APP is not an aot-jar build: ./mvnw package -DskipTests -Dquarkus.package.jar.type=aot-jar" >&2; exit 1; }

rm -f "$CACHE"
# The jar by its absolute path: the cache then serves it started from any directory, by a relative or absolute path.
train() { "$JAVA" $WRITE="$CACHE" -jar "$APP/quarkus-run.jar" > "$WORK/training.log" 2>&1 & }
export QUARKUS_HTTP_PORT=$PORT
PIDS=()
if [ "$TRAINING" != start ]; then
    source scripts/bench/database.sh
    start_postgres
    DB=aot_training
    psql -h localhost -p "$PG_PORT" -U postgres -q -c "drop database if exists $DB" -c "create database $DB"
    if [ "$TRAINING" = full ]; then
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
            NEWSGRAPH_SAMPLE_DATA=true MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/dev-jwt/public-key.pem \
            MP_JWT_VERIFY_ISSUER=newsgraph-dev train
    else
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
            NEWSGRAPH_SAMPLE_DATA=false NEWSGRAPH_WARM_UP_DURATION=0 train
    fi
    ready=/q/health/ready
else
    # Port 1 refuses at once: the reads fail fast, the subscriptions' listener retries in the background.
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:1/none NEWSGRAPH_DB_MIGRATE_AT_START=false \
        QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE=true NEWSGRAPH_WARM_UP_DURATION=0 train
    ready=/q/health/started
    trap 'kill "$SERVER_PID" 2> /dev/null || true' EXIT
fi
SERVER_PID=$!
PIDS+=($SERVER_PID)
for _ in $(seq 1200); do curl -sf -o /dev/null "http://localhost:$PORT$ready" && break; sleep 0.5; done
curl -sf -o /dev/null "http://localhost:$PORT$ready" || { echo "not up: $ready, see $WORK/training.log" >&2; exit 1; }
AUTH=() # reads need no token; the full training's reads name the editor (the dev key pair), as a client would
[ "$TRAINING" != full ] || AUTH=(-H "Authorization: Bearer $(java scripts/DevToken.java editor)")

post() { curl -sf "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' "${AUTH[@]}" -d "$1"; }
if [ "$TRAINING" = full ]; then
    PLACE_ID=$(post '{"query":"{ places(first: 1) { nodes { id } } }"}' | jq -r '.data.places.nodes[0].id')
    PERSON_ID=$(post '{"query":"{ people(first: 1) { nodes { id } } }"}' | jq -r '.data.people.nodes[0].id')
    for round in $(seq 20); do
        for shape in scripts/bench/shapes/*.newsgraph.graphql; do
            query=$(sed -e "s/\$PLACE_ID/$PLACE_ID/; s/\$PERSON_ID/$PERSON_ID/; s/\$COUNTRY/UA/" "$shape")
            post "$(jq -n --arg query "$query" '{$query}')" > /dev/null
        done
    done
else
    post "$(jq -n --arg query "$(cat scripts/bench/shapes/front.newsgraph.graphql)" '{$query}')" > /dev/null || true
fi
post "$(jq -n --arg t "$(sed -n '1,12p' src/main/resources/sample/feeds/000_66e58680fba12932.txt)" \
    '{query: "query($t: String!) { extract(text: $t) { headline people { name } places { name } } }", variables: {$t}}')" > /dev/null

kill "$SERVER_PID" # the JVM writes the cache as it exits
wait "$SERVER_PID" || true
[ -f "$CACHE" ] || { echo "no cache written, see $WORK/training.log" >&2; exit 1; }
echo "$CACHE: $(du -m "$CACHE" | cut -f1) MB, for $("$JAVA" -version 2>&1 | head -1)"
