/** The wink-nlp instance: loaded once, lazily, with only the pipes the segmenter needs. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

let nlp: Wink | null = null;

/** Sentence boundaries and part of speech; no NER, negation or sentiment (unused, and they cost time). */
export const WINK_PIPES = ['sbd', 'pos'] as const;

export function wink(): Wink {
  nlp ??= winkNLP(model, [...WINK_PIPES]);
  return nlp;
}
