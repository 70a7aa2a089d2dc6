/**
 * The wink-nlp instance: loaded once, lazily, with only the pipes the segmenter needs.
 *
 * wink-nlp learns from what it reads: every word not in its lexicon is added to it (with its prefix,
 * suffix and shape), and its tokenizer asks the lexicon whether a piece of text is a word it knows, so
 * a word learned once is cut differently later: BBC business/091 had "Poor's" as two tokens when read
 * alone and as one after the 90 articles before it, and within one text "U.S ." made a later "U.S."
 * two tokens. An analysis then depended on what the process had read before it, and threads did not
 * give the output of one thread. Two changes make every text read the same whatever came before:
 *  - the tokenizer is told that learned words are unknown (`unlearnedTokens`): only wink-nlp's own
 *    lexicon decides how text is cut, in the first document as in the thousandth, at the start of a
 *    text as at its end;
 *  - `forgetLearned()`, called after each document, drops the learned words from the lexicon's index
 *    and cuts the prefix, suffix and shape lists back to their built length (they are packed into 13-
 *    and 14-bit fields; left to grow over a large corpus they would overflow into their neighbours).
 * The learned words' own slots cannot be taken back (wink-nlp keeps their features in a private array
 * indexed by them), so after MAX_LEARNED of them the instance is rebuilt, which bounds its memory; a
 * rebuilt instance reads every text as the first did.
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
let metaCER: unknown;

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
  forget(c);
  if (c.mark - c.built.get('lexeme')! > maxLearned) current = null;
}

function forget(c: Instance): void {
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
}

/** Lexemes learned and not yet given back by a rebuild (for tests and the benchmark). */
export function learnedCount(): number {
  return current ? current.features.lexeme!.list.length - current.built.get('lexeme')! : 0;
}

/** The part of wink-nlp's lexicon cache that `build` changes. */
interface Cache {
  add: (text: string, category: number) => number;
  lookup: (text: string) => number[] | null;
  intrinsicSize: () => number;
}

function build(): Instance {
  // wink-nlp keeps its core model (lexicon and learned features) and its lexicon cache to itself: catch
  // the model as it is made, and the cache as the first word wink-nlp learns is given to its features.
  let core: { features: Record<string, Feature> } | null = null;
  let cache: Cache | null = null;
  type FeatureFns = Record<string, (word: string, category: number, cache: Cache) => unknown>;
  const m = model as unknown as { core: () => typeof core; featureFn: (...a: unknown[]) => FeatureFns; metaCER: () => unknown };
  const featureFn = (...a: unknown[]) => {
    const f = m.featureFn(...a);
    const pos = f.pos!;
    f.pos = (word, category, c) => pos(word, category, (cache ??= c));
    return f;
  };
  // The English model's metaCER() stringifies its module-level machines in place, so every instance
  // after the first would get a string stringified once more, longer each time (a RangeError after a
  // few dozen): read it once and hand every instance the same.
  metaCER ??= m.metaCER();
  const nlp = winkNLP({ ...m, core: () => (core = m.core()), featureFn, metaCER: () => metaCER } as unknown as typeof model, [...WINK_PIPES]);
  const features = core!.features;
  const built = new Map<string, number>();
  for (const [name, f] of Object.entries(features)) if (f.hash && Array.isArray(f.list)) built.set(name, f.list.length);
  if (!built.has('lexeme')) throw new Error('wink-nlp: the core model has no lexeme list');
  const instance: Instance = { nlp, features, built, mark: built.get('lexeme')! };
  // A word wink-nlp has not met, to have it learn one and so hand over its cache.
  nlp.readDoc('Qzxjvk');
  if (!cache) throw new Error('wink-nlp: its lexicon cache was not reached');
  unlearnedTokens(cache);
  forget(instance);
  return instance;
}

/**
 * Makes the tokenizer read every word as if wink-nlp had learned none: a word learned earlier in the
 * same text must not change how a later word is cut either ("U.S ." then "U.S." read "U.S", "." the
 * second time, as one token without the first). wink-nlp looks its cache up to decide a token ("is
 * this text a word I know?") and to find the features of the word it is adding; only the first is
 * told that learned words are unknown. The lexicon still keeps one entry a word.
 */
function unlearnedTokens(cache: Cache): void {
  const intrinsic = cache.intrinsicSize();
  const { add, lookup } = cache;
  let adding = 0;
  cache.add = (text, category) => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    return adding === 0 && found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
  };
}
