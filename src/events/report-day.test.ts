import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import { reportDay } from './report-day.js';

const time = (text: string, phrase: string, value: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, type: 'DATE', value };
};

test('report day: an evening of the day before as the latest, and nothing said from the publication day', () => {
  const text = 'Rebels attacked a convoy near Goma on Friday evening.';
  assert.equal(reportDay({ text, times: [time(text, 'on Friday evening', '2023-06-09TEV')], published: '2023-06-10' }), '2023-06-09');
  // The afternoon is not the night: the report may have been written the next morning.
  assert.equal(reportDay({ text, times: [time(text, 'on Friday evening', '2023-06-09TAF')], published: '2023-06-10' }), null);
  const said = 'Rebels attacked a convoy near Goma last night.';
  assert.equal(reportDay({ text: said, times: [time(said, 'last night', '2023-06-09TNI')], published: '2023-06-10' }), null, '"last night" is said from the publication day');
  assert.equal(reportDay({ text, times: [time(text, 'on Friday evening', '2023-06-09TEV')], published: null }), null);
});

test('report day: an undated event and its own death toll are dated to the same day', () => {
  const text = 'Government troops repelled an attack on the town of Bunia on Saturday evening, the army said.\n\nA mortar shell hit the market in Beni, killing seven people.';
  const r = analyze({ text, origin: 'test', format: 'text', meta: { published: '2023-06-11' } } as never);
  assert.ok(r.ok);
  const shell = r.annotations?.events?.find((e) => e.sentence === 1);
  const toll = r.annotations?.quantities?.find((q) => q.kind === 'killed');
  assert.ok(shell && toll, `an event and a toll in ${JSON.stringify(r.annotations?.events?.map((e) => e.trigger.text))}`);
  assert.equal(shell.date?.value, '2023-06-10');
  assert.equal(toll.date, '2023-06-10', 'the toll on the event\'s day, not the publication day');
});
