/**
 * The figures stage: every number in the text (src/figures/numbers.ts), typed (src/figures/kinds.ts),
 * with what it counts, its modality (reported, projected, denied, disputed), its source (the innermost
 * attribution whose content holds it: "X said ...", "according to X"), its place (a place named in its
 * sentence; for "the city" the last city named; else the last place of its paragraph; for casualty
 * figures with none, the country the article names most) and its time (a date stated in its sentence,
 * else the sentence's governing date, with the report's day standing for the publication day, as for events).
 */
import { DENIED, DISPUTED, MONTHS, PROJECTED } from '../lexicon/figures.js';
import type { Quantity, QuantityKind } from '../model/annotations.js';
import type { Token } from '../model/types.js';
import type { QuoteOut } from '../attribution/stage.js';
import { buildView } from '../attribution/view.js';
import { findNumbers } from './numbers.js';
import { typeNumber } from './kinds.js';
import { coordinatedVictims, singleVictims } from './victims.js';
import { reportDay } from '../events/report-day.js';
import { partitionPoint } from '../sorted.js';

export interface FigureInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number; tokens: [number, number] }>;
  tokens: readonly Token[];
  quotes: readonly QuoteOut[];
  places?: ReadonlyArray<{ start: number; end: number; sentence: number; featureType: string | null; country: string | null }>;
  times?: ReadonlyArray<{ start: number; end: number; sentence: number; type: string; value: string | null }>;
  governing?: ReadonlyArray<{ sentence: number; value: string | null; from: 'published' | 'inferred' | number | null }>;
  /** The publication day (YYYY-MM-DD), for the report's day (src/events/report-day.ts). */
  published?: string | null;
}

export interface FigureOut {
  start: number;
  end: number;
  sentence: number;
  kind: QuantityKind;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  unit: string | null;
  of: [number, number] | null;
  /** What it counts when the text does not write it as such ("journalists" for "cameraman and journalist"). */
  ofText?: string;
  modality: Quantity['modality'];
  quote: QuoteOut | null;
  place: number | null;
  time: number | null;
  date: string | null;
  rule: string;
  confidence: number;
}

export const CASUALTY_KINDS: ReadonlySet<QuantityKind> = new Set(['killed', 'injured', 'missing', 'detained', 'hostages', 'displaced', 'evacuated', 'trapped']);
/** Kinds besides casualties whose figures are about a place (a crowd somewhere, troops, hardware, damage). */
const PLACED_KINDS: ReadonlySet<QuantityKind> = new Set(['crowd', 'munitions', 'buildings', 'troops']);
/** Confidence of a figure typed by a word in its clause, by its unit or noun, and of an untyped one. */
const CONFIDENCE = { word: 0.8, unit: 0.9, other: 0.6 } as const;
/** "the number could reach 4 million": a figure named by such a noun takes the kind of the one before. */
const ANAPHOR = /\b(the|that|this) (number|figure|toll|total|tally)\b[^.;]*$/i;
/** A town or region counts this many times a country's name in finding the article's country: a
 * country's name is often an actor ("Russia said"), a town is where things happen. */
const TOWN_WEIGHT = 2;
/** Bare numbers (no kind, unit or noun) kept a sentence: news sentences hold a few (the BBC corpus at
 * most a handful); more is a list of data, not figures anyone reports. */
const MAX_UNTYPED = 12;
/** How far before a number its modality words may stand, in characters. */
const MODALITY_WINDOW = 32;

