/**
 * The events list: merged events with their reviews applied, filtered, sorted and paged; the timeline
 * (events and casualty figures a day) and the filter choices come from the same filtered list, so the
 * table, the map and the timeline always agree.
 */
import { z } from 'zod';
import { isoDay } from '../events/dates.js';
import type { ReviewedEvent } from '../review/apply.js';
import { pageSchema } from './request.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const SORTS = ['date', '-date', 'fatalities', '-fatalities', 'place', 'type', 'sources', '-sources'] as const;

export const filterSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  place: z.string().max(200).optional(),
  type: z.string().max(200).optional(),
  subtype: z.string().max(200).optional(),
  actor: z.string().max(200).optional(),
  source: z.string().max(200).optional(),
  /** `yes` any review, `no` none, or one status. */
  reviewed: z.enum(['yes', 'no', 'accepted', 'edited', 'rejected']).optional(),
  sort: z.enum(SORTS).default('date'),
  ...pageSchema,
}).strict();

export type EventFilter = z.infer<typeof filterSchema>;

/** One row of the table and one point of the map. */
export interface EventRow {
  id: string;
  date: string | null;
  precision: string | null;
  type: string;
  subtype: string;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  actors: string[];
  targets: string[];
  fatalities: number | null;
  injured: number | null;
  sources: number;
  outlets: string[];
  conflicts: number;
  reviewed: string | null;
}

export function eventRow(e: ReviewedEvent): EventRow {
  return {
    id: e.id,
    date: e.days ? isoDay(e.days[0]) : null,
    precision: e.date?.precision ?? null,
    type: e.type,
    subtype: e.subtype,
    place: e.place?.name ?? null,
    country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    actors: e.actors.filter((a) => a.role === 'actor').map((a) => a.name),
    targets: e.actors.filter((a) => a.role === 'target').map((a) => a.name),
    fatalities: e.fatalities,
    injured: e.injured,
    sources: new Set(e.sources.map((s) => s.doc)).size,
    outlets: [...new Set(e.sources.map((s) => s.outlet ?? s.origin))],
    conflicts: e.conflicts.length,
    reviewed: e.review.status,
  };
}

const has = (hay: string | null | undefined, needle: string) => !!hay && hay.toLowerCase().includes(needle.toLowerCase());

export function matches(r: EventRow, f: EventFilter): boolean {
  if (f.from && (!r.date || r.date < f.from)) return false;
  if (f.to && (!r.date || r.date > f.to)) return false;
  if (f.place && !has(r.place, f.place) && !has(r.country, f.place)) return false;
  if (f.type && r.type !== f.type) return false;
  if (f.subtype && r.subtype !== f.subtype) return false;
  if (f.actor && ![...r.actors, ...r.targets].some((a) => has(a, f.actor!))) return false;
  if (f.source && !r.outlets.some((o) => has(o, f.source!))) return false;
  if (f.reviewed === 'yes' && !r.reviewed) return false;
  if (f.reviewed === 'no' && r.reviewed) return false;
  if (f.reviewed && !['yes', 'no'].includes(f.reviewed) && r.reviewed !== f.reviewed) return false;
  return true;
}

/** Nulls (undated, unplaced, no count) sort last whichever the direction; ties by id. */
export function sortRows(rows: EventRow[], sort: EventFilter['sort']): EventRow[] {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '') as 'date' | 'fatalities' | 'place' | 'type' | 'sources';
  const value = (r: EventRow): string | number | null => r[key];
  return rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? cmp(a.id, b.id) : x === null ? 1 : -1;
    const c = cmp(x, y);
    return (desc ? -c : c) || cmp(a.id, b.id);
  });
}

const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

export function queryEvents(rows: readonly EventRow[], f: EventFilter) {
  const hits = sortRows(rows.filter((r) => matches(r, f)), f.sort);
  return { total: hits.length, limit: f.limit, offset: f.offset, items: hits.slice(f.offset, f.offset + f.limit) };
}

/** Events, fatalities and injured a day over the filtered events (undated events left out and counted). */
export function timeline(rows: readonly EventRow[], f: EventFilter) {
  const days = new Map<string, { day: string; events: number; fatalities: number; injured: number }>();
  let undated = 0;
  for (const r of rows) {
    if (!matches(r, f)) continue;
    if (!r.date) {
      undated++;
      continue;
    }
    const d = days.get(r.date) ?? { day: r.date, events: 0, fatalities: 0, injured: 0 };
    d.events++;
    d.fatalities += r.fatalities ?? 0;
    d.injured += r.injured ?? 0;
    days.set(r.date, d);
  }
  return { days: [...days.values()].sort((a, b) => cmp(a.day, b.day)), undated };
}

/** The values the filters can take, with counts, over all events. */
export function facets(rows: readonly EventRow[]) {
  const count = (values: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([value, n]) => ({ value, count: n }));
  };
  return {
    types: count(rows.map((r) => r.type)),
    subtypes: count(rows.map((r) => r.subtype)),
    sources: count(rows.flatMap((r) => r.outlets)),
    total: rows.length,
  };
}
