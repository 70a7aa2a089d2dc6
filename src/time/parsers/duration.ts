/**
 * Durations: "two days of fighting", "for several weeks", "the past 48 hours", "a five-year plan".
 * A duration is never a date; its value is a TIMEX3 period (P2D, PT5H, PXW when the count is vague).
 */
import { NUMBER, numberValue, UNIT, unitOf, words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';

/** Qualifiers TimeML keeps inside the expression, with their mod. */
export const QUALIFIERS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', some: 'APPROX', approximately: 'APPROX', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', 'more than': 'MORE_THAN', 'less than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS',
};
export const QUALIFIER = `(?:${Object.keys(QUALIFIERS).join('|')})`;
const SPAN_WORDS = 'past|last|next|first|coming|previous|following|final|remaining|preceding|initial';
const UNITS = `(?:centuries|${UNIT}s?)`;

/** A half after the count or the unit: "2 1/2 years", "two and a half days", "a minute and a half". */
const HALF = '\\s+1/2|\\s*½|\\s+and\\s+a\\s+half';
const COUNTED = words(`(?:the\\s+)?(?:(?:${SPAN_WORDS})\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER}|a\\s+couple\\s+of|couple\\s+of)(${HALF})?(?:\\s+|-)(?:(?:full|more|straight|consecutive|long)\\s+)?(${UNITS})(${HALF})?(?![\\s-]+old\\b)`);
const THE_LAST = words(`the\\s+(${SPAN_WORDS})\\s+(?!quarter)(${UNITS})`);
/**
 * "the past year", "the last decade", "the following month": one unit next to a reference names that
 * period, a date (TimeBank: "over the past year" is the year before); "the previous" and "the
 * following" count from the date the sentence is about, the others from publication.
 */
const SHIFT_OF: Record<string, { offset: number; anchor: 'published' | 'governing' }> = {
  past: { offset: -1, anchor: 'published' }, last: { offset: -1, anchor: 'published' }, next: { offset: 1, anchor: 'published' },
  coming: { offset: 1, anchor: 'published' }, previous: { offset: -1, anchor: 'governing' }, preceding: { offset: -1, anchor: 'governing' },
  following: { offset: 1, anchor: 'governing' },
};
const VAGUE = words(`(?:(?:several|many|a\\s+few|few|some|recent)\\s+)?(years|months|weeks|days|decades|hours|minutes|centuries)(?![\\s-]+old\\b)`);

/** A four-digit count from here on is a year ("the 1988 quarter"), which the calendar parser takes. */
const FIRST_YEAR_READ_AS_YEAR = 1500;

/** 24-hour multiples read as days, as news writers mean them ("the past 48 hours": two days). */
const HOURS_PER_DAY = 24;

function period(count: number | null, unitText: string): string {
  const u = unitOf(unitText);
  if (count === null) return `P${u.time ? 'T' : ''}X${u.letter}`;
  if (u.key === 'hour' && count % HOURS_PER_DAY === 0) return `P${count / HOURS_PER_DAY}D`;
  if (u.letter === 'WE') return `P${count * 2}D`;
  if (u.letter === 'DE') return `P${count * 10}Y`; // TimeBank writes decades in years ("two decades": P20Y)
  return `P${u.time ? 'T' : ''}${count}${u.letter}`;
}

/** The half written in the next smaller unit, as TIMEX3 values do: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M. */
const HALF_OF: Record<string, string> = { year: '6M', month: '15D', day: 'T12H', hour: '30M', minute: '30S', decade: '5Y', century: '50Y' };

function halfPeriod(count: number, unitText: string): string {
  const u = unitOf(unitText);
  const half = HALF_OF[u.key];
  const whole = u.letter === 'DE' ? `${count * 10}Y` : u.letter === 'CE' ? `${count * 100}Y` : `${count}${u.letter}`;
  if (!half) return `P${u.time ? 'T' : ''}${count}.5${u.letter}`;
  return `P${u.time ? 'T' : ''}${count === 0 ? '' : whole}${half}`;
}

export const durationParser: TimeParser = {
  name: 'duration',
  parse: (ctx) => [
    ...scan(ctx, COUNTED, (m, start, end) => {
      const count = numberValue((m[2] ?? '').replace(/^a\s+(?=couple)|\s+of$/gi, ''));
      const unit = m[4] ?? 'day';
      const half = Boolean(m[3] ?? m[5]);
      if (/^an?$/i.test(m[2] ?? '') && /^second/i.test(unit)) return null; // "a second" is an ordinal far more often than a second
      if (count !== null && count >= FIRST_YEAR_READ_AS_YEAR && count < 2100) return null; // "the 1988 quarter": a year, not a count
      const mod = m[1] ? QUALIFIERS[m[1].toLowerCase()] ?? null : null;
      const value = half && count !== null ? halfPeriod(count, unit) : period(count, unit);
      return candidate(start, end, { type: 'DURATION', value, granularity: unitOf(unit).unit, mod, rule: half ? 'duration:counted-half' : 'duration:counted', stated: count === null ? ['unit'] : ['count', 'unit'] });
    }),
    ...scan(ctx, THE_LAST, (m, start, end) => {
      const unitText = m[2] ?? 'day';
      const plural = /s$/i.test(unitText);
      const shift = SHIFT_OF[(m[1] ?? '').toLowerCase()];
      const u = unitOf(unitText);
      if (!plural && shift && !u.time && u.letter !== 'WE' && u.letter !== 'CE') { // "the past century" is a hundred years, not the 1800s
        return candidate(start, end, { type: 'DATE', relative: { anchor: shift.anchor, unit: u.unit, offset: shift.offset }, granularity: u.unit, rule: 'relative:the-last-unit', stated: ['offset', 'unit'], confidence: 0.6 });
      }
      return candidate(start, end, { type: 'DURATION', value: period(plural ? null : 1, unitText), granularity: u.unit, rule: 'duration:the-last-unit', stated: ['unit'], confidence: 0.7 });
    }),
    ...scan(ctx, VAGUE, (m, start, end) => candidate(start, end, { type: 'DURATION', value: period(null, m[1] ?? 'days'), granularity: unitOf(m[1] ?? 'days').unit, rule: 'duration:vague', stated: ['unit'], confidence: 0.6 })),
  ],
};
