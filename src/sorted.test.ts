import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitionPoint, spanOverlapTest } from './sorted.js';

test('partitionPoint: the first index where the predicate turns false, at every length and cut', () => {
  for (let length = 0; length <= 9; length++) {
    for (let cut = 0; cut <= length; cut++) {
      let calls = 0;
      const got = partitionPoint(length, (i) => {
        calls++;
        assert.ok(i >= 0 && i < length, `index ${i} out of [0, ${length})`);
        return i < cut;
      });
      assert.equal(got, cut, `length ${length}, cut ${cut}`);
      assert.ok(calls <= Math.ceil(Math.log2(length + 1)), `length ${length}: ${calls} probes`);
    }
  }
});

test('partitionPoint: upper and lower bounds of a sorted array with repeats', () => {
  const xs = [1, 3, 3, 3, 7];
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 3), 1);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! <= 3), 4);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! <= 0), 0);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! <= 9), 5);
});

test('spanOverlapTest: a span overlaps one that starts before its end and ends after its start, touching is not overlapping', () => {
  const overlaps = spanOverlapTest([{ start: 10, end: 20 }, { start: 0, end: 4 }, { start: 12, end: 30 }]);
  assert.equal(overlaps(4, 10), false);
  assert.equal(overlaps(3, 5), true);
  assert.equal(overlaps(25, 26), true);
  assert.equal(overlaps(30, 40), false);
  assert.equal(spanOverlapTest([])(0, 100), false);
});
