/**
 * Key figures: the casualty and displacement counts of every report, by kind, place and whom they count,
 * each with its source; every value side by side when sources differ, the range, the conservative figure
 * (the lowest, as ACLED codes conflicting reports), latest report first so that a toll's movement reads
 * down the list; projections ("could reach 4 million") apart from counts.
 */
import type { Quantity } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';
import type { StoredDocument } from '../store/store.js';
import { sentenceEvidence } from './evidence.js';
import { dayOf, inPeriod, placeInArea, type PlaceMatcher } from './filters.js';
import { cmp } from './format.js';
import { placeName, placeNames } from './places.js';
import type { Evidence, FigureGroup, FigureValue, Inferred } from './types.js';

/** The kinds a sitrep reports, in the order it lists them. */
export const FIGURE_KINDS = ['killed', 'injured', 'missing', 'hostages', 'detained', 'displaced', 'evacuated', 'trapped'] as const;

/** Words between two figures of one sentence that make the second part of the first ("198 people,
 * including three children"). */
const PART_OF = /\b(including|among them|among whom|of whom|of them)\b/i;
/** What a figure counts, when it says: counts of soldiers and of children are not counts of people. */
const WHO: Array<[string, RegExp]> = [
  ['combatants', /\b(troops|soldiers|servicem[ae]n|fighters|militants|forces|combatants|military|army|mercenaries|personnel)\b/i],
  ['children', /\b(children|child|kids|minors|boys|girls|babies|infants)\b/i],
];

export interface FigureSection {
  figures: FigureGroup[];
  projections: FigureValue[];
}

export function keyFigures(docs: readonly StoredDocument[], period: { from: string | null; to: string | null }, area: PlaceMatcher | null): FigureSection {
  const names = placeNames(docs.map((d) => d.analysis));
  const values: FigureValue[] = [];
  for (const d of docs) {
    const a = d.analysis;
    const qs = a.annotations?.quantities ?? [];
    const parts = partsOf(a, qs);
    qs.forEach((q, i) => {
      if (!(FIGURE_KINDS as readonly string[]).includes(q.kind) || parts.has(i)) return;
      if (!inPeriod(calendarDay(q.date) ?? dayOf(d), period)) return;
      if (area && !placeInArea(q.place !== null ? a.annotations?.places?.[q.place] : undefined, area)) return;
      const v = figureValue(d, q, names);
      v.including = [...parts].filter(([, whole]) => whole === i).map(([part]) => figureValue(d, qs[part]!, names));
      values.push(v);
    });
  }
  const groups = new Map<string, FigureValue[]>();
  for (const v of values.filter((x) => x.modality !== 'projected')) {
    const key = `${v.kind}|${v.place ?? ''}|${whoOf(v.of)}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const figures = [...groups.values()].map(group).sort(byKindThenSize);
  const projections = values.filter((x) => x.modality === 'projected').sort(latestFirst);
  return { figures, projections };
}

/** Index of each figure that is part of another figure of its sentence, to that figure's index. */
function partsOf(a: Analysis, qs: readonly Quantity[]): Map<number, number> {
  const out = new Map<number, number>();
  qs.forEach((q, i) => {
    const whole = qs.findIndex((w, j) => j !== i && w.sentence === q.sentence && w.kind === q.kind && w.span.end <= q.span.start
      && (w.value ?? w.min ?? 0) >= (q.value ?? q.min ?? 0) && PART_OF.test(a.document.text.slice(w.span.end, q.span.start)));
    if (whole >= 0) out.set(i, whole);
  });
  return out;
}

function figureValue(d: StoredDocument, q: Quantity, names: ReadonlyMap<string, string>): FigureValue {
  const a = d.analysis;
  const inferred: Inferred[] = [];
  const evidence: Evidence[] = [];
  const own = sentenceEvidence(a, q.sentence);
  if (own) evidence.push(own);
  const place = q.place !== null ? a.annotations?.places?.[q.place] : undefined;
  if (place && place.sentence !== q.sentence) {
    inferred.push({ field: 'place', rule: `figures: the place named in sentence ${place.sentence + 1} (the paragraph's or the article's), not the figure's own` });
    const at = sentenceEvidence(a, place.sentence);
    if (at) evidence.push(at);
  }
  const time = q.time !== null ? a.annotations?.times?.[q.time] : undefined;
  if (calendarDay(q.date) && (!time || time.sentence !== q.sentence)) {
    const from = a.annotations?.governing?.[q.sentence]?.from;
    const rule = time ? `figures: the date governing the sentence, stated in sentence ${time.sentence + 1}`
      : from === 'inferred' ? 'figures: the day the report covers, inferred from its text' : 'figures: the day the report covers, from its publication date';
    inferred.push({ field: 'date', rule });
  }
  return {
    kind: q.kind, value: q.value, min: q.min, max: q.max, text: q.span.text, qualifier: q.qualifier, of: q.of, modality: q.modality,
    said: q.sourceName ?? q.source?.text ?? null, document: d.id, outlet: d.source ?? a.document.source, published: dayOf(d),
    date: calendarDay(q.date), place: place ? placeName(place, names) : null, including: [], inferred, evidence,
  };
}

