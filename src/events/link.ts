/**
 * Whether two event mentions can be one real event, and how sure that is. Every test must pass; the
 * first that fails says why not. A link needs the same type (sub-types that reports confuse count as
 * one), dates that overlap at their precision, no contradicting actors, no different stated terms for
 * a measure, and a place in common: the same place, or places within a few km (wider as the place
 * gets vaguer). A region in common needs one more sign, the same actor or the same wording (so does a
 * place for ACLED's grab-bag sub-type "Other"); only a country in common, or no place stated, needs
 * both, on the same day.
 */
import { distanceKm } from '../geo/distance.js';
import { COMPATIBLE_SUBTYPES, TRIGGER_STOP_WORDS } from '../lexicon/merge.js';
import { sameParty } from './actors.js';
import { overlaps } from './dates.js';
import type { EventMention, MentionPlace } from './mention.js';
import { stem } from './words.js';

export type Link = { ok: true; score: number; rule: string; evidence: string[] } | { ok: false; reason: string };

/** ACLED geo_precision 1 (the place itself): two points this close are one town's, its edges included
 * (the seeds' strike near a Kyiv airport is 8 km from Kyiv's GeoNames point). */
export const TOWN_KM = 10;
/** geo_precision 2 (near a place, part of a region): a suburb or a district around a town. */
export const NEAR_KM = 25;
/** geo_precision 3 (a larger region) without a division code on both sides: about an oblast's radius. */
export const REGION_KM = 100;
/** Below this a link rests on too many vague or missing arguments to be more than a guess. */
export const MIN_LINK_SCORE = 0.4;
/** Two reports word one event alike when they share this many content words besides the trigger and
 * the actors' names ("Security Council resolution")... */
export const MIN_SHARED_WORDS = 2;
/** ...and these are this share of the shorter sentence's words: a long sentence shares two words with
 * anything. */
export const MIN_WORD_OVERLAP = 0.25;

/** Factors of the link score, one a weaker kind of evidence. */
const FACTOR = {
  subtypeVariant: 0.85,
  nearPlace: 0.9,
  regionPlace: 0.7,
  placeUnstated: 0.6,
  coarseDate: 0.7,
  actorsUnstated: 0.85,
} as const;

const COMPATIBLE = new Map<string, number>();
COMPATIBLE_SUBTYPES.forEach((group, i) => group.forEach((s) => COMPATIBLE.set(s, i)));

export function link(a: EventMention, b: EventMention): Link {
  // The cheapest tests first: most pairs a store or a merge tries fail on the date or the type.
  if (!a.days || !b.days) return no('a mention has no date');
  if (!overlaps(a.days, b.days)) return no(`dates differ (${a.date?.value} / ${b.date?.value})`);
  if (a.type !== b.type) return no(`types differ (${a.type} / ${b.type})`);
  const evidence: string[] = [];
  let score = 1;
  if (a.subtype !== b.subtype) {
    const g = COMPATIBLE.get(a.subtype);
    if (g === undefined || g !== COMPATIBLE.get(b.subtype)) return no(`sub-types differ (${a.subtype} / ${b.subtype})`);
    score *= FACTOR.subtypeVariant;
    evidence.push(`sub-types ${a.subtype} / ${b.subtype} are read from one event's words`);
  }
  if (a.subtype === 'Other') {
    if (a.plover && b.plover && a.plover !== b.plover) return no(`PLOVER categories differ (${a.plover} / ${b.plover})`);
    const tb = triggerWords(b);
    const shared = triggerWords(a).filter((w) => tb.includes(w));
    if (shared.length === 0) return no(`triggers share no word ("${a.trigger.text}" / "${b.trigger.text}")`);
    evidence.push(`triggers share "${shared.join(', ')}"`);
  }
  const sameDay = a.days[0] === a.days[1] && b.days[0] === b.days[1];
  if (!sameDay) score *= FACTOR.coarseDate;
  evidence.push(sameDay ? `same day ${a.date?.value}` : `dates overlap (${a.date?.value} ${a.date?.precision} / ${b.date?.value} ${b.date?.precision})`);
  if (a.type === 'Strategic developments' && a.terms.length && b.terms.length && !a.terms.some((t) => b.terms.includes(t))) {
    return no(`stated terms differ (${a.terms.join(' ')} / ${b.terms.join(' ')})`);
  }
  const actors = actorMatch(a, b);
  if (actors.conflict) return no(`actors differ (${actors.conflict})`);
  if (actors.shared) evidence.push(`actors share ${actors.shared}`);
  else score *= FACTOR.actorsUnstated;
  const place = placeMatch(a.place, b.place);
  if (!place.ok) return no(place.reason);
  score *= place.factor;
  evidence.push(place.evidence);
  const wording = sharedWording(a, b);
  if (wording) evidence.push(`sentences share ${wording}`);
  // "Other" is a grab bag (talks, visits, curfews, calls): one place and one verb on one day is not yet
  // one act, so it needs what a region needs.
  const strength = place.strength === 'place' && a.subtype === 'Other' ? 'region' : place.strength;
  if (strength === 'weak' && !(actors.shared && sameDay && wording)) return no(`${place.evidence}, and not the same actor and wording on one day`);
  if (strength === 'region' && !(actors.shared || wording)) return no(`${place.evidence}, and neither actor nor wording in common`);
  if (score < MIN_LINK_SCORE) return no(`too weak (${score.toFixed(2)}): ${evidence.join('; ')}`);
  const rule = `${place.rule}/${sameDay ? 'same-day' : 'overlapping-dates'}${actors.shared ? '/same-actor' : ''}`;
  return { ok: true, score: Math.round(score * 1000) / 1000, rule, evidence };
}

