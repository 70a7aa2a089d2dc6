/**
 * An event mention as the cross-document merge sees it: one `annotations.events` item with the pieces
 * of its document it points to copied in (the place, the entity names of its actors, the figures behind
 * its counts, the sentence, the outlet). A mention is self-contained so that the store can keep it
 * beside the merged event and re-merge without reading whole analyses back.
 */
import type { Event, Quantity } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';
import { profilesOf, type EntityProfile } from '../entities/across.js';
import { actorKeys } from './actors.js';
import { dayRange, type DayRange } from './dates.js';
import { contentWords } from './words.js';

export interface MentionPlace {
  name: string;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  featureType: string | null;
  country: string | null;
  admin1: string | null;
  precision: 1 | 2 | 3 | null;
}

export interface MentionActor {
  role: 'actor' | 'target';
  /** The entity's canonical name when linking gave one, else the words of the argument. */
  name: string;
  actorClass: string | null;
  /** Comparison keys (src/events/actors.ts): a country code for a state or its forces, else name words. */
  keys: string[];
  /** `docId/e3`: the entity the link stage gave it, qualified by its document; absent from mentions
   * stored before entities were copied in. */
  entity?: string | null;
  /** The entity's profile when it is a person, to tell people apart across documents (src/entities/across.ts). */
  person?: EntityProfile | null;
}

/** A count as one report gives it, with the words it came from when the figures stage found them. */
export interface MentionFigure {
  kind: 'killed' | 'injured';
  value: number;
  /** The text of the figure (`annotations.quantities`), or null when only the event's count is known. */
  text: string | null;
  span: [number, number] | null;
  qualifier: string | null;
  /** Who the report says gave the figure ("Mayor Klitschko"), when it says so. */
  said: string | null;
}

export interface EventMention {
  /** `docId#eventIndex`: unique over a store. */
  key: string;
  doc: string;
  /** Index into the document's `annotations.events`. */
  index: number;
  type: string;
  subtype: string;
  code: string;
  plover: string | null;
  trigger: { text: string; span: [number, number] };
  sentence: { index: number; span: [number, number]; text: string };
  date: Event['date'];
  /** Where the date and the place came from (absent from mentions stored before they were recorded). */
  dateFrom?: Event['dateFrom'];
  placeFrom?: Event['placeFrom'];
  /** The date as inclusive day numbers (days since 1970-01-01); null when the event has no date. */
  days: DayRange | null;
  place: MentionPlace | null;
  actors: MentionActor[];
  fatalities: number | null;
  injured: number | null;
  figures: MentionFigure[];
  civilianTargeting: boolean | null;
  /** Time values the sentence states besides its date (a curfew's hours, a truce's end): what makes
   * two measures of the same kind different ones. */
  terms: string[];
  /** The sentence's content words (src/events/words.ts), to compare the wording of two reports. */
  words: string[];
  rule: string;
  confidence: number;
  source: { outlet: string | null; url: string | null; title: string | null; published: string | null; origin: string };
}

/** Every event of an analysis as a mention; an analysis without the events layer gives none. */
export function eventMentions(a: Analysis): EventMention[] {
  const events = a.annotations?.events ?? [];
  const profiles = events.some((e) => e.arguments.some((x) => x.entity)) ? profilesOf(a) : new Map<string, EntityProfile>();
  return events.map((e, i) => toMention(a, e, i, profiles));
}

function toMention(a: Analysis, e: Event, index: number, profiles: ReadonlyMap<string, EntityProfile>): EventMention {
  const d = a.document;
  const ann = a.annotations ?? {};
  const sentence = a.sentences[e.sentence];
  const sentenceSpan = sentence?.span ?? { ...e.span, text: d.text.slice(e.span.start, e.span.end) };
  const p = e.place !== null ? ann.places?.[e.place] : undefined;
  return {
    key: `${d.id}#${index}`,
    doc: d.id,
    index,
    type: e.type,
    subtype: e.subtype,
    code: e.code,
    plover: e.plover,
    trigger: { text: e.trigger.text, span: [e.trigger.start, e.trigger.end] },
    sentence: { index: e.sentence, span: [sentenceSpan.start, sentenceSpan.end], text: sentenceSpan.text },
    date: e.date,
    dateFrom: e.dateFrom ?? null,
    placeFrom: e.placeFrom ?? null,
    days: e.date ? dayRange(e.date.value, e.date.precision) : null,
    place: p ? {
      name: p.span.text, geonameid: p.geonameid, lat: p.lat, lon: p.lon, featureType: p.featureType,
      country: p.country, admin1: p.admin1, precision: p.precision,
    } : null,
    actors: e.arguments.map((arg) => {
      const entity = arg.entity ? ann.entities?.find((x) => x.id === arg.entity) : undefined;
      const name = entity?.name ?? arg.span.text;
      const profile = entity?.type === 'PER' ? profiles.get(entity.id) ?? null : null;
      return { role: arg.role, name, actorClass: arg.actorClass, keys: actorKeys([name]), entity: entity ? `${d.id}/${entity.id}` : null, person: profile };
    }),
    fatalities: e.fatalities,
    injured: e.injured,
    figures: figuresOf(e, ann.quantities ?? []),
    civilianTargeting: e.civilianTargeting,
    terms: termsOf(a, e),
    words: contentWords(sentenceSpan.text),
    rule: e.rule,
    confidence: e.confidence,
    source: { outlet: d.source, url: d.url, title: d.title, published: d.published?.value ?? null, origin: d.origin },
  };
}

/** The figures behind the counts; a count with no quantity behind it is kept as a bare figure. */
function figuresOf(e: Event, quantities: readonly Quantity[]): MentionFigure[] {
  const out: MentionFigure[] = [];
  for (const i of e.figures ?? []) {
    const q = quantities[i];
    if (!q || (q.kind !== 'killed' && q.kind !== 'injured')) continue;
    const value = q.value ?? q.min;
    if (value === null) continue;
    out.push({ kind: q.kind, value, text: q.span.text, span: [q.span.start, q.span.end], qualifier: q.qualifier, said: q.sourceName ?? null });
  }
  for (const [kind, value] of [['killed', e.fatalities], ['injured', e.injured]] as const) {
    if (value !== null && !out.some((f) => f.kind === kind)) out.push({ kind, value, text: null, span: null, qualifier: null, said: null });
  }
  return out;
}

/**
 * Stated terms: the values of the sentence's times other than the event's own date, limited to those
 * that say more than a day (an hour, a range end) or a span (a duration).
 */
function termsOf(a: Analysis, e: Event): string[] {
  const out = new Set<string>();
  for (const t of a.annotations?.times ?? []) {
    if (t.sentence !== e.sentence || t.value === null) continue;
    if (t.type === 'DURATION' || t.range || /T\d/.test(t.value)) out.add(t.value);
  }
  return [...out].sort();
}