/** A figure's date when it is a calendar date (`2022-03`, `2022-03-15`); a reference such as PRESENT_REF is none. */
function calendarDay(date: string | null): string | null {
  return date && /^\d{4}(-\d{2}){0,2}$/.test(date.slice(0, 10)) ? date.slice(0, 10) : null;
}

function whoOf(of: string | null): string {
  return WHO.find(([, re]) => of && re.test(of))?.[0] ?? 'people';
}

/** A figure's bounds: `more than 120,000` is [120001, Infinity). */
export function bounds(v: FigureValue): [number, number] {
  if (v.value !== null) return [v.value, v.value];
  const lo = v.min ?? v.max ?? 0;
  return [lo, v.max ?? (v.min !== null ? Infinity : lo)];
}

function group(values: FigureValue[]): FigureGroup {
  const sorted = [...values].sort(latestFirst);
  const counted = sorted.filter((v) => v.modality !== 'denied');
  const all = (counted.length ? counted : sorted).map(bounds);
  const lo = Math.min(...all.map((b) => b[0]));
  const hi = Math.max(...all.map((b) => (b[1] === Infinity ? b[0] : b[1])));
  const first = sorted[0]!;
  return { kind: first.kind, place: first.place, who: whoOf(first.of), values: sorted, range: [lo, hi], conservative: lo, conflict: conflicting(counted) };
}

/** Two sources (a document and who it says gave the figure) whose bounds do not meet. */
function conflicting(values: readonly FigureValue[]): boolean {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const [x, y] = [values[i]!, values[j]!];
      if (x.document === y.document && x.said === y.said) continue;
      const [bx, by] = [bounds(x), bounds(y)];
      if (bx[1] < by[0] || by[1] < bx[0]) return true;
    }
  }
  return false;
}

/** Latest report first, then by document and position: the order a toll's movement reads in. */
export function latestFirst(x: FigureValue, y: FigureValue): number {
  const [px, py] = [x.published ?? '', y.published ?? ''];
  if (px !== py) return px < py ? 1 : -1;
  if (x.document !== y.document) return x.document < y.document ? -1 : 1;
  return (x.evidence[0]?.span[0] ?? 0) - (y.evidence[0]?.span[0] ?? 0);
}

function byKindThenSize(x: FigureGroup, y: FigureGroup): number {
  const rank = (k: string) => (FIGURE_KINDS as readonly string[]).indexOf(k);
  return rank(x.kind) - rank(y.kind) || y.conservative - x.conservative || cmp(x.place ?? '', y.place ?? '') || cmp(x.who, y.who);
}
