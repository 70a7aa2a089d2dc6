/**
 * The wink-nlp instance: loaded once, lazily, with only the pipes the segmenter needs.
 *
 * wink-nlp learns from what it reads: every word not in its lexicon is added to it (with its prefix,
 * suffix and shape), and a word it has learned tokenizes differently later (BBC business/091 has "Poor's"
 * as one token when read alone, two after the 90 articles before it). So an analysis would depend on
 * the documents read before it in the same process, and threads would not give the output of one
 * thread. `forgetLearned()`, called after each document, puts the lexicon back as it was when the
 * instance was built: every learned word is dropped from the lexicon's index and the prefix, suffix and
 * shape lists are cut back to their built length, so each document is read by the same wink-nlp.
 * (Those three lists are packed into 13- and 14-bit fields; left to grow on a large corpus they
 * would overflow into the neighbouring fields.) The learned words' own slots cannot be taken back
 * (wink-nlp keeps their features in a private array indexed by them), so after MAX_LEARNED of them the
 * instance is rebuilt, which bounds its memory; a rebuilt instance reads every text as the first did.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

/** One of wink-nlp's learned features: its values, and each value's index in them. */
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  index?: number;
}

interface Instance {
  nlp: Wink;
  features: Record<string, Feature>;
  /** Length of each learned feature's list as built (the lexeme's included). */
  built: Map<string, number>;
  /** Lexemes before this index are forgotten already (or were built in). */
  mark: number;
}

let current: Instance | null = null;

/** Sentence boundaries and part of speech; no NER, negation or sentiment (unused, and they cost time). */
export const WINK_PIPES = ['sbd', 'pos'] as const;

/** Learned lexemes (over all documents) after which the instance is rebuilt: about 10 MB of them. */
export const MAX_LEARNED = 100_000;

export function wink(): Wink {
  current ??= build();
  return current.nlp;
}

/**
 * Forgets every word and feature value wink-nlp learned since it was built, so the next text is read as
 * by a new instance. Call it once the tokens of a document have been read out (their values are kept).
 * Rebuilds the instance (at the next `wink()`) once more than `maxLearned` words have been learned.
 */
export function forgetLearned(maxLearned = MAX_LEARNED): void {
  const c = current;
  if (!c) return;
  for (const [name, length] of c.built) {
    const f = c.features[name]!;
    if (f.list.length === length || !f.hash) continue;
    if (name === 'lexeme') {
      for (let i = c.mark; i < f.list.length; i++) delete f.hash[f.list[i]!];
      c.mark = f.list.length;
    } else {
      for (let i = length; i < f.list.length; i++) delete f.hash[f.list[i]!];
      f.list.length = length;
      f.index = length;
    }
  }
  if (c.mark - c.built.get('lexeme')! > maxLearned) current = null;
}

/** Lexemes learned and not yet given back by a rebuild (for tests and the benchmark). */
export function learnedCount(): number {
  return current ? current.features.lexeme!.list.length - current.built.get('lexeme')! : 0;
}

function build(): Instance {
  // wink-nlp keeps its core model (lexicon and learned features) to itself: catch it as it is made.
  let core: { features: Record<string, Feature> } | null = null;
  const m = model as unknown as { core: () => typeof core };
  const nlp = winkNLP({ ...m, core: () => (core = m.core()) } as unknown as typeof model, [...WINK_PIPES]);
  const features = core!.features;
  const built = new Map<string, number>();
  for (const [name, f] of Object.entries(features)) if (f.hash && Array.isArray(f.list)) built.set(name, f.list.length);
  if (!built.has('lexeme')) throw new Error('wink-nlp: the core model has no lexeme list');
  return { nlp, features, built, mark: built.get('lexeme')! };
}
