/**
 * Roles as the article states them: a title before a name ("Turkish President Recep Tayyip Erdogan",
 * "Kyiv Mayor Vitali Klitschko", "regional leader Pavlo Kyrylenko"), and role descriptions that stand for
 * a person ("the mayor of Kyiv", "the Ukrainian president", "the president"). A role is a title (its
 * role words, lower case) and a qualifier (the place or nationality it is of, folded), so that "the
 * ukrainian president" fits "President Zelenskyy" but not "Turkish President Erdogan".
 */
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/linking.js';
import { nameKey } from './names.js';
import { isCapitalized, tokenAt, tokenBefore, word, type DocView } from './view.js';

export interface Role {
  /** Role words, lower case: "president", "deputy prime minister", "mayor". */
  title: string;
  /** Folded key of the place or people it is of ("kiiv", "ukrainian"), or null. */
  qualifier: string | null;
  /** As written, without a leading article: "mayor of Kyiv", "Turkish President". */
  text: string;
  start: number;
  end: number;
}

/** Titles any head of state or government may be called by ("the Russian leader"). */
const LEADER_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'head of state']);
/** Role nouns too vague to stand alone; they need an "of" complement ("the head of the region"). */
const NEEDS_OF = new Set(['head', 'chief', 'leader of']);
/** Letters of a qualifier compared: a demonym and its country share them (Ukrain-ian, Ukrain-e; Turk-ish, Turk-ey). */
const QUALIFIER_PREFIX = 3;

export const titleHead = (title: string) => {
  const words = title.split(' ').filter((w) => !ROLE_MODIFIERS.has(w) || w === 'prime');
  return words.join(' ') || title;
};

/** Whether a role description's title fits a title a person holds. */
export function titlesFit(description: string, held: string): boolean {
  const a = titleHead(description);
  const b = titleHead(held);
  if (a === b || b.endsWith(` ${a}`)) return true;
  return a === 'leader' && LEADER_TITLES.has(b);
}

/** Whether two qualifiers can name the same place or people; a missing one fits any. */
export function qualifiersFit(a: string | null, b: string | null): 'same' | 'open' | 'clash' {
  if (a === null || b === null) return 'open';
  return a.slice(0, QUALIFIER_PREFIX) === b.slice(0, QUALIFIER_PREFIX) ? 'same' : 'clash';
}

const isRoleNoun = (w: string) => ROLE_NOUNS.has(w);

/**
 * The title words right before a name (and the titles inside its mention), read backwards within the
 * sentence: role nouns and modifiers, honorifics, and at most one qualifier to their left (a demonym or a
 * capitalized place word). Null when the word before the name is no title.
 */
export function titleBefore(view: DocView, nameStart: number, innerTitles: readonly string[]): Role | null {
  const words: string[] = [];
  let qualifier: string | null = null;
  let start = nameStart;
  let k = tokenBefore(view, nameStart);
  const sentence = view.sentenceOf[tokenAt(view, nameStart)] ?? 0;
  const first = view.sentences[sentence]?.tokens[0] ?? 0;
  let adjacent = true;
  for (; k >= first; k--) {
    const w = view.lower[k]!;
    const original = word(view, k);
    if (adjacent && innerTitles.length === 0 && !(isRoleNoun(w) || HONORIFICS.has(w))) break;
    adjacent = false;
    if (isRoleNoun(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w)) {
      words.unshift(original);
      start = view.tokens[k]![0];
      continue;
    }
    if (view.isDemonym(w) || (isCapitalized(original) && k > first && !/^(The|A|An)$/.test(original))) {
      qualifier = nameKey(original);
      words.unshift(original);
      start = view.tokens[k]![0];
    }
    break;
  }
  const all = [...words, ...innerTitles];
  const roleWords = all.filter((w) => !HONORIFICS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  const title = roleWords.filter((w) => isRoleNoun(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase())).map((w) => w.toLowerCase()).join(' ');
  if (!title) return null;
  return { title, qualifier, text: all.join(' '), start, end: nameStart };
}

/**
 * Role descriptions: "the [qualifier] [modifiers] ROLE [of (the) Place]". The article must be there,
 * so "Mayor Klitschko" is a title and "the mayor" a description. `text` keeps the article as written.
 */
export function roleDescriptions(view: DocView): Role[] {
  const out: Role[] = [];
  const n = view.tokens.length;
  for (let k = 0; k < n; k++) {
    if (view.lower[k] !== 'the') continue;
    let j = k + 1;
    let qualifier: string | null = null;
    const mods: string[] = [];
    for (let m = 0; m < 3 && j < n; m++, j++) {
      const w = view.lower[j]!;
      if (m === 0 && (view.isDemonym(w) || (isCapitalized(word(view, j)) && !isRoleNoun(w) && !ROLE_MODIFIERS.has(w)))) qualifier = nameKey(word(view, j));
      else if (ROLE_MODIFIERS.has(w) && j + 1 < n && (isRoleNoun(view.lower[j + 1]!) || ROLE_MODIFIERS.has(view.lower[j + 1]!))) mods.push(w);
      else break;
    }
    if (j >= n) continue;
    let title: string | null = null;
    let last = j;
    if (j + 1 < n && isRoleNoun(`${view.lower[j]} ${view.lower[j + 1]}`)) [title, last] = [`${view.lower[j]} ${view.lower[j + 1]}`, j + 1];
    else if (isRoleNoun(view.lower[j]!)) title = view.lower[j]!;
    if (!title) continue;
    let end = view.tokens[last]![1];
    // "of (the) Kyiv" / "of the region": the place the role is of.
    if (view.lower[last + 1] === 'of') {
      let p = last + 2;
      if (view.lower[p] === 'the') p++;
      if (p < n && (isCapitalized(word(view, p)) || view.lower[p] === 'region' || view.lower[p] === 'country' || view.lower[p] === 'city')) {
        let q = p;
        while (q + 1 < n && isCapitalized(word(view, q + 1)) && view.tokens[q + 1]![0] === view.tokens[q]![1] + 1) q++;
        if (qualifier === null) qualifier = nameKey(view.text.slice(view.tokens[p]![0], view.tokens[q]![1]));
        end = view.tokens[q]![1];
      }
    }
    if (NEEDS_OF.has(title) && end === view.tokens[last]![1]) continue;
    // "the President Zelenskyy": a title before a name, read with the name.
    const next = word(view, last + 1 < n ? last + 1 : last);
    if (end === view.tokens[last]![1] && last + 1 < n && isCapitalized(next) && view.tokens[last + 1]![0] === end + 1) continue;
    const start = view.tokens[k]![0];
    out.push({ title: [...mods, title].join(' '), qualifier, text: view.text.slice(start, end), start, end });
  }
  return out;
}

/** The role as an entity lists it: without its article ("mayor of Kyiv", "Ukrainian president"). */
export const roleLabel = (role: Role) => role.text.replace(/^(?:the|The|THE)\s+/, '');
