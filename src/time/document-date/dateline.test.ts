import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dated, evidence } from '../../../test/document-date-helpers.js';

const HEAD = 'Rebels take the town hall\n';

test('dateline: wire services, state media and newspapers open with place, date and agency', () => {
  const rows: Array<[string, [string, string, string]]> = [
    ['KIEV, April 27, 2014 (Reuters) - Rebels took the hall.', ['2014-04-27', 'text:dateline', 'on']],
    ['MOSCOW, December 5, 2013 (RIA Novosti) – Officials met.', ['2013-12-05', 'text:dateline', 'on']],
    ['KIEV, April 27, 2014. /ITAR-TASS/. Officials met.', ['2014-04-27', 'text:dateline', 'on']],
    ['WASHINGTON (Sputnik), April 27, 2014 — Officials met.', ['2014-04-27', 'text:dateline', 'on']],
    ['DONETSK, Ukraine, 27 April 2014 – Officials met.', ['2014-04-27', 'text:dateline', 'on']],
    ['Kiev, 27 April 2014 – Officials met in the capital.', ['2014-04-27', 'text:dateline', 'on']],
    ['SIMFEROPOL, Crimea, March 16, 2014 (AP) — Voters went to the polls.', ['2014-03-16', 'text:dateline', 'on']],
  ];
  for (const [text, want] of rows) assert.deepEqual(dated(HEAD + text), want, text);
});

test('dateline: a year-less dateline takes its year from a full date near it in the article', () => {
  const text = `${HEAD}KIEV, October 7 (RIA Novosti) – The ceasefire agreed in Minsk on September 5, 2014 holds, the ministry said.`;
  assert.deepEqual(dated(text), ['2014-10-07', 'text:dateline', 'on']);
  assert.deepEqual(evidence(text), ['October 7', 'September 5, 2014']);
  // Early January, with a full date of late December: the year after it.
  assert.deepEqual(dated(`${HEAD}KIEV, January 3 (RIA Novosti) – Talks resumed after the December 30, 2013 truce.`), ['2014-01-03', 'text:dateline', 'on']);
});

test('dateline: without a year the text can fix, no date at all, even from later rules', () => {
  const rows = [
    'KIEV, October 25 (RIA Novosti) - The ceasefire benefited the army, the president said on Saturday.',
    // The only full date is an anniversary's: it is history, and gives no year.
    'KIEV, April 26 (Reuters) – Ukraine marked the anniversary of the April 26, 1986 disaster.',
    // A full date half a year away gives no year either.
    'KIEV, October 25 (RIA Novosti) – The president, elected on May 25, 2014, spoke.',
  ];
  for (const text of rows) assert.equal(dated(HEAD + text), null, text);
});

test('dateline: a date of a past event opening a line is not a dateline', () => {
  const rows = [
    'On April 27, 2014, rebels took the town hall - officials said.',
    'In Kiev, on April 27, 2014 – the day of the vote – crowds gathered.',
    'Rebels took the hall. KIEV, April 27, 2014 (Reuters) - this sits inside a line.',
  ];
  for (const text of rows) assert.notEqual(dated(HEAD + text)?.[1], 'text:dateline', text);
});

test('dateline: only on the first lines of the article', () => {
  const late = `${HEAD}First.\nSecond.\nThird.\nFourth.\nKIEV, April 27, 2014 (Reuters) - Officials met.`;
  assert.notEqual(dated(late)?.[1], 'text:dateline');
});

test('dateline: a year-less dateline takes the article\'s year from a date told "of last year" near a dated reference', () => {
  const text = `${HEAD}KIEV, February 19 (RIA Novosti) – The premier, silent until December 12 of last year, when crowds had filled the squares since early December 2013, spoke on Tuesday.`;
  assert.deepEqual(dated(text), ['2014-02-19', 'text:dateline', 'on']);
  assert.deepEqual(evidence(text), ['February 19', 'December 12 of last year', 'early December 2013']);
});
