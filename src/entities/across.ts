/**
 * Across documents: whether an article's entity is a canonical entity the store already holds. A person
 * is the same when the surnames are one name in transliteration (Zelenskyy, Zelensky, Zelenskiy) and the
 * given names are too (Vitaly, Vitali) or one side has none; a different given name is a different
 * person whatever the surname (Wladimir and Vitali Klitschko), and a given name alone (no surname) never
 * joins anyone. A place is the same by its gazetteer key; any other name by its transliteration key or
 * as an acronym. Every decision carries its rule, its evidence and a confidence.
 */
import type { Analysis } from '../model/types.js';
import type { Entity, EntityType } from '../model/annotations.js';
import { acronymMatches, foldName, givenCompatible, nameKey, personName } from './names.js';

/** What matching knows of one entity, in one document or gathered over all of a canonical entity's documents. */
export interface EntityProfile {
  name: string;
  type: EntityType;
  /** Full names seen (given names and surname), title-stripped. */
  fullNames: string[];
  /** Surname of a person named by surname only, or one word. */
  surname: string | null;
  /** Whether the only name is a one-word name that a kinship appositive left without a family name, or a name the text does not state. */
  inferred: boolean;
  /** Every name form (mentions of kind `name`, titles stripped for persons). */
  forms: string[];
  /** Role heads ("mayor", "president"). */
  roles: string[];
  /** Gazetteer key of a resolved place. */
  place: string | null;
}

export interface Decision {
  rule: string;
  evidence: string[];
  confidence: number;
}

/** Forms kept a canonical entity (enough to match, bounded for an entity named in thousands of articles). */
export const MAX_FORMS = 40;

/** The profiles of an analysis's entities, by local id. */
export function profilesOf(a: Analysis): Map<string, EntityProfile> {
  const out = new Map<string, EntityProfile>();
  const mentions = a.annotations?.mentions ?? [];
  for (const e of a.annotations?.entities ?? []) out.set(e.id, profileOf(e, e.mentions.map((i) => mentions[i]).filter((m) => m?.kind === 'name').map((m) => m!.span.text)));
  return out;
}

export function profileOf(e: Entity, names: readonly string[]): EntityProfile {
  const isPerson = e.type === 'PER';
  const stated = e.nameRule === 'fullest-form' || e.nameRule === 'gazetteer';
  const forms = [...new Set([e.name, ...names].map((n) => (isPerson ? personName(n).name : n.replace(/^(?:the|The)\s+/, ''))).filter(Boolean))];
  const fullNames = isPerson ? forms.filter((f) => personName(f).given.length > 0 && (stated || f !== e.name)) : [];
  const roles = [...new Set(e.roles.map(roleHead))];
  return {
    name: e.name, type: e.type, fullNames, surname: isPerson && !fullNames.length ? personName(forms[0] ?? e.name).surname : null,
    inferred: !stated, forms, roles, place: e.geonameid ? `geo:${e.geonameid}` : null,
  };
}

/** "mayor of Kyiv" → "mayor"; "Turkish President" → "president". */
export const roleHead = (label: string) => label.toLowerCase().split(' of ')[0]!.split(' ').at(-1)!;

/** Keys under which the store files an entity, for finding candidates. */
export function keysOf(p: EntityProfile): string[] {
  const keys = new Set<string>();
  if (p.type === 'PER') {
    for (const f of p.fullNames) keys.add(`PER:${foldName(personName(f).surname!)}`);
    if (p.surname) keys.add(`PER:${foldName(p.surname)}`);
    if (p.inferred && p.name.includes(' ')) keys.add(`PER:${foldName(personName(p.name).surname!)}`);
    return [...keys];
  }
  if (p.place) keys.add(p.place);
  for (const f of p.forms) {
    keys.add(`${p.type}:${nameKey(f)}`);
    const words = f.split(/\s+/);
    if (words.length > 1) keys.add(`${p.type}:${nameKey(words.map((w) => w[0]).join(''))}`);
  }
  return [...keys];
}

/** Whether `doc` is the canonical entity `canon`; null when it is not (or cannot be told). */
export function compare(doc: EntityProfile, canon: EntityProfile): Decision | null {
  if (doc.type !== canon.type) return null;
  return doc.type === 'PER' ? comparePersons(doc, canon) : compareNames(doc, canon);
}

/** Full names of a profile; an inferred full name ("Wladimir Klitschko") counts, at a discount. */
const fullOf = (p: EntityProfile) => (p.fullNames.length ? p.fullNames : p.inferred && p.name.includes(' ') ? [p.name] : []);

