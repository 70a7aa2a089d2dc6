/**
 * Rule 5, the latest full date: the latest day, month and year the article states in a clause that does
 * not point ahead and a sentence that does not put it in history. The article was written on or after
 * it: a lower bound (`not-before`), which fixes the year of its year-less dates and its years ("last
 * year"), not its weekdays. If the article states a later year in such a clause ("in 2015"), that date is
 * not its latest time and no date is inferred.
 */
import { sentenceBefore } from '../sentences.js';
import { clauseTense } from '../tense.js';
import { compareDays, dayOf, speaksForNow, type DateContext, type DocumentDate, type NamedDay } from './dates.js';

export function latestRule(dc: DateContext): DocumentDate | null {
  let latest: NamedDay | null = null;
  for (const d of dc.days) {
    if (!speaksForNow(dc.ctx, d)) continue;
    if (!latest || compareDays(dayOf(d)!, dayOf(latest)!) > 0) latest = d;
  }
  if (!latest) return null;
  const year = latest.year!;
  const later = dc.years.some((y) => y.year > year && clauseTense(sentenceBefore(dc.ctx, y.start)) !== 'future');
  if (later) return null;
  return { day: dayOf(latest)!, source: 'text:latest-date', bound: 'not-before', evidence: [{ start: latest.start, end: latest.end }], confidence: 0.6 };
}
