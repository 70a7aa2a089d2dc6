/** The negative cases: text that looks like time and is not. Each row must give no expression over the words named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../testing.js';

const NEGATIVES: Array<[string, string]> = [
  ['A humanitarian corridor operated for a second day.', 'a second'],
  ['Wait a second, he said.', 'a second'],
  ['It May be too late to evacuate the city.', 'May'],
  ['They may not reach the border tonight.', 'may'],
  ['Thousands march on the capital.', 'march'],
  ['March on Kyiv, the commander ordered.', 'March'],
  ['Protesters plan to march to the parliament.', 'march'],
  ['The Sun reported the strike.', 'Sun'],
  ['Shares rose 1.18 a share.', '1.18 a'],
  ['About 1/2 of the homes were hit.', '1/2'],
  ['The current government denied it.', 'current'],
  ['A second wave of strikes hit the city.', 'second'],
  ['He was previously a commander.', 'previously'],
  ['The annual report was delayed.', 'annual'],
  ['Prices will fall soon after.', 'fall'],
  ['A 30-year-old man was injured.', '30-year'],
  ['The strikes came in the first quarter of an hour.', 'quarter'],
];

test('negatives: no time expression over words that only look like time', () => {
  for (const [text, words] of NEGATIVES) {
    const at = text.indexOf(words);
    const hits = found(text).filter(([t]) => { const s = text.indexOf(t); return s < at + words.length && at < s + t.length; });
    assert.deepEqual(hits, [], `${JSON.stringify(text)}: "${words}" is not a time`);
  }
});

test('negatives: the month names themselves are kept where they are months', () => {
  assert.deepEqual(found('The May finals were moved.', '2022-02-26'), [['May', 'DATE', '2022-05']]);
  assert.deepEqual(found('Fighting began in March.', '2022-04-10'), [['March', 'DATE', '2022-03']]);
});
