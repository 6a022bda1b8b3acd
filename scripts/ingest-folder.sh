#!/usr/bin/env bash
# Ingests every *.txt feed of a folder into a running Newsgraph, with progress. Needs only a JDK 17+.
#   export NEWSGRAPH_TOKEN=$(scripts/dev-token.sh)        # dev mode; in production a token of your issuer
#   scripts/ingest-folder.sh path/to/feeds [http://localhost:8080/graphql]
set -euo pipefail
exec java "$(dirname "${BASH_SOURCE[0]}")/IngestFolder.java" "$@"
