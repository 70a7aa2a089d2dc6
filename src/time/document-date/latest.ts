/**
 * Rule 5, the latest date: the latest day the article states, when its full dates reach its own time.
 * News copy writes the year of a date in another year ("after the attacks of 11 September 2001") and
 * leaves it out for its own days ("on 26 April"); so full dates tell when the article stands only where a
 * year-less day of it lies within `PIN_WINDOW_DAYS` of one of them, which gives that day its year (a pin).
 * The latest day stated (full, or pinned), leaving out days in a clause that points ahead ("elections will
 * be held on May 25, 2014") or in a sentence that puts them in history ("the anniversary of"), is then a
 * lower bound of the article's date (`not-before`). It governs no sentence and anchors nothing: only the
 * pinned days take a year from it. If the article states a later year in a clause that does not point
 * ahead ("in 2015"), it looks back from later still, and nothing is inferred.
 */
import { sentenceBefore } from '../sentences.js';
import { clauseTense } from '../tense.js';
import type { Day } from '../types.js';
import { compareDays, dayOf, speaksForNow, type DateContext, type DocumentDate } from './dates.js';
import { PIN_WINDOW_DAYS, yearFor } from './year.js';

interface Stated {
  day: Day;
  evidence: Array<{ start: number; end: number }>;
}

export function latestRule(dc: DateContext): DocumentDate | null {
  const stated: Stated[] = [];
  const pins: NonNullable<DocumentDate['pins']> = [];
  for (const d of dc.days) {
    const span = { start: d.start, end: d.end };
    if (d.year !== null) {
      if (speaksForNow(dc.ctx, d)) stated.push({ day: dayOf(d)!, evidence: [span] });
      continue;
    }
    const year = yearFor(dc, d, PIN_WINDOW_DAYS);
    if (!year) continue;
    const from = { start: year.from.start, end: year.from.end };
    pins.push({ ...span, day: year.day, from });
    if (clauseTense(sentenceBefore(dc.ctx, d.start)) !== 'future') stated.push({ day: year.day, evidence: [span, from] });
  }
  if (pins.length === 0 || stated.length === 0) return null;
  const latest = stated.reduce((a, b) => (compareDays(b.day, a.day) > 0 ? b : a));
  const later = dc.years.some((y) => y.year > latest.day.year && clauseTense(sentenceBefore(dc.ctx, y.start)) !== 'future');
  if (later) return null;
  return { day: latest.day, precision: 'day', source: 'text:latest-date', bound: 'not-before', evidence: latest.evidence, confidence: 0.6, pins };
}
