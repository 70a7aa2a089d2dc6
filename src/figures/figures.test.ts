import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { tagQuotes } from '../attribution/stage.js';
import { findNumbers, parseNumber } from './numbers.js';
import { tagFigures, type FigureOut } from './stage.js';

function figures(text: string): FigureOut[] {
  const seg = segment(text);
  const quotes = tagQuotes({ text, sentences: seg.sentences, tokens: seg.tokens });
  return tagFigures({ text, sentences: seg.sentences, tokens: seg.tokens, quotes });
}

const NUMBERS: Array<[string, number | null]> = [['1,000', 1000], ['4 million', 4e6], ['4.5 million', 4.5e6], ['twenty-five', 25], ['a dozen', 12], ['three hundred', 300], ['120,000', 120000], ['nine', 9]];
for (const [s, n] of NUMBERS) test(`numbers: "${s}" = ${n}`, () => assert.equal(parseNumber(s), n));

test('numbers: qualifiers and ranges set bounds', () => {
  const t = 'more than 1,000; at least 5; up to 30; around 500; between 20 and 30; hundreds';
  const found = findNumbers(t, 0, t.length).map((n) => [t.slice(n.start, n.end), n.value, n.min, n.max, n.qualifier]);
  assert.deepEqual(found, [
    ['more than 1,000', null, 1001, null, 'more than'], ['at least 5', null, 5, null, 'at least'], ['up to 30', null, null, 30, 'up to'],
    ['around 500', 500, null, null, 'around'], ['between 20 and 30', null, 20, 30, 'range'], ['hundreds', null, 200, 999, 'hundreds'],
  ]);
});

/** [sentence, number as written, kind] */
const KINDS: Array<[string, string, string]> = [
  ['The minister said 198 people, including three children, have died.', '198', 'killed'],
  ['The minister said 198 people, including three children, have died.', 'three', 'killed'],
  ['More than 1,000 have been injured.', 'More than 1,000', 'injured'],
  ['Troops have taken around 500 people hostage.', 'around 500', 'hostages'],
  ['The fighting left hundreds dead.', 'hundreds', 'killed'],
  ['Another 8,533 people were evacuated from the region.', '8,533', 'evacuated'],
  ['More than 120,000 have fled to Poland.', 'More than 120,000', 'displaced'],
  ['It came after 60 missiles hit the city.', '60', 'munitions'],
  ['More than 122,000 Britons have registered interest for a refugee scheme.', 'More than 122,000', 'other'],
  ['A journalist was fined £210.', '210', 'money'],
  ['A fire broke out in a 15-storey building.', '15', 'other'],
  ['The column was 30 kilometers from the city center.', '30', 'distance'],
  ['The result was 11 votes to one.', '11', 'votes'],
  ['They were pushed back to the suburb, nine miles north.', 'nine', 'distance'],
  ['A 15-year-old was among the injured.', '15', 'age'],
  ['The war began in 2014.', '2014', 'year'],
];
for (const [text, number, kind] of KINDS) {
  test(`figures: "${number}" in "${text}" is ${kind}`, () => {
    const f = figures(text).find((x) => text.slice(x.start, x.end) === number);
    assert.ok(f, `"${number}" not found in: ${text}`);
    assert.equal(f.kind, kind, text);
  });
}

test('figures: modality and source', () => {
  const text = 'United Nations officials say more than 120,000 have fled and say the number could reach 4 million.';
  const fs = figures(text);
  const projected = fs.find((f) => text.slice(f.start, f.end) === '4 million');
  assert.equal(projected?.modality, 'projected');
  assert.equal(projected?.kind, 'displaced');
  assert.equal(projected?.quote?.speaker.name, 'United Nations officials');
  assert.equal(fs.find((f) => text.slice(f.start, f.end) === 'more than 120,000')?.modality, 'reported');
});

test('figures: two people named by role and "and" count two', () => {
  const text = 'Fox News cameraman and Ukrainian journalist killed near Kyiv';
  const f = figures(text).find((x) => x.rule === 'figures:coordinated-roles');
  assert.equal(f?.value, 2);
  assert.equal(f?.kind, 'killed');
  assert.equal(f?.ofText, 'journalists');
});

test('numbers: a range written high to low, and a score, do not break', () => {
  const t = 'between 30 and 20 people; won 3-0';
  assert.deepEqual(findNumbers(t, 0, t.length).map((n) => [t.slice(n.start, n.end), n.value, n.min, n.max]), [['between 30 and 20', null, 20, 30], ['3', 3, null, null]]);
});
