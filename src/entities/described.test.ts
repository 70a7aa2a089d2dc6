import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import type { Analysis } from '../model/types.js';
import type { EntityType } from '../model/annotations.js';
import { isTitleCase, refineByCase } from './case-evidence.js';
import { knownPlaces, type PlaceKnowledge } from './placenames.js';
import type { RefinableMention } from './refine.js';
import { refineVessels } from './vessels.js';

function run(text: string): Analysis {
  const r = analyze({ text, meta: { published: '2014-03-16' } });
  assert.ok(r.ok);
  return r;
}
const mentions = (a: Analysis) => a.annotations?.mentions ?? [];
const entities = (a: Analysis) => a.annotations?.entities ?? [];
const entityOf = (a: Analysis, form: string) => {
  const m = mentions(a).find((x) => x.span.text === form);
  return m?.entity ? entities(a).find((e) => e.id === m.entity) : undefined;
};

/** Mentions of the given texts (first occurrence each, in one sentence per line) for the pure refiners. */
function mentionsIn(text: string, lines: Array<{ start: number; end: number }>, names: Array<[string, EntityType]>): RefinableMention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, sentence: lines.findIndex((l) => l.start <= start && start < l.end), type, fine: null, rule: 'ner:perceptron', confidence: 0.9 };
  });
}
const linesOf = (text: string) => {
  let at = 0;
  return text.split('\n').map((l) => { const r = { start: at, end: at + l.length }; at += l.length + 1; return r; });
};

test('case evidence: in a title-case headline a mention with no word running text capitalizes is dropped, others kept whole', () => {
  const text = 'Nuland Claims Soldiers Died With Memes in Ukraine\nVictoria Nuland said soldiers died, and the claims were true of memes.';
  const lines = linesOf(text);
  const out = refineByCase(text, lines, mentionsIn(text, lines, [['Nuland Claims', 'ORG'], ['With Memes', 'PER'], ['Victoria Nuland', 'PER']]));
  assert.deepEqual(out.map((m) => [text.slice(m.start, m.end), m.type]), [['Nuland Claims', 'ORG'], ['Victoria Nuland', 'PER']]);
  // a name the gazetteer knows stays though running text never writes it past a sentence's start
  const known = (w: string) => w === 'Ukraine';
  const kept = refineByCase(text, lines, mentionsIn(text, lines, [['Ukraine', 'LOC']]), known);
  assert.deepEqual(kept.map((m) => text.slice(m.start, m.end)), ['Ukraine']);
  assert.equal(refineByCase(text, lines, mentionsIn(text, lines, [['Ukraine', 'LOC']])).length, 0);
});

test('case evidence: a line of names or results is no title-case headline; a capitalized common word opening a sentence is no name', () => {
  const lower = new Set(['the', 'won', 'because', 'said']);
  assert.equal(isTitleCase('Manchester United 3 Chelsea Football Club 2 Arsenal Wanderers', lower), false);
  assert.equal(isTitleCase('Someone Sent a Mysterious Mass Text to Protesters in Kiev', new Set(['sent', 'text', 'protesters'])), true);
  // a headline that quotes someone keeps its names as the tagger read them (they may be speakers)
  assert.equal(isTitleCase('Warren Hammers Bank Chief: ‘You Should Be Investigated’', new Set(['hammers', 'bank', 'chief'])), false);
  // a line with a longer word in lower case is running text
  assert.equal(isTitleCase('Head of the Congressional Black Caucus said Court rulings matter', new Set(['head', 'said', 'court'])), false);
  const text = '“Because Strelkov decides,” he said.\nThey said it was because of Strelkov.';
  const lines = linesOf(text);
  const out = refineByCase(text, lines, mentionsIn(text, lines, [['Because', 'PER'], ['Strelkov', 'PER']]));
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Strelkov']);
});

test('vessels: a name after a ship prefix is a vessel (ORG, never a person), the prefix taken in, and its short form too', () => {
  const text = 'The warship USS Donald Cook arrived. Donald Cook left, followed by HMS Defender.';
  const lines = [{ start: 0, end: text.length }];
  const ms = mentionsIn(text, lines, [['Donald Cook', 'PER'], ['HMS Defender', 'ORG']]);
  ms.push({ ...ms[0]!, start: text.lastIndexOf('Donald Cook'), end: text.lastIndexOf('Donald Cook') + 11 });
  const out = refineVessels(text, ms);
  assert.deepEqual(out.map((m) => [text.slice(m.start, m.end), m.type]), [['USS Donald Cook', 'ORG'], ['HMS Defender', 'ORG'], ['Donald Cook', 'ORG']]);
});

