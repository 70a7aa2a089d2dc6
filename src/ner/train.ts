/**
 * Training on CoNLL-2003: features for every training token, a feature index of those seen at least
 * MIN_FEATURE_COUNT times, the averaged perceptron, and scoring on a dev set after each epoch.
 */
import type { ConllDocument } from './conll.js';
import { coarsePos, documentEvidence, sentenceFeatures, type FeatureSet } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, spansToLabels } from './labels.js';
import { trainPerceptron, type EncodedSentence, type LinearWeights } from './perceptron.js';

/** Features seen fewer times than this in training are dropped: they are mostly one-off word pairs. */
export const MIN_FEATURE_COUNT = 2;

export interface TrainConfig {
  epochs: number;
  seed: number;
  pos: boolean;
  /** Feature set (features.ts FEATURE_SETS; default 1). */
  featureSet?: FeatureSet;
  /** Word dropout's probability (perceptron.ts); 0 or absent: none. */
  dropout?: number;
  /** Features seen fewer times are dropped (default MIN_FEATURE_COUNT). */
  minCount?: number;
  /** Training runs, each over its own shuffles and drops (seeds seed, seed + 1, …), whose weights are
   * averaged: one run's weights depend on the order it met the sentences, the mean much less. */
  runs?: number;
  /** After each epoch of each run (`run` from 0); in the last run, the weights are averaged with the
   * runs before. */
  onEpoch?: (epoch: number, weights: LinearWeights, featureNames: readonly string[], run: number) => void;
}

export function documentFeatures(doc: ConllDocument, gaz: Gazetteer, pos: boolean, featureSet: FeatureSet = 1): string[][][] {
  const evidence = documentEvidence(doc.sentences.map((s) => s.words), gaz, featureSet);
  return doc.sentences.map((s) => sentenceFeatures(s.words, pos ? s.pos.map(coarsePos) : null, evidence, gaz));
}

export function train(docs: readonly ConllDocument[], gaz: Gazetteer, config: TrainConfig): { weights: LinearWeights; featureNames: string[] } {
  const featured = docs.map((d) => documentFeatures(d, gaz, config.pos, config.featureSet ?? 1));
  const counts = new Map<string, number>();
  for (const doc of featured) for (const sent of doc) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const featureNames: string[] = [];
  const minCount = config.minCount ?? MIN_FEATURE_COUNT;
  for (const [f, n] of counts) if (n >= minCount) { index.set(f, featureNames.length); featureNames.push(f); }
  const data: EncodedSentence[] = [];
  docs.forEach((doc, di) => doc.sentences.forEach((s, si) => {
    const toks = featured[di]![si]!;
    const ids: number[] = [];
    const offsets = [0];
    for (const tok of toks) {
      for (const f of tok) { const id = index.get(f); if (id !== undefined) ids.push(id); }
      offsets.push(ids.length);
    }
    data.push({ ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: spansToLabels(s.words.length, s.spans) });
  }));
  const droppable = Uint8Array.from(featureNames, (f) => (isWordIdentity(f) ? 1 : 0));
  const runs = Math.max(1, config.runs ?? 1);
  const all: LinearWeights[] = [];
  for (let r = 0; r < runs; r++) {
    all.push(trainPerceptron(data, featureNames.length, LABEL_COUNT, {
      epochs: config.epochs,
      seed: config.seed + r,
      dropout: config.dropout,
      droppable,
      onEpoch: config.onEpoch ? (e, w) => config.onEpoch!(e, r === runs - 1 ? averageWeights([...all, w]) : w, featureNames, r) : undefined,
    }));
  }
  return { weights: averageWeights(all), featureNames };
}

/** The mean of several runs' weights (same features, same labels). */
export function averageWeights(runs: readonly LinearWeights[]): LinearWeights {
  if (runs.length === 1) return runs[0]!;
  const mean = (pick: (w: LinearWeights) => Float32Array) => {
    const out = new Float32Array(pick(runs[0]!).length);
    for (const w of runs) { const a = pick(w); for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]! / runs.length; }
    return out;
  };
  return { emission: mean((w) => w.emission), transition: mean((w) => w.transition), labels: runs[0]!.labels };
}

/** Features that name the word itself (alone or with a neighbour): what word dropout hides. */
export function isWordIdentity(feature: string): boolean {
  return feature.startsWith('w=') || feature.startsWith('l=') || feature.startsWith('l-1l=') || feature.startsWith('ll+1=');
}