export function tagFigures(input: FigureInput): FigureOut[] {
  const { text } = input;
  const view = buildView(text, input.sentences, input.tokens);
  const times = input.times ?? [];
  const day = reportDay({ text, times, published: input.published ?? null });
  const out: FigureOut[] = [];
  // Built once a document (each was a look at every time or place, a figure: quadratic on a long text).
  const inTime = overlapsAny(times.filter((t) => t.type !== 'SET'));
  const placeOf = placeFinder(input, view);
  const timeOf = timeFinder(input, day);
  const sourceOf = sourceFinder(input.quotes, view.sentences);
  for (const s of view.sentences) {
    const inSentence: FigureOut[] = [];
    for (const n of findNumbers(text, s.start, s.end)) {
      if (inTime(n.core[0], n.core[1]) || isDay(text, n, s.start, s.end)) continue;
      let typed = typeNumber(text, n, s.toks, s.start);
      const before = text.slice(s.start, n.start);
      const earlier = inSentence.at(-1) ?? out.at(-1);
      if (typed.kind === 'other' && typed.of === null || (typed.kind === 'other' && /\bincluding\s*$/i.test(before))) {
        const prev = /\bincluding\s*$/i.test(before) ? inSentence.at(-1) : ANAPHOR.test(before) ? earlier : undefined;
        if (prev && CASUALTY_KINDS.has(prev.kind)) typed = { ...typed, kind: prev.kind, cue: 'inherited' };
      }
      if (typed.kind === 'other' && typed.of && DEFINITE.test(before)) {
        const same = repeated([...out, ...inSentence], n, text.slice(typed.of[0], typed.of[1]), text);
        if (same) typed = { ...typed, kind: same.kind, cue: 'inherited' };
      }
      const quote = sourceOf(n.start, n.end);
      const fig: FigureOut = {
        start: n.start, end: n.end, sentence: s.index, kind: typed.kind, value: n.value, min: n.min, max: n.max,
        qualifier: n.qualifier, unit: typed.unit, of: typed.of, modality: modality(text.slice(Math.max(s.start, n.start - MODALITY_WINDOW), n.start), before),
        quote, place: placeOf(s.index, n.start), time: null, date: null,
        rule: `figures:${typed.cue ? (typed.cue === 'inherited' ? 'inherited' : 'word') : typed.kind === 'other' && !typed.unit ? 'untyped' : 'unit'}`,
        confidence: typed.cue ? CONFIDENCE.word : typed.kind === 'other' ? CONFIDENCE.other : CONFIDENCE.unit,
      };
      if (!CASUALTY_KINDS.has(fig.kind) && !PLACED_KINDS.has(fig.kind)) fig.place = null;
      Object.assign(fig, timeOf(s.index));
      inSentence.push(fig);
    }
    for (const v of [...coordinatedVictims(text, s.start, s.end), ...singleVictims(text, s.start, s.end)]) {
      if (inSentence.some((f) => f.start < v.end && v.start < f.end)) continue;
      inSentence.push({
        start: v.start, end: v.end, sentence: s.index, kind: v.kind, value: v.value, min: null, max: null, qualifier: null, unit: null, of: v.of, ...(v.plural ? { ofText: v.plural } : {}),
        modality: modality(text.slice(Math.max(s.start, v.start - MODALITY_WINDOW), v.start), text.slice(s.start, v.start)),
        quote: sourceOf(v.start, v.end), place: placeOf(s.index, v.start), ...timeOf(s.index),
        rule: v.rule, confidence: CONFIDENCE.word,
      });
    }
    // A sentence that is a list of bare numbers (a table or chart data run into one line) keeps its
    // first MAX_UNTYPED of them: each is a figure of some 300 bytes of output, which made such a
    // sentence's output 80 times its text.
    let untyped = 0;
    out.push(...inSentence.sort((a, b) => a.start - b.start).filter((f) => f.rule !== 'figures:untyped' || ++untyped <= MAX_UNTYPED));
  }
  return out;
}

/** "The eight Spaniards": a definite count restates an earlier figure of the same value and noun. */
const DEFINITE = /\b(the|these|those)\s+$/i;

function repeated(earlier: readonly FigureOut[], n: { value: number | null }, of: string, text: string): FigureOut | undefined {
  const head = (s: string) => s.toLowerCase().split(/\s+/).at(-1);
  return [...earlier].reverse().find((f) => f.kind !== 'other' && n.value !== null && f.value === n.value && f.of !== null && head(text.slice(f.of[0], f.of[1])) === head(of));
}

