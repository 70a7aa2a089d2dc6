import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { WordSet } from './word-set.js';

test('a word set holds exactly its lines: no prefix, no joined lines, no empty word; duplicates once', () => {
  const set = new WordSet('cat\ncatalog\ndog\ncat\n\nzebra');
  assert.equal(set.size, 4);
  for (const w of ['cat', 'catalog', 'dog', 'zebra']) assert.ok(set.has(w), w);
  for (const w of ['ca', 'cata', 'catalogs', 'at', 'og', 'dog\ncat', '', 'Cat', 'zebr', 'zebras']) assert.ok(!set.has(w), JSON.stringify(w));
  assert.equal(new WordSet('').size, 0);
  assert.ok(!new WordSet('').has('a'));
});

test('the English word list answers as a Set of its lines does, for its words and for others', () => {
  const text = readFileSync(wordListPath, 'utf8');
  const set = new WordSet(text);
  const lines = text.split('\n');
  const reference = new Set(lines);
  assert.equal(set.size, reference.size - (reference.has('') ? 1 : 0));
  for (let i = 0; i < lines.length; i += 97) assert.ok(set.has(lines[i]!), lines[i]);
  // Near misses: each listed word with a letter added or taken off.
  for (let i = 0; i < lines.length; i += 101) {
    for (const w of [`${lines[i]}q`, lines[i]!.slice(1), `x${lines[i]}`]) assert.equal(set.has(w), reference.has(w), w);
  }
});
