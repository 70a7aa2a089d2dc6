import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, tag } from '../../../test/time-helpers.js';

test('resolve: "the night before" hangs on the date of the sentence before, even across paragraphs', () => {
  const text = 'Ukrainian forces pushed back an attack on Tuesday evening, said the head of the region.\n\nIt came after 60 missiles hit the city the night before.';
  assert.deepEqual(found(text).map(([t, , v]) => [t, v]), [['Tuesday evening', '2022-03-15TEV'], ['the night before', '2022-03-14TNI']]);
});

test('resolve: each sentence gets its governing date, which stays inside its paragraph', () => {
  const text = 'Shelling resumed on Monday. Three people died.\n\nOfficials gave no figures.';
  const out = tag(text);
  assert.deepEqual(out.governing.map((g) => [g.sentence, g.value, g.from]), [[0, '2022-03-14', 0], [1, '2022-03-14', 0], [2, '2022-03-16', 'published']]);
});

test('resolve: "earlier in the day" and "later that day" take the sentence\'s own date', () => {
  assert.deepEqual(found('On Saturday, a missile hit a tower; earlier in the day a bridge was destroyed.', '2022-02-27').map(([t, , v]) => [t, v]), [['Saturday', '2022-02-26'], ['earlier in the day', '2022-02-26']]);
});

test('resolve: with no publication date, relative values stay relative and are never resolved against today', () => {
  const out = tag('The mayor said on Saturday that the curfew starts tomorrow. It was extended the night before.', null);
  const rows = out.times.map((t) => [t.value, t.relativeTo]);
  assert.deepEqual(rows, [[null, 'published:previous:SA'], [null, 'published+P1D'], [null, 'governing-P1DTNI']]);
  assert.deepEqual(out.governing.map((g) => g.value), [null, null]);
});

test('resolve: a stated full date is absolute even without a publication date', () => {
  assert.deepEqual(found('The invasion began on February 24, 2022.', null), [['February 24, 2022', 'DATE', '2022-02-24']]);
  assert.deepEqual(found('It happened on March 5.', null), [['March 5', 'DATE', 'XXXX-03-05']]);
});

test('resolve: "at the time" ending its clause points back to the date the story is about', () => {
  const text = 'The minister first spoke on March 3.\n\n"It is an internal affair," he said at the time.';
  assert.deepEqual(found(text).map(([t, , v]) => [t, v]), [['March 3', '2022-03-03'], ['the time', '2022-03-03']]);
  // "at the time of", "at the time X happened" name their own time: not this anaphor.
  assert.deepEqual(found('There were 12 members at the time of its founding. At the time Howes was captured, he was 40.').map(([t]) => t), []);
});
