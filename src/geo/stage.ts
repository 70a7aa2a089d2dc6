/**
 * The places stage: the document's toponyms, each resolved to a gazetteer place in the document's
 * context, or left unresolved with the reason. Toponyms are the entity stage's LOC, GPE and FAC
 * mentions when it has run, together with the gazetteer's own finds that no mention covers
 * (src/geo/detect.ts); without mentions, the gazetteer's finds alone. Demonyms ("Ukrainian") are
 * never places, though the resolver's context counts them when it is given them.
 */
import { DIVISION_WORDS, SUBURB_WORDS } from '../lexicon/places.js';
import type { Place } from '../model/annotations.js';
import type { Span } from '../model/types.js';
import { describedPlaces } from './described.js';
import { detectToponyms } from './detect.js';
import { loadGazetteer } from './gazetteer.js';
import { compassAround, sideOf } from './parts.js';
import { resolveSpans } from './places.js';
import type { ToponymSpan } from './resolve.js';
import type { Resolution } from './types.js';
import { partitionPoint } from '../sorted.js';

export interface MentionLike {
  start: number;
  end: number;
  type: string;
  fine?: string | null;
}

export interface PlacesInput {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  /** Entity mentions, when the entity stage ran. */
  mentions?: MentionLike[];
}

export interface PlaceFound {
  start: number;
  end: number;
  sentence: number;
  resolution: Resolution;
  /** A place named by a description ("the country"): its head noun, the index (among the stage's finds)
   * of the named place it stands for, and the description's own words (src/geo/described.ts). */
  described?: { noun: string; antecedent: number; head: [number, number] };
}

const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);
/** "pro-Russia", "anti-Kyiv": a stance toward a place, not the place. */
const STANCE = /^(?:pro|anti)[-‐‑]/i;
/** A division or part-of-town word right after a mention belongs to the toponym ("Sumy region"). */
const TAIL = new RegExp(`^ (${[...new Set([...DIVISION_WORDS, ...SUBURB_WORDS])].join('|')})\\b`, 'i');

export function toponymSpans(input: PlacesInput): ToponymSpan[] {
  const g = loadGazetteer();
  const found = detectToponyms(g, input.text);
  if (!input.mentions) return found;
  const spans: ToponymSpan[] = input.mentions
    .filter((m) => PLACE_TYPES.has(m.type) || (m.fine !== undefined && m.fine !== null && PLACE_TYPES.has(m.fine)))
    .filter((m) => !STANCE.test(input.text.slice(m.start, m.end)))
    .map((m) => {
      const tail = TAIL.exec(input.text.slice(m.end, m.end + 20));
      const end = tail ? m.end + tail[0].length : m.end;
      return { start: m.start, end, text: input.text.slice(m.start, end) };
    });
  const overlapsMention = overlapIndex(input.mentions);
  for (const s of found) if (!overlapsMention(s.start, s.end, null)) spans.push(s);
  return spans.sort((a, b) => a.start - b.start);
}

/** A country with a compass word before or after it ("eastern Ukraine", "Ukraine's southeast") is
 * that side of the country, the span widened to take the word in. */
function withSides(text: string, spans: ToponymSpan[], resolved: Resolution[]): Resolution[] {
  const g = loadGazetteer();
  const overlapsSpan = overlapIndex(spans);
  return resolved.map((r, i) => {
    const s = spans[i]!;
    if (r.widened || (r.featureType !== 'PCLI' && r.featureType !== 'PCLD')) return r;
    const side = compassAround(text, s.start, s.end);
    if (!side || overlapsSpan(side.start, side.end, s)) return r;
    return { ...sideOf(g, r, side.bearing), widened: [side.start, side.end] };
  });
}

