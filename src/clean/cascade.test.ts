import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from './cascade.js';

const P = 'Russian forces shelled the city on Tuesday, officials said.';
const Q = 'The mayor urged residents to stay in shelters overnight.';

// [name, input, lines that must be gone, lines that must stay]
const CASES: Array<[string, string, string[], string[]]> = [
  ['player notice', `${P}\nPlease use Chrome browser for a more accessible video player\n${Q}`, ['Please use Chrome browser'], [P, Q]],
  ['media playback', `${P}\n\nMedia playback is unsupported on your device\n\n${Q}`, ['Media playback'], [P, Q]],
  ['share and read more', `${P}\nShare this article\nRead more: Kyiv braces for new strikes\n${Q}`, ['Share this article', 'Read more:'], [P, Q]],
  ['advertisement', `${P}\nAdvertisement\n${Q}`, ['Advertisement'], [P, Q]],
  ['subscribe', `${P}\nSign up for our daily war briefing newsletter\n${Q}`, ['Sign up'], [P, Q]],
  ['kicker block', `${P}\nUkraine war live: Latest developments\nBoris Johnson arrives in UAE in bid to end oil addiction\nBlind couple forced to wait days for rescue\n${Q}`,
    ['Latest developments', 'Boris Johnson arrives', 'Blind couple'], [P, Q]],
];

// Lines that look like boilerplate to a careless rule and must stay.
const KEEP: Array<[string, string]> = [
  ['list header and bullets', `${P}\nIn other developments\n• Johnson to meet controversial Saudi leader\n• More than 122,000 Britons have now registered interest for refugee scheme\n${Q}`],
  ['short real paragraph', `${P}\nDiplomatic attempts to stop the bloodshed have so far failed.\n${Q}`],
  ['subheading', `${P}\nHumanitarian corridors\n${Q}`],
  ['own list without bullets', `${P}\nNewcastle v Tottenham or Nottingham Forest\nEverton v Manchester United\nCharlton Athletic v Leicester City\n${Q}`],
  ['the title line', `Ukraine war: Russian strikes hit Kyiv suburbs\n${P}\n${Q}`],
  ['a sentence about sharing', `${P}\nShare prices fell sharply in Moscow as the rouble slid.\n${Q}`],
];

for (const [name, input, gone, kept] of CASES) {
  test(`clean removes: ${name}`, () => {
    const c = clean(input);
    for (const g of gone) assert.ok(!c.text.includes(g), `"${g}" should be gone from:\n${c.text}`);
    for (const k of kept) assert.ok(c.text.includes(k), `"${k}" should stay in:\n${c.text}`);
    assert.ok(!/\n\n\n/.test(c.text) && !/^\n|\n$/.test(c.text), 'no blank gaps left');
    for (const r of c.removed) assert.equal(input.slice(r.rawStart, r.rawEnd), r.text);
  });
}

for (const [name, input] of KEEP) {
  test(`clean keeps: ${name}`, () => {
    const c = clean(input);
    assert.deepEqual(c.removed, [], `nothing should be removed from:\n${input}`);
    assert.equal(c.text, input);
  });
}

// [input, expected text] for repairs.
const REPAIRS: Array<[string, string]> = [
  ['Mayor Klitschko spoke. Later Vitaly Klitschkoextended the curfew.', 'Mayor Klitschko spoke. Later Vitaly Klitschko extended the curfew.'],
  ['Officials in Kyiv spoke. The residents of Kyiv They were preparing.', 'Officials in Kyiv spoke. The residents of Kyiv were preparing.'],
  ['It was Thailand, said Thai officials in Bangkok.', 'It was Thailand, said Thai officials in Bangkok.'],
  ['The show Faking It won, as did Just Do It.', 'The show Faking It won, as did Just Do It.'],
  ['The stockmarket fell.', 'The stockmarket fell.'],
];

for (const [input, expected] of REPAIRS) {
  test(`clean repairs: ${input}`, () => {
    const c = clean(input);
    assert.equal(c.text, expected);
    for (const r of c.repairs) {
      assert.equal(c.text.slice(r.start, r.end), r.to);
      assert.equal(input.slice(r.rawStart, r.rawEnd), r.from);
    }
  });
}

test('clean normalizes white space, line ends and odd quotation marks, keeping the offset map', () => {
  const input = '  Line one\u00a0with  gaps.\r\n\r\n\r\n\tLine ``two\'\' \u200bhere.  ';
  const c = clean(input);
  assert.equal(c.text, 'Line one with gaps.\n\nLine \u201ctwo\u201d here.');
  assert.ok(c.normalized.whitespace! > 0 && c.normalized['control-characters']! > 0 && c.normalized['quotation-marks'] === 2);
  for (const [t, r, len] of c.offsets) assert.equal(c.text.slice(t, t + len), input.slice(r, r + len));
});
