import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { compact, CUE_MODEL_PATH, cueFeatures, cueScore, readCueModel, sentenceFacts, type CueModel, type LoadedCueModel } from './cue-model.js';
import type { Tok } from './view.js';
import { segment } from '../segment/segment.js';
import { hasShared, sharedPath } from '../../test/helpers.js';

/** What the model was before the scan: JSON.parse, then a Map of the weights' entries. */
function parsed(text: string) {
  const m = JSON.parse(text) as CueModel;
  return { words: new Set(m.words), weights: new Map(Object.entries(m.weights)), threshold: m.threshold };
}

function assertSame(text: string) {
  const got = readCueModel(text);
  const want = parsed(text);
  assert.deepEqual([...got.words], [...want.words]);
  assert.equal(got.threshold, want.threshold);
  assert.equal(got.weights.size, want.weights.size);
  for (const [k, v] of want.weights) assert.equal(got.weights.get(k), v, k);
}

test('the scanned cue model equals the parsed one: escapes, exponents, spaces, a repeated key, odd layouts', () => {
  assertSame('{"threshold":-1,"words":["say","claim"],"weights":{"bias":-5.45,"w=\\"q\\"":1e-3,"a\\\\b":2,"cap=true":-3.76,"bias":0.5}}');
  assertSame('{\n  "words": ["say"],\n  "weights": {\n    "x": 1.5E+2,\n    "y": -0\n  },\n  "threshold": 0.25\n}');
  assertSame('{"words":[],"weights":{},"threshold":0}');
  assertSame('{"weights":{"n":null},"words":[],"threshold":0}');
});

test('the committed cue model reads the same by the scan as by JSON.parse', { skip: !existsSync(CUE_MODEL_PATH) && 'no models/cues.json' }, () => {
  assertSame(readFileSync(CUE_MODEL_PATH, 'utf8'));
});

/** Tokens of a text as the attribution rules see them (words in lower case, wink-nlp's part of speech). */
function toksOf(text: string): Tok[][] {
  const seg = segment(text);
  return seg.sentences.map((s) =>
    seg.tokens.slice(s.tokens[0], s.tokens[1]).map(([start, end, pos], k) => ({ start, end, pos, text: text.slice(start, end), w: text.slice(start, end).toLowerCase().replace(/’/g, "'"), ...(k % 7 === 3 ? { ent: 'PER' } : {}) })),
  );
}

/** The score as it was: every feature's string looked up in the flat Map. */
const slowScore = (model: LoadedCueModel, toks: Tok[], i: number) => cueFeatures(toks, i, sentenceFacts(toks)).reduce((sum, f) => sum + (model.weights.get(f) ?? 0), 0);

test('cueScore (by template) equals the sum of the weights of cueFeatures, to the bit, | in values included', () => {
  const text = 'Officials said that the a|b strike hit "the depot" on Monday. The mayor|s office denied it: "No|one was hurt," he told reporters.';
  const weights: Record<string, number> = { bias: -1.25, 'w=said': 3.5, 'w|n1=said|that': 0.75, 'w|n1=a|b|strike': 9, 'w=a|b': 2, 'stem|obj=deni|:': 0.5, 'p1=the': -0.125, 'w|p1=told|it': 1, 'n1=no|one': 4, 'w|n2=a|b|hit': 8, 'quote=true': 0.3, 'cap=false': 0.1, 'odd=1': 7, 'w|n1=x': 5 };
  const model = readCueModel(JSON.stringify({ words: ['said'], weights, threshold: 0 }));
  let nonzero = 0;
  for (const toks of toksOf(text)) {
    const facts = sentenceFacts(toks);
    for (let i = 0; i < toks.length; i++) {
      const want = slowScore(model, toks, i);
      assert.equal(cueScore(model, toks, i, facts), want, toks[i]!.text);
      assert.equal(cueScore(compact(model), toks, i, facts), want, toks[i]!.text);
      if (want !== -1.25 + 0.1 && want !== -1.25) nonzero++;
    }
  }
  assert.ok(nonzero >= 5, 'the test weights must be met');
});

test('cueScore with the committed model equals the flat lookup on a seed report', { skip: (!existsSync(CUE_MODEL_PATH) || !hasShared('corpus', 'seeds')) && 'no models/cues.json or seeds' }, () => {
  const file = readFileSync(CUE_MODEL_PATH, 'utf8');
  const model = readCueModel(file);
  // As tagging loads it: the table, and of the flat Map only what the table cannot hold.
  const small = readCueModel(file, { all: false });
  assert.ok(small.weights.size < 1000);
  const text = readFileSync(sharedPath('corpus', 'seeds', '004_7ad8f6d594367497.txt'), 'utf8');
  let n = 0;
  for (const toks of toksOf(text)) {
    const facts = sentenceFacts(toks);
    for (let i = 0; i < toks.length; i++, n++) assert.equal(cueScore(small, toks, i, facts), slowScore(model, toks, i), toks[i]!.text);
  }
  assert.ok(n > 500);
});
