import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import type { Entity } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';
import { compare, mergeProfiles, profileOf } from './across.js';
import { acronymMatches, foldName, nameKey, personName } from './names.js';

const same: Array<[string, string]> = [['Zelenskyy', 'Zelensky'], ['Zelenskiy', 'Zelenskyy'], ['Vitaly', 'Vitali'], ['Klitschko', 'Klychko'], ['Kharkiv', 'Harkiv'], ['Volodymyr', 'Wolodymyr'], ['Erdoğan', 'Erdogan'], ['Defence', 'Defense'], ['Organisation', 'Organization']];
const different: Array<[string, string]> = [['Vitali', 'Wladimir'], ['Klitschko', 'Kyrylenko'], ['Putin', 'Pavlo'], ['Johnson', 'Jonas']];

test('names: transliteration keys meet for spellings of one name and stay apart for others', () => {
  for (const [a, b] of same) assert.equal(foldName(a), foldName(b), `${a} ~ ${b}`);
  for (const [a, b] of different) assert.notEqual(foldName(a), foldName(b), `${a} ≠ ${b}`);
  assert.equal(nameKey('Vitaly Klitschko'), nameKey('Vitali Klitschko'));
});

test('names: titles are stripped and kept; a modifier alone is no title', () => {
  const rows: Array<[string, string, string[]]> = [
    ['Mayor Vitali Klitschko', 'Vitali Klitschko', ['Mayor']],
    ['Mr Zelenskyy', 'Zelenskyy', ['Mr']],
    ['Deputy Prime Minister Iryna Vereshchuk', 'Iryna Vereshchuk', ['Deputy', 'Prime', 'Minister']],
    ['Military Companies', 'Military Companies', []],
    ['Boris Johnson', 'Boris Johnson', []],
  ];
  for (const [input, name, titles] of rows) {
    const p = personName(input);
    assert.equal(p.name, name, input);
    assert.deepEqual(p.titles, titles, input);
  }
});

test('names: acronyms match the initials of a name, with or without a leading qualifier', () => {
  assert.ok(acronymMatches('UN', 'United Nations'));
  assert.ok(acronymMatches('MoD', 'UK Ministry of Defence'));
  assert.ok(acronymMatches('NATO', 'North Atlantic Treaty Organization'));
  assert.ok(!acronymMatches('UN', 'UN Security Council'));
  assert.ok(!acronymMatches('US', 'United Nations'));
  assert.ok(!acronymMatches('Kyiv', 'Kyiv Independent'));
});

const mentionsOf = (a: Analysis) => a.annotations?.mentions ?? [];
const entitiesOf = (a: Analysis) => a.annotations?.entities ?? [];

function linked(text: string): Analysis {
  const r = analyze({ text, meta: { published: '2022-03-16' } });
  assert.ok(r.ok);
  for (const m of r.annotations?.mentions ?? []) assert.equal(r.document.text.slice(m.span.start, m.span.end), m.span.text);
  return r;
}

/** The entity a form (an exact mention text) is linked to. */
function entityOf(a: Analysis, form: string): Entity | undefined {
  const m = mentionsOf(a).find((x) => x.span.text === form);
  return entitiesOf(a).find((e) => e.id === m?.entity);
}

test('within a document: full name, surname, title + surname, titled name are one person; titles become roles', () => {
  const a = linked('On Tuesday, Kyiv Mayor Vitali Klitschko said the city would hold. Later Mayor Klitschko visited a shelter. Klitschko said the curfew would last until Thursday.');
  const e = entityOf(a, 'Vitali Klitschko');
  assert.ok(e);
  assert.equal(e.name, 'Vitali Klitschko');
  assert.equal(e.type, 'PER');
  const klitschko = mentionsOf(a).filter((m) => m.span.text === 'Klitschko');
  assert.equal(klitschko.length, 2, 'titles are trimmed from the mentions');
  for (const m of klitschko) assert.equal(m.entity, e.id);
  assert.ok(e.roles.includes('Kyiv Mayor'), e.roles.join());
  assert.equal(e.aliases.find((x) => x.text === 'Klitschko')?.rule, 'title-surname');
  assert.ok(e.aliases.some((x) => x.text === 'Kyiv Mayor Vitali Klitschko' && x.rule === 'title-name'));
});

test('within a document: a role description goes to the person with a fitting role, not another president', () => {
  const a = linked('Turkish President Recep Tayyip Erdogan offered to host talks. President Volodymyr Zelenskyy thanked him. Later the Ukrainian president said talks would go on.');
  const role = mentionsOf(a).find((m) => m.kind === 'role' && /Ukrainian president/.test(m.span.text));
  assert.ok(role, 'the role description is a mention');
  const e = entitiesOf(a).find((x) => x.id === role.entity);
  assert.equal(e?.name, 'Volodymyr Zelenskyy');
});

