/** Calendar arithmetic on plain days (UTC, no clock) and the TIMEX3 formats of each granularity. */
import { resolveHoliday } from './holidays.js';
import type { Day, Relative } from './types.js';

const MS_DAY = 86_400_000;

export const toUtc = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);

export function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const addDays = (d: Day, n: number): Day => fromUtc(toUtc(d) + n * MS_DAY);

/** 0 = Sunday ... 6 = Saturday, as in chrono and JavaScript. */
export const weekday = (d: Day): number => new Date(toUtc(d)).getUTCDay();

export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** ISO 8601 week: the week (Monday to Sunday) and the year that holds its Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekday(d) + 6) % 7));
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: 1 + Math.floor((toUtc(thursday) - jan1) / MS_DAY / 7) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDay = (d: Day) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (d: Day) => `${pad(d.year, 4)}-${pad(d.month)}`;
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export const quarterOf = (d: Day) => Math.floor((d.month - 1) / 3) + 1;

/** Parses the day part of an ISO 8601 value (`2022-03-16`, `2022-03-16T07:00+02:00`), or null. */
export function parseDay(value: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The value a relative expression has on reference day `ref`. */
export function resolveRelative(r: Relative, ref: Day): string {
  return resolveUnit(r, ref) + (r.suffix ?? '');
}

function resolveUnit(r: Relative, ref: Day): string {
  switch (r.unit) {
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
      if (r.holiday !== undefined) return resolveHoliday(r.holiday, addDays(ref, r.offset), r.direction ?? -1) ?? formatDay(ref);
      if (r.month !== undefined) return withTime(r, { ...monthFrom(ref, r.month, r.direction ?? 0), day: r.dayOfMonth ?? 1 });
      return withTime(r, r.weekday !== undefined ? weekdayFrom(addDays(ref, r.offset), r.weekday, r.direction ?? -1) : addDays(ref, r.offset));
    case 'week':
      return formatWeek(addDays(ref, 7 * r.offset));
    case 'month':
      return formatMonth(r.month !== undefined ? monthFrom(ref, r.month, r.direction ?? 0) : addMonths(ref, r.offset));
    case 'quarter': {
      const base = addMonths({ ...ref, day: 1 }, 3 * r.offset);
      return `${pad(base.year, 4)}-Q${r.quarter ?? quarterOf(base)}`;
    }
    case 'year':
      return pad(ref.year + r.offset, 4);
    case 'decade':
      return pad(Math.floor(ref.year / 10) + r.offset, 3);
    case 'century':
      return pad(Math.floor(ref.year / 100) + r.offset, 2);
  }
}

/** What a year-less month and day state, with the year left open (`XXXX-03-05`, `XXXX-03-05T10:00`); null
 * for any other relative value. */
export function partialValue(r: Relative): string | null {
  if (r.month === undefined || r.dayOfMonth === undefined || r.weekday !== undefined || r.holiday !== undefined || r.unit !== 'day') return null;
  return `XXXX${withTime(r, { year: 0, month: r.month, day: r.dayOfMonth }).slice(4)}`;
}

function withTime(r: Relative, day: Day): string {
  if (r.time) return `${formatDay(day)}T${pad(r.time.hour)}:${pad(r.time.minute)}`;
  if (r.part) return `${formatDay(day)}T${r.part}`;
  return formatDay(day);
}

/** The given weekday: on or before `ref` (-1), the nearest to it (0), on or after it (1). */
export function weekdayFrom(ref: Day, target: number, direction: -1 | 0 | 1): Day {
  const back = (weekday(ref) - target + 7) % 7;
  const ahead = (target - weekday(ref) + 7) % 7;
  if (direction === -1) return addDays(ref, -back);
  if (direction === 1) return addDays(ref, ahead);
  return ahead <= back ? addDays(ref, ahead) : addDays(ref, -back);
}

/**
 * News looks back further than it looks ahead: a month named without a year (direction 0) is the
 * coming one only when it is at most this many months away and nearer than the last one.
 */
export const MONTHS_AHEAD_READ_AS_FUTURE = 3;

/** The given month: the most recent (-1), past-leaning nearest (0), or the next (1). */
export function monthFrom(ref: Day, month: number, direction: -1 | 0 | 1): Day {
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  if (direction === -1) return addMonths(ref, -back);
  if (direction === 1) return addMonths(ref, ahead);
  return ahead < back && ahead <= MONTHS_AHEAD_READ_AS_FUTURE ? addMonths(ref, ahead) : addMonths(ref, -back);
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * A relative value with no reference day, written so that it stays relative: `published-P1D`,
 * `governing+P0W`, `published:previous:WXX-6` (the previous Saturday), `published:nearest:XXXX-05`.
 */
export function describeRelative(r: Relative): string {
  const suffix = r.time ? `T${pad(r.time.hour)}:${pad(r.time.minute)}` : r.part ? `T${r.part}` : '';
  const way = r.direction === 1 ? 'next' : r.direction === 0 ? 'nearest' : 'previous';
  if (r.weekday !== undefined) return `${r.anchor}:${way}:${DAY_CODES[r.weekday]}${suffix}`;
  if (r.holiday !== undefined) return `${r.anchor}:${way}:${r.holiday.replace(/\W+/g, '-')}`;
  if (r.month !== undefined) return `${r.anchor}:${way}:XXXX-${pad(r.month)}${r.dayOfMonth ? `-${pad(r.dayOfMonth)}` : ''}${suffix}`;
  const letter = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' }[r.unit];
  const time = r.unit === 'hour' || r.unit === 'minute' || r.unit === 'second' ? 'T' : '';
  const q = r.quarter !== undefined ? `:Q${r.quarter}` : '';
  return `${r.anchor}${r.offset < 0 ? '-' : '+'}P${time}${Math.abs(r.offset)}${letter}${q}${r.suffix ?? ''}${suffix}`;
}
