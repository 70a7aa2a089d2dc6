import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CUE_MODEL_PATH, readCueModel, type CueModel } from './cue-model.js';

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
