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

/** The features of token `i` as strings; the same function serves training and tagging. */
export function cueFeatures(toks: readonly Tok[], i: number, facts: SentenceFacts): string[] {
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
  const ahead = toks.slice(i + 1, i + 5);
  const stem = t.w.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s|d)$/, '');
  let o = i + 1;
  while (toks[o] && toks[o]!.pos === 'ADV') o++;
  const obj = toks[o] ? (isQuoteMark(toks[o]) ? 'quote' : /^(that|to|for|about|on|of|with|by|as)$/.test(toks[o]!.w) ? toks[o]!.w : toks[o]!.text === ',' || toks[o]!.text === ':' ? toks[o]!.text : toks[o]!.pos) : '</s>';
  const finiteAfter = facts.finiteAfter[i] === 1;
  return [
    `stem=${stem}`,
    `obj=${obj}`,
    `stem|obj=${stem}|${obj}`,
    `clause=${finiteAfter}`,
    `stem|clause=${stem}|${finiteAfter}`,
    `inq=${facts.marksBefore[i]! % 2 === 1}`,
    `p2p|p1p=${toks[i - 2]?.pos ?? '<s>'}|${p1?.pos ?? '<s>'}`,
    `n1p|n2p=${n1?.pos ?? '</s>'}|${n2?.pos ?? '</s>'}`,
    'bias',
    `pos=${t.pos}`,
    `w|pos=${t.w}|${t.pos}`,
    `pos|p1p=${t.pos}|${p1?.pos ?? '<s>'}`,
    `w=${t.w}`,
    `suf=${suffix}`,
    `n1=${n1?.w ?? '</s>'}`,
    `n1p=${n1?.pos ?? '</s>'}`,
    `w|n1=${t.w}|${n1?.w ?? '</s>'}`,
    `w|n1p=${t.w}|${n1?.pos ?? '</s>'}`,
    `w|n2=${t.w}|${n2?.w ?? '</s>'}`,
    `p1=${p1?.w ?? '<s>'}`,
    `p1p=${p1?.pos ?? '<s>'}`,
    `w|p1=${t.w}|${p1?.w ?? '<s>'}`,
    `subj=${subjectKind}`,
    `subjEnt=${subjectEntity}`,
    `stem|subjEnt=${stem}|${subjectEntity}`,
    `n1ent=${n1?.ent ?? 'none'}`,
    `w|subj=${t.w}|${subjectKind}`,
    `that=${ahead.some((x) => x.w === 'that')}`,
    `colon=${ahead.some((x) => x.text === ':')}`,
    `quote=${facts.quoteAfter[i] === 1}`,
    `w|to=${t.w}|${n1?.w === 'to'}`,
    `cap=${/^\p{Lu}/u.test(t.text)}`,
  ];
}

/** The model as tagging reads it: weights in a Map, which looks strings up faster than an object. */
export interface LoadedCueModel {
  words: Set<string>;
  weights: Map<string, number>;
  threshold: number;
}

export function cueScore(model: LoadedCueModel, toks: readonly Tok[], i: number, facts: SentenceFacts): number {
  let score = 0;
  for (const f of cueFeatures(toks, i, facts)) score += model.weights.get(f) ?? 0;
  return score;
}

let loaded: LoadedCueModel | null | undefined;

/** The stored model, or null when it has not been trained (the hand lists then work alone). */
export function cueModel(): LoadedCueModel | null {
  if (loaded === undefined) {
    loaded = existsSync(CUE_MODEL_PATH) ? readCueModel(readFileSync(CUE_MODEL_PATH, 'utf8')) : null;
  }
  return loaded;
}

/** One `"feature": weight` pair of the weights object and what follows it (`,` or `}`). */
const PAIR = /\s*"((?:[^"\\]|\\.)*)"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*([,}])/y;

/**
 * models/cues.json in the form tagging reads. Its 97,000 weights are scanned from the text straight into
 * the Map: JSON.parse makes of them an object in dictionary mode whose entries must then be sorted out
 * again, about twice the time. Any text the scan does not follow is read by JSON.parse instead.
 */
export function readCueModel(text: string): LoadedCueModel {
  const key = text.indexOf('"weights"');
  const open = key < 0 ? -1 : text.indexOf('{', key);
  const weights = new Map<string, number>();
  let at = open + 1;
  let scanned = open >= 0;
  while (scanned) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (!m) {
      scanned = false;
      break;
    }
    weights.set(m[1]!.includes('\\') ? (JSON.parse(`"${m[1]!}"`) as string) : m[1]!, Number(m[2]!));
    at = PAIR.lastIndex;
    if (m[3] === '}') break;
  }
  if (!scanned) {
    const stored = JSON.parse(text) as CueModel;
    return { words: new Set(stored.words), weights: new Map(Object.entries(stored.weights)), threshold: stored.threshold };
  }
  const rest = JSON.parse(`${text.slice(0, open)}{}${text.slice(at)}`) as Omit<CueModel, 'weights'>;
  return { words: new Set(rest.words), weights, threshold: rest.threshold };
}
