import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badSplit, SUITES } from './suites.js';

test('--split: no split is always fine; a suite that reads none rejects any, naming it', () => {
  for (const [name, suite] of Object.entries(SUITES)) {
    assert.equal(badSplit(name, suite, undefined), null, name);
    if (!suite.splits) assert.match(badSplit(name, suite, 'dev') ?? '', new RegExp(`^${name} takes no --split \\(got "dev"\\)`));
  }
});

test('--split: a value a suite does not know is named beside the ones it accepts', () => {
  for (const [name, suite] of Object.entries(SUITES)) {
    if (!suite.splits?.pattern) continue;
    const message = badSplit(name, suite, 'nope') ?? '';
    assert.ok(message.includes(`"nope" for ${name}`) && message.includes(suite.splits.help), message);
  }
});

test('--split: the splits the floors, the docs and the tests use are accepted', () => {
  const floors = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'bench', 'floors.json'), 'utf8')) as Record<string, { split?: string }>;
  const used: Array<[string, string]> = Object.entries(floors).flatMap(([name, e]) => (typeof e === 'object' && e.split ? [[name, e.split] as [string, string]] : []));
  used.push(['news', 'seeds'], ['news', 'dev'], ['geo', 'every:3'], ['timex', 'every:5'], ['timex', 'all'], ['pubdate', 'ci'], ['ner', 'testa'], ['attribution', 'train']);
  for (const [name, split] of used) assert.equal(badSplit(name, SUITES[name]!, split), null, `${name} --split ${split}`);
});
