/**
 * Event dates as ranges of days, so that dates of different precision compare by overlap: a report
 * that says "in March" is compatible with one that says "on 15 March", and two days are compatible only
 * when they are the same day.
 */

/** Inclusive range of day numbers (days since 1970-01-01, UTC). */
export type DayRange = [number, number];

const DAY_MS = 86_400_000;

const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

/** The days a TIMEX3-like date covers at the given precision; null when the value does not parse. */
export function dayRange(value: string, precision: 'day' | 'week' | 'month' | 'year'): DayRange | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const start = isoWeekStart(Number(week[1]), Number(week[2]));
    return [start, start + 6];
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (precision === 'day' && mo !== null && d !== null) return [dayNumber(y, mo, d), dayNumber(y, mo, d)];
  if ((precision === 'day' || precision === 'month' || precision === 'week') && mo !== null) {
    return [dayNumber(y, mo, 1), dayNumber(y, mo + 1, 1) - 1];
  }
  return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1) - 1];
}

/** Monday of ISO week `w` of `year` (the week with the year's first Thursday is week 1). */
function isoWeekStart(year: number, w: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday + (w - 1) * 7;
}

export const overlaps = (a: DayRange, b: DayRange) => a[0] <= b[1] && b[0] <= a[1];

/** `2022-03-15` for a day number. */
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
