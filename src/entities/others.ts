/**
 * Organizations, places and other names within an article: one cluster per place the places stage
 * resolved them to ("US" and "United States"; "Russian Federation" and "Russia"), else per name; then
 * an acronym to the organization it abbreviates ("UN" → "United Nations", "MoD" → "UK Ministry of
 * Defence"), a name to the longer one it ends ("Ministry of Defence" → "UK Ministry of Defence"), and a
 * capital that stands for its country's government ("Moscow has provided no details") to that country.
 */
import { LOCATIVE_WORDS, POLITICAL_NOUNS } from '../lexicon/linking.js';
import type { LinkState, PlaceRef } from './clusters.js';
import { acronymLetters, acronymsOf, nameKey } from './names.js';
import { tokenAt, type DocView } from './view.js';

const CAPITAL_CODE = 'PPLC';
const COUNTRY_CODE = /^PCL/;
/** Confidence of a capital standing for its country: the context rule is right most of the time, not always. */
const METONYM_CONFIDENCE = 0.75;
/** Tokens after a subject within which its verb must come ("Washington and his allies argued"). */
const VERB_WINDOW = 5;

const bare = (s: string) => s.replace(/^(?:the|The)\s+/, '').replace(/['’]s$/, '');

/** The countries (ISO codes) whose capital has this name. */
export type CapitalOf = (name: string) => string[];

export function linkOthers(state: LinkState, capitalOf: CapitalOf): void {
  const byKey = new Map<string, number>();
  state.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type === 'PER') return;
    const place = m.type === 'LOC' ? state.placeOf(i) : null;
    const key = place ? placeKey(place) ?? `${m.type}:${nameKey(bare(state.text(i)))}` : `${m.type}:${nameKey(bare(state.text(i)))}`;
    const c = byKey.get(key);
    if (c === undefined) byKey.set(key, state.newCluster(m.type, { mention: i, rule: 'first', confidence: 1 }, { place }));
    else {
      const same = state.clusters[c]!.members.some((x) => nameKey(bare(state.text(x.mention))) === nameKey(bare(state.text(i))));
      state.join(c, { mention: i, rule: same ? 'same-name' : 'same-place', confidence: same ? 0.98 : 0.9 });
    }
  });
  linkAcronyms(state);
  linkQualified(state);
  linkCapitals(state, capitalOf);
}

/** One key a resolved place: its GeoNames id, or for a country or division (no GeoNames id in the
 * gazetteer) its code, country and name. */
function placeKey(p: PlaceRef): string | null {
  if (p.geonameid) return `geo:${p.geonameid}`;
  return p.name && p.featureType ? `place:${p.featureType}:${p.country ?? ''}:${p.name}` : null;
}

const clusterName = (state: LinkState, c: number) => state.clusters[c]!.members.map((m) => bare(state.text(m.mention))).sort((a, b) => b.length - a.length)[0] ?? '';

function linkAcronyms(state: LinkState): void {
  const orgs = state.live().filter((c) => state.clusters[c]!.type === 'ORG');
  // Each cluster's acronyms once (clusterName sorts its members): not once a pair of clusters.
  const acronyms = new Map(orgs.map((o) => [o, acronymsOf(clusterName(state, o))]));
  for (const c of orgs) {
    const name = clusterName(state, c);
    if (/\s/.test(name) || name.length > 8) continue;
    const letters = acronymLetters(name);
    if (letters === null) continue;
    const full = orgs.filter((o) => o !== c && state.clusters[o]!.mergedInto === null && acronyms.get(o)!.includes(letters));
    if (full.length === 1) state.merge(full[0]!, c, 'acronym', 0.85);
  }
}

/** "Ministry of Defence" after "UK Ministry of Defence": the longer name with a qualifier in front. */
function linkQualified(state: LinkState): void {
  const orgs = state.live().filter((c) => state.clusters[c]!.type === 'ORG');
  for (const c of orgs) {
    const name = clusterName(state, c);
    if (!/\s/.test(name)) continue;
    const longer = orgs.filter((o) => o !== c && state.clusters[o]!.mergedInto === null && clusterName(state, o).endsWith(` ${name}`) && clusterName(state, o).split(' ').length <= name.split(' ').length + 2);
    if (longer.length === 1) state.merge(longer[0]!, c, 'qualifier', 0.8);
  }
}

function linkCapitals(state: LinkState, capitalOf: CapitalOf): void {
  const countries = new Map<string, number>();
  for (const c of state.live()) {
    const p = state.clusters[c]!.place;
    if (p?.featureType && COUNTRY_CODE.test(p.featureType) && p.country) countries.set(p.country, c);
  }
  state.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type !== 'LOC') return;
    const p = state.placeOf(i);
    if (p?.featureType && COUNTRY_CODE.test(p.featureType)) return;
    // The capital the places stage chose, else a capital of that name ("Washington" read as the state).
    const codes = p?.featureType === CAPITAL_CODE && p.country ? [p.country] : capitalOf(bare(state.text(i)));
    const found = codes.map((cc) => countries.get(cc)).filter((c) => c !== undefined);
    if (found.length !== 1 || !governmentContext(state.view, m.start, m.end)) return;
    const country = found[0]!;
    state.join(country, { mention: i, rule: 'capital-metonym', confidence: METONYM_CONFIDENCE });
  });
}

/**
 * Whether a capital's name stands for its government here: the subject of a clause (at its start, its
 * verb soon after), a possessor of a political noun ("Moscow's influence"), or the complement of one
 * ("the plan of Moscow"). A place word before it ("in", "near", "downtown") keeps it a place.
 */
export function governmentContext(view: DocView, start: number, end: number): boolean {
  const k = tokenAt(view, start);
  const sentence = view.sentenceOf[k] ?? 0;
  const first = view.sentences[sentence]?.tokens[0] ?? 0;
  const last = view.sentences[sentence]?.tokens[1] ?? view.tokens.length;
  const prev = k > first ? view.lower[k - 1]! : null;
  const next = tokenAt(view, end);
  if (prev === 'of') return k - 2 >= first && POLITICAL_NOUNS.has(view.lower[k - 2]!);
  if (prev !== null && LOCATIVE_WORDS.has(prev)) return false;
  if (next < last && /^['’]s$/.test(view.lower[next]!)) {
    for (let j = next + 1; j < Math.min(last, next + 4); j++) if (POLITICAL_NOUNS.has(view.lower[j]!)) return true;
    return false;
  }
  const clauseStart = prev === null || /^[,;:(—–-]$/.test(prev) || view.tokens[k - 1]![2] === 'CCONJ' || view.tokens[k - 1]![2] === 'SCONJ';
  if (!clauseStart) return false;
  for (let j = next; j < Math.min(last, next + VERB_WINDOW); j++) {
    const pos = view.tokens[j]![2];
    if (pos === 'PUNCT') return false;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}