const no = (reason: string): Link => ({ ok: false, reason });

/** Each mention's trigger words, worked out once: a merge compares a mention with many others. */
const TRIGGER_WORDS = new WeakMap<EventMention, string[]>();

function triggerWords(m: EventMention): string[] {
  let words = TRIGGER_WORDS.get(m);
  if (!words) {
    words = (m.trigger.text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !TRIGGER_STOP_WORDS.has(w)).map(stem);
    TRIGGER_WORDS.set(m, words);
  }
  return words;
}

/** The content words two sentences share besides the trigger's and the actors' names, when they are
 * enough to say the two are worded alike; null otherwise. */
function sharedWording(a: EventMention, b: EventMention): string | null {
  const own = new Set([...triggerWords(a), ...triggerWords(b), ...[...a.actors, ...b.actors].flatMap((x) => x.keys)]);
  const [wa, wb] = [a.words.filter((w) => !own.has(w)), b.words.filter((w) => !own.has(w))];
  const set = new Set(wb);
  const shared = wa.filter((w) => set.has(w));
  const smaller = Math.min(wa.length, wb.length);
  if (shared.length < MIN_SHARED_WORDS || smaller === 0 || shared.length / smaller < MIN_WORD_OVERLAP) return null;
  return `"${shared.join(', ')}" (${shared.length} of ${smaller})`;
}

/**
 * Parties in common, by the link stage's entities where they tell and else by name (`sameParty`).
 * Battles have two sides with no order between them, so their actors and targets are compared as one
 * set; otherwise actors with actors. Either side naming no actor is no conflict.
 */
function actorMatch(a: EventMention, b: EventMention): { shared: string | null; conflict: string | null } {
  const partiesOf = (m: EventMention) => m.actors.filter((x) => (a.type === 'Battles' || x.role === 'actor') && x.keys.length > 0);
  const [pa, pb] = [partiesOf(a), partiesOf(b)];
  if (pa.length === 0 || pb.length === 0) return { shared: null, conflict: null };
  for (const x of pa) for (const y of pb) if (sameParty(x, y)) return { shared: x.name === y.name ? x.name : `${x.name} = ${y.name}`, conflict: null };
  return { shared: null, conflict: `${pa.map((x) => x.name).join(', ')} / ${pb.map((x) => x.name).join(', ')}` };
}

/** How much a place match says: `place` is enough; `region` needs one more sign; `weak` needs all. */
type Strength = 'place' | 'region' | 'weak';
type PlaceMatch = { ok: true; factor: number; rule: string; evidence: string; strength: Strength } | { ok: false; reason: string };

const isCountry = (p: MentionPlace) => !!p.featureType && p.featureType.startsWith('PCL');
const precisionOf = (p: MentionPlace) => p.precision ?? (p.featureType === 'ADM1' || p.featureType === 'RGN' ? 3 : 1);

function placeMatch(a: MentionPlace | null, b: MentionPlace | null): PlaceMatch {
  if (!a || !b || a.lat === null || a.lon === null || b.lat === null || b.lon === null) {
    return { ok: true, factor: FACTOR.placeUnstated, rule: 'place-unstated', evidence: 'a report names no place', strength: 'weak' };
  }
  if (a.geonameid !== null && a.geonameid === b.geonameid) {
    const strength: Strength = isCountry(a) ? 'weak' : precisionOf(a) === 3 ? 'region' : 'place';
    return { ok: true, factor: 1, rule: 'same-place', evidence: `same place (${a.name}, GeoNames ${a.geonameid})`, strength };
  }
  if (a.country && b.country && a.country !== b.country) return { ok: false, reason: `places in different countries (${a.name} ${a.country} / ${b.name} ${b.country})` };
  if (isCountry(a) || isCountry(b)) {
    return { ok: true, factor: FACTOR.placeUnstated, rule: 'same-country', evidence: `${a.name} / ${b.name}: only the country in common`, strength: 'weak' };
  }
  const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
  const at = `${a.name} / ${b.name} ${km.toFixed(1)} km apart`;
  const precision = Math.max(precisionOf(a), precisionOf(b));
  if (precision === 1 && km <= TOWN_KM) return { ok: true, factor: FACTOR.nearPlace, rule: 'near-place', evidence: at, strength: 'place' };
  if (precision === 2 && km <= NEAR_KM) return { ok: true, factor: FACTOR.nearPlace, rule: 'near-place', evidence: at, strength: 'place' };
  if (precision === 3) {
    const sameDivision = a.admin1 !== null && a.admin1 === b.admin1;
    if (sameDivision || ((a.admin1 === null || b.admin1 === null) && km <= REGION_KM)) {
      return { ok: true, factor: FACTOR.regionPlace, rule: 'same-region', evidence: `${at}, in one region${sameDivision ? ` (${a.admin1})` : ''}`, strength: 'region' };
    }
  }
  return { ok: false, reason: `places too far apart for their precision (${at}, precision ${precision})` };
}
