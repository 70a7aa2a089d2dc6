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

/** Confidence of a description linked by appositive, by a role of the same place, by a role of no stated place. */
const CONFIDENCE = { appositive: 0.9, same: 0.8, open: 0.65, kin: 0.85, kinSurname: 0.7 };
const APPOSITION = /^\s*,\s*$/;

export function linkDescriptions(state: LinkState): void {
  const roles = roleDescriptions(state.view).filter((r) => !insideName(state, r));
  const pending: Role[] = [];
  for (const r of roles) {
    const c = appositiveOf(state, r);
    if (c === null) pending.push(r);
    else {
      state.clusters[c]!.roles.push(r);
      addRole(state, r, c, 'role-appositive', CONFIDENCE.appositive);
    }
  }
  for (const r of pending) {
    const holders = state.live().filter((c) => state.clusters[c]!.type === 'PER');
    const fits = (level: 'same' | 'open') => holders.filter((c) => {
      const held = state.clusters[c]!.roles.filter((h) => titlesFit(r.title, h.title));
      return held.length > 0 && held.some((h) => qualifiersFit(r.qualifier, h.qualifier) === level) && !held.every((h) => qualifiersFit(r.qualifier, h.qualifier) === 'clash');
    });
    const same = fits('same');
    const candidates = same.length ? same : fits('open');
    if (!candidates.length) continue;
    const c = state.nearest(candidates, r.start)!;
    const confidence = (same.length ? CONFIDENCE.same : CONFIDENCE.open) - (candidates.length > 1 ? 0.1 : 0);
    addRole(state, r, c, 'role-title', confidence);
  }
  linkKin(state);
}

function insideName(state: LinkState, r: Role): boolean {
  return state.mentions.some((m) => m.kind === 'name' && m.type === 'PER' && m.start < r.end && r.start < m.end);
}

/** The person a description is in apposition with: a person's name right after it, or right before it. */
function appositiveOf(state: LinkState, r: Role): number | null {
  const text = state.view.text;
  for (const [i, m] of state.mentions.entries()) {
    if (m.kind !== 'name' || m.type !== 'PER') continue;
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
    const before = people.filter((o) => state.clusters[o]!.members.some((x) => state.mentions[x.mention]!.start < start));
    const owner = before.length ? state.nearest(before, start) : null;
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
