/**
 * What a number counts. Units and shapes first, because they are sure: money ("£210", "$2 million"),
 * ages ("15-year-old"), storeys, distances ("30 kilometers", "nine miles"), votes ("11 votes to one"),
 * percentages, spans of time, years. Then a count of people typed by the nearest casualty,
 * displacement or detention word in its clause ("198 people ... have died", "left hundreds dead",
 * "taken around 500 people hostage"); a count of things by its noun (missiles, buildings destroyed,
 * troops). Anything else is `other`: a number is never a casualty unless its clause says so.
 */
import {
  AGE, BUILDING_DAMAGE, BUILDINGS, CONTAINERS, DISTANCE_UNITS, KIND_WORDS, MILITARY_VEHICLE, MONEY_AFTER, MONEY_BEFORE, MUNITIONS,
  PERCENT, STOREYS, TIME_UNITS, VICTIMS, VOTES,
} from '../lexicon/figures.js';
import type { QuantityKind } from '../model/annotations.js';
import type { NumberFound } from './numbers.js';
import { elidedPeople, isPeople, peopleKind } from './people.js';
import type { Tok } from '../attribution/view.js';

export interface Typed {
  kind: QuantityKind;
  unit: string | null;
  /** The counted noun phrase ("Russian troops", "civilians"), as a character span. */
  of: [number, number] | null;
  /** The word that typed it ("died", "hostage"), for the rule name. */
  cue: string | null;
}

/** How far (in tokens) a casualty word may stand after the number, and before it. */
const AFTER_WINDOW = 12;
const BEFORE_WINDOW = 4;

export function typeNumber(text: string, n: NumberFound, toks: readonly Tok[], sentenceStart: number): Typed {
  const after = text.slice(n.end, n.end + 40);
  const before = text.slice(Math.max(sentenceStart, n.start - 12), n.start);
  const unit = (kind: QuantityKind, u: string | null): Typed => ({ kind, unit: u, of: null, cue: null });
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after.trimStart())) return unit('money', /£/.test(before) ? 'GBP' : /\$/.test(before) ? 'USD' : /€/.test(before) ? 'EUR' : after.trimStart().split(/\s/)[0]!.toLowerCase());
  if (AGE.test(after) || /\b(aged|age of)\s*$/i.test(before)) return unit('age', 'years');
  if (STOREYS.test(after.trimStart()) || STOREYS.test(after)) return unit('other', 'storeys');
  if (DISTANCE_UNITS.test(after.trimStart())) return unit('distance', after.trimStart().split(/[\s,.]/)[0]!.toLowerCase());
  if (VOTES.test(after.trimStart())) return unit('votes', 'votes');
  if (PERCENT.test(after)) return unit('other', 'percent');
  if (TIME_UNITS.test(after.trimStart()) || /^:\d\d/.test(after)) return unit('other', after.trimStart().split(/[\s,.]/)[0]!.toLowerCase());
  const raw = text.slice(n.core[0], n.core[1]);
  if (/^\d{4}$/.test(raw) && n.value !== null && n.value >= 1800 && n.value <= 2100) return unit('year', null);
  // "Rafael Muñoz Pérez, 27, and Ángel Davilla-Rivas, 22, were ...": a number set off after a name is an age.
  if (NAME_BEFORE.test(before) && /^\s*(,|\)|and\b|[.;])/.test(after)) return unit('age', 'years');
  const first = toks.findIndex((t) => t.start >= n.core[1]);
  const from = first < 0 ? toks.length : first;
  let head = countedNoun(toks, from);
  // "two trains of troops", "groups of protesters": what the container carries.
  if (head && CONTAINERS.has(toks[head[1] - 1]!.w) && toks[head[1]]?.w === 'of') head = countedNoun(toks, head[1]) ?? head;
  // "around 500 people hostage": the counted noun is the first person word of the run, if any.
  const personAt = head ? toks.slice(head[0], head[1]).findIndex((t, j) => isPeople(t, head![0] + j === 0)) : -1;
  const headEnd = head ? (personAt >= 0 ? head[0] + personAt + 1 : head[1]) : 0;
  const headWord = head ? toks[headEnd - 1]!.w : null;
  const of: [number, number] | null = head ? [toks[head[0]]!.start, toks[headEnd - 1]!.end] : null;
  if (headWord === null || personAt >= 0) {
    const found = casualtyWord(toks, from, n.start);
    if (found) return { kind: found.kind, unit: null, of, cue: found.word };
    if (headWord && VICTIMS.has(headWord)) return { kind: 'killed', unit: null, of, cue: headWord };
    const noun = headWord ?? elidedPeople(toks, toks.findIndex((t) => t.start >= n.start));
    const kind = peopleKind(toks, from, noun);
    if (kind) return { kind, unit: null, of, cue: noun ?? kind };
  }
  const military = headWord === 'vehicles' && of !== null && MILITARY_VEHICLE.test(text.slice(of[0], of[1]));
  if (headWord && (MUNITIONS.has(headWord) || military)) return { kind: 'munitions', unit: headWord, of, cue: headWord };
  if (headWord && BUILDINGS.has(headWord) && windowText(toks, first, AFTER_WINDOW).some((w) => BUILDING_DAMAGE.some((d) => w.startsWith(d)))) return { kind: 'buildings', unit: headWord, of, cue: headWord };
  return { kind: 'other', unit: headWord, of, cue: null };
}