test('known places: a region of a country the article names is a place though typed PER with no locative', () => {
  const text = 'Ukraine said Crimea would vote. Crimea said so too.';
  const lines = [{ start: 0, end: text.length }];
  const ms = mentionsIn(text, lines, [['Ukraine', 'LOC'], ['Crimea', 'PER']]);
  const know: PlaceKnowledge = { areas: (n) => (n === 'Ukraine' || n === 'Crimea' ? ['UA'] : []), towns: () => [], given: () => false };
  assert.deepEqual(knownPlaces(text, ms, know).map((m) => m.type), ['LOC', 'LOC']);
  // a region of a country the article does not name keeps the tagger's type
  const far = 'Georgia said Crimea would vote.';
  const fm = mentionsIn(far, [{ start: 0, end: far.length }], [['Georgia', 'PER'], ['Crimea', 'PER']]);
  assert.deepEqual(knownPlaces(far, fm, { ...know, areas: (n) => (n === 'Crimea' ? ['UA'] : []) }).map((m) => m.type), ['PER', 'PER']);
});

test('institutions: a country\'s institution by description is an ORG description mention of no entity', () => {
  const a = run('Russia denied it. The Russian military said its regular army units were not in Ukraine. Ukrainian authorities and Kiev authorities disagreed, and the Russian military repeated it.');
  const described = mentions(a).filter((m) => m.kind === 'description' && m.type === 'ORG').map((m) => m.span.text);
  assert.deepEqual(described, ['Russian military', 'Ukrainian authorities', 'Kiev authorities', 'Russian military']);
  assert.ok(mentions(a).filter((m) => m.kind === 'description').every((m) => m.entity === null && m.rule === 'link:institution'));
  // the adjective inside stays the tagger's MISC mention, linked to its country
  assert.equal(entityOf(a, 'Russian')?.id, entityOf(a, 'Russia')?.id);
});

test('demonyms: an adjective joins its country when named, else no entity; a people in the plural stays one', () => {
  const a = run('Russia sent Russian troops. Swiss diplomats said Chechens fled. The Eurovision song contest went on.');
  const russia = entityOf(a, 'Russia');
  assert.equal(russia?.type, 'LOC');
  assert.equal(entityOf(a, 'Russian')?.id, russia?.id);
  const swiss = mentions(a).find((m) => m.span.text === 'Swiss');
  assert.ok(swiss, 'the tagger names "Swiss"');
  assert.equal(swiss.entity, null, 'an adjective of a country not named is no entity');
  const chechens = mentions(a).find((m) => m.span.text === 'Chechens');
  assert.ok(chechens, 'the tagger names "Chechens"');
  assert.notEqual(chechens.entity, null, 'a people is an entity');
  const eurovision = mentions(a).find((m) => m.span.text === 'Eurovision');
  assert.ok(eurovision, 'the tagger names "Eurovision"');
  assert.notEqual(eurovision.entity, null, 'a name before a noun is no adjective');
});

test('places by description: "the country", "the Ukrainian capital", "the city" go to the nearest place of that kind before them', () => {
  const a = run('Fighting spread in Ukraine and Donetsk. The city was shelled, and the country mourned. Protesters gathered in Kiev. Residents of the Ukrainian capital marched.');
  assert.equal(entityOf(a, 'the country')?.id, entityOf(a, 'Ukraine')?.id);
  assert.equal(entityOf(a, 'The city')?.id, entityOf(a, 'Donetsk')?.id);
  assert.equal(entityOf(a, 'the Ukrainian capital')?.id, entityOf(a, 'Kiev')?.id);
  assert.ok(mentions(a).filter((m) => m.kind === 'description').every((m) => m.type === 'LOC' && m.rule === 'link:place-description'));
});

test('pronouns: a subject "he" outside speech goes to the person of its sentence or the one before, not further', () => {
  const a = run('Prime Minister Arseniy Yatsenyuk arrived in Brussels on Monday. He met officials there. The talks went on. Officials left. The rain stopped. He was not seen.');
  const he = mentions(a).filter((m) => m.kind === 'pronoun');
  assert.equal(he.length, 1, 'the second "He" is too far from any named person');
  assert.equal(he[0]!.entity, entityOf(a, 'Arseniy Yatsenyuk')?.id);
  assert.equal(he[0]!.rule, 'link:pronoun-subject');
});
