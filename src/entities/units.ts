/**
 * A refiner of the tagger's types by the head of the name, run after src/entities/refine.ts
 * (`unit-head`): a name of two words or more typed LOC or PER whose last word is an armed unit or a
 * body ("Black Sea Fleet", "Kaspersky Lab") is an organization; one typed anything but ORG and
 * followed by a unit in lower case ("the Vostok battalion") is that unit, the span taking it in.
 */
import { LOWER_UNIT_HEADS, UNIT_HEADS } from '../lexicon/entities.js';
import type { RefinableMention } from './refine.js';

const UNIT = new Set(UNIT_HEADS);
const LOWER_UNIT = new RegExp(`^ (${LOWER_UNIT_HEADS.join('|')})\\b`);
const mark = (m: RefinableMention, name: string) => `${m.rule}+refine:${name}`;

export function refineUnits(text: string, mentions: readonly RefinableMention[]): RefinableMention[] {
  return mentions.map((m) => {
    const words = text.slice(m.start, m.end).split(/\s+/);
    if ((m.type === 'LOC' || m.type === 'PER') && words.length > 1 && UNIT.has(words.at(-1)!.toLowerCase())) {
      return { ...m, type: 'ORG' as const, fine: null, rule: mark(m, 'unit-head') };
    }
    const lower = m.type !== 'ORG' ? LOWER_UNIT.exec(text.slice(m.end, m.end + 15)) : null;
    if (lower) return { ...m, end: m.end + lower[0].length, type: 'ORG' as const, fine: null, rule: mark(m, 'unit-head') };
    return m;
  });
}
