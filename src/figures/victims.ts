/**
 * Counts with no number: two people named by their roles and joined by "and", then what happened to
 * them ("Fox News cameraman and Ukrainian journalist killed" is two killed, journalists).
 */
import type { QuantityKind } from '../model/annotations.js';

const ROLES = 'cameraman|camerawoman|journalist|reporter|photographer|soldier|civilian|doctor|nurse|medic|child|boy|girl|man|woman|officer|policeman|volunteer|worker|driver|teacher|student|priest|mayor|official|farmer|resident';
const KINDS: Readonly<Record<string, QuantityKind>> = { killed: 'killed', dead: 'killed', injured: 'injured', wounded: 'injured', detained: 'detained', arrested: 'detained', kidnapped: 'hostages', abducted: 'hostages', missing: 'missing' };
const PATTERN = new RegExp(String.raw`((?:[A-Z][\w’'-]*\s+){0,3})(${ROLES})\s+and\s+(?:an?\s+)?((?:[A-Z][\w’'-]*\s+){0,3})(${ROLES})\s+(?:(?:were|have been|are)\s+)?(${Object.keys(KINDS).join('|')})\b`, 'g');

export interface Victims {
  start: number;
  end: number;
  kind: QuantityKind;
  of: [number, number];
  plural: string;
}

export function coordinatedVictims(text: string, from: number, to: number): Victims[] {
  const out: Victims[] = [];
  for (const m of text.slice(from, to).matchAll(PATTERN)) {
    const start = from + m.index;
    const second = m[4]!;
    const ofStart = start + m[0].lastIndexOf(second, m[0].length - m[5]!.length);
    out.push({ start, end: start + m[0].length, kind: KINDS[m[5]!]!, of: [ofStart, ofStart + second.length], plural: plural(second) });
  }
  return out;
}

const plural = (w: string) => (w.endsWith('man') ? `${w.slice(0, -3)}men` : w === 'child' ? 'children' : `${w}s`);
