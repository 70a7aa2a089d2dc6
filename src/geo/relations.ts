/**
 * Stated relations that move a place off its gazetteer point, applied after context resolution:
 * - "the Piatykhatky suburb", "the Svyatoshynskyi district": a part of the town named just before
 *   (within ANCHOR_CHARS), placed at that town unless the name itself resolves near it; precision 2;
 * - "outskirts of Kyiv", "southwestern edge of Kyiv": at the town, precision 2, the span widened to
 *   the phrase;
 * - "nine miles north (of X)": moved that far on that bearing from X (or from the town the part
 *   belongs to).
 */
import { BEARINGS, NEAR_PHRASES, SUBURB_WORDS } from '../lexicon/places.js';
import { distanceKm, offsetKm } from './distance.js';
import type { Gazetteer } from './gazetteer.js';
import { bareName } from './lookup.js';
import type { ToponymSpan } from './resolve.js';
import type { Resolution } from './types.js';

/** How far back (characters) the town a suburb or district belongs to may be named. */
export const ANCHOR_CHARS = 1500;
/** A part of a town that resolves farther than this from the town is a homonym elsewhere. */
export const PART_OF_TOWN_KM = 50;

const SUBURB_TAIL = new RegExp(`\\s(${SUBURB_WORDS.join('|')})$`, 'i');
const SUBURB_AFTER = new RegExp(`^\\s(${SUBURB_WORDS.join('|')})\\b`, 'i');
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const BEARING = Object.keys(BEARINGS).sort((a, b) => b.length - a.length).join('|');
const DISTANCE = new RegExp(`^,?\\s*(?:about |some |around )?(\\d+(?:\\.\\d+)?|${Object.keys(NUMBERS).join('|')})[\\s-](miles?|km|kilometres?|kilometers?)\\s(${BEARING})\\b`, 'i');
const DISTANCE_BEFORE = new RegExp(`(\\d+(?:\\.\\d+)?|${Object.keys(NUMBERS).join('|')})[\\s-](miles?|km|kilometres?|kilometers?)\\s(${BEARING})\\sof\\s(?:the\\s)?$`, 'i');
const NEAR_BEFORE = new RegExp(`(?:(?:the\\s)?(?:${BEARING})\\s)?(?:${NEAR_PHRASES.join('|')})\\sof\\s(?:the\\s)?$`, 'i');

const isTown = (r: Resolution | undefined) => !!r && r.lat !== null && !!r.featureType?.startsWith('PPL') && r.precision === 1;

function toKm(amount: string, unit: string): number {
  const n = NUMBERS[amount.toLowerCase()] ?? Number(amount);
  return /^mile/i.test(unit) ? n * 1.609344 : n;
}

function moved(r: Resolution, km: number, bearing: string, rule: string): Resolution {
  const [lat, lon] = offsetKm(r.lat!, r.lon!, km, BEARINGS[bearing.toLowerCase()] ?? 0);
  return { ...r, lat, lon, geonameid: null, precision: 2, rule, confidence: Math.min(r.confidence, 0.8) };
}

export function applyRelations(g: Gazetteer, text: string, spans: ToponymSpan[], decided: Resolution[]): Resolution[] {
  void g;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const out = decided.slice();
  const widened: Array<[number, number] | null> = spans.map(() => null);
  let lastTown = -1;
  // a part of a town keeps the town of its first mention ("Independence Square" stays in Kyiv after
  // another town is named)
  const partAnchor = new Map<string, Resolution>();
  for (const i of order) {
    const s = spans[i]!;
    let r = out[i]!;
    const part = SUBURB_TAIL.test(s.text) || SUBURB_AFTER.test(text.slice(s.end, s.end + 20));
    const key = bareName(s.text).toLowerCase();
    const anchor = partAnchor.get(key) ?? (lastTown >= 0 && s.start - spans[lastTown]!.end <= ANCHOR_CHARS ? out[lastTown] : undefined);
    if (part && anchor && isTown(anchor) && !partAnchor.has(key)) partAnchor.set(key, anchor);
    if (part && anchor && isTown(anchor)) {
      const far = r.lat === null || distanceKm(r.lat, r.lon!, anchor.lat!, anchor.lon!) > PART_OF_TOWN_KM;
      if (far) r = { ...anchor, name: bareName(s.text).replace(SUBURB_TAIL, ''), geonameid: null, featureType: 'PPLX', precision: 2, rule: 'part-of-town', confidence: 0.7 };
      const after = text.slice(s.end).replace(SUBURB_AFTER, '');
      const dist = DISTANCE.exec(after);
      if (dist && far) r = moved({ ...anchor, name: r.name, featureType: 'PPLX', confidence: 0.7 }, toKm(dist[1]!, dist[2]!), dist[3]!, 'part-of-town-offset');
    }
    const before = text.slice(Math.max(0, s.start - 60), s.start);
    const dist = DISTANCE_BEFORE.exec(before);
    const near = NEAR_BEFORE.exec(before);
    if (r.lat !== null && dist) {
      r = moved(r, toKm(dist[1]!, dist[2]!), dist[3]!, 'offset-of');
      widened[i] = [s.start - dist[0].length, s.end];
    } else if (r.lat !== null && near) {
      r = { ...r, precision: Math.max(2, r.precision ?? 2) as 2 | 3, rule: 'near-of' };
      widened[i] = [s.start - near[0].length, s.end];
    }
    out[i] = r;
    if (isTown(decided[i])) lastTown = i;
  }
  return out.map((r, i) => (widened[i] ? { ...r, widened: widened[i]! } : r));
}
