/**
 * Merged events as ACLED-style rows: ACLED's column names where a column applies, filled only with what
 * the reports state (an actor the reports do not name stays empty; ACLED's analysts would infer
 * "Civilians (Ukraine)", this export does not). The columns after `fatalities` are sitrep's: every
 * report's figures, the conflicts, how the reports were merged, and where each report's sentence is
 * (`source_spans`: `document:start-end`, UTF-16 offsets into the stored document's text).
 */
import { DISORDER_TYPES, EXCESSIVE_FORCE, INTER_CODES, TIME_PRECISION } from '../lexicon/acled.js';
import { countryOf } from './actors.js';
import { isoDay } from './dates.js';
import type { MergedActor, MergedEvent } from './merged.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
  // sitrep's columns
  'injured', 'plover', 'date_source', 'location_source', 'fatalities_reported', 'injured_reported', 'conflicts', 'reports', 'merge_rule',
  'merge_confidence', 'source_urls', 'source_spans', 'event_id',
  // an analyst's verdict (src/review/): accepted, edited or rejected; empty when no one reviewed it
  'reviewed',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number | null>;

/** `reviewed`: the review status of the event (src/review/apply.ts), null when unreviewed. */
export function acledRow(e: MergedEvent, reviewed: string | null = null): AcledRow {
  const country = countryOf(e.place?.country ?? null);
  const actors = e.actors.filter((a) => a.role === 'actor');
  const targets = e.actors.filter((a) => a.role === 'target');
  const inter1 = interOf(actors[0]);
  const inter2 = interOf(targets[0]);
  // The first day every report's date allows; time_precision says how sure the day is.
  const day = e.days ? isoDay(e.days[0]) : null;
  return {
    event_id_cnty: e.idCnty,
    event_date: day,
    year: day ? Number(day.slice(0, 4)) : null,
    time_precision: e.date ? TIME_PRECISION[e.date.precision] ?? null : null,
    disorder_type: e.subtype === EXCESSIVE_FORCE ? 'Political violence; Demonstrations' : DISORDER_TYPES[e.type] ?? null,
    event_type: e.type,
    sub_event_type: e.subtype,
    actor1: actors[0]?.name ?? null,
    assoc_actor_1: actors.slice(1).map((a) => a.name).join('; ') || null,
    inter1,
    actor2: targets[0]?.name ?? null,
    assoc_actor_2: targets.slice(1).map((a) => a.name).join('; ') || null,
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: e.civilianTargeting ? 'Civilian targeting' : null,
    iso: country ? Number(country.ccn3) : null,
    country: country?.name ?? e.place?.country ?? null,
    admin1: e.place?.admin1 ?? null,
    location: e.place?.name ?? null,
    latitude: e.place?.lat ?? null,
    longitude: e.place?.lon ?? null,
    geo_precision: e.place?.precision ?? null,
    source: unique(e.sources.map(outletOf)).join('; ') || null,
    notes: notes(e),
    // ACLED writes 0 when no death is reported; here no reported figure stays empty (nothing invented).
    fatalities: e.fatalities,
    injured: e.injured,
    plover: e.plover,
    // An undated event says so rather than leaving a silent blank; an inferred date or place says how.
    date_source: e.days ? DATE_SOURCE[e.dateFrom ?? ''] ?? 'stated' : 'undated: no report states or implies a date',
    location_source: e.place ? PLACE_SOURCE[e.placeFrom ?? ''] ?? 'stated' : null,
    fatalities_reported: reported(e, 'killed'),
    injured_reported: reported(e, 'injured'),
    conflicts: e.conflicts.map((c) => `${c.field}: ${c.values.map((v) => `${v.value} (${v.docs.length} report${v.docs.length === 1 ? '' : 's'})`).join(' / ')}`).join('; ') || null,
    reports: unique(e.sources.map((s) => s.doc)).length,
    merge_rule: e.merge.rule,
    merge_confidence: e.merge.confidence,
    source_urls: unique(e.sources.map((s) => webUrl(s.url)).filter((u): u is string => u !== null)).join(' ') || null,
    source_spans: e.sources.map((s) => `${s.doc}:${s.sentence.span[0]}-${s.sentence.span[1]}`).join(' '),
    event_id: e.id,
    reviewed,
  };
}

/** `date_source`: how the date was found, from the report's own words to inference. */
const DATE_SOURCE: Readonly<Record<string, string>> = {
  sentence: 'stated in the sentence',
  paragraph: 'stated earlier in the paragraph',
  published: 'publication day',
  inferred: 'inferred from the text (no publication date)',
};
/** `location_source`: where the place was found. */
const PLACE_SOURCE: Readonly<Record<string, string>> = {
  sentence: 'stated in the sentence',
  'previous-sentence': 'stated in the sentence before',
  'town-anaphor': '"the city": the town named last',
  article: "inferred: the article's setting",
};

const interOf = (a: MergedActor | undefined) => (a?.actorClass ? INTER_CODES[a.actorClass] ?? null : null);

/** ACLED's interaction: the two codes, lower first (12), or the one code then 0 for a sole actor (10). */
function interaction(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return null;
  if (a === null || b === null) return (a ?? b)! * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

/** The first report's sentence, then how many reports and where the figures disagree. */
function notes(e: MergedEvent): string {
  const first = e.sources[0];
  const parts = [first ? first.sentence.text.replace(/\s+/g, ' ').trim() : ''];
  const outlets = unique(e.sources.map((s) => outletOf(s) ?? 'unknown outlet'));
  if (e.sources.length > 1) parts.push(`[${e.sources.length} mentions in ${unique(e.sources.map((s) => s.doc)).length} reports: ${outlets.join(', ')}]`);
  const tolls = e.conflicts.find((c) => c.field === 'fatalities');
  if (tolls) parts.push(`[fatalities differ: ${tolls.values.map((v) => v.value).join(' / ')}; the lowest is coded]`);
  return parts.join(' ');
}

/** Every report's figure as `value (outlet, published: "words")`. */
function reported(e: MergedEvent, kind: 'killed' | 'injured'): string | null {
  const figures = e.figures.filter((f) => f.kind === kind);
  return figures.map((f) => `${f.value} (${[f.outlet, f.published].filter(Boolean).join(', ')}${f.text ? `: "${f.text}"` : ''})`).join('; ') || null;
}

/** An http(s) URL as written, or null: a `javascript:`, `file:` or `data:` URL is no source to follow. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Who published a report: the outlet, else the host of its web address; never the local path it was
 * read from (which says nothing to a reader of the export and tells where a user keeps files). */
export function outletOf(s: { outlet?: string | null; url?: string | null }): string | null {
  if (s.outlet) return s.outlet;
  const url = webUrl(s.url);
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
