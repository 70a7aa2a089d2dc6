/**
 * Whether two event mentions can be one real event, and how sure that is. Every test must pass; the
 * first that fails says why not. A link needs the same type (sub-types that reports confuse count as
 * one), dates that overlap at their precision, no contradicting actors, no different stated terms for
 * a measure, and a place in common: the same place, places within a few km (wider as the place gets
 * vaguer), or, when a report names no place, the same actor on the same day.
 */
import { distanceKm } from '../geo/distance.js';
import { COMPATIBLE_SUBTYPES, TRIGGER_STOP_WORDS } from '../lexicon/merge.js';
import { overlaps } from './dates.js';
import type { EventMention, MentionPlace } from './mention.js';

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
  const evidence: string[] = [];
  let score = 1;
  if (a.type !== b.type) return no(`types differ (${a.type} / ${b.type})`);
  if (a.subtype !== b.subtype) {
    const g = COMPATIBLE.get(a.subtype);
    if (g === undefined || g !== COMPATIBLE.get(b.subtype)) return no(`sub-types differ (${a.subtype} / ${b.subtype})`);
    score *= FACTOR.subtypeVariant;
    evidence.push(`sub-types ${a.subtype} / ${b.subtype} are read from one event's words`);
  }
  if (a.subtype === 'Other') {
    if (a.plover && b.plover && a.plover !== b.plover) return no(`PLOVER categories differ (${a.plover} / ${b.plover})`);
    const shared = triggerWords(a).filter((w) => triggerWords(b).includes(w));
    if (shared.length === 0) return no(`triggers share no word ("${a.trigger.text}" / "${b.trigger.text}")`);
    evidence.push(`triggers share "${shared.join(', ')}"`);
  }
  if (!a.days || !b.days) return no('a mention has no date');
  if (!overlaps(a.days, b.days)) return no(`dates differ (${a.date?.value} / ${b.date?.value})`);
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
  if (place.needsActor && !(actors.shared && sameDay)) return no(`${place.evidence}, and no actor shared on one day`);
  if (score < MIN_LINK_SCORE) return no(`too weak (${score.toFixed(2)}): ${evidence.join('; ')}`);
  const rule = `${place.rule}/${sameDay ? 'same-day' : 'overlapping-dates'}${actors.shared ? '/same-actor' : ''}`;
  return { ok: true, score: Math.round(score * 1000) / 1000, rule, evidence };
}

const no = (reason: string): Link => ({ ok: false, reason });

function triggerWords(m: EventMention): string[] {
  return (m.trigger.text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !TRIGGER_STOP_WORDS.has(w)).map((w) => w.replace(/(?:ed|es|s)$/, ''));
}

/**
 * Parties in common. Battles have two sides with no order between them, so their actors and targets are
 * compared as one set; otherwise actors with actors. Either side naming no actor is no conflict.
 */
function actorMatch(a: EventMention, b: EventMention): { shared: string | null; conflict: string | null } {
  const keysOf = (m: EventMention) => new Set(m.actors.filter((x) => a.type === 'Battles' || x.role === 'actor').flatMap((x) => x.keys));
  const [ka, kb] = [keysOf(a), keysOf(b)];
  if (ka.size === 0 || kb.size === 0) return { shared: null, conflict: null };
  const shared = [...ka].filter((k) => kb.has(k));
  if (shared.length) return { shared: shared.join(', '), conflict: null };
  return { shared: null, conflict: `${[...ka].join(' ')} / ${[...kb].join(' ')}` };
}

type PlaceMatch = { ok: true; factor: number; rule: string; evidence: string; needsActor: boolean } | { ok: false; reason: string };

const isCountry = (p: MentionPlace) => !!p.featureType && p.featureType.startsWith('PCL');
const precisionOf = (p: MentionPlace) => p.precision ?? (p.featureType === 'ADM1' || p.featureType === 'RGN' ? 3 : 1);

function placeMatch(a: MentionPlace | null, b: MentionPlace | null): PlaceMatch {
  if (!a || !b || a.lat === null || a.lon === null || b.lat === null || b.lon === null) {
    return { ok: true, factor: FACTOR.placeUnstated, rule: 'place-unstated', evidence: 'a report names no place', needsActor: true };
  }
  if (a.geonameid !== null && a.geonameid === b.geonameid) {
    return { ok: true, factor: 1, rule: 'same-place', evidence: `same place (${a.name}, GeoNames ${a.geonameid})`, needsActor: isCountry(a) };
  }
  if (a.country && b.country && a.country !== b.country) return { ok: false, reason: `places in different countries (${a.name} ${a.country} / ${b.name} ${b.country})` };
  if (isCountry(a) || isCountry(b)) {
    return { ok: true, factor: FACTOR.placeUnstated, rule: 'same-country', evidence: `${a.name} / ${b.name}: only the country in common`, needsActor: true };
  }
  const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
  const at = `${a.name} / ${b.name} ${km.toFixed(1)} km apart`;
  const precision = Math.max(precisionOf(a), precisionOf(b));
  if (precision === 1 && km <= TOWN_KM) return { ok: true, factor: FACTOR.nearPlace, rule: 'near-place', evidence: at, needsActor: false };
  if (precision === 2 && km <= NEAR_KM) return { ok: true, factor: FACTOR.nearPlace, rule: 'near-place', evidence: at, needsActor: false };
  if (precision === 3) {
    const sameDivision = a.admin1 !== null && a.admin1 === b.admin1;
    if (sameDivision || ((a.admin1 === null || b.admin1 === null) && km <= REGION_KM)) {
      return { ok: true, factor: FACTOR.regionPlace, rule: 'same-region', evidence: `${at}, in one region${sameDivision ? ` (${a.admin1})` : ''}`, needsActor: false };
    }
  }
  return { ok: false, reason: `places too far apart for their precision (${at}, precision ${precision})` };
}
