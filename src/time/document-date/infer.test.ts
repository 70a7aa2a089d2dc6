import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from '../../../test/time-helpers.js';
import { anchored, dated } from '../../../test/document-date-helpers.js';

const WIRE = 'Rebels take the town hall\nKIEV, April 27, 2014 (Reuters) - Rebels took the town hall on Saturday, a day after police left on 25 April.\nThe vote of 17 December was annulled. The night before, shots were fired.';

test('infer: a dateline anchors weekdays, year-less dates and anaphora, each marked as inferred', () => {
  assert.deepEqual(anchored(WIRE), [
    ['April 27, 2014', '2014-04-27', null],
    ['Saturday', '2014-04-26', 'inferred'],
    ['a day', 'P1D', null],
    ['25 April', '2014-04-25', 'inferred'],
    ['17 December', '2013-12-17', 'inferred'],
    ['The night before', '2013-12-16TNI', 'inferred:sentence:2'],
  ]);
});

test('infer: governing dates say when they rest on the inferred date', () => {
  const out = tag(WIRE, null);
  assert.deepEqual(out.governing.map((g) => [g.sentence, g.value, g.from, g.inferred ?? false]), [
    [0, '2014-04-27', 'inferred', true],
    [1, '2014-04-25', 3, true],
    [2, '2013-12-17', 4, true],
    [3, '2013-12-17', 4, true],
  ]);
});

test('infer: a stated publication date always wins; nothing is inferred', () => {
  const out = tag(WIRE, '2014-04-28');
  assert.equal(out.documentDate, null);
  assert.ok(out.times.every((t) => !t.anchorOf?.startsWith('inferred')));
  assert.ok(out.governing.every((g) => g.from !== 'inferred' && !g.inferred));
});

test('infer: the cascade order: a dateline before a byline, a byline before the latest full date', () => {
  const both = 'Head\nBy Jane Doe | April 29, 2014\nKIEV, April 28, 2014 (Reuters) - Talks began on May 1, 2014.';
  assert.deepEqual(dated(both), ['2014-04-28', 'text:dateline', 'on']);
  const byline = 'Head\nBy Jane Doe | April 29, 2014\nTalks began on April 20, 2014.';
  assert.deepEqual(dated(byline), ['2014-04-29', 'text:byline', 'on']);
});
