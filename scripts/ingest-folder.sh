#!/usr/bin/env bash
# Ingests every feed file (*.txt, *.xml, *.json, *.ndjson, *.html) of a folder into a running Newsgraph through
# POST /ingest, with progress. Needs only a JDK 17+.
#   export NEWSGRAPH_TOKEN=$(scripts/dev-token.sh)        # dev mode; in production a token of your issuer
#   scripts/ingest-folder.sh path/to/feeds [http://localhost:8080]
set -euo pipefail
exec java "$(dirname "${BASH_SOURCE[0]}")/IngestFolder.java" "$@"
