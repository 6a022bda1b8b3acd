#!/usr/bin/env bash
# Every root query with each filter it offers, under wrk, against the packaged jar over a generated database.
#
#   scripts/bench/roots.sh [articles]        # default 10000; the database is generated once and kept in target/bench
#
# Each case is a GraphQL document with variables that change from request to request (ids, countries, kinds, words,
# date windows, cursors deep in the list), taken from the database by scripts/bench/roots.sql, so that neither
# PostgreSQL's nor the server's caches see the same request twice in a row. Every list selects totalCount.
# Settings (environment): CONNECTIONS (8), DURATION of each measurement (10s), CASES (a regular expression over
# "query filter", e.g. 'articles|search'), POOL (16), PG_PORT, NG_PORT, PG_BIN as for run.sh.
# Needs: a JDK, wrk, jq, curl, psql. Prints: query, filter, requests/s, p50, p99, errors, and from pg_stat_statements the
# SQL statements per request, their execution time per request and the slowest statement, which tell the database's
# share of the latency from the server's.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=$ROOT/target/bench
ARTICLES=${1:-10000}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-10s}
CASES=${CASES:-.}
NG_PORT=${NG_PORT:-18099}
mkdir -p "$WORK/roots"
for tool in wrk jq curl psql java; do
    command -v $tool > /dev/null || { echo "missing: $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
source scripts/bench/database.sh
start_postgres
ensure_database "$ARTICLES"
psql_db -c "create extension if not exists pg_stat_statements"

# --- The cases: "query|filter|document", the variables of each request from roots.sql ------------------------------
LIST='totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }'
PAGE='$first: Int, $after: String, $last: Int, $before: String'
PAGING='first: $first, after: $after, last: $last, before: $before'
STAT='key incidents killed injured'
CASE_LIST=$(cat <<GRAPHQL
articles|none|query($PAGE) { articles($PAGING) { $LIST } }
articles|oldest first|query($PAGE) { articles($PAGING, order: OLDEST_FIRST) { $LIST } }
articles|text|query($PAGE, \$text: String) { articles($PAGING, text: \$text) { $LIST } }
articles|from, to|query($PAGE, \$from: Date, \$to: Date) { articles($PAGING, from: \$from, to: \$to) { $LIST } }
articles|mentioning|query($PAGE, \$mentioning: ID) { articles($PAGING, mentioning: \$mentioning) { $LIST } }
articles|feed|query($PAGE, \$feed: ID) { articles($PAGING, feed: \$feed) { $LIST } }
articles|source|query($PAGE, \$source: ID) { articles($PAGING, source: \$source) { $LIST } }
events|none|query($PAGE) { events($PAGING) { $LIST } }
events|oldest first|query($PAGE) { events($PAGING, order: OLDEST_FIRST) { $LIST } }
events|kind|query($PAGE, \$kind: [EventKind]) { events($PAGING, kind: \$kind) { $LIST } }
events|from, to|query($PAGE, \$from: Date, \$to: Date) { events($PAGING, from: \$from, to: \$to) { $LIST } }
events|within|query($PAGE, \$within: ID) { events($PAGING, within: \$within) { $LIST } }
events|country|query($PAGE, \$country: String) { events($PAGING, country: \$country) { $LIST } }
events|participant|query($PAGE, \$participant: ID) { events($PAGING, participant: \$participant) { $LIST } }
events|text|query($PAGE, \$text: String) { events($PAGING, text: \$text) { $LIST } }
incidents|none|query($PAGE) { incidents($PAGING) { $LIST } }
incidents|oldest first|query($PAGE) { incidents($PAGING, order: OLDEST_FIRST) { $LIST } }
incidents|type|query($PAGE, \$type: [IncidentType]) { incidents($PAGING, type: \$type) { $LIST } }
incidents|from, to|query($PAGE, \$from: Date, \$to: Date) { incidents($PAGING, from: \$from, to: \$to) { $LIST } }
incidents|within|query($PAGE, \$within: ID) { incidents($PAGING, within: \$within) { $LIST } }
incidents|country|query($PAGE, \$country: String) { incidents($PAGING, country: \$country) { $LIST } }
incidents|perpetrator|query($PAGE, \$perpetrator: ID) { incidents($PAGING, perpetrator: \$perpetrator) { $LIST } }
incidents|minKilled|query($PAGE, \$minKilled: Int) { incidents($PAGING, minKilled: \$minKilled) { $LIST } }
incidents|text|query($PAGE, \$text: String) { incidents($PAGING, text: \$text) { $LIST } }
incidentStats|groupBy|query(\$groupBy: IncidentGrouping!) { incidentStats(groupBy: \$groupBy) { $STAT } }
incidentStats|type|query(\$groupBy: IncidentGrouping!, \$type: [IncidentType]) { incidentStats(groupBy: \$groupBy, type: \$type) { $STAT } }
incidentStats|from, to|query(\$groupBy: IncidentGrouping!, \$from: Date, \$to: Date) { incidentStats(groupBy: \$groupBy, from: \$from, to: \$to) { $STAT } }
incidentStats|within|query(\$groupBy: IncidentGrouping!, \$within: ID) { incidentStats(groupBy: \$groupBy, within: \$within) { $STAT } }
incidentStats|country|query(\$groupBy: IncidentGrouping!, \$country: String) { incidentStats(groupBy: \$groupBy, country: \$country) { $STAT } }
incidentStats|perpetrator|query(\$groupBy: IncidentGrouping!, \$perpetrator: ID) { incidentStats(groupBy: \$groupBy, perpetrator: \$perpetrator) { $STAT } }
organizations|none|query($PAGE) { organizations($PAGING) { $LIST } }
organizations|text|query($PAGE, \$text: String) { organizations($PAGING, text: \$text) { $LIST } }
organizations|kind|query($PAGE, \$kind: OrganizationKind) { organizations($PAGING, kind: \$kind) { $LIST } }
organizations|country|query($PAGE, \$country: String) { organizations($PAGING, country: \$country) { $LIST } }
people|none|query($PAGE) { people($PAGING) { $LIST } }
people|text|query($PAGE, \$text: String) { people($PAGING, text: \$text) { $LIST } }
people|organization|query($PAGE, \$organization: ID) { people($PAGING, organization: \$organization) { $LIST } }
places|none|query($PAGE) { places($PAGING) { $LIST } }
places|text|query($PAGE, \$text: String) { places($PAGING, text: \$text) { $LIST } }
places|kind|query($PAGE, \$kind: PlaceKind) { places($PAGING, kind: \$kind) { $LIST } }
places|country|query($PAGE, \$country: String) { places($PAGING, country: \$country) { $LIST } }
places|within|query($PAGE, \$within: ID) { places($PAGING, within: \$within) { $LIST } }
statements|none|query($PAGE) { statements($PAGING) { $LIST } }
statements|speaker|query($PAGE, \$speaker: ID) { statements($PAGING, speaker: \$speaker) { $LIST } }
statements|kind|query($PAGE, \$kind: StatementKind) { statements($PAGING, kind: \$kind) { $LIST } }
statements|about|query($PAGE, \$about: ID) { statements($PAGING, about: \$about) { $LIST } }
statements|article|query($PAGE, \$article: ID) { statements($PAGING, article: \$article) { $LIST } }
statements|from, to|query($PAGE, \$from: Date, \$to: Date) { statements($PAGING, from: \$from, to: \$to) { $LIST } }
statements|text|query($PAGE, \$text: String) { statements($PAGING, text: \$text) { $LIST } }
search|text|query(\$text: String!) { search(text: \$text) { rank snippet { text } node { id } } }
node|id|query(\$id: ID!) { node(id: \$id) { id } }
nodes|ids|query(\$ids: [ID!]!) { nodes(ids: \$ids) { id } }
path|from, to|query(\$from: ID!, \$to: ID!) { path(from: \$from, to: \$to, maxHops: 3) { hops nodes { id } } }
GRAPHQL
)

# Variables: roots.sql prints "query|filter|variables as JSON" lines, a few hundred per case.
psql_db -F '|' -f scripts/bench/roots.sql > "$WORK/roots/variables.txt"
body_file() { echo "$WORK/roots/$(tr -c 'a-zA-Z0-9\n' _ <<< "$1 $2").bodies"; }
while IFS='|' read -r query filter document; do
    grep -F "$query|$filter|" "$WORK/roots/variables.txt" | cut -d'|' -f3- \
        | jq -c --arg query "$document" '{query: $query, variables: .}' > "$(body_file "$query" "$filter")"
    [ -s "$(body_file "$query" "$filter")" ] || { echo "no variables for $query, $filter" >&2; exit 1; }
done <<< "$CASE_LIST"

# --- Load ----------------------------------------------------------------------------------------------------------
RESULTS=$WORK/roots/results.txt; : > "$RESULTS"
while IFS='|' read -r query filter document; do
    grep -Eq "$CASES" <<< "$query $filter" || continue
    bodies=$(body_file "$query" "$filter")
    # The first requests must answer without error before the case is timed (wrk counts the errors of the others).
    head -4 "$bodies" | while read -r body; do
        answer=$(curl -s "http://localhost:$NG_PORT/graphql" -H 'Content-Type: application/json' -d "$body")
        if ! jq -e '.data and (.errors | not)' <<< "$answer" > /dev/null; then echo "$query, $filter: $body: $answer" >&2; exit 1; fi
    done
    BODIES=$bodies wrk -t2 -c"$CONNECTIONS" -d3s --timeout 30s -s scripts/bench/roots.lua "http://localhost:$NG_PORT/graphql" > /dev/null
    psql_db -c "select pg_stat_statements_reset()" > /dev/null
    result=$(BODIES=$bodies wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s scripts/bench/roots.lua \
        "http://localhost:$NG_PORT/graphql" | grep '^RESULT')
    requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
    sql=$(psql_db -F ' ' -c "select round(coalesce(sum(calls), 0)::numeric / greatest($requests, 1), 1),
        round(coalesce(sum(total_exec_time), 0)::numeric / greatest($requests, 1), 2), round(coalesce(max(max_exec_time), 0)::numeric, 1)
        from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
        and query not like '%pg_stat_statements%'")
    echo "$query|$filter|$result $sql" | tee -a "$RESULTS" >&2
done <<< "$CASE_LIST"

echo
echo "$ARTICLES articles ($(psql_db -c "select pg_size_pretty(pg_database_size(current_database()))")), $CONNECTIONS connections," \
    "pool ${POOL:-16}, $DURATION per case, $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
echo
echo "| query | filter | req/s | p50 ms | p99 ms | errors | SQL statements/request | SQL ms/request | slowest SQL ms |"
echo "|---|---|---|---|---|---|---|---|---|"
while IFS='|' read -r query filter result; do
    awk -v q="$query" -v f="$filter" -v r="$result" 'BEGIN { split(r, x, /[ =]/);
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", q, f, x[5], x[7], x[9], x[11], x[12], x[13], x[14] }'
done < "$RESULTS"
