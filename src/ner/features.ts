/**
 * The features of a token: the word and its neighbours, affixes, shapes, capitalization in context
 * (sentence start, all-capital headlines), word-list classes, gazetteer matches, part of speech, and
 * document-level evidence of how the same word is written elsewhere in the article (a capitalized word
 * that also appears in lower case is less likely a name; a headline's word that appears capitalized in
 * running text is more likely one), and of the contexts it stands in elsewhere (run cues below).
 */
import { ORG_HEADS, PERSON_CUES, PERSON_TITLES, PLACE_HEADS, UNIT_HEADS } from '../lexicon/entities.js';
import { GAZ, gazetteerFeatures, type Gazetteer } from './gazetteer.js';
import { hasLower, longShape, shortShape, startsUpper } from './shape.js';

/** How each word is written across one document. */
export interface DocumentEvidence {
  /** Lower-cased forms seen written all in lower case. */
  lower: Set<string>;
  /** Lower-cased forms seen capitalized (not all capitals) away from a sentence's start. */
  title: Set<string>;
  /** For each lower-cased word, how often each run cue (see `runCues`) was seen on it in the document. */
  cues: Map<string, Map<string, number>>;
  /** Whether the tokens get run cue features (feature set 2 and up; see FEATURE_SETS). */
  withCues: boolean;
}

/**
 * Feature sets: 1 is the committed model's (no run cues; gazetteer of towns, cities, countries, demonyms
 * and given names); 2 adds the run cues (R:, D:) and the extended gazetteer (gazetteer-build.ts). The
 * model file says which set it was trained with, and the tagger computes that one.
 */
export const FEATURE_SETS = [1, 2] as const;
export type FeatureSet = (typeof FEATURE_SETS)[number];

export function documentEvidence(sentences: ReadonlyArray<readonly string[]>, gaz?: Gazetteer, featureSet: FeatureSet = 2): DocumentEvidence {
  const withCues = featureSet >= 2;
  const lower = new Set<string>();
  const title = new Set<string>();
  const cues = new Map<string, Map<string, number>>();
  for (const words of sentences) {
    const lw = words.map((w) => w.toLowerCase());
    words.forEach((w, i) => {
      const l = lw[i]!;
      if (w === l) lower.add(l);
      else if (i > 0 && startsUpper(w) && hasLower(w.slice(1))) title.add(l);
    });
    if (withCues) runCues(words, lw, gaz).forEach((list, i) => {
      if (!list.length) return;
      let m = cues.get(lw[i]!);
      if (!m) cues.set(lw[i]!, (m = new Map()));
      for (const c of list) m.set(c, (m.get(c) ?? 0) + 1);
    });
  }
  return { lower, title, cues, withCues };
}

