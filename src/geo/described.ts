/**
 * Places named by a description: "the country", "the capital" ("the Ukrainian capital"), "the city",
 * "the town", "the village", "the region", "the province", "the peninsula" stand for the nearest place of
 * that kind the article named before them (the described place carries the index of that antecedent and
 * its gazetteer point). Such a plain description is the same place again: linking makes it a mention of
 * the place's entity (src/entities/places-described.ts), and the places stage adds no place for it (the
 * place is in the places already; the dev gold lists such a coreference as a place in half the cases).
 *
 * A part of the described place is a place of its own, and the places stage adds it (`part`): a side of
 * the country ("the country's east", "the country’s southeastern regions", "the southeast of the
 * country", as src/geo/parts.ts places a named country's side), a facility ("the capital's airport",
 * precision 2). A part of a town ("the central part of the city", "the outskirts of the city") is read
 * (precision 2) but not added: the gold of the seeds does not list "the outskirts of the city" after
 * Kyiv, and the dev gold lists one of the kind; "the airport" alone is not taken (the town's point is
 * kilometres off where the text means it).
 *
 * Left alone: a description that names its place itself ("the city of Donetsk", "the Ukrainian capital
 * Kiev"), one inside a toponym or entity mention, and one with no place of its kind before it. A
 * possessive about something else the place has ("the country's military") refers to the place but is
 * marked `modifier` (linking keeps it; it is no part).
 */
import { BEARINGS } from '../lexicon/places.js';
import type { Gazetteer } from './gazetteer.js';
import { sideOf } from './parts.js';
import { resolution } from './resolve.js';
import type { Resolution } from './types.js';
import { partitionPoint } from '../sorted.js';

export type DescribedKind = 'country' | 'capital' | 'town' | 'region';

/** The nouns a description is headed by, and the kind of place each stands for. */
export const DESCRIPTION_NOUNS: ReadonlyMap<string, DescribedKind> = new Map([
  ['country', 'country'], ['capital', 'capital'], ['city', 'town'], ['town', 'town'], ['village', 'town'],
  ['region', 'region'], ['province', 'region'], ['peninsula', 'region'], ['oblast', 'region'],
]);
const REGION_CODES = /^(?:ADM[1-4]D?|ADMD|RGN|PEN|ISL)$/;

/** The kinds of description a place of this feature code can be the antecedent of. */
export function describedKinds(featureType: string | null): DescribedKind[] {
  if (!featureType) return [];
  if (/^PCL/.test(featureType)) return ['country'];
  if (featureType === 'PPLC') return ['capital', 'town'];
  if (featureType.startsWith('PPL')) return ['town'];
  return REGION_CODES.test(featureType) ? ['region'] : [];
}

/** A resolved place the description may stand for. */
export interface Antecedent {
  start: number;
  end: number;
  resolution: Pick<Resolution, 'row' | 'featureType' | 'country'> & { confidence?: number };
}

export interface DescribedPlace {
  start: number;
  end: number;
  /** The noun that heads the description ("country", "capital"). */
  noun: string;
  /** The description's own words ("the country" of "the country's east", "the capital" of "the capital's airport"). */
  head: [number, number];
  /** Index into the antecedents given. */
  antecedent: number;
  /** A part of the place (a side, a part of a town, a facility): a place of its own. */
  part?: boolean;
  /** A possessive about something else the place has ("the country's military"): it refers to the place,
   * but the phrase is no place (the places stage leaves it out; linking keeps it). */
  modifier?: boolean;
  resolution: Resolution;
}

