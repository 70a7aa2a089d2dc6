/**
 * Person names within an article: full names first (one cluster per given name + surname, spelling
 * variants folded: "Vitaly" / "Vitali Klitschko"), then one-word names, each to the person whose
 * surname it is (the nearest one before it when two share a surname, else the first after), then to the
 * person whose given name it is, else a person of its own. Titles in or before the name ("Mayor",
 * "Turkish President") are kept as the person's roles, and honorifics tell a gender.
 */
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../lexicon/linking.js';
import type { LinkState } from './clusters.js';
import { foldName, givenCompatible, nameKey, personName, type PersonName } from './names.js';
import { titleBefore } from './roles.js';

/** Confidence of linking a surname when one person in the article has it, and when several do. */
const SURNAME_CONFIDENCE = { unique: 0.9, shared: 0.7 };

export function linkPersons(state: LinkState): void {
  const persons = state.mentions.map((m, i) => (m.type === 'PER' && m.kind === 'name' ? i : -1)).filter((i) => i >= 0);
  const names = new Map<number, PersonName>(persons.map((i) => [i, personName(state.text(i))]));
  const index = new PersonIndex();
  for (const i of persons.filter((i) => names.get(i)!.given.length > 0)) linkFullName(state, i, names.get(i)!, index);
  const titled = (i: number) => names.get(i)!.titles.length > 0 || titleBefore(state.view, state.mentions[i]!.start, []) !== null;
  index.indexGiven(state);
  for (const i of persons.filter((i) => names.get(i)!.given.length === 0)) linkOneWord(state, i, names.get(i)!, titled(i), index);
  for (const i of persons) noteTitles(state, i, names.get(i)!);
}

/**
 * The person clusters by the keys the linkers look them up by, each list in cluster order (the order
 * `state.live()` gives): a lookup reads the clusters of one name, not every cluster of the article (a
 * long article with many people was quadratic). Only this stage makes person clusters, and it neither
 * merges nor empties them, so every cluster listed is live.
 */
class PersonIndex {
  /** Full-name clusters (given names and a surname) by folded surname. */
  readonly bySurname = new Map<string, number[]>();
  /** Full-name clusters by each folded given name, built once the full names are all linked. */
  readonly byGiven = new Map<string, number[]>();
  /** One-word clusters (no given name) by the name key of their surname. */
  readonly alone = new Map<string, number>();

  indexGiven(state: LinkState): void {
    for (const list of this.bySurname.values()) for (const c of list) for (const g of new Set(state.clusters[c]!.given.map(foldName))) push(this.byGiven, g, c);
    for (const list of this.byGiven.values()) list.sort((a, b) => a - b);
  }
}

const push = (map: Map<string, number[]>, key: string, c: number) => {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
};

function linkFullName(state: LinkState, i: number, pn: PersonName, index: PersonIndex): void {
  const surname = foldName(pn.surname!);
  const same = (index.bySurname.get(surname) ?? []).find((c) => givenCompatible(state.clusters[c]!.given, pn.given));
  if (same === undefined) {
    push(index.bySurname, surname, state.newCluster('PER', { mention: i, rule: 'first', confidence: 1 }, { given: pn.given, surname: pn.surname }));
    return;
  }
  const cl = state.clusters[same]!;
  const exact = cl.given.join(' ') === pn.given.join(' ') && cl.surname === pn.surname;
  state.join(same, { mention: i, rule: exact ? 'same-name' : 'spelling', confidence: exact ? 0.98 : 0.9 });
  if (pn.given.length > cl.given.length) cl.given = pn.given;
}

function linkOneWord(state: LinkState, i: number, pn: PersonName, titled: boolean, index: PersonIndex): void {
  const key = foldName(pn.surname ?? pn.name);
  const bySurname = index.bySurname.get(key) ?? [];
  const start = state.mentions[i]!.start;
  if (bySurname.length) {
    const c = state.nearest(bySurname, start)!;
    state.join(c, { mention: i, rule: titled ? 'title-surname' : 'surname', confidence: bySurname.length === 1 ? SURNAME_CONFIDENCE.unique : SURNAME_CONFIDENCE.shared });
    return;
  }
  const byGiven = index.byGiven.get(key) ?? [];
  if (byGiven.length === 1) {
    state.join(byGiven[0]!, { mention: i, rule: 'given-name', confidence: 0.7 });
    return;
  }
  const alone = index.alone.get(key);
  if (alone !== undefined) state.join(alone, { mention: i, rule: titled ? 'title-surname' : 'same-name', confidence: 0.9 });
  else {
    const c = state.newCluster('PER', { mention: i, rule: 'first', confidence: 1 }, { surname: pn.surname });
    const own = nameKey(pn.surname ?? '');
    if (!index.alone.has(own)) index.alone.set(own, c);
  }
}

/** Roles from the titles in and before the mention; the titled form as an alias; gender from honorifics. */
function noteTitles(state: LinkState, i: number, pn: PersonName): void {
  const c = state.clusterOf.get(i);
  if (c === undefined) return;
  const cl = state.clusters[c]!;
  const m = state.mentions[i]!;
  const role = titleBefore(state.view, m.start, pn.titles);
  const honorifics = [...pn.titles, ...(role ? role.text.split(' ') : [])].map((w) => w.toLowerCase());
  if (honorifics.some((w) => MALE_HONORIFICS.has(w))) cl.gender = 'male';
  if (honorifics.some((w) => FEMALE_HONORIFICS.has(w))) cl.gender = 'female';
  if (!role) return;
  cl.roles.push(role);
  if (role.start < m.start) {
    const form = state.view.text.slice(role.start, m.end);
    if (!cl.forms.has(form)) cl.forms.set(form, { rule: 'title-name', confidence: 0.95 });
  }
}
