/**
 * A country's adjectives and institutions, after the other names are linked (others.ts):
 *
 * 1. `demonym`: an adjective the tagger typed MISC ("Russian", "pro-Russian", "Crimean") is a mention of
 *    the country or place it is made from when the article names it, else of no entity (see linkDemonyms).
 * 2. `institution`: a country's institution named by description — its qualifier (a demonym, a country,
 *    or a capital standing for it) and an institution noun ("Russian military", "the Ukrainian army",
 *    "Kiev authorities", "the Romanian navy") — is an organization: a description mention typed ORG
 *    (the tagger keeps "Russian" MISC, as CoNLL-2003 annotates it). It is the mention of no entity:
 *    a description is not a name, and the seeds' gold, which lists every entity an analyst extracts,
 *    has no "US government", "US intelligence" or "Ukrainian authorities" (as entities they cost the
 *    seeds' precision without MISC 0.777 → 0.712); tying one to the named institution ("Ukraine's
 *    Cabinet of Ministers") is not done yet.
 */
import type { LinkState } from './clusters.js';
import { nameKey } from './names.js';
import { tokenAt } from './view.js';

/** The countries (ISO codes) a people's adjective or plural names ("Russian" → RU); empty if none. */
export type DemonymCountry = (word: string) => string[];

/** Confidence of a people's adjective standing for its country, of an institution description. */
const CONFIDENCE = { demonym: 0.8, institution: 0.8 };

/** Institution nouns by kind: one kind is one institution of a country. */
const INSTITUTIONS: ReadonlyMap<string, string> = new Map([
  ['military', 'military'], ['army', 'military'], ['armed forces', 'military'],
  ['navy', 'navy'], ['air force', 'air force'],
  ['government', 'government'], ['authorities', 'government'], ['cabinet', 'government'],
  ['police', 'police'], ['parliament', 'parliament'],
  ['intelligence', 'intelligence'], ['military intelligence', 'intelligence'], ['secret services', 'intelligence'], ['security services', 'intelligence'],
  ['border guard', 'border guard'], ['border guards', 'border guard'], ['coast guard', 'coast guard'], ['national guard', 'national guard'],
]);
/** Words that may stand between the qualifier and the noun ("Russian regular army", "Crimean regional parliament"). */
const BETWEEN = new Set(['regional', 'regular', 'interim', 'new', 'national', 'federal', 'central', 'local', 'provisional', 'acting']);
/** Longest institution noun, in words. */
const MAX_NOUN_WORDS = 2;
const COUNTRY_CODE = /^PCL/;

/** Endings of adjectives of peoples and places ("European", "Crimean", "Baltic", "Chinese"). */
const ADJECTIVE = /(?:an|ish|ic|ese)$/;
const pro = (w: string) => w.replace(/^(?:pro|anti)[-‑]/i, '');

export function linkInstitutions(state: LinkState, demonymCountry: DemonymCountry): void {
  const countries = new Map<string, number>();
  for (const c of state.live()) {
    const p = state.clusters[c]!.place;
    if (p?.featureType && COUNTRY_CODE.test(p.featureType) && p.country && !countries.has(p.country)) countries.set(p.country, c);
  }
  linkDemonyms(state, demonymCountry, countries);
  linkDescriptions(state, demonymCountry);
}

/**
 * A MISC cluster all of whose mentions are one word used as an adjective — a people's adjective
 * ("Russian", "pro-Russian"), or a word of an adjective's ending or a "pro-"/"anti-" right before a
 * word ("European integration", "Crimean leaders", "pro-Moscow activists") — is no entity of its own: it joins the country the adjective names, or a place of the
 * article the adjective is made from ("Crimean" → "Crimea"), else it is left without an entity. A people
 * in the plural ("Russians", "Chechens") stays an entity.
 */
