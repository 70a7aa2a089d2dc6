/**
 * The map picture: the events with a place as circles over country outlines from Natural Earth
 * (world-atlas, TopoJSON, read from the package: no tile server, nothing fetched), as inline SVG in an
 * equirectangular projection corrected for the map's middle latitude. Events placed only at country or
 * region level (precision 3) are not drawn: a country's centre is not where anything happened.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Report, ReportEvent } from './types.js';

const WIDTH = 640;
/** Degrees around the events' bounding box, at least, so that a single town has a region round it. */
const MIN_PAD = 1.5;
/** Smallest span shown, in degrees of latitude. */
const MIN_SPAN = 5;
/** Width to height, at least. */
const ASPECT = 4 / 3;
/** Spans wider than this use the coarser outlines (1:110m), the rest 1:50m. */
const COARSE_SPAN = 40;
const COLOURS: Record<string, string> = {
  Battles: '#b33', 'Explosions/Remote violence': '#d96b00', 'Violence against civilians': '#7a1fa2', Protests: '#1f77b4', Riots: '#2a9d8f', 'Strategic developments': '#555',
};

type Ring = Array<[number, number]>;
const outlines = new Map<string, Ring[]>();

/** Every ring of every country of an atlas file, read once. */
function rings(file: 'countries-50m.json' | 'countries-110m.json'): Ring[] {
  const cached = outlines.get(file);
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve(`world-atlas/${file}`);
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const out: Ring[] = [];
  for (const f of feature(topo, topo.objects.countries).features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') out.push(...(g.coordinates as Ring[]));
    else if (g?.type === 'MultiPolygon') for (const poly of g.coordinates as Ring[][]) out.push(...poly);
  }
  outlines.set(file, out);
  return out;
}

export function mapSvg(r: Report): string {
  const events = r.days.flatMap((d) => d.places.flatMap((p) => p.events)).filter((e): e is ReportEvent & { lat: number; lon: number } => e.lat !== null && e.lon !== null && e.placePrecision !== 3);
  if (!events.length) return '';
  const lats = events.map((e) => e.lat);
  const lons = events.map((e) => e.lon);
  let [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const pad = Math.max(MIN_PAD, 0.15 * Math.max(north - south, east - west));
  [south, north, west, east] = [south - pad, north + pad, west - pad, east + pad];
  if (north - south < MIN_SPAN) [south, north] = [(south + north - MIN_SPAN) / 2, (south + north + MIN_SPAN) / 2];
  const cos = Math.cos((((north + south) / 2) * Math.PI) / 180);
  // At least ASPECT as wide as high, so that the map fits a page.
  const wide = Math.max(MIN_SPAN, ASPECT * (north - south));
  if ((east - west) * cos < wide) [west, east] = [(west + east - wide / cos) / 2, (west + east + wide / cos) / 2];
  const k = WIDTH / ((east - west) * cos);
  const height = Math.round((north - south) * k);
  const x = (lon: number) => ((lon - west) * cos * k).toFixed(1);
  const y = (lat: number) => ((north - lat) * k).toFixed(1);
  const file = north - south > COARSE_SPAN ? 'countries-110m.json' : 'countries-50m.json';
  const paths: string[] = [];
  for (const ring of rings(file)) {
    const inside = ring.some(([lo, la]) => lo >= west - 5 && lo <= east + 5 && la >= south - 5 && la <= north + 5);
    if (!inside) continue;
    let d = '';
    let last = '';
    for (const [lo, la] of ring) {
      const pt = `${x(lo)},${y(la)}`;
      if (pt !== last) d += `${d ? 'L' : 'M'}${pt}`;
      last = pt;
    }
    paths.push(`${d}Z`);
  }
  const places = new Map<string, { lat: number; lon: number; events: ReportEvent[] }>();
  for (const e of events) {
    const key = `${e.lat},${e.lon}`;
    const row = places.get(key) ?? places.set(key, { lat: e.lat, lon: e.lon, events: [] }).get(key)!;
    row.events.push(e);
  }
  const dots = [...places.values()].sort((a, b) => b.events.length - a.events.length || a.lat - b.lat || a.lon - b.lon).map((p) => {
    const rad = (3 + 2 * Math.sqrt(p.events.length)).toFixed(1);
    const top = majority(p.events.map((e) => e.type));
    const name = p.events[0]!.place ?? '';
    const killed = p.events.reduce((n, e) => n + (e.fatalities ?? 0), 0);
    return `<g><title>${esc(name)}: ${p.events.length} event${p.events.length === 1 ? '' : 's'}${killed ? `, ${killed} killed` : ''}</title>`
      + `<circle cx="${x(p.lon)}" cy="${y(p.lat)}" r="${rad}" fill="${COLOURS[top] ?? '#555'}" fill-opacity="0.75" stroke="#fff" stroke-width="1"/>`
      + `<text x="${(Number(x(p.lon)) + Number(rad) + 2).toFixed(1)}" y="${(Number(y(p.lat)) + 3).toFixed(1)}" font-size="10">${esc(name)}</text></g>`;
  });
  const left = r.days.flatMap((d) => d.places.flatMap((p) => p.events)).length - events.length;
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`
    + `<title>Where the events took place</title><rect width="${WIDTH}" height="${height}" fill="#eaf2f8"/>`
    + `<path d="${paths.join('')}" fill="#f4f1ea" stroke="#999" stroke-width="0.6"/>${dots.join('')}</svg>`
    + `<figcaption>${events.length} event${events.length === 1 ? '' : 's'} at ${places.size} place${places.size === 1 ? '' : 's'}; circle size by number of events, colour by type`
    + `${left ? `; ${left} event${left === 1 ? '' : 's'} placed only at country or region level or not placed ${left === 1 ? 'is' : 'are'} not drawn` : ''}. Outlines: Natural Earth.</figcaption></figure>`;
}

function majority(xs: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of xs) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
