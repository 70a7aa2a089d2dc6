import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFocus, isDateline } from './arguments.js';
import type { EventInput } from './detect.js';

/** A minimal input: the text, one sentence a line, and places found by their names' positions. */
function input(text: string, places: Array<{ name: string; nth?: number; featureType: string; country: string; lat: number }>): EventInput {
  const lines = text.split('\n');
  let at = 0;
  const sentences = lines.map((l, paragraph) => {
    const s = { start: at, end: at + l.length, paragraph };
    at += l.length + 1;
    return s;
  });
  return {
    text,
    sentences,
    mentions: [],
    places: places.map(({ name, nth = 0, featureType, country, lat }) => {
      let start = -1;
      for (let n = 0; n <= nth; n++) start = text.indexOf(name, start + 1);
      assert.ok(start >= 0, `${name} #${nth} is in the text`);
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      return { start, end: start + name.length, sentence, lat, featureType, country };
    }),
    quantities: [],
    governing: [],
    published: null,
  };
}

test('a dateline is a place in capitals opening a line, then a comma, a bracket or a dash', () => {
  const text = 'VIENNA (Reuters) - Talks ended.\nKIEV, March 3 - More.\nIn KIEV the talks went on.\nLondon, the capital.';
  assert.equal(isDateline(text, { start: 0, end: 6 }), true);
  assert.equal(isDateline(text, { start: text.indexOf('KIEV'), end: text.indexOf('KIEV') + 4 }), true);
  const inner = text.indexOf('KIEV', text.indexOf('In KIEV'));
  assert.equal(isDateline(text, { start: inner, end: inner + 4 }), false);
  const london = text.indexOf('London');
  assert.equal(isDateline(text, { start: london, end: london + 6 }), false);
});

test('the article focus leaves out datelines and organizations\' seats', () => {
  const text = 'VIENNA (Reuters) - The Vienna-based OSCE met.\nThe Vienna-based body said more.\nFighting in Donetsk went on.\nDonetsk was shelled.';
  const places = [
    { name: 'VIENNA', featureType: 'PPLC', country: 'AT', lat: 48.2 },
    { name: 'Vienna', featureType: 'PPLC', country: 'AT', lat: 48.2 },
    { name: 'Vienna', nth: 1, featureType: 'PPLC', country: 'AT', lat: 48.2 },
    { name: 'Donetsk', featureType: 'PPLA', country: 'UA', lat: 48.0 },
    { name: 'Donetsk', nth: 1, featureType: 'PPLA', country: 'UA', lat: 48.0 },
  ];
  assert.equal(articleFocus(input(text, places)), 3);
  // Without its own mentions Vienna would have been the focus (named three times).
  assert.equal(articleFocus(input(text, places.slice(0, 3))), null);
});

test('the article focus counts a town\'s country: one Kyiv in a report on Ukraine outweighs a twice-named Munich', () => {
  const text = 'Death squads in Ukraine, says a leader.\nThe unrest in Kyiv grew.\nAt a conference in Munich he spoke.\nIn Munich he insisted.\nUkraine has death squads.';
  const places = [
    { name: 'Ukraine', featureType: 'PCLI', country: 'UA', lat: 49 },
    { name: 'Kyiv', featureType: 'PPLC', country: 'UA', lat: 50.45 },
    { name: 'Munich', featureType: 'PPLA', country: 'DE', lat: 48.1 },
    { name: 'Munich', nth: 1, featureType: 'PPLA', country: 'DE', lat: 48.1 },
    { name: 'Ukraine', nth: 1, featureType: 'PCLI', country: 'UA', lat: 49 },
  ];
  assert.equal(articleFocus(input(text, places)), 1);
  // One mention alone, with no country behind it, sets nothing.
  assert.equal(articleFocus(input('The unrest in Kyiv grew.', [{ name: 'Kyiv', featureType: 'PPLC', country: 'UA', lat: 50.45 }])), null);
});
