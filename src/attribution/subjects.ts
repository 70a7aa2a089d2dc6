/**
 * Subjects: who a cue's clause is about, read from the phrases before the verb — an apposition set
 * off by commas ("NAME, a doctor, said", "NAME, acting Deputy Head of X said"), an aside, a bracketed
 * note, the subject of a participle's or coordinated verb's clause, the speaker who introduces a
 * quotation with a colon, and the subject that governs a partial quotation. Ranges are token indexes.
 */
import { SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon/speech.js';
import { hasName, npEndingAt, npStartingAt, type Range } from './np.js';
import { isQuoteMark, type SentenceView, type Tok } from './view.js';

/** Tokens that may stand between a subject and its cue: "has also said", "had not told". */
export const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** The speaker who introduces a quotation with a colon ("Cruz continued:", "Politico reveals a few
 * facts: “…”") or with a speech verb and a comma ("he began by saying, “…”"): the subject of the
 * first verb of the words before the quotation, which must end with that colon or comma. */
export function introducer(s: SentenceView, upTo: number): { cue: [number, number]; source: [number, number] } | null {
  const toks = s.toks.filter((t) => t.end <= upTo);
  const last = toks.length - 1;
  const end = toks[last];
  if (last < 1 || !end || toks.some((t) => isQuoteMark(t))) return null;
  if (end.text !== ':' && !(end.text === ',' && SPEECH_VERBS.has(toks[last - 1]!.w))) return null;
  for (let v = 1; v < last; v++) {
    // The tagger often takes "reports", "writes" for plural nouns.
    if (toks[v]!.pos !== 'VERB' && !(toks[v]!.pos === 'NOUN' && SPEECH_VERBS.has(toks[v]!.w))) continue;
    const found = subjectOf(toks, v);
    if (found) return found;
  }
  return null;
}

/** Whose words a partial quotation inside a clause is: the subject of the last verb before it in its
 * sentence ("Zelenskyy called the strike “a war crime”", "a doctor had typed “homicidal ideation”"). */
export function governor(s: SentenceView, upTo: number): { cue: [number, number]; source: [number, number] } | null {
  const toks = s.toks.filter((t) => t.end <= upTo);
  for (let v = toks.length - 1; v > 0; v--) {
    const t = toks[v]!;
    if (isQuoteMark(t)) return null;
    // "Yatsenyuk's remarks at a protest that “…”": the owner of a speech noun whose content it opens.
    const owner = SPEECH_NOUNS.has(t.w) && toks[v - 1]?.w === "'s" && /^(that|:)$/.test(toks.at(-1)!.w) ? npEndingAt(toks, v - 2) : null;
    if (owner) return { cue: [t.start, t.end], source: [toks[owner[0]]!.start, toks[owner[1] - 1]!.end] };
    if (t.pos === 'VERB') return subjectOf(toks, v);
  }
  return null;
}

/** Verb `v` as a cue with its subject, the phrase right before it (past auxiliaries and adverbs, or an
 * apposition set off by commas: "The mayor of Mykolaiv, Oleksandr Senkevych, continued"). */
export function subjectOf(toks: readonly Tok[], v: number): { cue: [number, number]; source: [number, number] } | null {
  let left = v - 1;
  while (left > 0 && BETWEEN.has(toks[left]!.pos)) left--;
  const np = toks[left]!.text === ',' ? namedApposition(toks, left) ?? acrossAside(toks, left) : npEndingAt(toks, left);
  return np ? { cue: [toks[v]!.start, toks[v]!.end], source: [toks[np[0]]!.start, toks[np[1] - 1]!.end] } : null;
}

/** An aside between a subject and its cue holds at most this many tokens. */
const MAX_ASIDE = 25;

/** The subject before an aside set off by commas, which may hold commas itself: "Sanders, who has
 * sent pleas on his behalf, said", "Marley Anderson, 21, a junior from Las Vegas, said", "Ukraine
 * has, in the past, said". The subject is a noun phrase filling the stretch before one of the
 * commas, from the sentence start or the punctuation before it. */
export function acrossAside(toks: readonly Tok[], comma: number): Range | null {
  for (let j = comma - 1; j > 0 && comma - j <= MAX_ASIDE; j--) {
    const t = toks[j]!;
    if (isQuoteMark(t) || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    const np = npEndingAt(toks, j - 1);
    if (!np) continue;
    const opener = toks[np[0] - 1];
    if (!opener || opener.text === ',' || isQuoteMark(opener) || /^[—–-]$/.test(opener.text)) return np;
  }
  return null;
}

/** The subject before a bracketed note: "Rep. Hank Johnson (D-Ga.) said". */
export function beforeBrackets(toks: readonly Tok[], close: number): Range | null {
  for (let j = close - 1; j > 0 && close - j <= 8; j--) if (toks[j]!.text === '(') return npEndingAt(toks, j - 1);
  return null;
}

/** Of "NAME, a doctor," or "The mayor of Mykolaiv, NAME,", the phrase whose head is a name. */
export function namedApposition(toks: readonly Tok[], comma: number): Range | null {
  const pair = apposition(toks, comma);
  if (!pair) return null;
  const [np1, np2] = pair;
  return namedHead(toks, np1) || !namedHead(toks, np2) ? np1 : np2;
}

/** Whether a phrase's head part, before any "of"/"in" modifier, holds a name. */
function namedHead(toks: readonly Tok[], r: Range): boolean {
  for (let k = r[0]; k < r[1] && toks[k]!.pos !== 'ADP'; k++) if (toks[k]!.pos === 'PROPN') return true;
  return false;
}

/** "NAME, a doctor, said": the two phrases, when the token before the cue is the second comma. */
export function apposition(toks: readonly Tok[], comma: number): [Range, Range] | null {
  const np2 = npEndingAt(toks, comma - 1);
  if (!np2 || toks[np2[0] - 1]?.text !== ',') return null;
  const np1 = npEndingAt(toks, np2[0] - 2);
  if (!np1) return null;
  return [np1, np2];
}

/** The subject of the clause a participle or coordinated verb hangs on: its first noun phrase, past
 * an opening adverbial ("In a video message, ..."); a name in apposition wins over a title. */
export function clauseSubject(toks: readonly Tok[], before: number): Range | null {
  let k = 0;
  while (k < before && isQuoteMark(toks[k])) k++;
  const opener = toks[k];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'ADV' || opener.pos === 'SCONJ')) {
    const comma = toks.findIndex((t, j) => j > k && j < before && t.text === ',');
    if (comma > 0 && comma - k <= 8) k = comma + 1;
  }
  const np = npStartingAt(toks, k, before);
  if (!np) return null;
  const described = !hasName(toks, np) || /^(the|a|an|his|her|their|its)$/.test(toks[np[0]]!.w);
  if (described && toks[np[1]]?.text === ',') {
    const name = npStartingAt(toks, np[1] + 1, before);
    if (name && toks.slice(name[0], name[1]).every((t) => t.pos === 'PROPN')) return name;
  }
  return np;
}


/** "…, Andriy Senchenko, acting Deputy Head of the Presidential Administration said": a person's name
 * set off by a comma before the title that stands before the cue (no comma after the title). `title`
 * is the phrase before the cue; the name is returned when it is a person's, after a comma, a dash or
 * a quotation mark, and is all a person's name while the title is not. */
export function titledName(toks: readonly Tok[], title: Range): Range | null {
  let k = title[0] - 1;
  // "acting", "former", "then-": a word before the title that the phrase did not take in
  if (toks[k] && (toks[k]!.pos === 'ADJ' || (toks[k]!.pos === 'VERB' && /ing$/.test(toks[k]!.w)))) k--;
  if (toks[k]?.text !== ',') return null;
  const allPerson = (r: Range) => toks.slice(r[0], r[1]).every((t) => t.ent === 'PER');
  const name = npEndingAt(toks, k - 1);
  if (!name || !allPerson(name) || allPerson(title)) return null;
  const opener = toks[name[0] - 1];
  return !opener || opener.text === ',' || isQuoteMark(opener) || /^[—–-]$/.test(opener.text) ? name : null;
}
