/**
 * Tagging a document: features for each sentence (with the document's own evidence), emission scores
 * from the model's weights, Viterbi over the constrained transitions, labels to typed token spans, then
 * the document-level consistency refiner.
 */
import { contextFeatures, documentEvidence, sentenceView, wordFeatures } from './features.js';
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
  const v = sentenceView(s.words);
  const context = contextFeatures(v, model.pos ? s.pos : null, doc, model.gazetteer);
  const scores = new Float64Array(n * L);
  const w = model.emission;
  for (let t = 0; t < n; t++) {
    const row = t * L;
    const own = wordScores(model, s.words[t]!, v.lower[t]!, v.shapes[t]!);
    for (let l = 0; l < L; l++) scores[row + l] = own[l]!;
    for (const name of context[t]!) {
      const f = model.features.get(name);
      if (f === undefined) continue;
      const base = f * L;
      for (let l = 0; l < L; l++) scores[row + l] = scores[row + l]! + w[base + l]!;
    }
  }
  return labelsToSpans(viterbi(scores, n, L, model.transition));
}

/** Words whose own scores are cached; past this the cache starts again (news vocabularies are Zipfian,
 * so the common words are back in it at once). */
const WORD_CACHE_LIMIT = 200_000;

/** The summed weights of a word's own features (wordFeatures), cached on the model. */
function wordScores(model: NerModel, word: string, lower: string, shape: string): Float64Array {
  const hit = model.wordCache.get(word);
  if (hit) return hit;
  const L = model.labels;
  const out = new Float64Array(L);
  for (const name of wordFeatures(word, lower, shape)) {
    const f = model.features.get(name);
    if (f === undefined) continue;
    for (let l = 0; l < L; l++) out[l] = out[l]! + model.emission[f * L + l]!;
  }
  if (model.wordCache.size >= WORD_CACHE_LIMIT) model.wordCache.clear();
  model.wordCache.set(word, out);
  return out;
}
