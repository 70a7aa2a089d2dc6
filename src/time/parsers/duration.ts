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

const COUNTED = words(`(?:the\\s+)?(?:(?:${SPAN_WORDS})\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})(?:\\s+|-)(?:(?:full|more|straight|consecutive|long)\\s+)?(${UNITS})(?!-old)`);
const THE_LAST = words(`the\\s+(?:${SPAN_WORDS})\\s+(?!quarter)(${UNITS})`);
const VAGUE = words(`(?:(?:several|many|a\\s+few|few|a\\s+couple\\s+of|some|recent)\\s+)?(years|months|weeks|days|decades|hours|minutes|centuries)`);

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

export const durationParser: TimeParser = {
  name: 'duration',
  parse: (ctx) => [
    ...scan(ctx, COUNTED, (m, start, end) => {
      const count = numberValue(m[2] ?? '');
      const unit = m[3] ?? 'day';
      if (/^an?$/i.test(m[2] ?? '') && /^second/i.test(unit)) return null; // "a second" is an ordinal far more often than a second
      if (count !== null && count >= FIRST_YEAR_READ_AS_YEAR && count < 2100) return null; // "the 1988 quarter": a year, not a count
      const mod = m[1] ? QUALIFIERS[m[1].toLowerCase()] ?? null : null;
      return candidate(start, end, { type: 'DURATION', value: period(count, unit), granularity: unitOf(unit).unit, mod, rule: 'duration:counted', stated: count === null ? ['unit'] : ['count', 'unit'] });
    }),
    ...scan(ctx, THE_LAST, (m, start, end) => {
      const plural = /s$/i.test(m[1] ?? '');
      return candidate(start, end, { type: 'DURATION', value: period(plural ? null : 1, m[1] ?? 'day'), granularity: unitOf(m[1] ?? 'day').unit, rule: 'duration:the-last-unit', stated: ['unit'], confidence: 0.7 });
    }),
    ...scan(ctx, VAGUE, (m, start, end) => candidate(start, end, { type: 'DURATION', value: period(null, m[1] ?? 'days'), granularity: unitOf(m[1] ?? 'days').unit, rule: 'duration:vague', stated: ['unit'], confidence: 0.6 })),
  ],
};
