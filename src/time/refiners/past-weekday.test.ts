import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../../../test/time-helpers.js';

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

test('past-weekday: a past cue nearer than the future one keeps the weekday in the past; a plan points ahead', () => {
  const rows: Array<[string, string, string, string]> = [
    ['The offer was extended to Nov. 16. It had been due to expire Friday evening.', 'Friday evening', '1989-10-30', '1989-10-27TEV'],
    ['The team planned to leave Nairobi on Thursday.', 'Thursday', '1998-09-30', '1998-10-01'],
    ['Shares fell after lower-than-expected earnings were reported Wednesday.', 'Wednesday', '1989-10-27', '1989-10-25'],
  ];
  for (const [text, expression, published, value] of rows) {
    assert.equal(found(text, published).find(([t]) => t === expression)?.[2], value, text);
  }
});

test('past-weekday: a month without a year follows the tense of its clause', () => {
  assert.equal(found('Collins will be named commander of the shuttle for a mission in December.', '1998-03-04').find(([t]) => t === 'December')?.[2], '1998-12');
  assert.equal(found('The company had changed to a calendar year in December.', '1989-10-27').find(([t]) => t === 'December')?.[2], '1988-12');
});

test('past-weekday: a weekday or month opening its sentence follows the verb after it', () => {
  const rows: Array<[string, string, string, string]> = [
    ['On Tuesday, the league plans to hold a news conference.', 'Tuesday', '1998-10-26', '1998-10-27'],
    ['Until Thursday, they had not called Kopp a suspect.', 'Thursday', '1999-05-07', '1999-05-06'],
    ['On Friday, the government planned to pay the first claims.', 'Friday', '1998-09-30', '1998-09-25'],
    ['In January, American Medical brought in a new chief executive.', 'January', '1989-10-27', '1989-01'],
  ];
  for (const [text, expression, published, value] of rows) {
    assert.equal(found(text, published).find(([t]) => t === expression)?.[2], value, text);
  }
});
