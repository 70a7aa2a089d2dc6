/**
 * Tagging a document: features for each sentence (with the document's own evidence), emission scores
 * from the model's weights, Viterbi over the constrained transitions, labels to typed token spans, then
 * the document-level consistency refiner.
 */
import { BOS, contextFeatures, documentEvidence, EOS, neighbourFeatures, sentenceView, wordFeatures } from './features.js';
import { labelsToSpans, type TokenSpan } from './labels.js';
import type { NerModel } from './model.js';
import { consistentTypes } from './consistency.js';
import { shortShape } from './shape.js';
import { viterbi } from './viterbi.js';

export interface TagInput {
  words: readonly string[];
  /** Coarse (universal) part-of-speech tags, or null. */
  pos: readonly string[] | null;
}

/** Typed token spans for each sentence of one document. */
export function tagDocument(model: NerModel, sentences: readonly TagInput[]): TokenSpan[][] {
  const doc = documentEvidence(sentences.map((s) => s.words), model.gazetteer, model.featureSet);
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
  const entries = s.words.map((word, t) => wordEntry(model, word, v.lower[t]!, v.shapes[t]!));
  const bos = wordEntry(model, BOS, BOS, shortShape(BOS));
  const eos = wordEntry(model, EOS, EOS, shortShape(EOS));
  const at = (t: number) => (t < 0 ? bos : t >= n ? eos : entries[t]!);
  for (let t = 0; t < n; t++) {
    const row = t * L;
    // Own features, then what the words before and after give it (see WordEntry).
    const own = entries[t]!;
    const p1 = at(t - 1);
    const n1 = at(t + 1);
    const p2 = at(t - 2);
    const n2 = at(t + 2);
    for (let l = 0; l < L; l++) scores[row + l] = own[l]! + p1[L + l]! + n1[2 * L + l]! + p2[3 * L + l]! + n2[4 * L + l]!;
    for (const name of context[t]!) {
      const f = model.features.get(name);
      if (f === undefined) continue;
      const base = f * L;
      for (let l = 0; l < L; l++) scores[row + l] = scores[row + l]! + w[base + l]!;
    }
  }
  return labelsToSpans(viterbi(scores, n, L, model.transition));
}

/** Words whose scores are cached; past this the cache starts again (news vocabularies are Zipfian,
 * so the common words are back in it at once). */
const WORD_CACHE_LIMIT = 200_000;

/**
 * A word's cached scores, five rows of one label each: its own features (wordFeatures), then the
 * features it gives a neighbour as the word before, after, two before and two after (neighbourFeatures).
 */
function wordEntry(model: NerModel, word: string, lower: string, shape: string): Float64Array {
  const hit = model.wordCache.get(word);
  if (hit) return hit;
  const L = model.labels;
  const out = new Float64Array(5 * L);
  const add = (row: number, name: string) => {
    const f = model.features.get(name);
    if (f === undefined) return;
    for (let l = 0; l < L; l++) out[row * L + l] = out[row * L + l]! + model.emission[f * L + l]!;
  };
  for (const name of wordFeatures(word, lower, shape)) add(0, name);
  neighbourFeatures(lower).forEach((name, k) => add(k + 1, name));
  if (model.wordCache.size >= WORD_CACHE_LIMIT) model.wordCache.clear();
  model.wordCache.set(word, out);
  return out;
}