/** A description resolves with less confidence than a name: it is a guess from recency and kind. */
const CONFIDENCE = 0.7;
const COMPASS_WORDS = Object.keys(BEARINGS).sort((a, b) => b.length - a.length).join('|');
const NOUN_WORDS = [...DESCRIPTION_NOUNS.keys()].join('|');
/** "the country", "the Ukrainian capital", "The city"; group 1 an optional capitalized adjective, group 2 the noun. */
const DESCRIPTION = new RegExp(`\\b[Tt]he\\s+(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(${NOUN_WORDS})\\b`, 'gu');
/** "’s east", "'s southeastern regions": a side of the place (as src/geo/parts.ts reads it after a name). */
const SIDE_AFTER = new RegExp(`^['’]s\\s+(?:far\\s+)?(${COMPASS_WORDS})(?:\\s+(?:regions?|parts?|areas?|provinces?|oblasts?|territories))?\\b`, 'i');
/** "the southeast of ", "southeast of ", "the eastern part of " before the description. */
const SIDE_BEFORE = new RegExp(`(?:^|\\s)((?:the\\s+)?(?:far\\s+)?(${COMPASS_WORDS})(?:\\s+(?:part|parts|regions?|areas?))?\\s+of\\s+)$`, 'i');
/** "the central part of ", "the outskirts of " before a town's description. */
const PART_BEFORE = new RegExp(`(?:^|\\s)((?:the\\s+)?(?:(?:${COMPASS_WORDS}|central)\\s+)?(?:part|parts|districts?|areas?|outskirts|suburbs|centre|center|edge|heart)\\s+of\\s+)$`, 'i');
/** A facility of the place: "the capital's airport". */
const FACILITY_AFTER = /^['’]s\s+(?:main\s+|international\s+)?airport\b/i;

/**
 * The described places of a text: `antecedents` are the places resolved from names (any order); `taken`
 * whether a span overlaps one already spoken for (toponyms and entity mentions). `demonymCountry` gives the countries a
 * people's adjective names ("Ukrainian" → UA).
 */
export function describedPlaces(
  g: Gazetteer,
  text: string,
  antecedents: readonly Antecedent[],
  taken: (start: number, end: number) => boolean,
  demonymCountry: (word: string) => string[],
): DescribedPlace[] {
  const order = antecedents.map((_, i) => i).filter((i) => antecedents[i]!.resolution.row !== null).sort((a, b) => antecedents[a]!.start - antecedents[b]!.start);
  // the antecedents of each kind (and of each kind in a country), in text order: a description finds its
  // nearest by a binary search, not by walking back over the places of other kinds
  const byKind = new Map<string, number[]>();
  for (const i of order) {
    const r = antecedents[i]!.resolution;
    for (const kind of describedKinds(r.featureType)) {
      for (const key of [kind, `${kind}|${r.country}`]) {
        const list = byKind.get(key);
        if (list) list.push(i);
        else byKind.set(key, [i]);
      }
    }
  }
  const out: DescribedPlace[] = [];
  for (const m of text.matchAll(DESCRIPTION)) {
    const start = m.index;
    let end = start + m[0].length;
    const noun = m[2]!;
    const kind = DESCRIPTION_NOUNS.get(noun)!;
    let country: string | null = null;
    if (m[1]) {
      // only a people's adjective before "capital" ("the Ukrainian capital"); "the Black Sea region" is a name
      const codes = demonymCountry(m[1]);
      if (kind !== 'capital' || codes.length !== 1) continue;
      country = codes[0]!;
    }
    const after = text.slice(end, end + 60);
    // the description names its place itself, or stands in apposition to its name
    if (/^\s+of\b/i.test(after) || /^[ \t]+\p{Lu}/u.test(after)) continue;
    let side: number | null = null;
    let facility = false;
    let modifier = false;
    if (/^['’]s\b/.test(after)) {
      const s = SIDE_AFTER.exec(after);
      const f = FACILITY_AFTER.exec(after);
      if (s && kind === 'country') (side = BEARINGS[s[1]!.toLowerCase()] ?? null), (end += s[0].length);
      else if (f && kind !== 'country') (facility = true), (end += f[0].length);
      // "the capital's Independence Square" is in the capital; "the country's military", "The country's
      // Interior Ministry", "the city's population" are about something else the place has
      else modifier = kind === 'country' || !/^['’]s\s+\p{Lu}/u.test(after);
    }
    let from = start;
    let townPart = false;
    const preceding = text.slice(Math.max(0, start - 40), start);
    const before = kind === 'country' ? SIDE_BEFORE.exec(preceding) : null;
    if (before && side === null) {
      side = BEARINGS[before[2]!.toLowerCase()] ?? null;
      from = start - before[1]!.length;
    }
    const part = (kind === 'town' || kind === 'capital') && !modifier ? PART_BEFORE.exec(preceding) : null;
    if (part) (townPart = true), (from = start - part[1]!.length);
    // the noun and what follows it in no other span (a demonym before it may be a mention of its own)
    const nounStart = start + m[0].length - noun.length;
    if (taken(nounStart, end) || (from < start && taken(from, start))) continue;
    // the nearest place of the kind named before the description
    const fits = byKind.get(country === null ? kind : `${kind}|${country}`) ?? [];
    const k = partitionPoint(fits.length, (x) => antecedents[fits[x]!]!.end <= start) - 1;
    if (k < 0) continue;
    const antecedent = fits[k]!;
    const a = antecedents[antecedent]!.resolution;
    // the antecedent's own gazetteer point, not the side or relation its name was moved to
    let r: Resolution = resolution(g, a.row!, `described:${noun}`, Math.min(a.confidence ?? CONFIDENCE, CONFIDENCE));
    if (side !== null) r = sideOf(g, r, side);
    if (facility) r = { ...r, geonameid: null, precision: 2, rule: `described:${noun}+airport` };
    else if (townPart) r = { ...r, geonameid: null, precision: 2, rule: `described:${noun}+part` };
    out.push({ start: from, end, noun, head: [start, start + m[0].length], antecedent, resolution: r, ...(side !== null || facility ? { part: true } : {}), ...(modifier ? { modifier } : {}) });
  }
  return out;
}
