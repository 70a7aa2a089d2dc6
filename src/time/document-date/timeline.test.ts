import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchored, dated, evidence } from '../../../test/document-date-helpers.js';

test('timeline: the latest entry dates the article, its year carried over the turn of the year', () => {
  const text = [
    'How the crisis unfolded',
    '21 November 2013 – The government suspends talks on the agreement.',
    '30 November – Police beat students in the square.',
    '17 December – A loan is agreed in Moscow.',
    '22 January – Two protesters die in clashes.',
    'The crisis deepened.',
  ].join('\n');
  assert.deepEqual(dated(text), ['2014-01-22', 'text:timeline', 'on']);
  assert.deepEqual(evidence(text), ['22 January', '21 November 2013']);
  assert.deepEqual(anchored(text).map(([t, v]) => [t, v]), [['21 November 2013', '2013-11-21'], ['30 November', '2013-11-30'], ['17 December', '2013-12-17'], ['22 January', '2014-01-22']]);
});

test('timeline: entries before the first stated year, and a live-blog with the newest first', () => {
  const before = ['Timeline', 'December 17: A loan is agreed.', 'January 22, 2014: Two protesters die.', 'February 18: Clashes resume.'].join('\n');
  assert.deepEqual(dated(before), ['2014-02-18', 'text:timeline', 'on']);
  const live = ['Live updates', 'April 27, 2014, 13:21 – Rebels take the hall.', 'April 26, 21:05 – Talks break down.', 'April 25, 09:10 – Observers arrive.'].join('\n');
  assert.deepEqual(dated(live), ['2014-04-27', 'text:timeline', 'on']);
});

test('timeline: no year anywhere, or a single dated line, makes no timeline date', () => {
  assert.equal(dated(['Timeline', '30 November – Police beat students.', '17 December – A loan is agreed.'].join('\n')), null);
  const one = ['Headline', 'Introduction.', '17 December 2013 – A loan is agreed.', 'More text follows here.', 'And more.', 'And the end.'].join('\n');
  assert.notEqual(dated(one)?.[1], 'text:timeline');
});
