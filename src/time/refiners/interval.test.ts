import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from '../../../test/time-helpers.js';

test('interval: "from 5 p.m. Saturday to 8 a.m. Monday" is two ends of one interval, the end after the start', () => {
  const text = 'The mayor extended the curfew from 5 p.m. Saturday to 8 a.m. Monday.';
  const times = tag(text, '2022-02-26').times;
  assert.deepEqual(times.map((t) => [text.slice(t.start, t.end), t.value, t.range]), [
    ['5 p.m. Saturday', '2022-02-26T17:00', { start: '2022-02-26T17:00', end: '2022-02-28T08:00', role: 'start' }],
    ['8 a.m. Monday', '2022-02-28T08:00', { start: '2022-02-26T17:00', end: '2022-02-28T08:00', role: 'end' }],
  ]);
});

test('interval: "until 7am (5am GMT) on Thursday" ends an interval at the time written first', () => {
  const text = 'A curfew is also now in force in Kyiv until to 7am (5am GMT) on Thursday.';
  const t = tag(text).times.find((x) => x.type === 'TIME');
  assert.ok(t);
  assert.equal(text.slice(t.start, t.end), '7am (5am GMT) on Thursday');
  assert.equal(t.value, '2022-03-17T07:00');
  assert.deepEqual(t.range, { start: null, end: '2022-03-17T07:00', role: 'end' });
});

test('interval: "since the beginning of the offensive" is an unresolved anchor, not a guess', () => {
  const text = '198 people have died since the beginning of the offensive.';
  const t = tag(text, '2022-02-26').times;
  assert.equal(t.length, 1);
  assert.equal(text.slice(t[0]!.start, t[0]!.end), 'the beginning of the offensive');
  assert.equal(t[0]!.value, null);
  assert.equal(t[0]!.rule, 'event-anchor');
});

test('interval: a weekday ending a range is read as any weekday, unless that falls before the start', () => {
  const text = 'Crane bought 254,200 shares from Sept. 14 to Thursday.';
  assert.deepEqual(tag(text, '1989-10-30').times.map((t) => [text.slice(t.start, t.end), t.value]), [['Sept. 14', '1989-09-14'], ['Thursday', '1989-10-26']]);
});

test('event anchor: "on the day" a clause names is an unresolved anchor; "on the day of the vote" is not this', () => {
  const text = 'The warrants came on the day the amnesty was signed.';
  const t = tag(text, '2014-01-31').times;
  assert.deepEqual(t.map((x) => [text.slice(x.start, x.end), x.value, x.rule]), [['the day', null, 'event-anchor:day-of-clause']]);
  assert.deepEqual(tag('Crowds gathered on the day of the vote.', '2014-01-31').times.filter((x) => x.rule.startsWith('event-anchor')), []);
});
