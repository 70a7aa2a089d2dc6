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

test('case evidence: a title-case headline keeps only words running text capitalizes, typed as running text types them', () => {
  const text = 'Nuland Claims Soldiers Died With Memes in Ukraine\nVictoria Nuland said soldiers died, and the claims were true of memes.';
  const lines = linesOf(text);
  const out = refineByCase(text, lines, mentionsIn(text, lines, [['Nuland Claims Soldiers', 'ORG'], ['With Memes', 'PER'], ['Victoria Nuland', 'PER']]));
  assert.deepEqual(out.map((m) => [text.slice(m.start, m.end), m.type]), [['Nuland', 'PER'], ['Victoria Nuland', 'PER']]);
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

test('institutions: a country\'s institution by description is an organization, one a country and kind', () => {
  const a = run('Russia denied it. The Russian military said its regular army units were not in Ukraine. Ukrainian authorities and the Ukrainian government disagreed, and the Russian military repeated it.');
  const military = mentions(a).filter((m) => m.span.text === 'Russian military');
  assert.equal(military.length, 2);
  assert.ok(military.every((m) => m.kind === 'description' && m.type === 'ORG' && m.entity === military[0]!.entity));
  const gov = entityOf(a, 'Ukrainian government');
  assert.equal(gov?.type, 'ORG');
  assert.equal(entityOf(a, 'Ukrainian authorities')?.id, gov?.id, 'government and authorities of one country are one');
  assert.notEqual(entityOf(a, 'Russian military')?.id, gov?.id);
});

test('demonyms: an adjective joins its country when named, else no entity; a people in the plural stays one', () => {
  const a = run('Russia sent Russian troops. Swiss diplomats said Chechens fled.');
  const russia = entityOf(a, 'Russia');
  assert.equal(russia?.type, 'LOC');
  assert.equal(entityOf(a, 'Russian')?.id, russia?.id);
  const swiss = mentions(a).find((m) => m.span.text === 'Swiss');
  assert.ok(swiss, 'the tagger names "Swiss"');
  assert.equal(swiss.entity, null, 'an adjective of a country not named is no entity');
  const chechens = mentions(a).find((m) => m.span.text === 'Chechens');
  assert.ok(chechens, 'the tagger names "Chechens"');
  assert.notEqual(chechens.entity, null, 'a people is an entity');
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
