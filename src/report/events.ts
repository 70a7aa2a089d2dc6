/**
 * Events by day and place: each merged event with its date and the date's precision, place, ACLED type
 * and sub-type, actors, fatalities, how many reports tell it, how sure the detector and the merge are,
 * and the sentences of every report that tells it. A date or place the event's own sentence does not
 * state is marked inferred, with where it came from.
 */
import type { MergedEvent } from '../events/merged.js';
import { offsetEvidence } from './evidence.js';
import { cmp, num } from './format.js';
import type { DayGroup, Evidence, Inferred, ReportEvent } from './types.js';

const DATE_RULES: Record<string, string> = {
  paragraph: 'events: the date governing the paragraph, stated in an earlier sentence',
  published: 'events: the report\'s publication day (what has happened by then)',
  inferred: 'events: the document date inferred from the text (not stated by the outlet)',
};
const PLACE_RULES: Record<string, string> = {
  'previous-sentence': 'events: the place named in the sentence before',
  'town-anaphor': 'events: "the city", the town named last',
  article: 'events: the article\'s setting (the place it names most); the sentence names none',
};

/** The sentence of a document at an offset, as evidence (the figures of an event told in a later sentence). */
export type SentenceAt = (doc: string, offset: number) => Evidence | null;

export function reportEvent(e: MergedEvent, names: ReadonlyMap<string, string>, sentenceAt: SentenceAt = () => null): ReportEvent {
  const inferred: Inferred[] = [];
  if (e.date && e.dateFrom && e.dateFrom !== 'sentence') inferred.push({ field: 'date', rule: DATE_RULES[e.dateFrom] ?? `events: ${e.dateFrom}` });
  if (e.place && e.placeFrom && e.placeFrom !== 'sentence') inferred.push({ field: 'place', rule: PLACE_RULES[e.placeFrom] ?? `events: ${e.placeFrom}` });
  const evidence = e.sources.map((s) => offsetEvidence(s.doc, s.sentence.index, s.sentence.span, s.sentence.text));
  for (const f of e.figures) {
    const at = f.span ? sentenceAt(f.doc, f.span[0]) : null;
    if (at && !evidence.some((x) => x.document === at.document && x.sentence === at.sentence)) evidence.push(at);
  }
  const said = (words: string) => evidence.some((x) => x.text.toLowerCase().includes(words.toLowerCase()));
  const place = e.place ? (e.place.geonameid !== null ? names.get(String(e.place.geonameid)) : undefined) ?? e.place.name : null;
  // Names and counts the sentences do not write as such are marked: nothing in the report is invented.
  if (place && !said(place) && !inferred.some((x) => x.field === 'place')) inferred.push({ field: 'place', rule: `geo: the gazetteer's name for the place the sentence names ("${e.place!.name}")` });
  for (const a of e.actors) if (!said(a.name)) inferred.push({ field: 'actor', rule: `entities: "${a.name}" is the name linking gives the party the sentence names otherwise` });
  for (const [field, n] of [['fatalities', e.fatalities], ['injured', e.injured]] as const) {
    if (n === null) continue;
    const words = e.figures.filter((f) => f.value === n && f.text).map((f) => f.text!);
    // A count written in words ("six", "hundreds") is a reading of them, and says which words.
    if (said(num(n)) || said(String(n))) continue;
    const read = words.find(said);
    inferred.push({ field, rule: read ? `figures: ${n} read from "${read}"` : `events: ${n}, the figure of another report or sentence (the lowest report, its highest figure)` });
  }
  const outlets = [...new Set(e.sources.map((s) => s.outlet ?? s.origin))].sort();
  const detector = Math.max(...e.sources.map((s) => s.confidence));
  return {
    id: e.id,
    date: e.date?.value ?? null,
    precision: e.date?.precision ?? null,
    place,
    placeAsWritten: e.place?.name ?? null,
    placePrecision: e.place?.precision ?? null,
    country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    type: e.type,
    subtype: e.subtype,
    actors: e.actors.map((x) => ({ name: x.name, role: x.role })),
    fatalities: e.fatalities,
    injured: e.injured,
    reports: new Set(e.sources.map((s) => s.doc)).size,
    outlets,
    confidence: round(detector * e.merge.confidence),
    trigger: e.sources[0]?.trigger.text ?? '',
    conflicts: e.conflicts.map((c) => ({ field: c.field, values: c.values.map((v) => ({ value: v.value, documents: [...v.docs] })) })),
    inferred,
    evidence,
  };
}

/** Days in order (undated last), places by name within a day, events in the store's order within a place. */
export function eventsByDay(events: readonly MergedEvent[], names: ReadonlyMap<string, string>, sentenceAt: SentenceAt = () => null): DayGroup[] {
  const days = new Map<string, Map<string, ReportEvent[]>>();
  for (const e of events) {
    const r = reportEvent(e, names, sentenceAt);
    const day = r.date ?? 'undated';
    const place = r.place ?? 'place unknown';
    const places = days.get(day) ?? days.set(day, new Map()).get(day)!;
    places.set(place, [...(places.get(place) ?? []), r]);
  }
  return [...days]
    .sort(([x], [y]) => (x === 'undated' ? 1 : y === 'undated' ? -1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([day, places]) => ({
      day,
      places: [...places].sort(([x], [y]) => cmp(x, y)).map(([place, evs]) => ({ place, events: evs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) })),
    }));
}

/** Confidences as people read them: 0.66, not 0.6649999999999999. */
export const round = (x: number) => Math.round(x * 100) / 100;