test('within a document: an appositive role, a pronoun after a speech verb, and the mentions counts stay honest', () => {
  const a = linked('The mayor of Kyiv, Vitaly Klitschko, extended the curfew. "Stay in the shelters," he said.');
  const names = mentionsOf(a).filter((m) => m.kind === 'name');
  const extra = mentionsOf(a).filter((m) => m.kind !== 'name');
  assert.ok(extra.length >= 2, 'role and pronoun mentions');
  assert.ok(extra.every((m) => m.rule.startsWith('link:') && m.stage === 'resolve'));
  const firstExtra = mentionsOf(a).findIndex((m) => m.kind !== 'name');
  assert.equal(firstExtra, names.length, 'names first, so their indexes are the tagger\'s');
  const person = entityOf(a, 'Vitaly Klitschko')!;
  for (const m of extra) assert.equal(m.entity, person.id, m.span.text);
  assert.deepEqual(extra.map((m) => m.kind).sort(), ['pronoun', 'role']);
});

test('within a document: a brother named by his given name is another person, with the family name inferred', () => {
  const a = linked('Mayor Vitali Klitschko urged residents to stay inside. His brother, Wladimir, told Sky News the city would fight.');
  const w = entityOf(a, 'Wladimir');
  assert.ok(w);
  assert.equal(w.type, 'PER');
  assert.notEqual(w.id, entityOf(a, 'Vitali Klitschko')?.id);
  assert.equal(w.name, 'Wladimir Klitschko');
  assert.equal(w.nameRule, 'kin-surname');
  assert.ok(w.aliases.some((x) => x.text === 'His brother'));
});

test('within a document: places by gazetteer, a capital standing for its government, acronyms', () => {
  const a = linked('The United States and Russia traded accusations at the United Nations. Moscow has provided no details, US officials said. Later the UN said aid was blocked. A missile hit a building in Moscow.');
  const us = entityOf(a, 'United States');
  assert.equal(entityOf(a, 'US')?.id, us?.id);
  const russia = entityOf(a, 'Russia');
  const moscow = mentionsOf(a).filter((m) => m.span.text === 'Moscow');
  assert.equal(moscow.length, 2);
  assert.equal(moscow[0]!.entity, russia?.id, 'Moscow as the subject is the government');
  assert.notEqual(moscow[1]!.entity, russia?.id, '"in Moscow" stays the city');
  assert.equal(entityOf(a, 'UN')?.id, entityOf(a, 'United Nations')?.id);
});

const entity = (e: Partial<Entity> & { name: string }): Entity => ({ id: 'e1', type: 'PER', fine: null, nameRule: 'fullest-form', aliases: [], roles: [], mentions: [0], geonameid: null, ...e });

test('across documents: spellings of one person merge with their evidence; a brother and a namesake stay apart', () => {
  const vitaly = profileOf(entity({ name: 'Vitaly Klitschko', roles: ['mayor of Kyiv'] }), ['Vitaly Klitschko']);
  const vitali = profileOf(entity({ name: 'Vitali Klitschko', roles: ['Mayor'] }), ['Mayor Vitali Klitschko']);
  const wladimir = profileOf(entity({ name: 'Wladimir Klitschko', nameRule: 'kin-surname' }), ['Wladimir']);
  const wladimirAlone = profileOf(entity({ name: 'Wladimir' }), ['Wladimir']);
  const putin = profileOf(entity({ name: 'Vladimir Putin' }), ['Vladimir Putin']);
  const zelenskyy = profileOf(entity({ name: 'Volodymyr Zelenskyy', roles: ['President'] }), ['Volodymyr Zelenskyy']);
  const mrZelensky = profileOf(entity({ name: 'Zelensky', roles: ['President'] }), ['Mr Zelensky']);
  const d = compare(vitali, vitaly);
  assert.equal(d?.rule, 'spelling');
  assert.ok(d.evidence.some((x) => /both mayor/.test(x)), d.evidence.join());
  assert.ok(d.confidence >= 0.9);
  assert.equal(compare(wladimir, vitaly), null);
  assert.equal(compare(wladimirAlone, putin), null);
  assert.equal(compare(wladimirAlone, vitaly), null);
  assert.equal(compare(mrZelensky, zelenskyy)?.rule, 'surname');
  assert.equal(compare(zelenskyy, mrZelensky)?.rule, 'surname');
});

test('across documents: an initial does not bridge two given names', () => {
  const s = profileOf(entity({ name: 'S Williams' }), ['S Williams']);
  const shane = profileOf(entity({ name: 'Shane Williams' }), ['Shane Williams']);
  const serena = profileOf(entity({ name: 'Serena Williams' }), ['Serena Williams']);
  assert.equal(compare(shane, s)?.rule, 'initial');
  const canonical = mergeProfiles(s, shane);
  assert.equal(canonical.name, 'Shane Williams');
  assert.equal(compare(serena, canonical), null);
});

