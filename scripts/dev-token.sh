#!/usr/bin/env bash
# Prints a development bearer token for dev mode (./mvnw quarkus:dev). Roles as arguments, default editor:
#   scripts/dev-token.sh            # editor
#   scripts/dev-token.sh admin      # admin (may also ingest)
# Signed with dev-jwt/private-key.pem, which is public: NOT FOR PRODUCTION. Needs only a JDK 17+.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec java scripts/DevToken.java "$@"