function linkDemonyms(state: LinkState, demonymCountry: DemonymCountry, countries: Map<string, number>): void {
  const { view } = state;
  const places = state.live().filter((c) => state.clusters[c]!.type === 'LOC').map((c) => ({ c, names: state.clusters[c]!.members.filter((m) => state.mentions[m.mention]!.kind === 'name').map((m) => state.text(m.mention)) }));
  for (const c of state.live()) {
    const cl = state.clusters[c]!;
    if (cl.type !== 'MISC') continue;
    const words = cl.members.map((m) => (state.mentions[m.mention]!.kind === 'name' ? state.text(m.mention) : ' '));
    if (words.some((w) => /\s/.test(w) || !/^\p{Lu}/u.test(pro(w)))) continue;
    const adjective = cl.members.every((m, i) => {
      const w = pro(words[i]!);
      if (/[^s]s$/.test(w)) return false; // a plural is a noun: a people ("Chechens"), or things
      if (demonymCountry(w).length > 0 || state.mentions[m.mention]!.fine === 'NORP') return true;
      // an adjective's ending, and a word after it ("European integration", "Crimean leaders"); a name
      // used so ("Eurovision song contest") keeps its entity
      const next = tokenAt(view, state.mentions[m.mention]!.end);
      return (ADJECTIVE.test(w) || w !== words[i]) && next < view.tokens.length && view.sentenceOf[next] === state.mentions[m.mention]!.sentence && /^\p{L}/u.test(view.lower[next]!);
    });
    if (!adjective) continue;
    const codes = new Set(words.flatMap((w) => demonymCountry(pro(w))));
    let target = codes.size === 1 ? countries.get([...codes][0]!) : undefined;
    if (target === undefined) {
      const stem = pro(words[0]!);
      const from = places.filter((p) => p.names.some((n) => !/\s/.test(n) && commonPrefix(n, stem) >= Math.max(4, n.length - 1) && stem.length <= n.length + 4));
      if (from.length === 1) target = from[0]!.c;
    }
    if (target !== undefined) state.merge(target, c, 'demonym', CONFIDENCE.demonym);
    else {
      for (const m of cl.members) state.clusterOf.delete(m.mention);
      cl.members = [];
    }
  }
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k]!.toLowerCase() === b[k]!.toLowerCase()) k++;
  return k;
}

function linkDescriptions(state: LinkState, demonymCountry: DemonymCountry): void {
  const { view } = state;
  const n = view.tokens.length;
  const orgAt = (start: number, end: number) => state.mentions.some((m) => m.type === 'ORG' && m.start < end && start < m.end);
  const found: Array<{ start: number; end: number; sentence: number }> = [];
  for (let k = 0; k < n; k++) {
    const noun = nounAt(view.lower, k);
    if (!noun) continue;
    const end = view.tokens[noun[1]]![1];
    let q = k - 1;
    while (q >= 0 && BETWEEN.has(view.lower[q]!) && k - q <= 2) q--;
    if (q < 0 || view.sentenceOf[q] !== view.sentenceOf[k]) continue;
    const qualifier = qualifierAt(state, q, demonymCountry);
    if (qualifier && !orgAt(view.tokens[k]![0], end)) found.push({ start: qualifier.start, end, sentence: view.sentenceOf[k] ?? 0 });
  }
  for (const f of found) state.mentions.push({ ...f, type: 'ORG', fine: null, kind: 'description', rule: 'link:institution', confidence: CONFIDENCE.institution });
}

/** The institution noun starting at token k, as [kind, last token], the longest first (the kind is
 * what a future link to the named institution would compare). */
function nounAt(lower: readonly string[], k: number): [string, number] | null {
  for (let len = MAX_NOUN_WORDS; len >= 1; len--) {
    if (k + len > lower.length) continue;
    const kind = INSTITUTIONS.get(lower.slice(k, k + len).join(' '));
    if (kind) return [kind, k + len - 1];
  }
  return null;
}

/**
 * The qualifier ending at token q: a people's adjective ("Russian"), a country or a capital the places
 * stage resolved ("Ukraine", "Kiev"), or a tagged name ending there ("Crimean"); a possessive "'s" is
 * stepped over ("Ukraine's army"). Its key is the country code where known, else the name's key.
 */
function qualifierAt(state: LinkState, q: number, demonymCountry: DemonymCountry): { start: number; key: string } | null {
  const { view } = state;
  if (/^['’]s$/.test(view.lower[q]!) && q > 0) q--;
  const [start, end] = view.tokens[q]!;
  const m = state.mentions.findIndex((x) => x.kind === 'name' && x.end === end && x.start <= start && (x.type === 'LOC' || x.type === 'MISC'));
  const word = view.text.slice(start, end);
  const codes = demonymCountry(pro(word));
  if (codes.length === 1) return { start: m >= 0 ? state.mentions[m]!.start : start, key: codes[0]! };
  if (m < 0) return null;
  const mention = state.mentions[m]!;
  const place = state.placeOf(m);
  if (place?.country && place.featureType && (COUNTRY_CODE.test(place.featureType) || place.featureType === 'PPLC')) return { start: mention.start, key: place.country };
  // a name of no known country: its own key ("Crimean")
  const k = tokenAt(view, mention.start);
  return k <= q ? { start: mention.start, key: `name:${nameKey(view.text.slice(mention.start, mention.end)).slice(0, 5)}` } : null;
}
