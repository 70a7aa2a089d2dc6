import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, findDateInText, parseStructuredDate } from './html-date-parse.js';

/** Reference time of every case: dates after 2024-01-02 are in the future. */
const NOW = Date.UTC(2024, 0, 1, 12);

test('parseStructuredDate: machine values to ISO 8601 with their precision', () => {
  const rows: Array<[string, string, string]> = [
    ['2022-03-16', '2022-03-16', 'day'],
    ['2022-03-16T07:05:00+02:00', '2022-03-16T07:05:00+02:00', 'second'],
    ['2022-03-16T07:05:00.000Z', '2022-03-16T07:05:00Z', 'second'],
    ['2022-03-16T07:05+0200', '2022-03-16T07:05+02:00', 'minute'],
    ['2022-03-16 07:05:09', '2022-03-16T07:05:09', 'second'],
    ['2022/3/6', '2022-03-06', 'day'],
    ['20220316', '2022-03-16', 'day'],
    ['2022-03', '2022-03', 'month'],
    ['1647414000', '2022-03-16T07:00:00Z', 'second'],
    ['Wed, 16 Mar 2022 07:00:00 GMT', '2022-03-16T07:00:00Z', 'second'],
    ['Wed, 16 Mar 2022 07:00:00 +0100', '2022-03-16T07:00:00+01:00', 'second'],
    ['March 16, 2022', '2022-03-16', 'day'],
    ['  16 March 2022 ', '2022-03-16', 'day'],
  ];
  for (const [input, value, precision] of rows) {
    assert.deepEqual(parseStructuredDate(input, NOW), { value, precision }, `input: ${JSON.stringify(input)}`);
  }
});

test('parseStructuredDate: impossible, implausible and non-dates give null', () => {
  const rows = [
    '2022-13-01', // month 13
    '2022-02-30', // no such day
    '2022-03-16T25:00:00Z', // no such hour
    '1985-06-01', // before MIN_YEAR
    '2024-01-05', // four days after NOW
    '2024-01-02T10:00:00-14:00', // the same instant is more than a day ahead
    '2022-03-16T07:00:00+15:00', // no such offset
    'yesterday',
    'Updated',
    '',
    '12345',
    'x'.repeat(500),
  ];
  for (const input of rows) assert.equal(parseStructuredDate(input, NOW), null, `input: ${JSON.stringify(input)}`);
});

test('findDateInText: written dates in several languages and orders', () => {
  const rows: Array<[string, string]> = [
    ['Published 16 March 2022, 07:05', '2022-03-16'],
    ['By Jane Doe | March 16, 2022 | 5 min read', '2022-03-16'],
    ['Mar. 6 2022', '2022-03-06'],
    ['16th of March, 2022', '2022-03-16'],
    ['Veröffentlicht am 16. März 2022', '2022-03-16'],
    ['16 de marzo de 2022', '2022-03-16'],
    ['le 16 mars 2022', '2022-03-16'],
    ['16 березня 2022 року', '2022-03-16'],
    ['16 марта 2022 г.', '2022-03-16'],
    ['Datum: 16.03.2022', '2022-03-16'],
    ['posted 2022-03-16 by admin', '2022-03-16'],
    ['25/03/2022', '2022-03-25'],
    ['03/25/2022', '2022-03-25'],
    ['08/08/2017', '2017-08-08'],
    ['Chapter 5 of 12. Written 3 May 2021 and 4 May 2021', '2021-05-03'],
  ];
  for (const [text, value] of rows) assert.equal(findDateInText(text, NOW)?.date.value, value, `text: ${JSON.stringify(text)}`);
});

test('findDateInText: text that must not give a date', () => {
  const rows = [
    'The 300 residents left at 7:30 on foot.',
    '03/04/2022', // day and month could be either
    'Chapter 16, 2022 pages', // not a month
    '31 February 2022',
    '16 March 1812',
    'Flight LH2022 leaves from gate 16',
    'ISBN 978-3-16-148410-0',
    '16 March 2030', // future
  ];
  for (const text of rows) assert.equal(findDateInText(text, NOW), null, `text: ${JSON.stringify(text)}`);
});

test('dateFromUrl: dates in paths, the month alone, and paths without one', () => {
  const rows: Array<[string, string | null]> = [
    ['https://example.com/world/2022/03/16/kharkiv-strikes', '2022-03-16'],
    ['https://example.com/2022-03-16-kharkiv-strikes.html', '2022-03-16'],
    ['https://example.com/news/20220316/kharkiv', '2022-03-16'],
    ['https://example.com/2022/3/6/story', '2022-03-06'],
    ['https://example.com/blog/2022/03/story-title', '2022-03'],
    ['/2022/03/16/relative', '2022-03-16'],
    ['https://example.com/news/world-60712345', null],
    ['https://example.com/article/12345678', null],
    ['https://example.com/2022/13/40/bad', null],
    ['https://20220316.example.com/story', null], // the host is not read
  ];
  for (const [url, value] of rows) assert.equal(dateFromUrl(url, NOW)?.value ?? null, value, `url: ${url}`);
});
