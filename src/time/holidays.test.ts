import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOLIDAYS } from '../lexicon/time.js';
import { formatDay } from './calendar.js';
import { easter, holidayIn, orthodoxEaster, resolveHoliday } from './holidays.js';

test('holidays: Easter by the Western and Orthodox computus', () => {
  for (const [year, day] of [[2000, '2000-04-23'], [1998, '1998-04-12'], [2022, '2022-04-17'], [2024, '2024-03-31']] as const) assert.equal(formatDay(easter(year)), day, String(year));
  for (const [year, day] of [[2022, '2022-04-24'], [2023, '2023-04-16'], [2000, '2000-04-30']] as const) assert.equal(formatDay(orthodoxEaster(year)), day, String(year));
});

test('holidays: n-th and last weekdays, Election Day', () => {
  const rows: Array<[string, number, string]> = [
    ['thanksgiving', 1999, '1999-11-25'], ['memorial day', 2022, '2022-05-30'], ['labor day', 1998, '1998-09-07'],
    ['election day', 1998, '1998-11-03'], ['election day', 2022, '2022-11-08'], ['victory day', 2022, '2022-05-09'],
  ];
  for (const [name, year, day] of rows) assert.equal(formatDay(holidayIn(HOLIDAYS[name]!, year)), day, name);
});

test('holidays: the last one on or before the reference, or the next one', () => {
  assert.equal(resolveHoliday('thanksgiving day', { year: 2000, month: 1, day: 7 }, -1), '1999-11-25');
  assert.equal(resolveHoliday('election day', { year: 1998, month: 10, day: 26 }, 1), '1998-11-03');
  assert.equal(resolveHoliday('easter week', { year: 2000, month: 4, day: 17 }, 1), '2000-W16');
});
