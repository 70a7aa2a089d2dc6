/**
 * Rule 4, a dated timeline or live-blog: lines that open with a date and a dash or colon ("21
 * November 2013 – Yanukovych suspends ...", "17 December – Parliament passes ...", "April 27, 13:21 –").
 * Entries without a year take the year of their neighbour, moved on by one where the calendar turns (a
 * timeline runs forward; where the stated years say it runs backward, as live-blogs do, it is read that
 * way, and so is a list whose years would otherwise turn at every entry). With no year in any entry, the first takes one from the article's full dates. The article stands
 * at its latest entry.
 */
import { compareDays, type DateContext, type DocumentDate, type NamedDay } from './dates.js';
import type { Day } from '../types.js';
import { yearFor } from './year.js';

/** Entries it takes to make a timeline: one dated line is a dateline or a lead, not a list. */
export const TIMELINE_MIN_ENTRIES = 2;

const BEFORE = /^[\s"“•*\-–—]*$/;
const AFTER = /^\s*[.,]?\s*(?:[–—-]+|:)\s/;

/** Dates opening a line and followed by a dash or colon, in text order. */
export function timelineEntries(dc: DateContext): NamedDay[] {
  const out: NamedDay[] = [];
  for (const d of dc.days) {
    const text = dc.ctx.text;
    if (BEFORE.test(text.slice(dc.lines[d.line]!.start, d.start)) && AFTER.test(text.slice(d.end, d.end + 12))) out.push(d);
  }
  return out;
}

const monthDay = (d: { month: number; day: number }) => d.month * 32 + d.day;

/**
 * Years for the entries, from entry `at` (whose year is `year`) outward: read forward in time (`way` 1)
 * or backward (-1, a live-blog with the newest first). Null when a stated year contradicts that order.
 */
function propagate(entries: NamedDay[], at: number, year: number, way: 1 | -1): Day[] | null {
  const days: Day[] = [];
  const e0 = entries[at]!;
  days[at] = { year, month: e0.month, day: e0.day };
  for (let i = at + 1; i < entries.length; i++) {
    const e = entries[i]!;
    const prev = days[i - 1]!;
    const y = e.year ?? (way * (monthDay(e) - monthDay(prev)) < 0 ? prev.year + way : prev.year);
    days[i] = { year: y, month: e.month, day: e.day };
    if (way * compareDays(days[i]!, prev) < 0) return null;
  }
  for (let i = at - 1; i >= 0; i--) {
    const e = entries[i]!;
    const next = days[i + 1]!;
    const y = e.year ?? (way * (monthDay(e) - monthDay(next)) > 0 ? next.year - way : next.year);
    days[i] = { year: y, month: e.month, day: e.day };
    if (way * compareDays(next, days[i]!) < 0) return null;
  }
  return days;
}

/** Of the readings that hold, the one whose years turn least (a forward reading of a list that runs
 * backward turns a year at every entry). */
function fewestTurns(readings: Array<Day[] | null>): Day[] | null {
  const turns = (days: Day[]) => days.filter((d, i) => i > 0 && d.year !== days[i - 1]!.year).length;
  let best: Day[] | null = null;
  for (const r of readings) if (r && (!best || turns(r) < turns(best))) best = r;
  return best;
}

/** Rule 4: the latest entry of a timeline, with the years its entries state or the full dates give. */
export function timelineRule(dc: DateContext): DocumentDate | null {
  const entries = timelineEntries(dc);
  if (entries.length < TIMELINE_MIN_ENTRIES) return null;
  const stated = entries.find((e) => e.year !== null);
  const start = stated ? null : yearFor(dc, entries[0]!);
  const year = stated ? stated.year! : start?.day.year;
  if (year === undefined) return null;
  const at = stated ? entries.indexOf(stated) : 0;
  const days = fewestTurns([propagate(entries, at, year, 1), propagate(entries, at, year, -1)]);
  if (!days) return null;
  let latest = 0;
  days.forEach((d, i) => { if (compareDays(d, days[latest]!) > 0) latest = i; });
  const entry = entries[latest]!;
  const evidence = [{ start: entry.start, end: entry.end }];
  if (entry.year === null) {
    const source = stated ?? start?.from;
    if (source) evidence.push({ start: source.start, end: source.end });
  }
  return { day: days[latest]!, precision: 'day', source: 'text:timeline', bound: 'on', evidence, confidence: 0.75 };
}