const RUN_LEFT = new Map<string, string>([
  ...PERSON_TITLES.map((w): [string, string] => [w, 'title']),
  ['the', 'the'], ['of', 'of'],
  ...['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'from'].map((w): [string, string] => [w, 'in']),
  ...['by', 'with', 'for', 'against'].map((w): [string, string] => [w, 'by']),
]);
const RUN_RIGHT = new Map<string, string>([
  ...PERSON_CUES.map((w): [string, string] => [w, 'said']),
  ["'s", 'poss'], ["'", 'poss'], ['who', 'who'], ['which', 'which'], ['(', 'paren'],
  ...[...ORG_HEADS, ...UNIT_HEADS].map((w): [string, string] => [w, 'orghead']),
  ...PLACE_HEADS.map((w): [string, string] => [w, 'placehead']),
]);

/**
 * The contexts a capitalized run (a name, most likely) stands in, given to each of its tokens: the word
 * before it (a title, "the", "of", a preposition of place or of agent; a capitalized title opening the
 * run counts as the word before the rest), the word after it (a verb of saying, a possessive, "who" or
 * "which", an organization's, a unit's or a place's head such as "Co", "Fleet" or "Lake", whether
 * written within the run or after it), a run of two words or more, and a given name starting the run. Sentences without a
 * lower-case letter (headlines) give none: their case says nothing. The tagger reads the cues of this
 * occurrence (`R:`) and, through the document's evidence, those of the same word elsewhere (`D:`), so
 * "Boeing" in a results table is typed by "Boeing Co said" three paragraphs earlier.
 */
export function runCues(words: readonly string[], lower: readonly string[], gaz?: Gazetteer): string[][] {
  const n = words.length;
  const out: string[][] = words.map(() => []);
  if (!words.some(hasLower)) return out;
  for (let a = 0; a < n;) {
    if (!startsUpper(words[a]!)) { a++; continue; }
    let b = a + 1;
    while (b < n && startsUpper(words[b]!)) b++;
    const cues: string[] = [];
    let left = a > 0 ? RUN_LEFT.get(lower[a - 1]!) : undefined;
    // "President Barack Obama": a capitalized title opening the run is the run's context
    for (; a < b - 1 && RUN_LEFT.get(lower[a]!) === 'title'; a++) left = 'title';
    if (left) cues.push(`${left}<`);
    // an organization's or a place's head closing the run counts as the word after the rest of it
    let end = b;
    const last = RUN_RIGHT.get(lower[b - 1]!);
    if (b - a > 1 && (last === 'orghead' || last === 'placehead')) { cues.push(`>${last}`); end = b - 1; }
    const right = b < n ? RUN_RIGHT.get(lower[b]!) : undefined;
    // a possessive before another capitalized word may be inside a name ("Donetsk People's Republic")
    if (right && !(right === 'poss' && b + 1 < n && startsUpper(words[b + 1]!))) cues.push(`>${right}`);
    // two capitalized words or more in a row are a name far more often than one ("Oleh Synehubov
    // called", "The Ministry"), at a sentence's start too
    if (b - a > 1) cues.push('multi');
    const given = gaz !== undefined && end - a > 1 && ((gaz.phrases.get(lower[a]!) ?? 0) & GAZ.given) !== 0;
    for (let i = a; i < end; i++) {
      out[i]!.push(...cues);
      if (given && i > a) out[i]!.push('given<');
    }
    a = b;
  }
  return out;
}

const CLASSES = new Map<string, string>();
for (const w of ORG_HEADS) CLASSES.set(w, 'org');
for (const w of PERSON_TITLES) CLASSES.set(w, 'title');
for (const w of PERSON_CUES) CLASSES.set(w, 'cue');
for (const w of PLACE_HEADS) CLASSES.set(w, 'place');

/** Affix lengths used: longer ones only repeat the word. */
const MAX_AFFIX = 4;
export const BOS = '<s>';
export const EOS = '</s>';

/** The features of a word alone, whatever its context: the tagger caches their summed weights a word. */
export function wordFeatures(w: string, l: string, sh: string): string[] {
  const f = ['b', `w=${w}`, `l=${l}`, `s=${sh}`, `S=${longShape(w)}`];
  for (let k = 1; k <= MAX_AFFIX && k < w.length; k++) f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
  return f;
}

/** A sentence's tokens in lower case and their short shapes, computed once for both kinds of feature. */
export interface SentenceView {
  words: readonly string[];
  lower: string[];
  shapes: string[];
}

export function sentenceView(words: readonly string[]): SentenceView {
  return { words, lower: words.map((w) => w.toLowerCase()), shapes: words.map(shortShape) };
}

/**
 * The features of each token that depend on its context: neighbours, sentence position and headline
 * case, word-list classes, gazetteer matches, document evidence, part of speech. `pos` may be null
 * (no part-of-speech features); it holds coarse tags (see `coarsePos`).
 */
export function contextFeatures(v: SentenceView, pos: readonly string[] | null, doc: DocumentEvidence, gaz: Gazetteer): string[][] {
  const { words, lower, shapes } = v;
  const n = words.length;
  const gazF = gazetteerFeatures(words, lower, gaz);
  const headline = words.every((w) => !hasLower(w));
  const own = doc.withCues ? runCues(words, lower, gaz) : null;
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const sh = shapes[i]!;
    const lp = i > 0 ? lower[i - 1]! : BOS;
    const ln = i + 1 < n ? lower[i + 1]! : EOS;
    const sp = i > 0 ? shapes[i - 1]! : BOS;
    const sn = i + 1 < n ? shapes[i + 1]! : EOS;
    const f: string[] = [`s-1=${sp}`, `s+1=${sn}`, `s-1s=${sp}|${sh}`, `ss+1=${sh}|${sn}`, `l-1l=${lp}|${l}`, `ll+1=${l}|${ln}`];
    if (i === 0) f.push(`first|${sh}`);
    if (headline) f.push(`H|${sh}`, `H|${l}`);
    const cls = CLASSES.get(l);
    if (cls) f.push(`c=${cls}`);
    const cp = i > 0 ? CLASSES.get(lp) : undefined;
    if (cp) f.push(`c-1=${cp}`, `c-1=${cp}|${sh}`);
    const cn = i + 1 < n ? CLASSES.get(ln) : undefined;
    if (cn) f.push(`c+1=${cn}`, `c+1=${cn}|${sh}`);
    for (const g of gazF[i]!) f.push(g);
    if (i > 0) for (const g of gazF[i - 1]!) f.push(`${g}-1`);
    if (i + 1 < n) for (const g of gazF[i + 1]!) f.push(`${g}+1`);
    if (w !== l) {
      if (doc.lower.has(l)) f.push('d:lower');
      if (doc.title.has(l)) f.push(headline || i === 0 ? 'd:title0' : 'd:title');
      if (own) {
        for (const c of own[i]!) f.push(`R:${c}`);
        const seen = doc.cues.get(l);
        // cues of the same word elsewhere in the document: its own occurrence's are not counted again
        if (seen) for (const [c, k] of seen) if (k > (own[i]!.includes(c) ? 1 : 0)) f.push(`D:${c}`);
      }
    }
    if (pos) f.push(`t=${pos[i]!}`, `t-1t=${i > 0 ? pos[i - 1]! : BOS}|${pos[i]!}`, `tt+1=${pos[i]!}|${i + 1 < n ? pos[i + 1]! : EOS}`);
    out[i] = f;
  }
  return out;
}

