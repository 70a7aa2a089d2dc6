/**
 * The model file: gzip of [header JSON][feature strings][gazetteer lines][int8 weights], each part
 * prefixed by its byte length. Weights are quantized to int8 with one scale (they lose nothing that
 * shows in F1) and features whose weights all round to zero are left out, which keeps the file small.
 * Loaded once, lazily, on the first call that tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createError } from '../errors.js';
import type { Gazetteer } from './gazetteer.js';
import { PhraseTable } from './phrase-table.js';
import { constrained, type LinearWeights } from './perceptron.js';
import type { FeatureSet } from './features.js';

export const MODEL_VERSION = 1;

/** Where the committed model lives, relative to the repository root. */
export const MODEL_PATH = join(import.meta.dirname, '..', '..', 'models', 'ner.bin');

export interface NerModel {
  features: Map<string, number>;
  /** Dequantized emission weights, `[f * labels + l]`. */
  emission: Float32Array;
  /** Transition table with ill-formed moves closed. */
  transition: Float64Array;
  labels: number;
  gazetteer: Gazetteer;
  /** Whether the model uses part-of-speech features. */
  pos: boolean;
  /** The feature set it was trained with (features.ts). */
  featureSet: FeatureSet;
  /** What the training script recorded: data, epochs, scores on the dev set. */
  info: Record<string, unknown>;
  /** Summed scores of a word's own features, filled as words are met (see tagger.ts). */
  wordCache: Map<string, Float64Array>;
}

interface Header {
  version: number;
  labels: number;
  pos: boolean;
  scale: number;
  transition: number[];
  info: Record<string, unknown>;
  /** Absent in files of feature set 1. */
  featureSet?: FeatureSet;
}

/** Serializes weights with their feature strings; features are written sorted, so the bytes depend only
 * on what was learned, not on the order features were met. */
export function encodeModel(weights: LinearWeights, featureNames: readonly string[], gazetteer: readonly string[], pos: boolean, info: Record<string, unknown>, featureSet: FeatureSet = 1): Buffer {
  const L = weights.labels;
  let max = 0;
  for (const x of weights.emission) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const kept: Array<[string, Int8Array]> = [];
  featureNames.forEach((name, f) => {
    const row = new Int8Array(L);
    let any = false;
    for (let l = 0; l < L; l++) {
      row[l] = Math.round(weights.emission[f * L + l]! / scale);
      if (row[l] !== 0) any = true;
    }
    if (any) kept.push([name, row]);
  });
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header: Header = { version: MODEL_VERSION, labels: L, pos, scale, transition: Array.from(weights.transition, (x) => Math.round(x * 1e4) / 1e4), info: { ...info, features: kept.length, gazetteer: gazetteer.length }, ...(featureSet === 1 ? {} : { featureSet }) };
  const w = Buffer.alloc(kept.length * L);
  kept.forEach(([, row], i) => w.set(new Uint8Array(row.buffer), i * L));
  const parts = [Buffer.from(JSON.stringify(header)), Buffer.from(kept.map((k) => k[0]).join('\n')), Buffer.from(gazetteer.join('\n')), w];
  const framed = parts.flatMap((p) => {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(p.length);
    return [len, p];
  });
  return gzipSync(Buffer.concat(framed), { level: 9 });
}

export function decodeModel(bytes: Buffer): NerModel {
  const raw = gunzipSync(bytes);
  const parts: Buffer[] = [];
  for (let at = 0; at < raw.length;) {
    const len = raw.readUInt32LE(at);
    parts.push(raw.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const [h, f, g, w] = parts;
  if (!h || !f || !g || !w) throw createError('BAD_MODEL', 'the named-entity model file is truncated; rebuild it with npm run train:ner');
  const header = JSON.parse(h.toString('utf8')) as Header;
  if (header.version !== MODEL_VERSION) throw createError('BAD_MODEL', `the named-entity model is version ${header.version}, this code reads ${MODEL_VERSION}; rebuild it with npm run train:ner`);
  const names = f.toString('utf8').split('\n');
  const features = new Map<string, number>();
  names.forEach((n, i) => features.set(n, i));
  const q = new Int8Array(w.buffer, w.byteOffset, w.length);
  // A plain loop: Float32Array.from with a map function takes the iterator path, 100 times slower.
  const emission = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) emission[i] = q[i]! * header.scale;
  return {
    features,
    emission,
    transition: constrained(header.transition, header.labels),
    labels: header.labels,
    gazetteer: { phrases: new PhraseTable(g.toString('utf8')) },
    pos: header.pos,
    featureSet: header.featureSet ?? 1,
    info: header.info,
    wordCache: new Map(),
  };
}

let loaded: NerModel | null = null;

/** The committed model, read on first use and kept. */
export function nerModel(): NerModel {
  if (loaded) return loaded;
  if (!existsSync(MODEL_PATH)) throw createError('BAD_MODEL', `no named-entity model at ${MODEL_PATH}; build it with npm run train:ner -- --data ../shared/eval/ner/conll2003`);
  loaded = decodeModel(readFileSync(MODEL_PATH));
  return loaded;
}

/** Uses this model instead of the committed one (training and tests). */
export function setNerModel(model: NerModel | null): void {
  loaded = model;
}
