/**
 * The year of a day the text names without one (a dateline's "October 25"), from the full dates the same
 * article states: the year that puts it nearest to one of them, when that full date lies within
 * `YEAR_WINDOW_DAYS` of it. Two dates of one news story that close are in one stretch of time; further
 * apart (a date months away, an anniversary's year) they do not fix the year, and none is given.
 */
import { daysBetween, isRealDay, speaksForNow, type DateContext, type NamedDay } from './dates.js';
import type { Day } from '../types.js';

/** A full date more than this many days from the day (in its nearest year) does not give it a year: about
 * a season, the reach of what a news story recounts with its year and without. */
export const YEAR_WINDOW_DAYS = 100;

export interface YearFound {
  day: Day;
  /** The full date the year came from. */
  from: NamedDay;
}

export function yearFor(dc: DateContext, month: number, day: number): YearFound | null {
  let best: { found: YearFound; gap: number } | null = null;
  for (const d of dc.days) {
    if (d.year === null || !speaksForNow(dc.ctx, d)) continue;
    const full: Day = { year: d.year, month: d.month, day: d.day };
    for (const year of [d.year - 1, d.year, d.year + 1]) {
      const candidate: Day = { year, month, day };
      if (!isRealDay(candidate)) continue;
      const gap = Math.abs(daysBetween(full, candidate));
      if (gap <= YEAR_WINDOW_DAYS && (!best || gap < best.gap)) best = { found: { day: candidate, from: d }, gap };
    }
  }
  return best?.found ?? null;
}
