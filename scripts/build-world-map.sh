#!/usr/bin/env bash
# Builds the explorer's offline base map, src/main/resources/META-INF/resources/explorer/map/countries.geojson, from
# the npm package world-atlas (ISC licence; Natural Earth 1:50m country boundaries, public domain), converted from
# TopoJSON to GeoJSON with topojson-client (ISC) and rounded to 0.01 degree (about 1 km). Run it once when the map
# should change and commit the result; the build and the service never run it. Needs Node.js and npm.
set -euo pipefail
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/src/main/resources/META-INF/resources/explorer/map/countries.geojson"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON_CLIENT" >/dev/null
mkdir world-atlas topojson-client
tar xzf "world-atlas-$WORLD_ATLAS.tgz" -C world-atlas --strip-components=1
tar xzf "topojson-client-$TOPOJSON_CLIENT.tgz" -C topojson-client --strip-components=1
cat > convert.cjs <<'JS'
const topojson = require('./topojson-client/dist/topojson-client.js');
const world = require('./world-atlas/countries-50m.json');
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const countries = topojson.feature(world, world.objects.countries);
for (const f of countries.features) {
  f.geometry.coordinates = round(f.geometry.coordinates);
  f.properties = { name: f.properties.name };
}
process.stdout.write(JSON.stringify(countries));
JS
node convert.cjs > "$out"
echo "wrote $out ($(wc -c < "$out") bytes, $(gzip -9 -c "$out" | wc -c) gzipped)"
