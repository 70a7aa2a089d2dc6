/**
 * The year of a day the text names without one (a dateline's "October 25"), from the full dates the same
 * article states: the year that puts it nearest to one of them, when that full date lies within the
 * window (`YEAR_WINDOW_DAYS` for the article's own date line, `PIN_WINDOW_DAYS` for a date in its body)
 * and the weekday written with it, if any, falls on it. Two dates of one news story that close are in one
 * stretch of time; further apart (a date months away, an anniversary's year) they fix no year.
 */
import { daysBetween, isRealDay, speaksForNow, type DateContext, type NamedDay } from './dates.js';
import { weekday } from '../calendar.js';
import type { Day } from '../types.js';

/** A full date more than this many days from a dateline's or date line's day (in its nearest year) does not
 * give it a year: about a season, how far back a wire story dates what it recounts. */
export const YEAR_WINDOW_DAYS = 100;

/**
 * For a year-less date in the body of the article, a full date gives its year only within a month of it:
 * news copy writes the year of a date in another year and not of its own, so a full date further away is
 * often a year or more earlier. Read by hand on the BBC corpus (2004–05): year-less dates within a month
 * of a full date are in its year in 21 of 25 pairs, those one to three months away in 4 of 10.
 */
export const PIN_WINDOW_DAYS = 31;

export interface YearFound {
  day: Day;
  /** The full date the year came from. */
  from: NamedDay;
}

export function yearFor(dc: DateContext, named: Pick<NamedDay, 'month' | 'day' | 'weekday'>, window = YEAR_WINDOW_DAYS): YearFound | null {
  let best: { found: YearFound; gap: number } | null = null;
  for (const d of dc.days) {
    if (d.year === null || !speaksForNow(dc.ctx, d)) continue;
    const full: Day = { year: d.year, month: d.month, day: d.day };
    for (const year of [d.year - 1, d.year, d.year + 1]) {
      const candidate: Day = { year, month: named.month, day: named.day };
      if (!isRealDay(candidate) || (named.weekday !== null && weekday(candidate) !== named.weekday)) continue;
      const gap = Math.abs(daysBetween(full, candidate));
      if (gap <= window && (!best || gap < best.gap)) best = { found: { day: candidate, from: d }, gap };
    }
  }
  return best?.found ?? null;
}
