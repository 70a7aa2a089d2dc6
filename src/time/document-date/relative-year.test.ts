import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from '../../../test/time-helpers.js';
import { anchored, evidence } from '../../../test/document-date-helpers.js';

const year = (text: string) => {
  const d = tag(text, null).documentDate;
  return d && [d.day.year, d.precision, d.source];
};

test('relative-year: a date told "of last year" beside a dated reference gives the article its year', () => {
  const rows: Array<[string, number]> = [
    ['Protests began in late November 2013. The premier kept silent until December 3 of last year.', 2014],
    ['Lending fell from £2.6bn in January 2004. It stood at £21.8bn in January last year.', 2005],
    ['The club was bought in March 2014. Its debt was paid off on 30 March this year.', 2014],
  ];
  for (const [text, want] of rows) assert.deepEqual(year(text), [want, 'year', 'text:relative-year'], text);
  assert.deepEqual(evidence(rows[0]![0]), ['December 3 of last year', 'late November 2013']);
});

test('relative-year: no year from a reference two months away, from disagreeing dates, or against a later year', () => {
  const rows = [
    'The company was sold in December last year, a year after the arrest in October 2003.',
    'He resigned in March 2004 and in March last year. Sales rose in July 2003 and in July last year.',
    'Sales fell in January 2004 and in January last year. In 2007 the firm closed.',
    'He spoke about it last year.',
  ];
  for (const text of rows) assert.equal(year(text), null, text);
});

test('relative-year: year-less dates, months and years resolve in the year; weekdays and "yesterday" stay relative', () => {
  const text = 'Protests began in late November 2013. He was silent until December 3 of last year.\nHe spoke on January 22 and in February. On Tuesday he left; yesterday he returned. Elections are due next year.';
  assert.deepEqual(anchored(text), [
    ['late November 2013', '2013-11', null],
    ['December 3 of last year', '2013-12-03', 'inferred'],
    ['January 22', '2014-01-22', 'inferred'],
    ['February', '2014-02', 'inferred'],
    ['Tuesday', null, null],
    ['yesterday', null, null],
    ['next year', '2015', 'inferred'],
  ]);
});
