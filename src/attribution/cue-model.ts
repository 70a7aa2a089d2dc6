/**
 * Which verbs are attribution cues, in context: a linear model over the verb, its neighbours and the
 * shape around it ("wants a wall", "showed that", "has come out in support of"), trained on PolNeAR's
 * train split by scripts/train-cues.ts and stored as models/cues.json. The hand lists in
 * src/lexicon/speech.ts name the speech and belief verbs; this model finds the long tail of stance
 * cues those lists miss, and tells a cue from the same verb used otherwise ("show" a cue in "polls show
 * that ...", not in "the TV show").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { npEndingAt } from './np.js';
import { isQuoteMark, type Tok } from './view.js';

export const CUE_MODEL_PATH = join(import.meta.dirname, '..', '..', 'models', 'cues.json');

export interface CueModel {
  /** The words that were cues often enough in training to be asked about (the rest never are). */
  words: string[];
  /** Feature string → weight. */
  weights: Record<string, number>;
  /** A token is a cue when its score is above this. */
  threshold: number;
}

const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** Whether a token may be a cue at all: verbs, and nouns, which the tagger often gives a verb in the
 * third person ("Trump charges that ...", "The woman disputes the idea"). */
export const cueCandidate = (t: Tok) => t.pos === 'VERB' || (t.pos === 'NOUN' && /[a-z]/.test(t.w));

/** What the features need to know about a whole sentence, computed once for it. */
export interface SentenceFacts {
  /** Quotation marks before token i. */
  marksBefore: Int32Array;
  /** Whether a quotation mark comes after token i. */
  quoteAfter: Uint8Array;
  /** Whether a finite verb comes after token i. */
  finiteAfter: Uint8Array;
}

export function sentenceFacts(toks: readonly Tok[]): SentenceFacts {
  const n = toks.length;
  const marksBefore = new Int32Array(n);
  const quoteAfter = new Uint8Array(n);
  const finiteAfter = new Uint8Array(n);
  for (let k = 1; k < n; k++) marksBefore[k] = marksBefore[k - 1]! + (isQuoteMark(toks[k - 1]) ? 1 : 0);
  for (let k = n - 2; k >= 0; k--) {
    const next = toks[k + 1]!;
    quoteAfter[k] = quoteAfter[k + 1]! || (isQuoteMark(next) ? 1 : 0);
    finiteAfter[k] = finiteAfter[k + 1]! || (next.pos === 'AUX' || (next.pos === 'VERB' && !next.w.endsWith('ing')) ? 1 : 0);
  }
  return { marksBefore, quoteAfter, finiteAfter };
}

/**
 * The feature templates, in the order the features of a token come: a feature is `template=value`, or
 * `template=a|b` for a template that joins two names, `bias` alone has no value. Tagging looks the
 * values up template by template (`cueScore`), without making the strings.
 */
const TEMPLATES = [
  'stem', 'obj', 'stem|obj', 'clause', 'stem|clause', 'inq', 'p2p|p1p', 'n1p|n2p', 'bias', 'pos', 'w|pos', 'pos|p1p', 'w', 'suf', 'n1',
  'n1p', 'w|n1', 'w|n1p', 'w|n2', 'p1', 'p1p', 'w|p1', 'subj', 'subjEnt', 'stem|subjEnt', 'n1ent', 'w|subj', 'that', 'colon', 'quote', 'w|to', 'cap',
] as const;
const T = Object.fromEntries(TEMPLATES.map((t, i) => [t, i])) as { [K in (typeof TEMPLATES)[number]]: number };
/** How many values each template joins (0 for `bias`). */
const ARITY = TEMPLATES.map((t) => (t === 'bias' ? 0 : t.split('|').length));

/** Receives the features of a token one by one: the template's index and its one or two values. */
type Emit = (template: number, a?: string, b?: string) => void;

const bool = (x: boolean) => (x ? 'true' : 'false');

/** The features of token `i`, given to `emit` in the order of TEMPLATES; the one definition of them,
 * for training (`cueFeatures`) and tagging (`cueScore`). */
