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
  // verbs of dying and fleeing, with people named by any person noun
  ['Two protesters die in clashes with police.', 'Two', 'killed'],
  ['At least three protesters died on Tuesday.', 'At least three', 'killed'],
  ['Up to five demonstrators killed in Kiev.', 'Up to five', 'killed'],
  ['143,000 Ukrainians fled to Russia this year.', '143,000', 'displaced'],
  ['Some 2,000 people were forced from their homes.', 'Some 2,000', 'displaced'],
  ['Eight Spaniards arrested after returning from Ukraine.', 'Eight', 'detained'],
  ['Armenia regrets the violence resulting in dozens of victims.', 'dozens', 'killed'],
  // crowds: a crowd noun, or people in a clause about a gathering
  ['The flag was the rallying call for an estimated 10,000 protesters outside the parliament.', 'an estimated 10,000', 'crowd'],
  ['He hoped that 100,000 people would come to a planned rally on Sunday.', '100,000', 'crowd'],
  ['Estimates placed the crowd at the capital\'s main square between 1,000 and 2,000 people.', 'between 1,000 and 2,000', 'crowd'],
  // troops and munitions by their nouns and clauses
  ['His battalion includes dozens of Chechens as well as other foreigners.', 'dozens', 'troops'],
  ['Osmayev said thousands of Chechens in Europe would fight for Ukraine.', 'thousands', 'troops'],
  ['Two trains of troops arrived in Kharkiv.', 'Two', 'troops'],
  ['Strains emerged in the ranks of the insurgents as dozens turned in their weapons.', 'dozens', 'troops'],
  ['The army sent four helicopters and three warships.', 'four', 'munitions'],
  ['The army sent four helicopters and three warships.', 'three', 'munitions'],
  ['Twenty armoured vehicles crossed the border.', 'Twenty', 'munitions'],
  // money ranges with a sign on both ends; a restated definite count
  ['It will pay its soldiers monthly salaries of $500 to $700.', '500 to $700', 'money'],
  ['Eight Spaniards were arrested. The eight Spaniards belong to communist groups.', 'eight', 'detained'],
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

/** [text, the figure as written, kind, value] for counts with no number of their own. */
const SINGLE: Array<[string, string, string, number]> = [
  ['A pilot was killed when his helicopter was shot down.', 'A pilot was killed', 'killed', 1],
  ['An elderly woman was wounded by shrapnel.', 'An elderly woman was wounded', 'injured', 1],
  ['The activist is recovering from his injuries in hospital.', 'recovering from his injuries', 'injured', 1],
  ['The soldier later died of his wounds.', 'died of his wounds', 'killed', 1],
];
for (const [text, written, kind, value] of SINGLE) {
  test(`figures: "${written}" is ${value} ${kind}`, () => {
    const f = figures(text).find((x) => text.slice(x.start, x.end) === written);
    assert.ok(f, `"${written}" not found in: ${text}`);
    assert.equal(f.kind, kind, text);
    assert.equal(f.value, value, text);
  });
}

test('numbers: bounds of ranges with signs and qualifiers, glued millions, spaced metres', () => {
  const t = '$20,000 to around $140,000; £4m; 2bn; 9-11 m; several dozen; the tens of victims';
  assert.deepEqual(findNumbers(t, 0, t.length).map((n) => [t.slice(n.start, n.end), n.value, n.min, n.max]), [
    ['20,000 to around $140,000', null, 20000, 140000], ['4m', 4e6, null, null], ['2bn', 2e9, null, null], ['9-11', null, 9, 11],
    ['several dozen', null, 36, 119], ['tens', null, 20, 99],
  ]);
});
