/**
 * Tagging a document: features for each sentence (with the document's own evidence), emission scores
 * from the model's weights, Viterbi over the constrained transitions, labels to typed token spans, then
 * the document-level consistency refiner.
 */
import { documentEvidence, sentenceFeatures } from './features.js';
import { labelsToSpans, type TokenSpan } from './labels.js';
import type { NerModel } from './model.js';
import { consistentTypes } from './consistency.js';
import { viterbi } from './viterbi.js';

export interface TagInput {
  words: readonly string[];
  /** Coarse (universal) part-of-speech tags, or null. */
  pos: readonly string[] | null;
}

/** Typed token spans for each sentence of one document. */
export function tagDocument(model: NerModel, sentences: readonly TagInput[]): TokenSpan[][] {
  const doc = documentEvidence(sentences.map((s) => s.words));
  const spans = sentences.map((s) => tagSentence(model, s, doc));
  return consistentTypes(sentences.map((s) => s.words), spans);
}

function tagSentence(model: NerModel, s: TagInput, doc: ReturnType<typeof documentEvidence>): TokenSpan[] {
  const n = s.words.length;
  if (n === 0) return [];
  const L = model.labels;
  const feats = sentenceFeatures(s.words, model.pos ? s.pos : null, doc, model.gazetteer);
  const scores = new Float64Array(n * L);
  const w = model.emission;
  for (let t = 0; t < n; t++) {
    const row = t * L;
    for (const name of feats[t]!) {
      const f = model.features.get(name);
      if (f === undefined) continue;
      const base = f * L;
      for (let l = 0; l < L; l++) scores[row + l] = scores[row + l]! + w[base + l]!;
    }
  }
  return labelsToSpans(viterbi(scores, n, L, model.transition));
}