function emitCueFeatures(toks: readonly Tok[], i: number, facts: SentenceFacts, emit: Emit): void {
  const t = toks[i]!;
  const at = (k: number) => toks[k];
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const p1 = at(i - 1);
  let left = i - 1;
  while (left >= 0 && BETWEEN.has(toks[left]!.pos) && !isQuoteMark(toks[left])) left--;
  const subject = left >= 0 ? npEndingAt(toks, left) : null;
  const subjectKind = subject ? (toks[subject[1] - 1]!.pos === 'PRON' ? 'pron' : toks.slice(subject[0], subject[1]).some((x) => x.pos === 'PROPN') ? 'name' : 'noun') : left >= 0 ? toks[left]!.pos : 'start';
  const subjectEntity = subject ? (toks.slice(subject[0], subject[1]).find((x) => x.ent)?.ent ?? 'none') : 'none';
  const suffix = t.w.endsWith('ing') ? 'ing' : t.w.endsWith('ed') ? 'ed' : t.w.endsWith('s') ? 's' : '-';
  const stem = stemOf(t.w);
  let o = i + 1;
  while (toks[o] && toks[o]!.pos === 'ADV') o++;
  const obj = toks[o] ? (isQuoteMark(toks[o]) ? 'quote' : OBJECT_WORDS.has(toks[o]!.w) ? toks[o]!.w : toks[o]!.text === ',' || toks[o]!.text === ':' ? toks[o]!.text : toks[o]!.pos) : '</s>';
  const finiteAfter = bool(facts.finiteAfter[i] === 1);
  let that = false;
  let colon = false;
  for (let k = i + 1; k < i + 5 && k < toks.length; k++) {
    that ||= toks[k]!.w === 'that';
    colon ||= toks[k]!.text === ':';
  }
  const p1pos = p1?.pos ?? '<s>';
  const n1pos = n1?.pos ?? '</s>';
  const n1w = n1?.w ?? '</s>';
  emit(T.stem, stem);
  emit(T.obj, obj);
  emit(T['stem|obj'], stem, obj);
  emit(T.clause, finiteAfter);
  emit(T['stem|clause'], stem, finiteAfter);
  emit(T.inq, bool(facts.marksBefore[i]! % 2 === 1));
  emit(T['p2p|p1p'], toks[i - 2]?.pos ?? '<s>', p1pos);
  emit(T['n1p|n2p'], n1pos, n2?.pos ?? '</s>');
  emit(T.bias);
  emit(T.pos, t.pos);
  emit(T['w|pos'], t.w, t.pos);
  emit(T['pos|p1p'], t.pos, p1pos);
  emit(T.w, t.w);
  emit(T.suf, suffix);
  emit(T.n1, n1w);
  emit(T.n1p, n1pos);
  emit(T['w|n1'], t.w, n1w);
  emit(T['w|n1p'], t.w, n1pos);
  emit(T['w|n2'], t.w, n2?.w ?? '</s>');
  emit(T.p1, p1?.w ?? '<s>');
  emit(T.p1p, p1pos);
  emit(T['w|p1'], t.w, p1?.w ?? '<s>');
  emit(T.subj, subjectKind);
  emit(T.subjEnt, subjectEntity);
  emit(T['stem|subjEnt'], stem, subjectEntity);
  emit(T.n1ent, n1?.ent ?? 'none');
  emit(T['w|subj'], t.w, subjectKind);
  emit(T.that, bool(that));
  emit(T.colon, bool(colon));
  emit(T.quote, bool(facts.quoteAfter[i] === 1));
  emit(T['w|to'], t.w, bool(n1?.w === 'to'));
  emit(T.cap, bool(CAPITAL.test(t.text)));
}

const OBJECT_WORDS = new Set(['that', 'to', 'for', 'about', 'on', 'of', 'with', 'by', 'as']);
const CAPITAL = /^\p{Lu}/u;

/** A crude stem of a (lower-case) word, kept per word: the same words come back sentence after sentence. */
const stems = new Map<string, string>();
function stemOf(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    s = w.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s|d)$/, '');
    if (stems.size >= 50_000) stems.clear();
    stems.set(w, s);
  }
  return s;
}

const featureName = (k: number, a?: string, b?: string) => (a === undefined ? TEMPLATES[k]! : b === undefined ? `${TEMPLATES[k]}=${a}` : `${TEMPLATES[k]}=${a}|${b}`);

/** The features of token `i` as strings; the ones training sees, and the keys of the model's weights. */
export function cueFeatures(toks: readonly Tok[], i: number, facts: SentenceFacts): string[] {
  const out: string[] = [];
  emitCueFeatures(toks, i, facts, (k, a, b) => out.push(featureName(k, a, b)));
  return out;
}

/** The model as tagging reads it. */
export interface LoadedCueModel {
  words: Set<string>;
  /** Feature string → weight, as stored. */
  weights: Map<string, number>;
  threshold: number;
  /** The same weights by template and value ids (`CueTable`). */
  table: CueTable;
}

/**
 * The weights by template and value ids: every value a feature of the model holds gets a number, and a
 * feature is a number too, `template * V + a` for one value and `(template * V + a) * V + b` for two
 * (V: the number of values), so tagging looks up the values it has (strings whose hash V8 keeps) and
 * then a number, instead of joining each feature's string and hashing it anew. A two-value key whose
 * values cannot be told apart (a value with `|` in it) is left to the flat Map, which `cueScore` asks
 * whenever a value has a `|`; every other key is in the table, so both give the same weight.
 */
export interface CueTable {
  ids: Map<string, number>;
  one: Map<number, number>;
  two: Map<number, number>;
  bias: number | undefined;
}

/** Values a model may hold at most (V above): feature numbers stay exact integers below 2^53. */
const V = 2 ** 20;
const TEMPLATE_INDEX = new Map<string, number>(TEMPLATES.map((t, i) => [t, i]));

