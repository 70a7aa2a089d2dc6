import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../../../test/time-helpers.js';

// Published on 2 November 1989, after third-quarter results.
const ROWS: Array<[string, string, string]> = [
  ['It had a third-quarter loss of $35 million, compared with year-earlier profit of $3.8 million.', 'year-earlier', '1988-Q3'],
  ['Net fell in the third quarter to $45 million from $84 million a year earlier.', 'a year earlier', '1988-Q3'],
  ['The plant has 13 facilities in operation, up from seven a year ago.', 'a year ago', '1988'],
];

test('year-ago-quarter: "a year earlier" and "year-earlier" in results talk name the quarter a year back', () => {
  for (const [text, expression, value] of ROWS) {
    const hit = found(text, '1989-11-02').find(([t]) => t === expression);
    assert.equal(hit?.[2], value, `${text} (found ${JSON.stringify(found(text, '1989-11-02'))})`);
  }
});
