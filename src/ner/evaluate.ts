/** Tagging CoNLL documents with a model and scoring them by the conlleval rule. */
import type { ConllDocument } from './conll.js';
import { coarsePos } from './features.js';
import type { TokenSpan } from './labels.js';
import type { NerModel } from './model.js';
import { emptyScore, scoreSentence, type Score } from './score.js';
import { tagDocument } from './tagger.js';

export function tagConll(model: NerModel, docs: readonly ConllDocument[]): TokenSpan[][][] {
  return docs.map((d) => tagDocument(model, d.sentences.map((s) => ({ words: s.words, pos: model.pos ? s.pos.map(coarsePos) : null }))));
}

export function scoreConll(docs: readonly ConllDocument[], system: TokenSpan[][][]): Score {
  const score = emptyScore();
  docs.forEach((d, di) => d.sentences.forEach((s, si) => scoreSentence(score, s.spans, system[di]![si]!)));
  return score;
}
