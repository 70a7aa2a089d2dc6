/**
 * Rule 6, the year of the article from a date told relative to it: "December 3 of last year", "in March
 * this year" name a month of the article's year, give or take. Where such a date lies within
 * `PIN_WINDOW_DAYS` of a date the text states with its year ("late November 2013"; measured between the
 * middles of the month or day each names), it is of that year (as
 * any year-less day near a full date is, rule 5), and the article's year follows: 2013 + 1 = 2014. Every
 * such date in the article must give the same year, and the article may state no later year in a clause
 * that does not point ahead. The result fixes a year only (`precision: 'year'`): year-less dates, months
 * and years resolve in it, weekdays and "yesterday" stay relative.
 */
import { sentenceBefore } from '../sentences.js';
import { clauseTense } from '../tense.js';
import type { Candidate, Day } from '../types.js';
import { toUtc } from '../calendar.js';
import { isRealDay, type DateContext, type DocumentDate } from './dates.js';
import { PIN_WINDOW_DAYS } from './year.js';

/** A stretch of days a reference or a relative-year date covers (a month, or one day). */
interface Stretch { first: Day; last: Day }

const MONTH_SUFFIX = /^-(\d{2})(?:-(\d{2}))?$/;
const STATED_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const stretch = (year: number, month: number, day: number | null): Stretch =>
  ({ first: { year, month, day: day ?? 1 }, last: { year, month, day: day ?? lastDayOf(year, month) } });

/** Days between the middles of two stretches: a month is a month away from the next, two from the one
 * after ("October 2003" is no reference for "December last year"). */
function gap(a: Stretch, b: Stretch): number {
  const middle = (s: Stretch) => toUtc(s.first) + (toUtc(s.last) - toUtc(s.first)) / 2;
  return Math.abs(middle(a) - middle(b)) / 86_400_000;
}

/** A date the text states with its year, at month or day precision, that speaks for its time. */
function reference(dc: DateContext, c: Candidate): Stretch | null {
  if (!c.stated.includes('year') || !c.stated.includes('month') || c.type === 'DURATION' || c.type === 'SET') return null;
  const m = STATED_MONTH.exec(c.value ?? '');
  if (!m || clauseTense(sentenceBefore(dc.ctx, c.start)) === 'future') return null;
  return stretch(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
}

export function relativeYearRule(dc: DateContext): DocumentDate | null {
  const references = dc.candidates.map((c) => ({ c, s: reference(dc, c) })).filter((r): r is { c: Candidate; s: Stretch } => r.s !== null);
  let year: number | null = null;
  let evidence: DocumentDate['evidence'] = [];
  for (const c of dc.candidates) {
    const r = c.relative;
    const m = r?.unit === 'year' && r.anchor === 'published' ? MONTH_SUFFIX.exec(r.suffix ?? '') : null;
    if (!r || !m) continue;
    let best: { year: number; gap: number; from: Candidate } | null = null;
    for (const ref of references) {
      for (const y of [ref.s.first.year - 1, ref.s.first.year, ref.s.first.year + 1]) {
        const own = stretch(y, Number(m[1]), m[2] ? Number(m[2]) : null);
        if (!isRealDay(own.first)) continue;
        const g = gap(own, ref.s);
        if (g <= PIN_WINDOW_DAYS && (!best || g < best.gap)) best = { year: y - r.offset, gap: g, from: ref.c };
      }
    }
    if (!best) continue;
    if (year !== null && year !== best.year) return null; // two such dates disagree
    if (year === null) evidence = [{ start: c.start, end: c.end }, { start: best.from.start, end: best.from.end }];
    year = best.year;
  }
  if (year === null) return null;
  const article = year;
  if (dc.years.some((y) => y.year > article && clauseTense(sentenceBefore(dc.ctx, y.start)) !== 'future')) return null;
  return { day: { year, month: 1, day: 1 }, precision: 'year', source: 'text:relative-year', bound: 'on', evidence, confidence: 0.6 };
}
