/**
 * Parts of a country named by a compass word: "eastern Ukraine", "Southeastern
 * Ukraine", "Ukraine's east", "Ukraine’s southeastern regions". Such a name is an area, not the
 * country's centre: it is placed inside the country's spread of towns, toward the named side, at
 * precision 3. The spread is the middle 90% of the country's populated places in latitude and
 * longitude (the same spread the build centres divisions on), computed once a country. A compass word
 * before a division ("the northeast Sumy region") says where the division lies, so it is not moved.
 */
import { BEARINGS } from '../lexicon/places.js';
import type { Gazetteer } from './gazetteer.js';
import type { Resolution } from './types.js';

const COMPASS = Object.keys(BEARINGS).sort((a, b) => b.length - a.length).join('|');
/** "eastern Ukraine", "the Southeastern Ukraine", "far eastern Ukraine", "north-east Ukraine". */
const BEFORE = new RegExp(`(?:^|\\s)((?:far\\s+)?(?:${COMPASS}))\\s+$`, 'i');
/** "Ukraine's east", "Ukraine’s southeastern regions", "Ukraine's south-east". */
const AFTER = new RegExp(`^['’]s\\s+(?:far\\s+)?(${COMPASS})(?:\\s+(?:regions?|parts?|areas?|provinces?|oblasts?|territories))?\\b`, 'i');
/** Inside a span already: "Southeastern Ukraine" tagged whole by the entity stage. */
const INSIDE = new RegExp(`^(?:the\\s+)?(?:far\\s+)?(${COMPASS})\\s+(.+)$`, 'i');

/** How far from the spread's middle toward its edge a side lies: 0 is the middle, 0.5 the edge. */
export const SIDE_SHARE = 0.3;
/** Parts of places spread less than this (degrees) are not moved: a town's east is the town. */
const MIN_SPREAD_DEG = 1;

/** The compass word before or after a toponym span, and how far the span widens to take it in. */
export function compassAround(text: string, start: number, end: number): { bearing: number; start: number; end: number } | null {
  const from = Math.max(0, start - 20);
  const before = BEFORE.exec(text.slice(from, start));
  if (before) return { bearing: bearingOf(before[1]!), start: from + before.index + before[0].indexOf(before[1]!), end };
  const after = AFTER.exec(text.slice(end, end + 40));
  if (after) return { bearing: bearingOf(after[1]!), start, end: end + after[0].length };
  return null;
}

/** A span's own compass word ("Southeastern Ukraine", "Ukraine's east"): its bearing and the name without it. */
export function compassInside(name: string): { bearing: number; base: string } | null {
  const t = name.trim();
  const m = INSIDE.exec(t);
  if (m) return { bearing: bearingOf(m[1]!), base: m[2]! };
  const tail = /['’]s\s/.exec(t);
  if (!tail) return null;
  const after = AFTER.exec(t.slice(tail.index));
  return after && tail.index + after[0].length === t.length ? { bearing: bearingOf(after[1]!), base: t.slice(0, tail.index) } : null;
}

function bearingOf(word: string): number {
  return BEARINGS[word.toLowerCase().replace(/^far\s+/, '')] ?? 0;
}

interface Spread { latLo: number; latHi: number; lonLo: number; lonHi: number }
const spreads = new WeakMap<Gazetteer, Map<string, Spread | null>>();

/** The middle 90% of the populated places of a country (`UA`) or division (`UA.14`, unused yet). */
export function spreadOf(g: Gazetteer, key: string): Spread | null {
  let cache = spreads.get(g);
  if (!cache) spreads.set(g, (cache = new Map()));
  if (cache.has(key)) return cache.get(key)!;
  const [cc, a1] = key.split('.');
  const d = g.data;
  const lats: number[] = [];
  const lons: number[] = [];
  for (let i = 0; i < d.count; i++) {
    if (d.cc[i] !== cc || !d.code[i]!.startsWith('PPL') || (a1 !== undefined && d.a1[i] !== a1)) continue;
    lats.push(d.lat[i]!);
    lons.push(d.lon[i]!);
  }
  let s: Spread | null = null;
  if (lats.length >= 10) {
    const cut = (xs: number[]) => {
      xs.sort((x, y) => x - y);
      return [xs[Math.floor(xs.length * 0.05)]!, xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!] as const;
    };
    const [latLo, latHi] = cut(lats);
    const [lonLo, lonHi] = cut(lons);
    s = { latLo, latHi, lonLo, lonHi };
  }
  cache.set(key, s);
  return s;
}

/**
 * The resolution moved to the named side of the country it resolved to; other kinds of place
 * (divisions, towns, regions without a spread of towns) are returned as they are.
 */
export function sideOf(g: Gazetteer, r: Resolution, bearing: number): Resolution {
  if (r.lat === null || r.row === null) return r;
  const code = r.featureType;
  // only a country: "the northeast Sumy region" is the Sumy region, which lies in the northeast
  const key = code === 'PCLI' || code === 'PCLD' ? r.country : null;
  const s = key ? spreadOf(g, key) : null;
  if (!s || s.latHi - s.latLo < MIN_SPREAD_DEG || s.lonHi - s.lonLo < MIN_SPREAD_DEG) return r;
  const b = (bearing * Math.PI) / 180;
  const lat = (s.latLo + s.latHi) / 2 + Math.cos(b) * SIDE_SHARE * (s.latHi - s.latLo);
  const lon = (s.lonLo + s.lonHi) / 2 + Math.sin(b) * SIDE_SHARE * (s.lonHi - s.lonLo);
  return { ...r, lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, geonameid: null, precision: 3, rule: `${r.rule}+side-of`, confidence: Math.min(r.confidence, 0.8) };
}
