import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, rawEnd, rawStart, track, type Edit } from './edits.js';

const edit = (start: number, end: number, insert: string): Edit => ({ start, end, insert, rule: 't', kind: 'repair' });

test('applyEdits keeps every unchanged character mapped to its raw position', () => {
  const raw = 'ab  cdXXef gh';
  let cur = track(raw);
  cur = applyEdits(cur, [edit(2, 4, ' '), edit(6, 8, '')]).next; // 'ab cdef gh'
  cur = applyEdits(cur, [edit(5, 5, ' ')]).next; // 'ab cd ef gh'
  assert.equal(cur.text, 'ab cd ef gh');
  for (const [t, r, len] of cur.map) assert.equal(cur.text.slice(t, t + len), raw.slice(r, r + len));
  assert.equal(rawStart(cur.map, 6), 8, 'e maps back past the removed XX');
  assert.equal(rawEnd(cur.map, 8), 10, 'span end after f');
  assert.equal(raw.slice(rawStart(cur.map, 3), rawEnd(cur.map, 8)), 'cdXXef');
});

test('move carries positions across edits', () => {
  const { move } = applyEdits(track('0123456789'), [edit(2, 4, ''), edit(6, 6, '++')]);
  assert.equal(move(1), 1);
  assert.equal(move(4), 2);
  assert.equal(move(7), 7);
  assert.equal(move(3), 2, 'inside a removal: where it was');
});

test('overlapping edits: the later one is dropped', () => {
  const r = applyEdits(track('abcdef'), [edit(1, 4, ''), edit(2, 5, 'X')]);
  assert.equal(r.next.text, 'aef');
  assert.equal(r.edits.length, 1);
});
