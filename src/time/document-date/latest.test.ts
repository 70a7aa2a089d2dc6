import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchored, dated } from './testing.js';

test('latest-date: the latest full date the article states is a lower bound', () => {
  const text = 'Rebels seized the hall on May 2, 2014, weeks after the April 7, 2014 protests.';
  assert.deepEqual(dated(text), ['2014-05-02', 'text:latest-date', 'not-before']);
});

test('latest-date: a future date announced is not the document date', () => {
  const text = 'Rebels seized the hall on May 2, 2014. Elections will be held on May 25, 2014.';
  assert.deepEqual(dated(text), ['2014-05-02', 'text:latest-date', 'not-before']);
  assert.equal(dated('Elections are scheduled for May 25, 2014.'), null);
});

test('latest-date: a date put in history says nothing about the article', () => {
  assert.equal(dated('Ukraine marked the anniversary of the April 26, 1986 disaster.'), null);
});

test('latest-date: a later year stated in the past makes the latest full date stale', () => {
  assert.equal(dated('Ukraine declared independence on August 24, 1991. In 2014 the country was at war.'), null);
});

test('latest-date: an article with no date stays undated', () => {
  for (const text of ['Rebels seized the hall on Saturday.', 'They left on 26 April and came back in May.', 'In 2014 the war began.']) assert.equal(dated(text), null, text);
});

test('latest-date: fixes the year of year-less dates, not weekdays or "yesterday"', () => {
  const text = 'Rebels seized the hall on May 2, 2014. Police had left on 26 April. On Saturday they came back. Yesterday was calm.';
  assert.deepEqual(anchored(text), [
    ['May 2, 2014', '2014-05-02', null], ['26 April', '2014-04-26', 'inferred'], ['Saturday', null, null], ['Yesterday', null, null],
  ]);
});
