import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { gazetteerFromLines } from './gazetteer.js';
import { MODEL_PATH } from './model.js';
import { PhraseTable } from './phrase-table.js';

test('a phrase table answers a phrase\'s mask; a phrase listed twice keeps its last mask; no partial match', () => {
  const t = new PhraseTable('4\tukraine\n1\tkyiv\n3\tnew york\n2\tkyiv\nbad line\n\t\n16\tanna');
  assert.equal(t.get('ukraine'), 4);
  assert.equal(t.get('kyiv'), 2);
  assert.equal(t.get('new york'), 3);
  assert.equal(t.get('anna'), 16);
  for (const p of ['new', 'york', 'ukrain', 'ukraines', 'kyiv\n1', '4\tukraine', '', 'bad line']) assert.equal(t.get(p), undefined, JSON.stringify(p));
  assert.equal(t.size, 4);
});

test('on the committed model\'s gazetteer, the table answers as the Map built from its lines does', { skip: !existsSync(MODEL_PATH) && 'no models/ner.bin' }, () => {
  const raw = gunzipSync(readFileSync(MODEL_PATH));
  const parts: Buffer[] = [];
  for (let at = 0; at < raw.length;) {
    const len = raw.readUInt32LE(at);
    parts.push(raw.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const text = parts[2]!.toString('utf8');
  const table = new PhraseTable(text);
  const map = gazetteerFromLines(text.split('\n')).phrases as Map<string, number>;
  assert.equal(table.size, map.size);
  let i = 0;
  for (const [phrase, mask] of map) {
    if (i++ % 7 !== 0) continue;
    assert.equal(table.get(phrase), mask, phrase);
    for (const near of [`${phrase}s`, phrase.slice(0, -1), `${phrase} x`]) assert.equal(table.get(near), map.get(near), near);
  }
});
