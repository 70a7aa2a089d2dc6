/** The negative cases: text that looks like time and is not. Each row must give no expression over the words named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../../../test/time-helpers.js';

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
  ['Kirschner Medical fell 4 to 15.', '4 to 15'],
  ['Sales were little changed at 2.46 billion guilders.', '2.46'],
  ['Reed is paying 4 pence a share.', '4'],
  ["Elian is for today's youth what the blockade was for earlier generations.", "today"],
  ["Paternity is easily proved in today's world.", "today"],
  ['The cuts save $500 million a year in costs.', 'a year'],
  ['Rooms cost between $35 and $55 a night.', 'a night'],
  ['The route gains 700 seats a week.', 'a week'],
  ['Mr. Reupke, 52 years old, resigned.', 'years'],
  ['He spent nineteen twenty-dollar bills.', 'nineteen twenty'],
  ['Thousands of people gathered on may day of the vote.', 'may day'],
  ['The man told the Sme daily, which interviewed him on Monday.', 'daily'],
  ['According to the daily.', 'daily'],
  ['"We will not go," Ivanov told the Kommersant daily.', 'daily'],
  ['He read it in the morning paper.', 'morning'],
];

test('negatives: a time unit after "in", "within", "once" is no rate', () => {
  assert.deepEqual(found('Troops will withdraw within a week.').map(([t]) => t), ['a week']);
  assert.deepEqual(found('They will lay off 300 workers in a year.').map(([t]) => t), ['a year']);
});

test('negatives: no time expression over words that only look like time', () => {
  for (const [text, words] of NEGATIVES) {
    const at = text.indexOf(words);
    const hits = found(text).filter(([t]) => { const s = text.indexOf(t); return s < at + words.length && at < s + t.length; });
    assert.deepEqual(hits, [], `${JSON.stringify(text)}: "${words}" is not a time`);
  }
});

test('negatives: clock times with a marker are kept', () => {
  for (const [text, words] of [['The curfew starts at 10 p.m.', '10 p.m'], ['Sirens sounded at 7:15.', '7:15'], ['Trading ends at 4 o\'clock.', '4 o\'clock'], ['The shelling lasted from 5 to 8 p.m.', '5']] as const) {
    assert.ok(found(text).some(([t]) => t.includes(words)), `${JSON.stringify(text)}: "${words}" not found (found ${JSON.stringify(found(text))})`);
  }
});

test('negatives: "today\'s" stays a day before a singular event', () => {
  assert.deepEqual(found("The offer was advertised in today's editions.", '1989-11-02'), [['today', 'DATE', '1989-11-02']]);
  assert.deepEqual(found("Shareholders responded to yesterday's announcement.", '1989-10-26'), [['yesterday', 'DATE', '1989-10-25']]);
  assert.deepEqual(found("Tomorrow's vote has international implications.", '1998-03-03'), [['Tomorrow', 'DATE', '1998-03-04']]);
});

test('negatives: the month names themselves are kept where they are months', () => {
  assert.deepEqual(found('The May finals were moved.', '2022-02-26'), [['May', 'DATE', '2022-05']]);
  assert.deepEqual(found('Fighting began in March.', '2022-04-10'), [['March', 'DATE', '2022-03']]);
});
