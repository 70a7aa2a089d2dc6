import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../testing.js';

// Published on Wednesday 16 March 2022.
const ROWS: Array<[string, string, string]> = [
  ['Russian attacks probed closer into central Kyiv on Tuesday.', 'Tuesday', '2022-03-15'],
  ['He said on Thursday that talks had failed.', 'Thursday', '2022-03-10'],
  ['The ministry reported the figures on Wednesday.', 'Wednesday', '2022-03-16'],
  ['A curfew is in force until Thursday.', 'Thursday', '2022-03-17'],
  ['Talks will resume on Friday.', 'Friday', '2022-03-18'],
  ['Orkem said last Wednesday that it would merge.', 'last Wednesday', '2022-03-09'],
  ['They said they would appeal the ruling, announced Monday.', 'Monday', '2022-03-14'],
];

test('past-weekday: a bare weekday in reporting is on or before publication; a future cue in its clause points it ahead', () => {
  for (const [text, expression, value] of ROWS) {
    const hit = found(text).find(([t]) => t === expression);
    assert.ok(hit, `${text}: "${expression}" not found (found ${JSON.stringify(found(text))})`);
    assert.equal(hit[2], value, text);
  }
});

test('past-weekday: bare chrono takes the nearest Thursday, which is in the future; the refiner does not', () => {
  assert.equal(found('Zelenskyy said on Thursday that he was the number one target.', '2022-02-26')[0]?.[2], '2022-02-24');
});
