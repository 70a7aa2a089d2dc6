/**
 * Name and description matching of the news scorer (speakers, sources, entity forms), as
 * `score_realistic.py` does it. The word sets are the scorer's own rules, not sitrep's lexicon.
 */
import { firstChar, hasWord, isDigit, isUpper, pySplit, sing, words } from './text.js';

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that end a noun phrase's head ("governors" of "governors of three regions"). */
export const CUT = new Set(['of', 'in', 'at', 'for', 'from', 'on', 'to', 'who', 'that', 'with', 'by', 'bordering', 'which', 'whose']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'mayor', 'governor', 'gen', 'general']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'this', 'that', 'these', 'those']);

const contentWords = (s: string | null | undefined) => words(s).filter((w) => !ARTICLES.has(w));

/** Head noun of a phrase: the last word before a preposition ("governors" of "governors of three ..."). */
export function headWord(s: string): string | null {
  const ws = contentWords(s);
  const i = ws.findIndex((w, k) => CUT.has(w) && k > 0);
  const cut = i < 0 ? ws.length : i;
  return cut ? ws[cut - 1]! : null;
}

/** A proper name rather than a description or pronoun: "Arsen Avakov", "the Senate", not "the capital". */
export function namelike(form: string): boolean {
  let ws = pySplit(form);
  if (ws[0]?.toLowerCase() === 'the') ws = ws.slice(1);
  return ws.length > 0 && !PRONOUNS.has(ws[0]!.toLowerCase()) && ws.every((w) => isUpper(firstChar(w)) || isDigit(firstChar(w)) || CUT.has(w) || w === 'and');
}

/** Same name: equal words, a part of a full name ("Zelenskyy"), or a phrase holding the full name
 * ("the Senate's deputy speaker Yevgeny Bushmin"). */
export function nameMatch(s: string, form: string): boolean {
  const ws = contentWords(s);
  const wf = contentWords(form);
  const same = ws.length === wf.length && ws.every((w, i) => w === wf[i]);
  if (!ws.length || !wf.length || same) return ws.length > 0 && same;
  const bare = ws.filter((w) => !TITLES.has(w));
  const inForm = new Set(wf);
  const inS = new Set(ws);
  return wf.length > 1 && (([...s].some((c) => isUpper(c)) && bare.length > 0 && bare.every((w) => inForm.has(w))) || wf.every((w) => inS.has(w)));
}

/** Description overlap: the system phrase's head, written as a common noun, is a word of the gold form
 * ("interior minister" for "the interior minister"); loose: or the gold head is in the system phrase. */
export function descMatch(s: string, form: string, loose: boolean): boolean {
  const hs = headWord(s);
  const hf = headWord(form);
  const common = hs !== null && hasWord(s, hs);
  const formSings = new Set(words(form).map(sing));
  const sSings = new Set(words(s).map(sing));
  return (common && formSings.has(sing(hs))) || (loose && hf !== null && sSings.has(sing(hf)));
}
