/**
 * Toponym spans found by the gazetteer alone, for documents without entity mentions (until the
 * named-entity stage lands, and for `sitrep eval geo` end to end): runs of capitalized words, matched
 * longest-first against the gazetteer's names, with a trailing division word kept ("Sumy region").
 * A capitalized word that is also an English word ("Energy", "Bath"), or one inside a longer name that
 * is no place ("Sky News", "Boris Johnson"), counts only when it names a country, a first-level
 * division, a region (or, for a common word, a town of BIG_TOWN people).
 */
import { DIVISION_WORDS, SUBURB_WORDS } from '../lexicon/places.js';
import { englishWords } from '../lexicon/words.js';
import type { Gazetteer } from './gazetteer.js';
import { nameKey } from './normalize.js';
import type { ToponymSpan } from './resolve.js';

/** Population from which a town's name is taken even where it could be a common word or part of another name. */
export const BIG_TOWN = 100_000;
/** Longest name tried, in words. */
const MAX_WORDS = 6;
const LARGE_CODES = new Set(['PCLI', 'PCLD', 'ADM1', 'CONT', 'RGN', 'PEN', 'ADMD', 'PPLC']);
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'el', 'al', 'upon', 'on', 'and']);
/** Words before a capitalized name that make it a person's or an organization's. */
const TITLES = /(?:Mr|Mrs|Ms|Dr|President|Minister|Governor|Mayor|Senator|Rep|Gen|General|Colonel|Col|Capt|Sgt|Lt|Judge|Pope|King|Queen|Prince|Saint|St)\.?\s+$/;
const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}]+/gu;
const DIVISION = new Set(DIVISION_WORDS);
/** An acronym ("NATO", "EU") is an organization unless it names a country or region ("US", "UAE"). */
const ACRONYM = /^[A-Z]{2,5}$/;
const SUBURB = new Set(SUBURB_WORDS);

interface Word { start: number; end: number; text: string; upper: boolean }

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    // a trailing full stop belongs to the sentence, except in abbreviations ("W.Va.", "St.", "U.S.")
    if (t.endsWith('.') && !/\.\S*\.$|^[A-Z][a-z]?\.$|^(?:St|Mt|Ft|Ky|Pa|Va|Ga|La|Md|Mo|Fla|Ill|Ind|Kan|Mass|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore|Tenn|Tex|Wash|Wis|Wyo|Ala|Ariz|Ark|Calif|Colo|Conn|Del)\.$/.test(t)) t = t.slice(0, -1);
    t = t.replace(/['’]s$/, '').replace(/[-']+$/, '');
    if (t) out.push({ start: m.index, end: m.index + t.length, text: t, upper: /^\p{Lu}/u.test(t) });
  }
  return out;
}

function sentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:[.!?:"“‘]\s*|\n\s*)$/.test(before);
}

export function detectToponyms(g: Gazetteer, text: string, options: { demonyms?: boolean } = {}): ToponymSpan[] {
  const ws = words(text);
  const dict = englishWords();
  const out: ToponymSpan[] = [];
  const d = g.data;
  for (let i = 0; i < ws.length; ) {
    const w = ws[i]!;
    if (!w.upper || TITLES.test(text.slice(Math.max(0, w.start - 12), w.start))) { i++; continue; }
    let found: { j: number; end: number } | null = null;
    for (let j = Math.min(ws.length - 1, i + MAX_WORDS - 1); j >= i; j--) {
      const last = ws[j]!;
      if (!last.upper || ws.slice(i, j + 1).some((x) => !x.upper && !CONNECTORS.has(x.text))) continue;
      if (/[.,;:!?]/.test(text.slice(ws[j - 1]?.end ?? w.start, last.start)) && j > i) continue;
      const span = text.slice(w.start, last.end);
      const cands = g.candidates(span).filter((c) => options.demonyms || c.match !== 'demonym');
      if (cands.length === 0) continue;
      const single = j === i;
      const named = cands.filter((c) => c.match !== 'alt');
      const major = named.some((c) => LARGE_CODES.has(d.code[c.row]!));
      const large = major || named.some((c) => d.code[c.row]!.startsWith('PPL') && d.pop[c.row]! >= BIG_TOWN);
      const common = single && (dict.has(w.text.toLowerCase()) || w.text.length <= 2 || ACRONYM.test(w.text));
      const inside = (ws[j + 1]?.upper && ws[j + 1]!.start - last.end === 1) || (i > 0 && ws[i - 1]!.upper && w.start - ws[i - 1]!.end === 1 && !sentenceStart(text, ws[i - 1]!.start));
      if (inside && !large) continue;
      if (common && !large) continue;
      if (cands.every((c) => c.match === 'alt') && !large && single) continue;
      found = { j, end: last.end };
      break;
    }
    if (!found) {
      // "the Piatykhatky suburb", "the Svyatoshynskyi district": a part of a town, in the gazetteer or not
      const next = ws[i + 1];
      if (next && SUBURB.has(next.text.toLowerCase()) && next.start - w.end === 1 && !sentenceStart(text, w.start) && !dict.has(w.text.toLowerCase())) {
        out.push({ start: w.start, end: next.end, text: text.slice(w.start, next.end) });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    let end = found.end;
    const next = ws[found.j + 1];
    if (next && DIVISION.has(next.text.toLowerCase()) && next.start - end === 1) end = next.end;
    out.push({ start: w.start, end, text: text.slice(w.start, end) });
    i = found.j + 1;
  }
  return out;
}

