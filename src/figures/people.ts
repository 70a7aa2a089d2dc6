/**
 * Whether a counted noun names people, and which kind a count of people takes from its clause when no
 * casualty word types it: a crowd ("an estimated 10,000 protesters", "100,000 people would come to a
 * rally") or armed men ("dozens of Chechens" in a battalion, "thousands of Chechens would fight").
 * People are the nouns listed in src/lexicon/figures.ts, capitalized plurals ("Spaniards", "Chechens":
 * nationalities and groups), and words the entity tagger put in a NORP or MISC name.
 */
import { CROWD, CROWD_CONTEXT, PEOPLE, TROOP_CONTEXT, TROOPS } from '../lexicon/figures.js';
import type { QuantityKind } from '../model/annotations.js';
import type { Tok } from '../attribution/view.js';

/** How many tokens before and after the number its clause's crowd or troop words may stand. */
const CONTEXT_BEFORE = 15;
const CONTEXT_AFTER = 12;
/** A gathering named after a count of people is nearer: "would come to a planned rally". */
const CROWD_AFTER = 8;
/** How far before an elliptic count the people it counts may be named, in tokens. */
const ELIDED_BEFORE = 6;

export function isPeople(t: Tok, sentenceStart: boolean): boolean {
  if (PEOPLE.has(t.w) || TROOPS.has(t.w)) return true;
  if (t.ent === 'MISC' || t.ent === 'NORP') return /s$/.test(t.w);
  // A capitalized plural inside a sentence: a nationality or group ("Eight Spaniards", "dozens of Chechens").
  return !sentenceStart && /^\p{Lu}\p{Ll}{3,}s$/u.test(t.text) && !/(ss|us|is)$/.test(t.w);
}

/** The kind a count of people (`noun`, or null for an elliptic count) takes from its clause. `at` is
 * the index of the first token after the number. */
export function peopleKind(toks: readonly Tok[], at: number, noun: string | null): QuantityKind | null {
  if (noun && CROWD.has(noun)) return 'crowd';
  if (noun && TROOPS.has(noun)) return 'troops';
  const words = clauseWords(toks, at, CONTEXT_AFTER);
  const joined = ` ${words.join(' ')} `;
  const has = (cue: string) => (cue.includes(' ') ? joined.includes(` ${cue} `) : words.some((w) => w.startsWith(cue)));
  if (TROOP_CONTEXT.some(has)) return 'troops';
  if (!noun || noun === 'people' || noun === 'persons' || isGeneric(noun)) {
    const near = clauseWords(toks, at, CROWD_AFTER);
    const phrase = ` ${near.join(' ')} `;
    if ([...CROWD_CONTEXT].some((c) => (c.includes(' ') ? phrase.includes(` ${c} `) : near.includes(c)))) return 'crowd';
  }
  return null;
}

/** An elliptic count ("as dozens turned in their weapons") counts the people named just before it. */
export function elidedPeople(toks: readonly Tok[], numberAt: number): string | null {
  for (let k = numberAt - 1; k >= 0 && numberAt - k <= ELIDED_BEFORE; k--) {
    const t = toks[k]!;
    if (t.text === ';' || t.text === '.') break;
    if (isPeople(t, k === 0)) return t.w;
  }
  return null;
}

/** "people", "citizens", "residents": nouns that say nothing of what the people are doing. */
const isGeneric = (w: string) => /^(citizens|residents|inhabitants|locals|supporters|activists|members|individuals|men|women)$/.test(w);

/** The words of the clause around token `at`: back to the clause's start (a comma, semicolon or colon,
 * at most CONTEXT_BEFORE words), forward `after` words, not past a semicolon. */
function clauseWords(toks: readonly Tok[], at: number, after: number): string[] {
  let from = at - 1;
  while (from > 0 && at - from < CONTEXT_BEFORE && !/^[,;:]$/.test(toks[from - 1]!.text)) from--;
  const out: string[] = [];
  for (let k = Math.max(0, from); k < toks.length && k < at + after; k++) {
    if (k > at && toks[k]!.text === ';') break;
    out.push(toks[k]!.w);
  }
  return out;
}