test('known places: a name the tagger typed PER that the gazetteer knows and the article treats as a place is LOC', async () => {
  const { knownPlaces } = await import('./placenames.js');
  const know = {
    areas: (n: string) => (n === 'Crimea' ? ['UA'] : []),
    towns: (n: string) => (n === 'Yenakiieve' || n === 'Donetsk' ? ['UA'] : n === 'Clinton' ? ['US'] : []),
    given: (w: string) => w === 'Victoria',
  };
  const text = 'Rebels in Donetsk said Yenakiieve fell. Observers could not enter Crimea. Clinton said Crimea was lost. Fighting in Yenakiieve went on.';
  const at = (name: string, type: 'PER' | 'LOC', from = 0) => { const start = text.indexOf(name, from); return { start, end: start + name.length, sentence: 0, type, fine: null, rule: 'ner:perceptron', confidence: 0.9 }; };
  const mentions = [at('Donetsk', 'LOC'), at('Yenakiieve', 'PER'), at('Crimea', 'PER'), at('Clinton', 'PER'), at('Crimea', 'PER', text.indexOf('Clinton')), at('Yenakiieve', 'PER', text.indexOf('Fighting'))];
  const out = knownPlaces(text, mentions, know);
  assert.deepEqual(out.map((m) => m.type), ['LOC', 'LOC', 'LOC', 'PER', 'LOC', 'LOC']);
  assert.match(out[1]!.rule, /refine:known-place/);
  // no place evidence in the article: the type stays
  const plain = 'Yenakiieve was quiet. Donetsk was calm.';
  const kept = knownPlaces(plain, [{ start: 0, end: 10, sentence: 0, type: 'PER', fine: null, rule: 'ner:perceptron', confidence: 0.9 }, { start: 22, end: 29, sentence: 1, type: 'LOC', fine: null, rule: 'ner:perceptron', confidence: 0.9 }], know);
  assert.equal(kept[0]!.type, 'PER');
  // a MISC region is a place; an adjective of a region is not
  const misc = 'Fighting in the Donbas went on. EUROPEAN leaders met in Donbas.';
  const know2 = { ...know, areas: (n: string) => (n === 'Donbas' || n === 'EUROPEAN' ? ['UA'] : []) };
  const m2 = (start: number, end: number) => ({ start, end, sentence: 0, type: 'MISC' as const, fine: null, rule: 'ner:perceptron', confidence: 0.9 });
  const out2 = knownPlaces(misc, [m2(16, 22), m2(32, 40)], know2);
  assert.deepEqual(out2.map((m) => [misc.slice(m.start, m.end), m.type]), [['Donbas', 'LOC'], ['EUROPEAN', 'MISC']]);
});

test('unit heads: "Black Sea Fleet" and "Kaspersky Lab" are organizations, "the Vostok battalion" too; "West Bank" stays', async () => {
  const { refineUnits } = await import('./units.js');
  const text = 'The Black Sea Fleet sailed. Kaspersky Lab found it. The Vostok battalion left. Troops entered the West Bank.';
  const at = (name: string, type: 'PER' | 'LOC') => { const start = text.indexOf(name); return { start, end: start + name.length, sentence: 0, type, fine: null, rule: 'ner:perceptron', confidence: 0.9 }; };
  const out = refineUnits(text, [at('Black Sea Fleet', 'LOC'), at('Kaspersky Lab', 'PER'), at('Vostok', 'LOC'), at('West Bank', 'LOC')]);
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'ORG', 'ORG', 'LOC']);
  assert.equal(text.slice(out[2]!.start, out[2]!.end), 'Vostok battalion');
});

test('datelines: a name in capitals before "(Agency) —" or ", date (Agency) -" is the place filed from', async () => {
  const { refineDatelines } = await import('./datelines.js');
  const text = 'Memes, Mockery WASHINGTON (Sputnik) — Hundreds died.\nKIEV, October 25 (RIA Novosti) - The truce held.\nDONETSK, Ukraine — Strains emerged. NATO - the alliance.';
  const at = (name: string, type: 'PER' | 'ORG' | 'LOC') => { const start = text.indexOf(name); return { start, end: start + name.length, sentence: 0, type, fine: null, rule: 'ner:perceptron', confidence: 0.9 }; };
  const out = refineDatelines(text, [at('Mockery WASHINGTON', 'PER'), at('KIEV', 'ORG'), at('DONETSK', 'LOC'), at('NATO', 'ORG')]);
  assert.deepEqual(out.map((m) => [text.slice(m.start, m.end), m.type]), [['WASHINGTON', 'LOC'], ['KIEV', 'LOC'], ['DONETSK', 'LOC'], ['NATO', 'ORG']]);
});
