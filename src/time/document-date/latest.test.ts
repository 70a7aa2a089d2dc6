import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from '../../../test/time-helpers.js';
import { anchored, dated, evidence } from '../../../test/document-date-helpers.js';

test('latest-date: the latest day stated is a lower bound when a year-less day pins the full dates to the article\'s time', () => {
  const text = 'Rebels seized the hall on May 2, 2014, weeks after the April 7, 2014 protests. Police had left on 26 April.';
  assert.deepEqual(dated(text), ['2014-05-02', 'text:latest-date', 'not-before']);
  // A pinned day can be the latest.
  const pinned = 'The talks of April 17, 2014 failed. Rebels seized the hall on 2 May.';
  assert.deepEqual(dated(pinned), ['2014-05-02', 'text:latest-date', 'not-before']);
  assert.deepEqual(evidence(pinned), ['2 May', 'April 17, 2014']);
});

test('latest-date: full dates alone, or far from every year-less day, say nothing of the article\'s time', () => {
  const rows = [
    'Rebels seized the hall on May 2, 2014, weeks after the April 7, 2014 protests.',
    // Two months apart: news copy writes the year of another year's date.
    'The law changed after the attacks of 11 September 2001. Police said on 20 November that it works.',
  ];
  for (const text of rows) assert.equal(dated(text), null, text);
});

test('latest-date: a future date announced is not the document date', () => {
  const text = 'Rebels seized the hall on May 2, 2014, and left on 4 May. Elections will be held on May 25, 2014.';
  assert.deepEqual(dated(text), ['2014-05-04', 'text:latest-date', 'not-before']);
  assert.equal(dated('Elections are scheduled for May 25, 2014, and a vote on 20 May.'), null);
});

test('latest-date: a date put in history says nothing about the article', () => {
  assert.equal(dated('Ukraine marked the anniversary of the April 26, 1986 disaster on 26 April.'), null);
});

test('latest-date: a later year stated in the past makes the latest day stale', () => {
  assert.equal(dated('Ukraine declared independence on August 24, 1991, and a referendum followed on 1 September. In 2014 the country was at war.'), null);
});

test('latest-date: an article with no date stays undated', () => {
  for (const text of ['Rebels seized the hall on Saturday.', 'They left on 26 April and came back in May.', 'In 2014 the war began.']) assert.equal(dated(text), null, text);
});

test('latest-date: pins year-less days near a full date; weekdays, "yesterday" and far days stay relative, nothing governs', () => {
  const text = 'Rebels seized the hall on May 2, 2014. Police had left on 26 April.\nOn Saturday they came back.\nYesterday was calm.\nThe vote of 17 December was annulled.';
  assert.deepEqual(anchored(text), [
    ['May 2, 2014', '2014-05-02', null], ['26 April', '2014-04-26', 'inferred'], ['Saturday', null, null], ['Yesterday', null, null], ['17 December', 'XXXX-12-17', null],
  ]);
  assert.deepEqual(tag(text, null).governing.map((g) => [g.value, g.from, g.inferred ?? false]), [
    ['2014-05-02', 0, false], ['2014-04-26', 1, true], [null, null, false], [null, null, false], [null, null, false],
  ]);
});
