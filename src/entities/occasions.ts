/**
 * Events, agreements and laws named by description (`occasion`): a noun phrase headed by a word for
 * one ("the ceasefire", "the truce", "a ceasefire agreement", "the referendums", "an amnesty law",
 * "the anti-protest legislation", "the association agreement", "the presidential election", "a summit in
 * Vilnius", "last winter's revolution") is a MISC description mention, and the article's mentions of one
 * kind are one entity: a ceasefire is one thing an article reports, so "a ceasefire agreement", "the
 * ceasefire" and "the truce" are one. Where the article names two of a kind by their modifiers ("the
 * amnesty" and "the anti-protest legislation"), each modifier is one entity, and a bare mention ("the
 * law") joins the mention of its kind nearest before it.
 *
 * Precision first: the phrase must open with a determiner, a possessive or a name ("Crimea
 * referendum"), or open its sentence; a noun right after the head takes the head over ("the election
 * campaign" is a campaign); a head inside a name ("Minsk Protocol", "Munich Security Conference") is
 * left to that name; "a news conference", "a great deal" are no events, and a kind the article only
 * introduces ("to secure a deal", "any war ends with an agreement") is no one occasion it reports. Wars, conflicts, crises and
 * operations are not taken: articles call many things so, and the dev gold lists few of them.
 */
import type { LinkState } from './clusters.js';
import { tokenAt } from './view.js';
import { partitionPoint, spanOverlapTest } from '../sorted.js';

/** Head words and the kind of occasion each names; plurals are read as the singular. */
const HEADS: ReadonlyMap<string, string> = new Map([
  ['ceasefire', 'ceasefire'], ['cease-fire', 'ceasefire'], ['truce', 'ceasefire'], ['armistice', 'ceasefire'],
  ['agreement', 'agreement'], ['deal', 'agreement'], ['accord', 'agreement'], ['treaty', 'agreement'], ['pact', 'agreement'], ['memorandum', 'agreement'], ['protocol', 'agreement'],
  ['referendum', 'referendum'], ['plebiscite', 'referendum'],
  ['law', 'law'], ['legislation', 'law'], ['amnesty', 'law'],
  ['election', 'election'], ['summit', 'summit'], ['conference', 'conference'],
  ['revolution', 'revolution'], ['uprising', 'revolution'],
]);
/** Kinds named by one word whose head is itself what tells two apart ("the amnesty" and "the legislation"). */
const SELF_KEYED = new Set(['amnesty']);
/** Modifiers that say nothing of which one it is. */
const GENERIC = new Set(['planned', 'new', 'proposed', 'last', 'first', 'second', 'next', 'recent', 'current', 'latest', 'possible', 'so-called', 'controversial', 'fragile', 'previous', 'upcoming', 'whole', 'final', 'full', 'same', 'other', 'early', 'snap', 'historic', 'landmark', 'unprecedented', 'hastily', 'disputed', 'illegal', 'new-found']);
/** Modifiers that make the phrase no occasion the article reports ("a news conference", "a great deal"). */
const NOT_OCCASION = new Set(['news', 'press', 'video', 'great', 'good', 'big', 'rule', 'common', 'martial']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);
const MAX_MODIFIERS = 4;
const CONFIDENCE = 0.6;
/** Phrases looked for again, at most (each is a pass over the text). */
const MAX_REPEATED = 16;

interface Found { start: number; end: number; sentence: number; kind: string; key: string | null; indefinite: boolean }