function comparePersons(doc: EntityProfile, canon: EntityProfile): Decision | null {
  const docFull = fullOf(doc);
  const canonFull = fullOf(canon);
  const sharedRoles = doc.roles.filter((r) => canon.roles.includes(r));
  const roleNote = sharedRoles.length ? [`both ${sharedRoles.join(', ')}`] : [];
  const bonus = sharedRoles.length ? 0.1 : 0;
  const discount = doc.inferred || canon.inferred ? 0.15 : 0;
  if (docFull.length && canonFull.length) {
    // Every full name on one side must fit every one with that surname on the other: an initial that
    // fits two given names ("S Williams": Shane, Serena) must not bridge them.
    let found: Decision | null = null;
    for (const a of docFull) for (const b of canonFull) {
      const x = personName(a);
      const y = personName(b);
      if (foldName(x.surname!) !== foldName(y.surname!)) continue;
      if (!givenCompatible(x.given, y.given)) return null;
      if (a === b) {
        if (found?.rule !== 'same-name') found = { rule: 'same-name', evidence: [`"${a}"`, ...roleNote], confidence: Math.min(0.98, 0.9 + bonus) - discount };
      } else if (!found) {
        const initial = [x.given[0], y.given[0]].some((g) => g !== undefined && g.replace(/\.$/, '').length === 1);
        found = initial
          ? { rule: 'initial', evidence: [`"${a}" ~ "${b}" (an initial)`, ...roleNote], confidence: Math.min(0.9, 0.75 + bonus) - discount }
          : { rule: 'spelling', evidence: [`"${a}" ~ "${b}" (transliteration)`, ...roleNote], confidence: Math.min(0.95, 0.85 + bonus) - discount };
      }
    }
    return found;
  }
  // A one-word name on one side (a surname, or a given name the other side lacks): a surname only.
  const one = docFull.length ? canon : doc;
  const full = docFull.length ? docFull : canonFull;
  if (!one.surname || one.inferred) return null;
  const key = foldName(one.surname);
  if (full.length) {
    const hit = full.find((f) => foldName(personName(f).surname!) === key);
    return hit ? { rule: 'surname', evidence: [`"${one.surname}" is the surname of "${hit}"`, ...roleNote], confidence: 0.7 + bonus - discount } : null;
  }
  if (canon.surname && foldName(canon.surname) === key && sharedRoles.length) {
    return { rule: 'surname-role', evidence: [`"${doc.surname}" ~ "${canon.surname}"`, ...roleNote], confidence: 0.65 };
  }
  return null;
}

function compareNames(doc: EntityProfile, canon: EntityProfile): Decision | null {
  if (doc.place && canon.place) return doc.place === canon.place ? { rule: 'same-place', evidence: [doc.place], confidence: 0.95 } : null;
  for (const a of doc.forms) for (const b of canon.forms) {
    if (a === b) return { rule: 'same-name', evidence: [`"${a}"`], confidence: 0.9 };
    if (nameKey(a) === nameKey(b)) return { rule: 'spelling', evidence: [`"${a}" ~ "${b}"`], confidence: 0.85 };
  }
  if (doc.type !== 'ORG') return null;
  for (const a of doc.forms) for (const b of canon.forms) {
    if (acronymMatches(a, b) || acronymMatches(b, a)) return { rule: 'acronym', evidence: [`"${a}" ~ "${b}"`], confidence: 0.7 };
  }
  return null;
}

/**
 * The best canonical entity for `doc` among `candidates` (in id order): the highest confidence, and
 * for a person named by surname only, none when two candidates fit equally (two Klitschkos).
 */
export function choose<T extends { profile: EntityProfile }>(doc: EntityProfile, candidates: readonly T[]): { candidate: T; decision: Decision } | null {
  let best: { candidate: T; decision: Decision } | null = null;
  let tie = false;
  for (const c of candidates) {
    const d = compare(doc, c.profile);
    if (!d) continue;
    if (!best || d.confidence > best.decision.confidence) [best, tie] = [{ candidate: c, decision: d }, false];
    else if (d.confidence === best.decision.confidence) tie = true;
  }
  return best && !(tie && (best.decision.rule === 'surname' || best.decision.rule === 'surname-role')) ? best : null;
}

/** A canonical profile with another document's profile folded in; the canonical name is the fullest. */
export function mergeProfiles(canon: EntityProfile, doc: EntityProfile): EntityProfile {
  const words = (s: string) => s.split(/\s+/).length;
  const fuller = words(doc.name) > words(canon.name) || (words(doc.name) === words(canon.name) && doc.name.length > canon.name.length);
  const take = !doc.inferred && (canon.inferred || (canon.type === 'PER' && fuller));
  const cap = (xs: string[]) => [...new Set(xs)].slice(0, MAX_FORMS);
  const fullNames = cap([...canon.fullNames, ...doc.fullNames]);
  return {
    name: take ? doc.name : canon.name,
    type: canon.type,
    fullNames,
    surname: fullNames.length ? null : canon.surname ?? doc.surname,
    inferred: canon.inferred && doc.inferred,
    forms: cap([...canon.forms, ...doc.forms]),
    roles: cap([...canon.roles, ...doc.roles]),
    place: canon.place ?? doc.place,
  };
}
