/**
 * The day a named holiday falls on in a given year (rules in src/lexicon/time.ts), and the most
 * recent or next occurrence from a reference day, so that "Thanksgiving Day" said in January is the
 * last one and "Election Day" in a campaign story the coming one.
 */
import { HOLIDAYS, type HolidayRule } from '../lexicon/time.js';
import { addDays, formatDay, formatWeek, fromUtc, toUtc, weekday } from './calendar.js';
import type { Day } from './types.js';

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar. */
export function orthodoxEaster(year: number): Day {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const julian = { year, month, day: ((d + e + 114) % 31) + 1 };
  const gap = Math.floor(year / 100) - Math.floor(year / 400) - 2; // days the Julian calendar lags
  return addDays(julian, gap);
}

function nthWeekday(year: number, month: number, target: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((target - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = fromUtc(toUtc({ year, month: month + 1, day: 1 }) - 86_400_000);
  return addDays(last, -((weekday(last) - target + 7) % 7));
}

export function holidayIn(rule: HolidayRule, year: number): Day {
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day };
    case 'nth-weekday':
      return nthWeekday(year, rule.month, rule.weekday, rule.n);
    case 'easter':
      return addDays(rule.orthodox ? orthodoxEaster(year) : easter(year), rule.offset);
    case 'election': // the Tuesday after the first Monday of November
      return addDays(nthWeekday(year, 11, 1, 1), 1);
  }
}

/** The holiday's value nearest `ref` in `direction`: on or before (-1), on or after (1). */
export function resolveHoliday(name: string, ref: Day, direction: -1 | 0 | 1): string | null {
  const rule = HOLIDAYS[name];
  if (!rule) return null;
  const here = holidayIn(rule, ref.year);
  // A week-long holiday has begun once its week has: "as Easter week began" on its Monday is this one.
  const begins = rule.week ? addDays(here, -((weekday(here) + 6) % 7)) : here;
  const before = toUtc(begins) <= toUtc(ref);
  const day = direction === 1 ? (toUtc(here) >= toUtc(ref) ? here : holidayIn(rule, ref.year + 1)) : before ? here : holidayIn(rule, ref.year - 1);
  return rule.week ? formatWeek(day) : formatDay(day);
}