export function tagPlaces(input: PlacesInput): PlaceFound[] {
  const g = loadGazetteer();
  const spans = toponymSpans(input);
  const resolved = withSides(input.text, spans, resolveSpans(g, input.text, spans));
  const sentenceOf = containing(input.sentences);
  const named = spans.map((s, i) => {
    const r = resolved[i]!;
    const [start, end] = r.widened ?? [s.start, s.end];
    return { start, end, resolution: r };
  });
  // parts of places named by a description ("the country's east", "the capital's airport"), after the named places they are parts of
  const taken = overlapIndex([...named, ...(input.mentions ?? [])]);
  const described = describedPlaces(g, input.text, named, (start, end) => taken(start, end, null), (w) => demonymCountries(g, w)).filter((d) => d.part);
  const all: Array<Omit<PlaceFound, 'sentence'>> = [...named, ...described.map((d) => ({ start: d.start, end: d.end, resolution: d.resolution, described: { noun: d.noun, antecedent: d.antecedent, head: d.head } }))];
  // in text order, the antecedents renumbered to match
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start || a - b);
  const at = new Map(order.map((i, k) => [i, k]));
  return order.map((i) => {
    const f = all[i]!;
    return { start: f.start, end: f.end, sentence: sentenceOf(f.start, f.end), resolution: f.resolution, ...(f.described ? { described: { ...f.described, antecedent: at.get(f.described.antecedent)! } } : {}) };
  });
}

/** The countries a people's adjective names ("Ukrainian" → UA), from the gazetteer's demonyms. */
export function demonymCountries(g: ReturnType<typeof loadGazetteer>, word: string): string[] {
  return [...new Set(g.candidates(word).filter((c) => c.match === 'demonym').map((c) => g.data.cc[c.row]!))];
}

/**
 * Whether `[start, end)` overlaps one of the spans other than `except`: a binary search on their starts,
 * and the two furthest ends among those starting before `end` (the furthest may be `except` itself).
 * Built once a document; looking at every span, a span, made a long article quadratic.
 */
export function overlapIndex<T extends { start: number; end: number }>(spans: readonly T[]): (start: number, end: number, except: T | null) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first: Array<T | null> = [];
  const second: Array<T | null> = [];
  let a: T | null = null;
  let b: T | null = null;
  for (const x of sorted) {
    if (!a || x.end > a.end) [a, b] = [x, a];
    else if (!b || x.end > b.end) b = x;
    first.push(a);
    second.push(b);
  }
  return (start, end, except) => {
    const lo = partitionPoint(sorted.length, (mid) => sorted[mid]!.start < end);
    if (lo === 0) return false;
    const far = first[lo - 1] === except ? second[lo - 1] : first[lo - 1];
    return !!far && far.end > start;
  };
}

/** The index of the first sentence holding `[start, end)`, or -1: a binary search when sentences come in
 * order without overlapping, else a scan. */
function containing(sentences: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => number {
  const ordered = sentences.every((x, k) => k === 0 || x.start >= sentences[k - 1]!.end);
  return (start, end) => {
    if (!ordered) return sentences.findIndex((x) => x.start <= start && end <= x.end);
    const lo = partitionPoint(sentences.length, (mid) => sentences[mid]!.start <= start);
    // Sentences in order and apart: only the last one starting at or before `start` can hold it; an
    // empty sentence at the same start comes first, as a scan would find it.
    let k = lo - 1;
    while (k > 0 && sentences[k - 1]!.start === sentences[k]!.start) k--;
    for (; k >= 0 && k < lo; k++) if (sentences[k]!.start <= start && end <= sentences[k]!.end) return k;
    return -1;
  };
}

/** The stage's finds as `Place` annotations. */
export function placeAnnotations(found: PlaceFound[], span: (start: number, end: number) => Span): Place[] {
  return found.map((f) => {
    const r = f.resolution;
    return {
      span: span(f.start, f.end),
      sentence: f.sentence,
      stage: 'resolve',
      rule: r.rule,
      confidence: r.confidence,
      stated: f.described ? [] : ['name'],
      geonameid: r.geonameid,
      lat: r.lat,
      lon: r.lon,
      featureType: r.featureType,
      country: r.country,
      admin1: r.admin1,
      precision: r.precision,
      ...(f.described ? { described: { noun: f.described.noun, antecedent: f.described.antecedent } } : {}),
    };
  });
}