/** Builds the table one weight at a time, as the model file is read; a key met again replaces its weight. */
class TableBuilder {
  readonly table: CueTable = { ids: new Map(), one: new Map(), two: new Map(), bias: undefined };
  /** Two-value keys without exactly one `|` in their values: asked for by their string. */
  readonly odd = new Map<string, number>();

  add(key: string, w: number): void {
    const eq = key.indexOf('=');
    const k = TEMPLATE_INDEX.get(eq < 0 ? key : key.slice(0, eq));
    if (k === undefined || (ARITY[k] === 0) !== (eq < 0)) return; // no template makes it: never matched
    if (ARITY[k] === 0) this.table.bias = w;
    else if (ARITY[k] === 1) this.table.one.set(k * V + this.id(key.slice(eq + 1)), w);
    else {
      const bar = key.indexOf('|', eq + 1);
      if (bar < 0 || key.indexOf('|', bar + 1) >= 0) this.odd.set(key, w);
      else this.table.two.set((k * V + this.id(key.slice(eq + 1, bar))) * V + this.id(key.slice(bar + 1)), w);
    }
  }

  private id(value: string): number {
    const ids = this.table.ids;
    let n = ids.get(value);
    if (n === undefined) {
      n = ids.size;
      if (n >= V) throw new Error(`the cue model holds more than ${V} feature values`);
      ids.set(value, n);
    }
    return n;
  }
}

/**
 * The model as tagging keeps it (as `cueModel()` reads it): of the flat Map only the keys the table
 * does not hold (two-value keys with a `|` in a value), the only ones `cueScore` asks it for.
 */
export function compact(model: LoadedCueModel): LoadedCueModel {
  const b = new TableBuilder();
  for (const [k, w] of model.weights) b.add(k, w);
  return { ...model, weights: b.odd };
}

/** The model's score of token `i`: the sum of its features' weights, in their order (the same sum,
 * to the last bit, as adding up the weights of `cueFeatures`). */
export function cueScore(model: LoadedCueModel, toks: readonly Tok[], i: number, facts: SentenceFacts): number {
  let score = 0;
  const { ids, one, two, bias } = model.table;
  emitCueFeatures(toks, i, facts, (k, a, b) => {
    let w: number | undefined;
    if (a === undefined) w = bias;
    else if (b === undefined) {
      const x = ids.get(a);
      w = x === undefined ? undefined : one.get(k * V + x);
    } else if (a.includes('|') || b.includes('|')) w = model.weights.get(featureName(k, a, b));
    else {
      const x = ids.get(a);
      const y = x === undefined ? undefined : ids.get(b);
      w = y === undefined ? undefined : two.get((k * V + x!) * V + y);
    }
    score += w ?? 0;
  });
  return score;
}

let loaded: LoadedCueModel | null | undefined;

/** The stored model, or null when it has not been trained (the hand lists then work alone). */
export function cueModel(): LoadedCueModel | null {
  if (loaded === undefined) {
    loaded = existsSync(CUE_MODEL_PATH) ? readCueModel(readFileSync(CUE_MODEL_PATH, 'utf8'), { all: false }) : null;
  }
  return loaded;
}

/** One `"feature": weight` pair of the weights object and what follows it (`,` or `}`). */
const PAIR = /\s*"((?:[^"\\]|\\.)*)"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*([,}])/y;

/**
 * models/cues.json in the form tagging reads. Its 97,000 weights are scanned from the text straight into
 * the table (and the flat Map, unless `all` is false: then it holds only the keys the table cannot):
 * JSON.parse makes of them an object in dictionary mode whose entries must then be sorted out again,
 * about twice the time. Any text the scan does not follow is read by JSON.parse instead.
 */
export function readCueModel(text: string, { all = true }: { all?: boolean } = {}): LoadedCueModel {
  const key = text.indexOf('"weights"');
  const open = key < 0 ? -1 : text.indexOf('{', key);
  const weights = new Map<string, number>();
  const builder = new TableBuilder();
  const put = (k: string, w: number) => {
    builder.add(k, w);
    if (all) weights.set(k, w);
  };
  let at = open + 1;
  let scanned = open >= 0;
  while (scanned) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (!m) {
      scanned = false;
      break;
    }
    put(m[1]!.includes('\\') ? (JSON.parse(`"${m[1]!}"`) as string) : m[1]!, Number(m[2]!));
    at = PAIR.lastIndex;
    if (m[3] === '}') break;
  }
  if (!scanned) {
    const stored = JSON.parse(text) as CueModel;
    const fresh = new TableBuilder();
    const flat = new Map<string, number>();
    for (const [k, w] of Object.entries(stored.weights)) {
      fresh.add(k, w);
      if (all) flat.set(k, w);
    }
    return { words: new Set(stored.words), weights: all ? flat : fresh.odd, threshold: stored.threshold, table: fresh.table };
  }
  const rest = JSON.parse(`${text.slice(0, open)}{}${text.slice(at)}`) as Omit<CueModel, 'weights'>;
  return { words: new Set(rest.words), weights: all ? weights : builder.odd, threshold: rest.threshold, table: builder.table };
}
