/**
 * Organizations, places and other names within an article: one cluster per place the places stage
 * resolved them to ("US" and "United States"; "Russian Federation" and "Russia"), else per name; then
 * an acronym to the organization it abbreviates ("UN" → "United Nations", "MoD" → "UK Ministry of
 * Defence"), a name to the longer one it ends ("Ministry of Defence" → "UK Ministry of Defence"), and a
 * capital that stands for its country's government ("Moscow has provided no details") to that country.
 */
import { LOCATIVE_WORDS, POLITICAL_NOUNS } from '../lexicon/linking.js';
import type { LinkState, Member, PlaceRef } from './clusters.js';
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
  /** The name keys among each cluster's members: a member's key is looked up, not every member read again. */
  const keysOf = new Map<number, Set<string>>();
  state.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type === 'PER') return;
    const place = m.type === 'LOC' ? state.placeOf(i) : null;
    const own = nameKey(bare(state.text(i)));
    const key = place ? placeKey(place) ?? `${m.type}:${own}` : `${m.type}:${own}`;
    const c = byKey.get(key);
    if (c === undefined) {
      const made = state.newCluster(m.type, { mention: i, rule: 'first', confidence: 1 }, { place });
      byKey.set(key, made);
      keysOf.set(made, new Set([own]));
    } else {
      const keys = keysOf.get(c)!;
      const same = keys.has(own);
      keys.add(own);
      state.join(c, { mention: i, rule: same ? 'same-name' : 'same-place', confidence: same ? 0.98 : 0.9 });
    }
  });
  const names = new ClusterNames(state);
  linkAcronyms(state, names);
  linkQualified(state, names);
  linkCapitals(state, capitalOf);
}

/** One key a resolved place: its GeoNames id, or for a country or division (no GeoNames id in the
 * gazetteer) its code, country and name. */
function placeKey(p: PlaceRef): string | null {
  if (p.geonameid) return `geo:${p.geonameid}`;
  return p.name && p.featureType ? `place:${p.featureType}:${p.country ?? ''}:${p.name}` : null;
}

const clusterName = (state: LinkState, c: number) => state.clusters[c]!.members.map((m) => bare(state.text(m.mention))).sort((a, b) => b.length - a.length)[0] ?? '';

const push = (map: Map<string, number[]>, key: string, c: number) => {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
};

/** `clusterName` of each cluster, computed once and again only after a merge changed its members. */
class ClusterNames {
  private readonly cache = new Map<number, string>();
  constructor(private readonly state: LinkState) {}
  of(c: number): string {
    let name = this.cache.get(c);
    if (name === undefined) this.cache.set(c, (name = clusterName(this.state, c)));
    return name;
  }
  merge(to: number, from: number, rule: string, confidence: number): void {
    this.state.merge(to, from, rule, confidence);
    this.cache.delete(to);
    this.cache.delete(from);
  }
}

function linkAcronyms(state: LinkState, names: ClusterNames): void {
  const orgs = state.live().filter((c) => state.clusters[c]!.type === 'ORG');
  // Each cluster's acronyms once (clusterName sorts its members): not once a pair of clusters; and the
  // clusters by acronym, so that an acronym reads the clusters it may stand for, not every one.
  const byAcronym = new Map<string, number[]>();
  for (const o of orgs) for (const a of new Set(acronymsOf(names.of(o)))) push(byAcronym, a, o);
  for (const c of orgs) {
    const name = names.of(c);
    if (/\s/.test(name) || name.length > 8) continue;
    const letters = acronymLetters(name);
    if (letters === null) continue;
    const full = (byAcronym.get(letters) ?? []).filter((o) => o !== c && state.clusters[o]!.mergedInto === null);
    if (full.length === 1) names.merge(full[0]!, c, 'acronym', 0.85);
  }
}

/** "Ministry of Defence" after "UK Ministry of Defence": the longer name with a qualifier in front. */
function linkQualified(state: LinkState, names: ClusterNames): void {
  const orgs = state.live().filter((c) => state.clusters[c]!.type === 'ORG');
  // Clusters by the word-final parts of their names ("Ministry of Defence", "of Defence", "Defence" for
  // "UK Ministry of Defence"): a name reads the clusters whose name ends with it, not every one. A merge
  // here moves a shorter name into a longer one, so no name listed changes on the way.
  const bySuffix = new Map<string, number[]>();
  for (const o of orgs) {
    const name = names.of(o);
    const seen = new Set<string>();
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
      const suffix = name.slice(at + 1);
      if (!seen.has(suffix)) (seen.add(suffix), push(bySuffix, suffix, o));
    }
  }
  for (const c of orgs) {
    const name = names.of(c);
    if (!/\s/.test(name)) continue;
    const longer = (bySuffix.get(name) ?? []).filter((o) => o !== c && state.clusters[o]!.mergedInto === null && names.of(o).endsWith(` ${name}`) && names.of(o).split(' ').length <= name.split(' ').length + 2);
    if (longer.length === 1) names.merge(longer[0]!, c, 'qualifier', 0.8);
  }
}

function linkCapitals(state: LinkState, capitalOf: CapitalOf): void {
  const countries = new Map<string, number>();
  for (const c of state.live()) {
    const p = state.clusters[c]!.place;
    if (p?.featureType && COUNTRY_CODE.test(p.featureType) && p.country) countries.set(p.country, c);
  }
  const moves: Array<{ cluster: number; member: Member }> = [];
  state.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type !== 'LOC') return;
    const p = state.placeOf(i);
    if (p?.featureType && COUNTRY_CODE.test(p.featureType)) return;
    // The capital the places stage chose, else a capital of that name ("Washington" read as the state).
    const codes = p?.featureType === CAPITAL_CODE && p.country ? [p.country] : capitalOf(bare(state.text(i)));
    const found = codes.map((cc) => countries.get(cc)).filter((c) => c !== undefined);
    if (found.length !== 1 || !governmentContext(state.view, m.start, m.end)) return;
    moves.push({ cluster: found[0]!, member: { mention: i, rule: 'capital-metonym', confidence: METONYM_CONFIDENCE } });
  });
  // All at once: the city's cluster is filtered once, not once a mention that leaves it.
  state.moveAll(moves);
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
