/** The floors file's rules: its shape, the check of a run against it, and what loosens it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loosened, outOfLimits, parseLimits, type Limits } from './floors-file.js';

test('parseLimits: notes skipped, split and ceilings apart from floors, anything else a number', () => {
  const l = parseLimits(JSON.stringify({ _comment: 'note', a: { split: 'ci', f1: 0.9, ceilings: { false: 3 } }, b: { x: 1 } }));
  assert.deepEqual(l, { a: { split: 'ci', floors: { f1: 0.9 }, ceilings: { false: 3 } }, b: { floors: { x: 1 }, ceilings: {} } });
  for (const bad of [{ a: { f1: '0.9' } }, { a: { ceilings: [1] } }, { a: { split: 2 } }, { a: [] }, { a: { ceilings: { n: null } } }]) {
    assert.throws(() => parseLimits(JSON.stringify(bad)), /bench\/floors\.json/, JSON.stringify(bad));
  }
});

test('outOfLimits: below a floor, above a ceiling, or not reported', () => {
  const limits = { floors: { f1: 0.9, recall: 0.5 }, ceilings: { false: 3, spurious: 10 } };
  assert.deepEqual(outOfLimits('s', limits, { f1: 0.9, recall: 0.6, false: 3, spurious: 0 }), []);
  assert.deepEqual(outOfLimits('s', limits, { f1: 0.89, recall: Number.NaN, false: 4 }), [
    's.f1 = 0.89 is below its floor 0.9', 's.recall = NaN is below its floor 0.5', 's.false = 4 is above its ceiling 3', 's reports no figure "spurious" (ceiling)',
  ]);
});

test('loosened: a floor lowered or removed, a ceiling raised or removed, a suite removed, a split changed', () => {
  const old: Limits = { a: { split: 'ci', floors: { f1: 0.9, p: 0.8 }, ceilings: { false: 3, n: 5 } }, b: { floors: { x: 1 }, ceilings: {} } };
  const tighter: Limits = { a: { split: 'ci', floors: { f1: 0.91, p: 0.8, r: 0.5 }, ceilings: { false: 2, n: 5, m: 1 } }, b: { floors: { x: 1 }, ceilings: {} }, c: { floors: { y: 0.1 }, ceilings: {} } };
  assert.deepEqual(loosened(old, tighter), []);
  assert.deepEqual(loosened(old, { a: { split: 'all', floors: { f1: 0.89 }, ceilings: { false: 4 } } }), [
    'a.split changed from ci to all', 'floor a.f1 fell from 0.9 to 0.89', 'floor a.p (0.8) was removed',
    'ceiling a.false rose from 3 to 4', 'ceiling a.n (5) was removed', 'suite b and its floors were removed',
  ]);
});