/**
 * The features a word gives its neighbours, by where it stands from them: [as the word before (l-1),
 * after (l+1), two before (l-2), two after (l+2)]. The sentence's edges stand in as BOS and EOS.
 */
export function neighbourFeatures(l: string): [string, string, string, string] {
  return [`l-1=${l}`, `l+1=${l}`, `l-2=${l}`, `l+2=${l}`];
}

/** Every feature of every token of a sentence (training's view). */
export function sentenceFeatures(words: readonly string[], pos: readonly string[] | null, doc: DocumentEvidence, gaz: Gazetteer): string[][] {
  const v = sentenceView(words);
  const n = words.length;
  const at = (i: number) => (i < 0 ? BOS : i >= n ? EOS : v.lower[i]!);
  return contextFeatures(v, pos, doc, gaz).map((f, i) => [
    ...wordFeatures(words[i]!, v.lower[i]!, v.shapes[i]!),
    neighbourFeatures(at(i - 1))[0], neighbourFeatures(at(i + 1))[1], neighbourFeatures(at(i - 2))[2], neighbourFeatures(at(i + 2))[3],
    ...f,
  ]);
}

/** Penn Treebank tags (the CoNLL data's) to the coarse universal tags wink-nlp gives at run time. */
const PENN_TO_UPOS: Record<string, string> = {
  NNP: 'PROPN', NNPS: 'PROPN', NN: 'NOUN', NNS: 'NOUN', VB: 'VERB', VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB',
  VBZ: 'VERB', MD: 'AUX', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV', IN: 'ADP',
  DT: 'DET', PDT: 'DET', WDT: 'DET', PRP: 'PRON', 'PRP$': 'PRON', WP: 'PRON', 'WP$': 'PRON', EX: 'PRON', CD: 'NUM',
  CC: 'CCONJ', TO: 'PART', RP: 'ADP', POS: 'PART', UH: 'INTJ', SYM: 'SYM', FW: 'X', LS: 'X',
};

export function coarsePos(tag: string): string {
  return PENN_TO_UPOS[tag] ?? 'PUNCT';
}