/** A capitalized word and a comma right before a number: "Pérez, 27," (an age after a name). */
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]+,\s*$/u;

/** The noun phrase right after the number ("Russian troops" in "hundreds of Russian troops"), as
 * token indexes `[start, end)`; null when a verb or punctuation follows (an elliptic count). */
function countedNoun(toks: readonly Tok[], k: number): [number, number] | null {
  if (toks[k]?.w === 'of' && toks[k + 1]?.w !== 'the') k++;
  const start = k;
  let last = -1;
  while (k < toks.length && k - start < 5) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') last = k;
    else if (t.pos !== 'ADJ' && !(t.pos === 'VERB' && /ed$/.test(t.w) && last < 0 && toks[k + 1]?.pos === 'NOUN')) break;
    k++;
  }
  if (last < 0) return toks[start]?.w === 'dead' || toks[start]?.w === 'wounded' ? [start, start + 1] : null;
  return [start, last + 1];
}

/** The nearest casualty word: after the number in its clause, else just before it. */
function casualtyWord(toks: readonly Tok[], from: number, numberStart: number): { kind: QuantityKind; word: string } | null {
  for (let k = from; k < toks.length && k - from < AFTER_WINDOW; k++) {
    const t = toks[k]!;
    if (k > from && (t.text === ';' || (t.w === 'and' && toks[k + 1]?.pos === 'NUM'))) break;
    // "... came on the day of the amnesty for detained protesters": a participle before people of its own.
    if (k > from && toks[k + 1] && isPeople(toks[k + 1]!, false)) continue;
    const kind = kindOf(toks, k);
    if (kind) return { kind, word: t.w };
  }
  const at = toks.findIndex((t) => t.start >= numberStart);
  for (let k = at - 1; k >= 0 && at - k <= BEFORE_WINDOW; k--) {
    const kind = kindOf(toks, k);
    if (kind) return { kind, word: toks[k]!.w };
  }
  return null;
}

/** A kind word used as a modifier names a thing, not what happened: "refugee scheme", "death penalty". */
const MODIFIED = /^(scheme|schemes|programme|program|camp|camps|agency|crisis|status|policy|visa|visas|penalty|threats?|sentence|row|warrants?)$/;

function kindOf(toks: readonly Tok[], k: number): QuantityKind | null {
  const w = toks[k]!.w;
  if (MODIFIED.test(toks[k + 1]?.w ?? '')) return null;
  const two = `${w} ${toks[k + 1]?.w ?? ''}`;
  const three = `${two} ${toks[k + 2]?.w ?? ''}`;
  for (const [kind, words] of KIND_WORDS) {
    if (words.some((x) => (x.includes(' ') ? three.startsWith(x.trim()) || two.startsWith(x.trim()) : w.startsWith(x)))) return kind as QuantityKind;
  }
  return null;
}

const windowText = (toks: readonly Tok[], from: number, n: number) => toks.slice(Math.max(0, from), from + n).map((t) => t.w);
