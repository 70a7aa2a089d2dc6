/** Numbers the figures stage must not count as casualties, crowds, troops or munitions: each row is a
 * number as written and the kinds it must not take (or "none": it must not be a figure at all). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { tagQuotes } from '../attribution/stage.js';
import { tagFigures } from './stage.js';

/** The stage alone, with no time expressions given: its own rules must keep days out. */
function figures(text: string) {
  const seg = segment(text);
  const quotes = tagQuotes({ text, sentences: seg.sentences, tokens: seg.tokens });
  return tagFigures({ text, sentences: seg.sentences, tokens: seg.tokens, quotes });
}

const CASUALTIES = ['killed', 'injured', 'missing', 'detained', 'hostages', 'displaced', 'evacuated', 'trapped'];
/** [text, number as written, kinds it must not have ('none': no figure there at all)] */
const ROWS: Array<[string, string, string[]]> = [
  // dates and ranges of days are never counts
  ['On April 16-17 the army advanced and 20 people were killed.', '16-17', ['none']],
  ['Fighting resumed on 16 May and 20 people were killed.', '16', ['none']],
  ['More than 1,000 may have died.', 'More than 1,000', ['other']],
  // ages after names, and not counts of the detained
  ['Rafael Muñoz Pérez, 27, and Ángel Davilla-Rivas, 22, were among the detainees.', '22', CASUALTIES],
  // a warrant is not an arrest
  ['The arrest warrants for Bulatov and two other activists came on the day of the amnesty.', 'two', CASUALTIES],
  // a casualty word before people of its own is theirs
  ['Two activists came on the day the amnesty for detained protesters was signed.', 'Two', CASUALTIES],
  // a population is no crowd; things are not people
  ['The city\'s population is 360,000 people.', '360,000', ['crowd', ...CASUALTIES]],
  ['Three buildings were destroyed and the crowd fled.', 'Three', ['crowd', ...CASUALTIES]],
  // vehicles are not hardware unless so described; "several" organizations are no crowd
  ['Police stopped 40 vehicles at the checkpoint.', '40', ['munitions', ...CASUALTIES]],
  ['The eight belong to several different communist organizations.', 'several', ['crowd', 'troops', ...CASUALTIES]],
  // metres are not millions
  ['The depth in this area is 9-11 m, the navy said.', '9-11', ['money', ...CASUALTIES]],
];
for (const [text, written, not] of ROWS) {
  test(`figures, negative: "${written}" in "${text}" is not ${not.join('/')}`, () => {
    const f = figures(text).filter((x) => text.slice(x.start, x.end).includes(written) || written.includes(text.slice(x.start, x.end)));
    if (not.includes('none')) {
      assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), [], text);
      return;
    }
    assert.ok(f.length > 0, `"${written}" not found in: ${text}`);
    for (const x of f) assert.ok(!not.includes(x.kind), `"${written}" typed ${x.kind} in: ${text}`);
  });
}
