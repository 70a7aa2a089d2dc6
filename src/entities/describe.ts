/**
 * Role descriptions to the people they stand for. An appositive gives the role ("the mayor of Kyiv,
 * Vitaly Klitschko"; "Vitali Klitschko, the mayor of Kyiv,"); any other description goes to the person
 * the article gave a fitting role ("the Ukrainian president" → "President Zelenskyy", not "Turkish
 * President Erdogan"), the nearest before it, else the first after (a lede names the role before the
 * person). A kinship appositive ("His brother, Wladimir,") makes a role mention of the kin phrase, and
 * a brother or son with one name takes the family name of the person "his" refers to, marked inferred.
 */
import { KIN_NOUNS } from '../lexicon/linking.js';
import type { LinkState } from './clusters.js';
import { roleDescriptions, roleLabel, titlesFit, qualifiersFit, type Role } from './roles.js';
import { tokenAt } from './view.js';
import { partitionPoint } from '../sorted.js';

/** Confidence of a description linked by appositive, by a role of the same place, by a role of no stated place. */
const CONFIDENCE = { appositive: 0.9, same: 0.8, open: 0.65, kin: 0.85, kinSurname: 0.7 };
const APPOSITION = /^\s*,\s*$/;

export function linkDescriptions(state: LinkState): void {
  const people = new PersonNames(state);
  const roles = roleDescriptions(state.view).filter((r) => !people.overlaps(r));
  const pending: Role[] = [];
  for (const r of roles) {
    const c = appositiveOf(state, people, r);
    if (c === null) pending.push(r);
    else {
      state.clusters[c]!.roles.push(r);
      addRole(state, r, c, 'role-appositive', CONFIDENCE.appositive);
    }
  }
  // From here on no cluster gains or loses a role or its liveness (a description only adds a mention):
  // the holders, and the candidates of each title and qualifier, are found once, not once a description.
  const holders = state.live().filter((c) => state.clusters[c]!.type === 'PER');
  const found = new Map<string, { same: number; candidates: number[] }>();
  for (const r of pending) {
    const key = `${r.title}\u0000${r.qualifier ?? '\u0000'}`;
    let hit = found.get(key);
    if (!hit) {
      const fits = (level: 'same' | 'open') => holders.filter((c) => {
        const held = state.clusters[c]!.roles.filter((h) => titlesFit(r.title, h.title));
        return held.length > 0 && held.some((h) => qualifiersFit(r.qualifier, h.qualifier) === level) && !held.every((h) => qualifiersFit(r.qualifier, h.qualifier) === 'clash');
      });
      const same = fits('same');
      hit = { same: same.length, candidates: same.length ? same : fits('open') };
      found.set(key, hit);
    }
    const { candidates } = hit;
    if (!candidates.length) continue;
    const c = state.nearest(candidates, r.start)!;
    const confidence = (hit.same ? CONFIDENCE.same : CONFIDENCE.open) - (candidates.length > 1 ? 0.1 : 0);
    addRole(state, r, c, 'role-title', confidence);
  }
  linkKin(state);
}

/**
 * The tagger's person names in the order of their starts and of their ends, for the two questions asked
 * of them a description: does a name overlap it, and which name stands right before or after it. Each is
 * a binary search (they were a look at every mention, which made a long article quadratic).
 */
class PersonNames {
  /** Mention indexes by start, and the largest end among the first k of them. */
  private readonly byStart: number[];
  private readonly maxEnd: number[];
  private readonly byEnd: number[];

  constructor(private readonly state: LinkState) {
    const persons = state.mentions.map((m, i) => (m.kind === 'name' && m.type === 'PER' ? i : -1)).filter((i) => i >= 0);
    const at = (i: number) => state.mentions[i]!;
    this.byStart = [...persons].sort((a, b) => at(a).start - at(b).start || a - b);
    this.byEnd = [...persons].sort((a, b) => at(a).end - at(b).end || a - b);
    let max = -Infinity;
    this.maxEnd = this.byStart.map((i) => (max = Math.max(max, at(i).end)));
  }

  /** Whether a person's name overlaps the description. */
  overlaps(r: Role): boolean {
    const k = this.count(this.byStart, (i) => this.state.mentions[i]!.start < r.end);
    return k > 0 && this.maxEnd[k - 1]! > r.start;
  }

