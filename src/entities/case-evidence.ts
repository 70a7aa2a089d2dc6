/**
 * Refiners by how the article writes each word elsewhere (`refine:case`), for the two places where a
 * capital letter says nothing of a name: title-case headlines and a sentence's first word.
 *
 * 1. In a title-case line ("Poroshenko's Move to Prove Russian Involvement ... Met With Memes") a
 *    mention keeps only its longest run of words that the article's running text writes capitalized past
 *    a sentence's start, that a gazetteer knows as a name, or in capitals ("Nuland Claims Russian Soldiers" → "Nuland"), typed as running
 *    text types that name; with no such word it is dropped ("With Memes", "Mysterious Mass Text").
 * 2. A one-word mention at the start of a sentence (or of a quotation) whose word the running text
 *    writes in lower case and never capitalized past a sentence's start ("Because", "Deep") is dropped.
 */
import type { RefinableMention } from './refine.js';

/** Share of a line's longer words (four letters or more) capitalized from which it is in title case. */
const TITLE_SHARE = 0.75;
/** Fewest longer words a title-case line has: a short line of names is no headline. */
const TITLE_MIN_WORDS = 4;
/** Words of a title-case line written in lower case, which title case leaves so ("to", "of", "in"). */
const MINOR = /^(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|on|to|up|vs\.?|via|per)$/;

export interface Line {
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const capitalized = (w: string) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);

/** Capitalized words a title-case line has that the article writes in lower case (a line of names,
 * a sports result or a list, has none). */
const TITLE_MIN_COMMON = 2;

/**
 * Whether a line is written in title case: most longer words capitalized, the short ones that are not
 * all minor words, and some of its capitalized words written in lower case elsewhere (`lower`).
 */
export function isTitleCase(line: string, lower: ReadonlySet<string>): boolean {
  const words = line.match(WORD) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length < TITLE_MIN_WORDS) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (caps / long.length < TITLE_SHARE) return false;
  if (words.filter((w) => capitalized(w) && lower.has(w.toLowerCase())).length < TITLE_MIN_COMMON) return false;
  return words.every((w) => w.length >= 4 || /^\p{Lu}/u.test(w) || MINOR.test(w));
}

/** `known`: whether a gazetteer knows a word as a name (a country, a large city, a people): a headline's
 * "Russia" is a name though running text never writes it past a sentence's start. */
export function refineByCase(text: string, lines: readonly Line[], mentions: readonly RefinableMention[], known: (word: string) => boolean = () => false): RefinableMention[] {
  // words the article writes in lower case anywhere (a title-case line writes only minor words so)
  const lower = new Set<string>();
  for (const l of lines) for (const m of text.slice(l.start, l.end).matchAll(WORD)) if (m[0] === m[0].toLowerCase()) lower.add(m[0]);
  const title = lines.map((l) => isTitleCase(text.slice(l.start, l.end), lower));
  // how running text (not title-case lines) writes each word: capitalized past a sentence's start
  const inner = new Set<string>();
  lines.forEach((l, i) => {
    if (title[i]) return;
    let first = true;
    for (const m of text.slice(l.start, l.end).matchAll(WORD)) {
      const w = m[0];
      const before = text.slice(Math.max(l.start, l.start + m.index - 2), l.start + m.index);
      if (capitalized(w) && !first && !/[“"‘]\s*$/.test(before)) inner.add(w.toLowerCase());
      first = false;
    }
  });
  // the types running text gives names
  const typed = new Map<string, RefinableMention['type']>();
  for (const m of mentions) {
    if (title[m.sentence]) continue;
    const name = text.slice(m.start, m.end);
    typed.set(name, m.type);
    for (const w of name.split(/\s+/)) if (!typed.has(w)) typed.set(w, m.type);
  }
  const out: RefinableMention[] = [];
  for (const m of mentions) {
    const line = lines[m.sentence];
    if (!line) { out.push(m); continue; }
    if (title[m.sentence]) {
      const cut = trimTitleCase(text, m, inner, known);
      if (cut) out.push(cut === m ? m : { ...cut, type: typed.get(text.slice(cut.start, cut.end)) ?? cut.type });
      continue;
    }
    const name = text.slice(m.start, m.end);
    const opening = /^\s*[“"‘]?\s*$/.test(text.slice(line.start, m.start));
    const l = name.toLowerCase();
    if (opening && !/\s/.test(name) && capitalized(name) && lower.has(l) && !inner.has(l)) continue;
    out.push(m);
  }
  return out;
}

function trimTitleCase(text: string, m: RefinableMention, inner: Set<string>, known: (word: string) => boolean): RefinableMention | null {
  const words = [...text.slice(m.start, m.end).matchAll(/\S+/g)].map((x) => ({ w: x[0], start: m.start + x.index, end: m.start + x.index + x[0].length }));
  const bare = (w: string) => w.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}'’-]/gu, '').toLowerCase();
  const confirmed = (w: string) => inner.has(bare(w)) || !/\p{Ll}/u.test(w) || known(w.replace(/['’]s$/, ''));
  let best: [number, number] | null = null;
  for (let a = 0; a < words.length; a++) {
    if (!confirmed(words[a]!.w)) continue;
    let b = a;
    while (b + 1 < words.length && confirmed(words[b + 1]!.w)) b++;
    if (!best || b - a > best[1] - best[0]) best = [a, b];
    a = b;
  }
  if (!best) return null;
  if (best[0] === 0 && best[1] === words.length - 1) return m;
  return { ...m, start: words[best[0]]!.start, end: words[best[1]]!.end, rule: `${m.rule}+refine:case` };
}
