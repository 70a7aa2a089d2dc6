/**
 * Training on CoNLL-2003: features for every training token, a feature index of those seen at least
 * MIN_FEATURE_COUNT times, the averaged perceptron, and scoring on a dev set after each epoch.
 */
import type { ConllDocument } from './conll.js';
import { coarsePos, documentEvidence, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, spansToLabels } from './labels.js';
import { trainPerceptron, type EncodedSentence, type LinearWeights } from './perceptron.js';

/** Features seen fewer times than this in training are dropped: they are mostly one-off word pairs. */
export const MIN_FEATURE_COUNT = 2;

export interface TrainConfig {
  epochs: number;
  seed: number;
  pos: boolean;
  onEpoch?: (epoch: number, weights: LinearWeights, featureNames: readonly string[]) => void;
}

export function documentFeatures(doc: ConllDocument, gaz: Gazetteer, pos: boolean): string[][][] {
  const evidence = documentEvidence(doc.sentences.map((s) => s.words));
  return doc.sentences.map((s) => sentenceFeatures(s.words, pos ? s.pos.map(coarsePos) : null, evidence, gaz));
}

export function train(docs: readonly ConllDocument[], gaz: Gazetteer, config: TrainConfig): { weights: LinearWeights; featureNames: string[] } {
  const featured = docs.map((d) => documentFeatures(d, gaz, config.pos));
  const counts = new Map<string, number>();
  for (const doc of featured) for (const sent of doc) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const featureNames: string[] = [];
  for (const [f, n] of counts) if (n >= MIN_FEATURE_COUNT) { index.set(f, featureNames.length); featureNames.push(f); }
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
  const weights = trainPerceptron(data, featureNames.length, LABEL_COUNT, {
    epochs: config.epochs,
    seed: config.seed,
    onEpoch: config.onEpoch ? (e, w) => config.onEpoch!(e, w, featureNames) : undefined,
  });
  return { weights, featureNames };
}
