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
import { detectToponyms } from './detect.js';
import { loadGazetteer } from './gazetteer.js';
import { compassAround, sideOf } from './parts.js';
import { resolveSpans } from './places.js';
import type { ToponymSpan } from './resolve.js';
import type { Resolution } from './types.js';

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
  for (const s of found) if (!input.mentions.some((m) => m.start < s.end && s.start < m.end)) spans.push(s);
  return spans.sort((a, b) => a.start - b.start);
}

/** A country with a compass word before or after it ("eastern Ukraine", "Ukraine's southeast") is
 * that side of the country, the span widened to take the word in. */
function withSides(text: string, spans: ToponymSpan[], resolved: Resolution[]): Resolution[] {
  const g = loadGazetteer();
  return resolved.map((r, i) => {
    const s = spans[i]!;
    if (r.widened || (r.featureType !== 'PCLI' && r.featureType !== 'PCLD')) return r;
    const side = compassAround(text, s.start, s.end);
    if (!side || spans.some((o) => o !== s && o.start < side.end && side.start < o.end)) return r;
    return { ...sideOf(g, r, side.bearing), widened: [side.start, side.end] };
  });
}

export function tagPlaces(input: PlacesInput): PlaceFound[] {
  const g = loadGazetteer();
  const spans = toponymSpans(input);
  const resolved = withSides(input.text, spans, resolveSpans(g, input.text, spans));
  return spans.map((s, i) => {
    const r = resolved[i]!;
    const [start, end] = r.widened ?? [s.start, s.end];
    const sentence = input.sentences.findIndex((x) => x.start <= start && end <= x.end);
    return { start, end, sentence, resolution: r };
  });
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
      stated: ['name'],
      geonameid: r.geonameid,
      lat: r.lat,
      lon: r.lon,
      featureType: r.featureType,
      country: r.country,
      admin1: r.admin1,
      precision: r.precision,
    };
  });
}
