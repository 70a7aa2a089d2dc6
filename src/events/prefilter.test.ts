import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CUES } from '../lexicon/events.js';
import { hasShared, sharedPath } from '../../test/helpers.js';
import { literalPairs, mayMatch, requiredLiterals, Sieve } from './prefilter.js';

const lits = (source: string, flags = 'gi') => requiredLiterals(new RegExp(source, flags));

test('prefilter: the literals a match must hold', () => {
  assert.deepEqual(lits('\\bclash(?:es|ed)?\\b'), ['clash']);
  assert.deepEqual(lits('\\b(?:seiz|captur)(?:e|ed|es|ing)\\b'), ['seiz', 'captur']);
  assert.deepEqual(lits('\\bfire ?fights?\\b'), ['fight']); // the longer of 'fire' and 'fight'
  assert.deepEqual(lits('\\bS?VBIED\\b'), ['vbied']);
  assert.deepEqual(lits('\\bcar bombs?\\b|\\bRPGs?\\b'), ['car bomb', 'rpg']);
  assert.deepEqual(lits('\\b(?<!propelled )grenades?\\b'), ['grenade']);
  assert.deepEqual(lits('U\\.S\\. forces'), ['u.s. forces']);
  assert.deepEqual(lits('ab+c'), null); // no piece of two letters that every match holds in one run
  assert.deepEqual(lits('(?:gun|fierce|heavy)[- ]?battle'), ['battle']);
  // Nothing to read, or not safe to read: run always.
  assert.deepEqual(lits('\\b\\w+ed\\b'), ['ed']);
  assert.equal(lits('\\b\\w+\\b'), null);
  assert.equal(lits('\\x41bc'), null);
  assert.equal(lits('(a)\\1bc'), null);
  assert.equal(lits('(?:war|x)|peace'), null);
  assert.equal(lits('stop', 'giu'), null);
  assert.deepEqual(lits('(?:war)?fare'), ['fare']);
  assert.deepEqual(lits('(?:war){0,2}fare'), ['fare']);
  assert.equal(mayMatch(['shell'], 'the shelling went on'), true);
  assert.equal(mayMatch(['shell'], 'the talks went on'), false);
  assert.equal(mayMatch(null, 'anything'), true);
});

test('prefilter: never says no where a cue pattern matches (news sentences, upper case, accents)', { skip: !hasShared('corpus', 'bbc') && 'no BBC corpus' }, () => {
  const texts = gunzipSync(readFileSync(sharedPath('corpus', 'bbc', 'bbc.jsonl.gz'))).toString('utf8').trim().split('\n').slice(0, 150).map((l) => (JSON.parse(l) as { text: string }).text);
  const extra = ['AIRSTRIKES HIT THE TOWN', 'İstanbul: SHELLING and Sarin', 'Self-detonated VBIED near the U.S. base', 'protesters rallied; Grads fired'];
  const patterns = Object.values(CUES).flat().map(([p]) => {
    const re = new RegExp(p.source, 'gi');
    const literals = requiredLiterals(re);
    return { re, literals, pairs: literalPairs(literals) };
  });
  const sieve = new Sieve();
  let matched = 0;
  let skipped = 0;
  for (const text of [...texts.flatMap((t) => t.split(/\n+/)), ...extra]) {
    const lower = text.toLowerCase();
    sieve.read(lower);
    for (const { re, literals, pairs } of patterns) {
      re.lastIndex = 0;
      const hit = re.test(text);
      const may = mayMatch(literals, lower);
      if (hit) matched++;
      if (!may) skipped++;
      assert.ok(may || !hit, `${re.source} matches "${text.slice(0, 80)}" but the prefilter said no`);
      assert.equal(sieve.may(literals, pairs), may, `the sieve and mayMatch differ on ${re.source} in "${text.slice(0, 80)}"`);
    }
  }
  assert.ok(matched > 200 && skipped > matched, `matched ${matched}, skipped ${skipped}`);
});
