import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import type { Analysis } from '../model/types.js';

function run(text: string): Analysis {
  const r = analyze({ text, meta: { published: '2014-09-16' } });
  assert.ok(r.ok);
  return r;
}
const mentions = (a: Analysis) => a.annotations?.mentions ?? [];
const entities = (a: Analysis) => a.annotations?.entities ?? [];
const occasions = (a: Analysis) => mentions(a).filter((m) => m.rule === 'link:occasion');

test('occasions: a ceasefire told as "a ceasefire agreement", "the ceasefire" and "the truce" is one MISC entity', () => {
  const a = run('Poroshenko: Ceasefire in Ukraine Holds\nA ceasefire agreement was signed in Minsk on Friday. The president said the ceasefire helped the army. Rebels said they would respect the truce.');
  const ms = occasions(a);
  assert.deepEqual(ms.map((m) => m.span.text), ['Ceasefire', 'A ceasefire agreement', 'the ceasefire', 'the truce']);
  assert.ok(ms.every((m) => m.type === 'MISC' && m.kind === 'description' && m.entity === ms[0]!.entity && m.entity !== null));
  assert.equal(entities(a).find((e) => e.id === ms[0]!.entity)?.type, 'MISC');
});

test('occasions: two of a kind told apart by their modifiers; a bare mention joins the one before it', () => {
  const a = run('The opposition demanded the amnesty for detained protesters. Parliament also repealed the anti-protest legislation on Tuesday. The legislation was signed into law by the president.');
  const ms = occasions(a);
  const of = (t: string) => ms.find((m) => m.span.text === t)?.entity;
  assert.ok(of('the amnesty') && of('the anti-protest legislation'));
  assert.notEqual(of('the amnesty'), of('the anti-protest legislation'));
  assert.equal(of('The legislation'), of('the anti-protest legislation'));
});

test('occasions: a name before the head, a possessive, and the same words repeated where nothing opens them', () => {
  const a = run('Crimea referendum illegal, says OSCE\nThe OSCE said Crimea\'s planned referendum broke the law. International humanitarian law applies, and all sides must respect international humanitarian law.');
  const texts = occasions(a).map((m) => m.span.text);
  assert.ok(texts.includes('Crimea referendum'), texts.join(' | '));
  assert.ok(texts.includes('Crimea\'s planned referendum'), texts.join(' | '));
  assert.ok(texts.includes('international humanitarian law') && texts.includes('International humanitarian law'), texts.join(' | '));
});

test('occasions: left alone: a noun after the head, a head inside a name, a news conference, a bare noun', () => {
  const a = run('The election campaign began. He spoke at the Munich Security Conference and then at a news conference. Officials said law and order would return. Any war ends with an agreement.');
  assert.deepEqual(occasions(a).map((m) => m.span.text), []);
});

test('republics: "people\'s republics of Donetsk and Luhansk" are two ORG entities, the first one with "Donetsk People\'s Republic"', () => {
  const a = run('The Donetsk People\'s Republic said it held the town. Kiev signed a deal with the self-proclaimed people\'s republics of Donetsk and Luhansk on Friday.');
  const republics = mentions(a).filter((m) => m.rule === 'link:republic');
  assert.deepEqual(republics.map((m) => m.span.text), ['people\'s republics of Donetsk', 'Luhansk']);
  assert.ok(republics.every((m) => m.type === 'ORG'));
  const dpr = mentions(a).find((m) => m.span.text === 'Donetsk People\'s Republic')!;
  assert.equal(republics[0]!.entity, dpr.entity);
  const lpr = entities(a).find((e) => e.id === republics[1]!.entity)!;
  assert.equal(lpr.name, 'Luhansk People\'s Republic');
  assert.notEqual(lpr.id, dpr.entity);
});

test('head nouns: "the ministry" after "the Foreign Ministry", "the security service" after "Security Service"; a plural or a noun compound is left alone', () => {
  const a = run('The Foreign Ministry said the talks failed. The ministry blamed Kiev. Ukraine\'s Security Service detained him, and the security service said so. Irish Times reporters said the time was short. The ministry officials left.');
  const heads = mentions(a).filter((m) => m.rule === 'link:head-noun');
  assert.deepEqual(heads.map((m) => m.span.text), ['The ministry', 'the security service']);
  const of = (t: string) => mentions(a).find((m) => m.span.text === t)?.entity;
  assert.equal(heads[0]!.entity, of('Foreign Ministry'));
  assert.equal(heads[1]!.entity, of('Security Service'));
  assert.ok(heads.every((m) => m.kind === 'description' && m.type === 'ORG'));
});
