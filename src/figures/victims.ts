/**
 * Counts with no number: two people named by their roles and joined by "and", then what happened to
 * them ("Fox News cameraman and Ukrainian journalist killed" is two killed, journalists); one person
 * named by role with "a" or "an" ("a pilot was killed" is one killed, pilots), and one person's injuries
 * or wounds ("recovering from his injuries" is one injured, "died of her wounds" one killed).
 */
import type { QuantityKind } from '../model/annotations.js';

const ROLES = 'cameraman|camerawoman|journalist|reporter|photographer|soldier|serviceman|civilian|doctor|nurse|medic|child|boy|girl|man|woman|officer|policeman|policewoman|volunteer|worker|driver|teacher|student|priest|mayor|official|farmer|resident|pilot|protester|protestor|demonstrator|activist|fighter|militiaman|rebel|separatist|guard|passenger|pensioner|teenager|baby|miner|sailor|paratrooper|marine|observer|monitor|diplomat';
const KINDS: Readonly<Record<string, QuantityKind>> = {
  killed: 'killed', dead: 'killed', died: 'killed', 'shot dead': 'killed', injured: 'injured', wounded: 'injured', hurt: 'injured',
  detained: 'detained', arrested: 'detained', kidnapped: 'hostages', abducted: 'hostages', 'taken hostage': 'hostages', missing: 'missing',
};
const HAPPENED = Object.keys(KINDS).sort((a, b) => b.length - a.length).join('|');
const PATTERN = new RegExp(String.raw`((?:[A-Z][\w’'-]*\s+){0,3})(${ROLES})\s+and\s+(?:an?\s+)?((?:[A-Z][\w’'-]*\s+){0,3})(${ROLES})\s+(?:(?:were|have been|are)\s+)?(${HAPPENED})\b`, 'g');
/** "a pilot was killed", "an elderly woman was shot and wounded", "a soldier died": at most two
 * words between the article and the role, and the role not the object of a preposition ("near a
 * soldier") nor part of a compound ("a soldier's mother"). */
const SINGLE = new RegExp(String.raw`(?<![\w’'-]\s(?:of|to|by|with|near|for|from|as|like|than)\s)\b(?:[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(${ROLES})\s+(?:(?:was|has been|had been|is)\s+(?:(?:shot|beaten|stabbed|hit)\s+and\s+)?)?(${HAPPENED})\b`, 'g');
/** "recovering from his injuries" (one injured), "died of her wounds" (one killed). */
const OWN_WOUNDS = /\b(?:(died|succumbed)\s+(?:of|from|to)|(recovering|recovered|treated|hospitali[sz]ed)\s+(?:from|for))\s+(?:his|her)\s+(?:injuries|wounds)\b/g;

export interface Victims {
  start: number;
  end: number;
  kind: QuantityKind;
  value: number;
  of: [number, number] | null;
  plural: string | null;
  rule: string;
}

export function coordinatedVictims(text: string, from: number, to: number): Victims[] {
  const out: Victims[] = [];
  for (const m of text.slice(from, to).matchAll(PATTERN)) {
    const start = from + m.index;
    const second = m[4]!;
    const ofStart = start + m[0].lastIndexOf(second, m[0].length - m[5]!.length);
    out.push({ start, end: start + m[0].length, kind: KINDS[m[5]!]!, value: 2, of: [ofStart, ofStart + second.length], plural: plural(second), rule: 'figures:coordinated-roles' });
  }
  return out;
}

/** One victim named by role or by his or her own wounds. */
export function singleVictims(text: string, from: number, to: number): Victims[] {
  const out: Victims[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(SINGLE)) {
    if (m[2] === 'missing' && !/\b(was|has been|had been|is)\s+missing$/.test(m[0])) continue;
    const start = from + m.index;
    const roleAt = start + m[0].search(new RegExp(String.raw`\b${m[1]!}\b`));
    out.push({ start, end: start + m[0].length, kind: KINDS[m[2]!]!, value: 1, of: [roleAt, roleAt + m[1]!.length], plural: plural(m[1]!), rule: 'figures:single-victim' });
  }
  for (const m of slice.matchAll(OWN_WOUNDS)) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, kind: m[1] ? 'killed' : 'injured', value: 1, of: null, plural: null, rule: 'figures:own-wounds' });
  }
  return out;
}

const plural = (w: string) => (w.endsWith('man') ? `${w.slice(0, -3)}men` : w === 'child' ? 'children' : w === 'baby' ? 'babies' : `${w}s`);