/** A day of a month, not a count: "April 16-17", "16 April", "Oct. 3". */
const DAY_BEFORE = new RegExp(String.raw`\b(?:${MONTHS})\.?\s*$`);
const DAY_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:${MONTHS})\b`);
const LAST_DAY = 31;

function isDay(text: string, n: { core: [number, number]; value: number | null; max: number | null }, from: number, to: number): boolean {
  if ((n.max ?? n.value ?? LAST_DAY + 1) > LAST_DAY) return false;
  return DAY_BEFORE.test(text.slice(Math.max(from, n.core[0] - 12), n.core[0])) || DAY_AFTER.test(text.slice(n.core[1], Math.min(to, n.core[1] + 14)));
}

function modality(window: string, sentenceBefore: string): Quantity['modality'] {
  if (DISPUTED.test(sentenceBefore)) return 'disputed';
  if (DENIED.test(sentenceBefore)) return 'denied';
  if (PROJECTED.test(window)) return 'projected';
  return 'reported';
}

/** The innermost attribution whose content holds the number (the first of the innermost). Quotes with a
 * speaker are listed under each sentence they overlap, once a document: a number reads those of its
 * sentence, not every quote of the article. */
function sourceFinder(quotes: readonly QuoteOut[], sentences: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => QuoteOut | null {
  const ordered = sentences.every((x, k) => k === 0 || x.start >= sentences[k - 1]!.start);
  /** The last sentence starting at or before `pos` (0 when none does). */
  const at = (pos: number) => {
    const lo = partitionPoint(sentences.length, (mid) => sentences[mid]!.start <= pos);
    return Math.max(0, lo - 1);
  };
  const bySentence = new Map<number, QuoteOut[]>();
  if (ordered) {
    for (const q of quotes) {
      if (q.speaker.name === null) continue;
      for (let k = at(q.start); k <= at(Math.max(q.start, q.end - 1)); k++) {
        const list = bySentence.get(k);
        if (list) list.push(q);
        else bySentence.set(k, [q]);
      }
    }
  }
  return (start, end) => {
    let best: QuoteOut | null = null;
    for (const q of ordered ? bySentence.get(at(start)) ?? [] : quotes) {
      if (q.start <= start && end <= q.end && q.speaker.name !== null && (!best || q.end - q.start < best.end - best.start)) best = q;
    }
    return best;
  };
}

/** Whether a span `[a, b)` overlaps one of the spans: among those starting before `b`, the furthest end. */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>): (a: number, b: number) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let max = -Infinity;
  const reach = sorted.map((x) => (max = Math.max(max, x.end)));
  return (a, b) => {
    const lo = partitionPoint(sorted.length, (mid) => sorted[mid]!.start < b);
    return lo > 0 && reach[lo - 1]! > a;
  };
}

/** A figure's place: the resolved places indexed once a document; the answer for a sentence with no
 * place of its own, once a sentence. */
function placeFinder(input: FigureInput, view: ReturnType<typeof buildView>): (sentence: number, at: number) => number | null {
  const places = input.places ?? [];
  const idx = places.map((_, i) => i).filter((i) => places[i]!.featureType !== null || places[i]!.country !== null);
  const bySentence = new Map<number, number[]>();
  for (const i of idx) {
    const list = bySentence.get(places[i]!.sentence);
    if (list) list.push(i);
    else bySentence.set(places[i]!.sentence, [i]);
  }
  let main: number | null | undefined;
  const fallback = new Map<number, number | null>();
  return (sentence, at) => {
    if (places.length === 0) return null;
    const inSentence = bySentence.get(sentence) ?? [];
    const afterIt = inSentence.find((i) => places[i]!.start > at);
    if (afterIt !== undefined) return afterIt;
    if (inSentence.length > 0) return inSentence.at(-1)!;
    if (fallback.has(sentence)) return fallback.get(sentence)!;
    const s = view.sentences[sentence]!;
    const clause = input.text.slice(s.start, s.end);
    const beforeIt = idx.filter((i) => places[i]!.end <= s.start);
    let found: number | null | undefined;
    if (/\bthe (city|town|village)\b/i.test(clause)) {
      const cities = [...beforeIt].reverse();
      found = cities.find((i) => /^PPL(A|C)/.test(places[i]!.featureType ?? '')) ?? cities.find((i) => places[i]!.featureType?.startsWith('PPL'));
    }
    found ??= [...beforeIt].reverse().find((i) => view.sentences[places[i]!.sentence]?.paragraph === s.paragraph);
    if (found === undefined) found = main === undefined ? (main = mainCountry(places, idx)) : main;
    fallback.set(sentence, found);
    return found;
  };
}

/** The country the article is about, for national figures: the one whose places it names most (the
 * country and, weighted up, its towns and regions: a report from Kyiv that often names Russia is about Ukraine),
 * given as its first mention as a country. */
function mainCountry(places: NonNullable<FigureInput['places']>, idx: number[]): number | null {
  const counts = new Map<string, number>();
  for (const i of idx) {
    const c = places[i]!.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + (places[i]!.featureType?.startsWith('PCL') ? 1 : TOWN_WEIGHT));
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [country] of ranked) {
    const first = idx.find((i) => places[i]!.country === country && places[i]!.featureType?.startsWith('PCL'));
    if (first !== undefined) return first;
  }
  return null;
}

/** A date stated in the sentence, else the sentence's governing date, the report's day (`day`, when the
 * text shows one) standing for the publication day. */
function timeFinder(input: FigureInput, day: string | null): (sentence: number) => { time: number | null; date: string | null } {
  const times = input.times ?? [];
  // Each sentence's first stated date or time, found in one pass.
  const stated = new Map<number, number>();
  times.forEach((t, i) => {
    if ((t.type === 'DATE' || t.type === 'TIME') && t.value !== null && !stated.has(t.sentence)) stated.set(t.sentence, i);
  });
  return (sentence) => {
    const i = stated.get(sentence);
    if (i !== undefined) return { time: i, date: times[i]!.value!.slice(0, 10) };
    const g = input.governing?.[sentence];
    if (!g || g.value === null) return { time: null, date: null };
    return { time: typeof g.from === 'number' ? g.from : null, date: g.from === 'published' && day ? day : g.value.slice(0, 10) };
  };
}
