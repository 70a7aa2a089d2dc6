/**
 * What a document date that is not the day of writing still fixes, set on the candidates before the
 * resolve step (which gets no anchor from such a date):
 *  - a `not-before` date (rule 5): its pins, the year-less days near a full date, take that date's year;
 *  - a year (rule 6): every date that needs only a year to be resolved does, in that year (year-less days
 *    and months, "last year", "this spring", "20 years ago"); weekdays, "yesterday", weeks stay relative.
 * Each gets anchor `inferred` and a rule that says where its year came from.
 */
import { resolveRelative } from '../calendar.js';
import type { Candidate, Relative } from '../types.js';
import type { DocumentDate } from './dates.js';

/** What a year alone fixes: a named month (with or without a day), a year, decade or century, a season, a
 * numbered quarter; not a weekday, a holiday, or a day, week or month counted from the article's day. */
export function fixedByYear(r: Relative): boolean {
  if (r.anchor !== 'published' || r.weekday !== undefined || r.holiday !== undefined) return false;
  return r.month !== undefined || r.unit === 'year' || r.unit === 'decade' || r.unit === 'century' || (r.unit === 'quarter' && r.quarter !== undefined);
}

function inYear(c: Candidate, year: number): Candidate {
  const r = c.relative;
  if (!r || !fixedByYear(r)) return c;
  // A named month is read in the article's year; the rest counts from it.
  const value = r.month !== undefined
    ? resolveRelative({ ...r, direction: 0 }, { year, month: r.month, day: r.dayOfMonth ?? 1 })
    : resolveRelative(r, { year, month: 1, day: 1 });
  return { ...c, value, relative: null, anchorOf: 'inferred', rule: `${c.rule}+year-of-document` };
}

export function pinYears(candidates: Candidate[], date: DocumentDate | null): Candidate[] {
  if (date?.precision === 'year') return candidates.map((c) => inYear(c, date.day.year));
  const pins = date?.pins;
  if (!pins?.length) return candidates;
  return candidates.map((c) => {
    const pin = pins.find((p) => p.start === c.start && p.end === c.end);
    if (!pin || !c.relative) return c;
    // The day itself as the reference, read as the nearest: its own month and day, with its time if stated.
    const value = resolveRelative({ ...c.relative, direction: 0 }, pin.day);
    return { ...c, value, relative: null, anchorOf: 'inferred', rule: `${c.rule}+year-of-full-date` };
  });
}