  /** Names whose start (or end) lies in `[lo, hi]`. */
  startingIn(lo: number, hi: number): number[] {
    return this.range(this.byStart, (i) => this.state.mentions[i]!.start, lo, hi);
  }

  endingIn(lo: number, hi: number): number[] {
    return this.range(this.byEnd, (i) => this.state.mentions[i]!.end, lo, hi);
  }

  private range(list: readonly number[], key: (i: number) => number, lo: number, hi: number): number[] {
    const from = this.count(list, (i) => key(i) < lo);
    const to = this.count(list, (i) => key(i) <= hi);
    return list.slice(from, to);
  }

  /** How many items of `list` from its start satisfy `below` (a prefix, by the list's order). */
  private count(list: readonly number[], below: (i: number) => boolean): number {
    const lo = partitionPoint(list.length, (mid) => below(list[mid]!));
    return lo;
  }
}

/** The person a description is in apposition with: a person's name right after it, or right before it
 * (only a comma and spaces between them); the first such name of the article's mentions. */
function appositiveOf(state: LinkState, people: PersonNames, r: Role): number | null {
  const text = state.view.text;
  const candidates: number[] = [];
  // After: spaces, a comma, spaces, then the name; a name may start anywhere past the comma up to there.
  let q = r.end;
  while (q < text.length && /\s/.test(text[q]!)) q++;
  if (text[q] === ',') {
    const comma = q++;
    while (q < text.length && /\s/.test(text[q]!)) q++;
    candidates.push(...people.startingIn(comma + 1, q));
  }
  // Before: the name, spaces, a comma, spaces.
  let p = r.start;
  while (p > 0 && /\s/.test(text[p - 1]!)) p--;
  if (text[p - 1] === ',') {
    const comma = --p;
    while (p > 0 && /\s/.test(text[p - 1]!)) p--;
    candidates.push(...people.endingIn(p, comma));
  }
  for (const i of candidates.sort((a, b) => a - b)) {
    const m = state.mentions[i]!;
    const between = m.start >= r.end ? text.slice(r.end, m.start) : m.end <= r.start ? text.slice(m.end, r.start) : null;
    if (between !== null && APPOSITION.test(between)) return state.clusterOf.get(i) ?? null;
  }
  return null;
}

function addRole(state: LinkState, r: Role, c: number, rule: string, confidence: number): void {
  const k = tokenAt(state.view, r.start);
  state.addMention({ start: r.start, end: r.end, sentence: state.view.sentenceOf[k] ?? 0, type: 'PER', fine: null, kind: 'role', rule: `link:${rule}`, confidence }, c, rule, confidence);
}

const KIN = new RegExp(String.raw`\b(his|her|their)\s+(${[...KIN_NOUNS.keys()].join('|')}),?\s+$`, 'i');

function linkKin(state: LinkState): void {
  const text = state.view.text;
  state.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type !== 'PER') return;
    const hit = KIN.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const c = state.clusterOf.get(i);
    if (!hit || c === undefined) return;
    const start = m.start - hit[0].length;
    const end = start + hit[0].replace(/,?\s+$/, '').length;
    const kin = KIN_NOUNS.get(hit[2]!.toLowerCase())!;
    const possessive = hit[1]!.toLowerCase();
    const people = state.live().filter((o) => o !== c && state.clusters[o]!.type === 'PER' && (possessive !== 'his' || state.clusters[o]!.gender !== 'female') && (possessive !== 'her' || state.clusters[o]!.gender !== 'male'));
    const owner = state.nearestBefore(people, start);
    const cl = state.clusters[c]!;
    if (kin.gender !== 'unknown') cl.gender = kin.gender;
    state.addMention({ start, end, sentence: m.sentence, type: 'PER', fine: null, kind: 'role', rule: 'link:kin-appositive', confidence: CONFIDENCE.kin }, c, 'kin-appositive', CONFIDENCE.kin);
    if (owner === null) return;
    const o = state.clusters[owner]!;
    const ownerName = [...o.given, o.surname].filter(Boolean).join(' ');
    cl.labels.push(`${hit[2]!.toLowerCase()} of ${ownerName}`);
    if (kin.surname && cl.given.length === 0 && cl.surname && o.surname && o.given.length > 0 && cl.surname !== o.surname) {
      cl.inferred = { name: `${cl.surname} ${o.surname}`, rule: 'kin-surname', confidence: CONFIDENCE.kinSurname };
    }
  });
}

export { roleLabel };