export function linkOccasions(state: LinkState): void {
  const { view } = state;
  const n = view.tokens.length;
  // the tagger's names by start, each with the furthest end up to it (an overlap test by binary search)
  const inName = spanOverlapTest(state.mentions.filter((m) => m.kind === 'name' || m.rule === 'link:head-noun'));
  const pos = (k: number) => view.tokens[k]![2];
  const found: Found[] = [];
  for (let k = 0; k < n; k++) {
    const w = view.lower[k]!;
    const head = HEADS.get(w) ?? (w.endsWith('s') ? HEADS.get(w.slice(0, -1)) : undefined);
    if (!head || (pos(k) !== 'NOUN' && pos(k) !== 'PROPN')) continue;
    const sentence = view.sentenceOf[k]!;
    // a noun right after takes the head over ("the election campaign", "ceasefire provisions")
    if (k + 1 < n && view.sentenceOf[k + 1] === sentence && (pos(k + 1) === 'NOUN' || HEADS.has(view.lower[k + 1]!))) continue;
    const [, end] = view.tokens[k]!;
    if (inName(view.tokens[k]![0], end)) continue;
    // the modifiers before the head, back to a determiner, a possessive or the sentence's start
    let j = k - 1;
    let left: number | null = null;
    let proper = false;
    while (j >= 0 && view.sentenceOf[j] === sentence && k - j <= MAX_MODIFIERS + 1) {
      const lw = view.lower[j]!;
      if (DETERMINERS.has(lw)) { left = j; break; }
      if (/^['’]s$/.test(lw) && j > 0 && (pos(j - 1) === 'NOUN' || pos(j - 1) === 'PROPN')) { left = j - 1; break; }
      // adjectives, nouns, numbers, names, participles ("planned"), hyphenated words ("anti-protest")
      if (!MODIFIER_POS.has(pos(j)) && !(pos(j) === 'VERB' && /ed$/.test(lw)) && !/^[\p{L}]+-[\p{L}-]+$/u.test(lw)) break;
      proper ||= pos(j) === 'PROPN';
      j--;
    }
    const first = j + 1;
    if (left === null) {
      // "Crimea referendum": a name before the head; "Ceasefire ...": the phrase opens its sentence
      const opens = first === 0 || view.sentenceOf[first - 1] !== sentence || /^[“"‘(—–:-]$/.test(view.lower[first - 1]!);
      if (proper && first < k) left = first;
      else if (opens && /^\p{Lu}/u.test(view.text.slice(view.tokens[first]![0], view.tokens[first]![1]))) left = first;
      else continue;
    }
    const modifiers = view.lower.slice(left + 1, k).filter((x, i) => !/^['’]s$/.test(x) && pos(left! + 1 + i) !== 'PROPN');
    if (modifiers.some((x) => NOT_OCCASION.has(x))) continue;
    // a modifier that is itself a head names the kind ("a ceasefire agreement" is the ceasefire)
    const kindWord = modifiers.find((x) => HEADS.has(x));
    const kind = kindWord ? HEADS.get(kindWord)! : head;
    const key = modifiers.find((x) => !HEADS.has(x) && !GENERIC.has(x) && !/^\d/.test(x)) ?? (SELF_KEYED.has(w) ? w : null);
    found.push({ start: view.tokens[left]![0], end, sentence, kind, key, indefinite: view.lower[left] === 'a' || view.lower[left] === 'an' });
  }
  // an occasion the article only ever introduces ("time is needed to secure a deal", "any war ends with
  // an agreement") is a kind of thing, not one it reports
  const all = [...found, ...repeated(state, found, inName)].sort((a, b) => a.start - b.start);
  const told = new Set(all.filter((f) => !f.indefinite).map((f) => f.kind));
  cluster(state, all.filter((f) => told.has(f.kind)));
}

/**
 * The same words again where nothing opens them ("to respect international humanitarian law" after
 * "International humanitarian law ..."): a phrase of two words or more found once is that occasion
 * wherever the article repeats it, in any case.
 */
function repeated(state: LinkState, found: readonly Found[], inName: (start: number, end: number) => boolean): Found[] {
  const { view } = state;
  const out: Found[] = [];
  const seen = new Set<string>();
  const added = new Set<number>();
  // found phrases by start, with the furthest end up to each (an overlap test by binary search)
  const overlapsFound = spanOverlapTest(found);
  const covered = (start: number, end: number) => overlapsFound(start, end) || added.has(start);
  for (const f of found) {
    const words = view.text.slice(f.start, f.end).replace(/^(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+/i, '');
    if (!/\s/.test(words) || /['’]s\s/.test(words) || seen.has(words.toLowerCase()) || seen.size >= MAX_REPEATED) continue;
    seen.add(words.toLowerCase());
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of view.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered(start, end) || inName(start, end)) continue;
      const k = tokenAt(view, start);
      out.push({ start, end, sentence: view.sentenceOf[k] ?? f.sentence, kind: f.kind, key: f.key, indefinite: f.indefinite });
      added.add(start);
    }
  }
  return out;
}

/** One entity a kind, or a modifier where an article names two of a kind apart. */
function cluster(state: LinkState, found: readonly Found[]): void {
  const byKind = new Map<string, Found[]>();
  for (const f of found) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  for (const list of byKind.values()) {
    const keys = new Set(list.map((f) => f.key).filter((k) => k !== null));
    const clusters = new Map<string, number>();
    const add = (f: Found, c: number | undefined): number => {
      const mention = { start: f.start, end: f.end, sentence: f.sentence, type: 'MISC' as const, fine: null, kind: 'description' as const, rule: 'link:occasion', confidence: CONFIDENCE };
      if (c !== undefined) return (state.addMention(mention, c, 'occasion', CONFIDENCE), c);
      state.mentions.push(mention);
      return state.newCluster('MISC', { mention: state.mentions.length - 1, rule: 'first', confidence: CONFIDENCE });
    };
    if (keys.size <= 1) {
      let c: number | undefined;
      for (const f of list) c = add(f, c);
      continue;
    }
    // each key one entity; a bare mention joins the keyed mention nearest before it (else the first)
    const keyed: Array<{ start: number; c: number }> = [];
    for (const f of list) {
      if (f.key === null) continue;
      const c = add(f, clusters.get(f.key));
      clusters.set(f.key, c);
      keyed.push({ start: f.start, c });
    }
    for (const f of list) {
      if (f.key !== null) continue;
      const k = partitionPoint(keyed.length, (mid) => keyed[mid]!.start < f.start) - 1;
      add(f, keyed[Math.max(0, k)]!.c);
    }
  }
}
