/**
 * The map: the events that pass the filters, clustered, over an offline base map (Natural Earth country
 * shapes from the world-atlas package, bundled with the UI: no tile server, nothing fetched from outside).
 */
import L from './leaflet.js';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { get } from '../api.js';
import { fmt, h, route } from '../dom.js';
import { go } from '../nav.js';
import type { EventRow, Page } from '../types.js';
import { filterForm, filterQuery } from './filters.js';

/** The map shows at most this many events; the table pages through the rest. */
const MAX_POINTS = 5000;

export async function mapView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  root.append(h('h1', {}, 'Map'), await filterForm(q, (next) => go('map', next)));
  const page = await get<Page<EventRow>>('events', { ...filterQuery(q), limit: MAX_POINTS });
  const placed = page.items.filter((e) => e.lat !== null && e.lon !== null);
  root.append(h('p', { class: 'count', 'data-testid': 'map-count' }, `${placed.length} of ${page.total} events placed`));
  const box = h('div', { id: 'map', 'data-testid': 'map' });
  root.append(box);
  // Clustering needs a highest zoom; past 12 the country shapes carry no more detail.
  const map = L.map(box, { worldCopyJump: true, attributionControl: true, minZoom: 2, maxZoom: 12 }).setView([48.5, 31], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
  L.geoJSON(unwrap(feature(topo, topo.objects.countries)), { style: { color: '#8a8f98', weight: 0.7, fillColor: '#e9e5dc', fillOpacity: 1 } }).addTo(map);
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  for (const e of placed) {
    const marker = L.marker([e.lat!, e.lon!], { icon: L.divIcon({ className: `event-dot type-${slug(e.type)}`, iconSize: [12, 12] }), title: `${fmt(e.date)} ${e.subtype}` });
    marker.bindPopup(() => h('div', {}, h('strong', {}, e.subtype), h('br'), `${fmt(e.date)} · ${fmt(e.place)}`, h('br'),
      `killed ${fmt(e.fatalities)} · injured ${fmt(e.injured)} · ${e.sources} report(s)`, h('br'), route(`/event/${e.id}`, 'open claim view')));
    cluster.addLayer(marker);
  }
  map.addLayer(cluster);
  // Every place the articles name, apart from events: where the reporting is, not only where things happened.
  const places = await get<{ features: Array<{ geometry: { coordinates: [number, number] }; properties: { name: string; country: string | null; mentions: number; documents: number } }> }>('places');
  const placeLayer = L.layerGroup(places.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    return L.circleMarker([lat, lon], { radius: Math.min(12, 3 + Math.sqrt(p.documents)), color: '#455a64', weight: 1, fillOpacity: 0.35, className: 'place-dot' })
      .bindPopup(() => h('div', {}, h('strong', {}, p.name), ` ${fmt(p.country)}`, h('br'), `${p.mentions} mention(s) in ${p.documents} document(s)`));
  }));
  L.control.layers(undefined, { [`events (${placed.length})`]: cluster, [`places named (${places.features.length})`]: placeLayer }, { collapsed: false }).addTo(map);
  if (placed.length) map.fitBounds(L.latLngBounds(placed.map((e) => [e.lat!, e.lon!] as [number, number])).pad(0.2), { maxZoom: 8 });
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '-');

type Ring = number[][];
/**
 * Rings that cross the antimeridian (Russia's far east, Fiji) hold longitudes near both -180 and 180,
 * which a flat map draws as bands across the world; their western points are moved east by 360°.
 */
function unwrap<T>(collection: T): T {
  const fix = (ring: Ring) => {
    const lons = ring.map((p) => p[0]!);
    if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
    return ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]);
  };
  const fc = collection as unknown as { features: Array<{ geometry: { type: string; coordinates: unknown } | null }> };
  for (const f of fc.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates = (g.coordinates as Ring[]).map(fix);
    else if (g?.type === 'MultiPolygon') g.coordinates = (g.coordinates as Ring[][]).map((poly) => poly.map(fix));
  }
  return collection;
}
