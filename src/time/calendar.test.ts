import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRelative, formatWeek, isoWeek, monthFrom, resolveRelative, weekdayFrom } from './calendar.js';
import type { Relative } from './types.js';

const day = (s: string) => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });

test('calendar: ISO 8601 weeks, including years whose first days belong to the last week before', () => {
  const rows: Array<[string, string]> = [['2022-02-24', '2022-W08'], ['2022-02-28', '2022-W09'], ['2022-01-01', '2021-W52'], ['1998-03-01', '1998-W09'], ['2000-02-16', '2000-W07'], ['2020-12-31', '2020-W53']];
  for (const [d, w] of rows) assert.equal(formatWeek(day(d)), w, d);
  assert.deepEqual(isoWeek(day('2022-03-16')), { year: 2022, week: 11 });
});

test('calendar: weekdays on or before, nearest, on or after', () => {
  const ref = day('2022-03-16'); // a Wednesday
  assert.deepEqual(weekdayFrom(ref, 2, -1), day('2022-03-15'));
  assert.deepEqual(weekdayFrom(ref, 3, -1), day('2022-03-16'));
  assert.deepEqual(weekdayFrom(ref, 4, -1), day('2022-03-10'));
  assert.deepEqual(weekdayFrom(ref, 4, 1), day('2022-03-17'));
  assert.deepEqual(weekdayFrom(ref, 4, 0), day('2022-03-17'));
});

test('calendar: a month without a year leans to the past unless it is near ahead', () => {
  assert.equal(monthFrom(day('2022-02-26'), 5, 0).year, 2022, 'May seen from February: three months ahead');
  assert.equal(monthFrom(day('1989-10-30'), 3, 0).year, 1989, 'March seen from October: the last one');
  assert.equal(monthFrom(day('1989-10-30'), 3, 1).year, 1990);
});

test('calendar: relative values resolve at their granularity, or stay relative without a reference', () => {
  const rows: Array<[Relative, string, string]> = [
    [{ anchor: 'published', unit: 'day', offset: -1 }, '2022-03-15', 'published-P1D'],
    [{ anchor: 'published', unit: 'week', offset: -3 }, '2022-W08', 'published-P3W'],
    [{ anchor: 'published', unit: 'month', offset: -1 }, '2022-02', 'published-P1M'],
    [{ anchor: 'published', unit: 'year', offset: 0 }, '2022', 'published+P0Y'],
    [{ anchor: 'published', unit: 'quarter', offset: -1 }, '2021-Q4', 'published-P1Q'],
    [{ anchor: 'published', unit: 'day', offset: 0, weekday: 6, direction: -1 }, '2022-03-12', 'published:previous:SA'],
    [{ anchor: 'governing', unit: 'day', offset: -1, part: 'NI' }, '2022-03-15TNI', 'governing-P1DTNI'],
    [{ anchor: 'published', unit: 'week', offset: -1, suffix: '-WE' }, '2022-W10-WE', 'published-P1W-WE'],
  ];
  for (const [r, value, relative] of rows) {
    assert.equal(resolveRelative(r, day('2022-03-16')), value, JSON.stringify(r));
    assert.equal(describeRelative(r), relative, JSON.stringify(r));
  }
});
