// Maps on the offline base map bundled with the service (Natural Earth country boundaries, see NOTICE): no tiles.
import { leaflet } from './libs.js';
import { esc } from './html.js';

let world = null;
const countries = () => (world ??= fetch('/explorer/map/countries.geojson').then((r) => r.json()));

const COLORS = { place: '#2a9d8f', incident: '#d62839', focus: '#1d3557', child: '#52796f' };

/**
 * Draws points ({lat, lon, label, href, kind}) on the base map in element. Returns a function that removes the map.
 * Points also stand in a list beside every map, so nothing is reachable only by pointer.
 */
export async function drawMap(element, points) {
  const [L, geo] = await Promise.all([leaflet(), countries()]);
  const map = L.map(element, { zoomSnap: 0.25, minZoom: 1, maxZoom: 11, worldCopyJump: true, scrollWheelZoom: false });
  // The view first: layers are drawn for it.
  const located = points.filter((p) => p.lat != null && p.lon != null);
  if (located.length > 1) {
    map.fitBounds(L.latLngBounds(located.map((p) => [p.lat, p.lon])), { padding: [40, 40], maxZoom: 7 });
  } else if (located.length === 1) {
    map.setView([located[0].lat, located[0].lon], 5);
  } else {
    map.setView([25, 10], 1.5);
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  L.geoJSON(geo, {
    interactive: false,
    style: { color: '#a3b1c2', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
  }).addTo(map);
  for (const point of located) {
    const marker = L.circleMarker([point.lat, point.lon], {
      radius: point.kind === 'focus' ? 9 : 7,
      color: '#ffffff',
      weight: 2,
      fillColor: COLORS[point.kind] ?? COLORS.place,
      fillOpacity: 0.9,
    }).addTo(map);
    marker.bindTooltip(esc(point.label), { direction: 'top', offset: [0, -6] });
    if (point.href) marker.on('click', () => { location.hash = point.href; });
  }
  return () => map.remove();
}
