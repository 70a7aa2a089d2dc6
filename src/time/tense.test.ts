import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseTense, opensSentence, tenseAfter } from './tense.js';

const ROWS: Array<[string, 'past' | 'future' | null]> = [
  ['Officials said on', null],
  ['Saddam said he will begin withdrawing troops on', 'future'],
  ['It had been due to expire', 'past'],
  ['The offer previously had been scheduled to expire at midnight', 'past'],
  ['The team planned to leave Nairobi on', 'future'],
  ['Shares fell after lower-than-expected earnings were reported', null],
  ['Talks will resume, officials said on', null],
  ['Colonel Collins will be named commander of the shuttle for a mission in', 'future'],
  ['Hundreds were wounded in the blasts next to the embassies on', null],
];

test('tense: the cue nearest the expression in its clause decides', () => {
  for (const [before, tense] of ROWS) assert.equal(clauseTense(before), tense, before);
});

test('tense: an opening time takes the tense of the verb after it', () => {
  const rows: Array<[string, 'past' | 'future' | null]> = [
    [', the league plans to hold a news conference.', 'future'],
    [', they had not called Kopp a suspect.', 'past'],
    [', American Medical brought in a new chief executive, who will remain chairman.', 'past'],
    [', the government planned to pay the first claims.', 'past'],
    [', the court is expected to rule.', 'future'],
    [', a curfew.', null],
  ];
  for (const [after, tense] of rows) assert.equal(tenseAfter(after), tense, after);
  assert.ok(opensSentence('On '));
  assert.ok(opensSentence('Until '));
  assert.ok(!opensSentence('Officials said on '));
});
