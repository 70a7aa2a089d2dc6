/**
 * The candidates of one toponym span: its name as written, else without "the" or a possessive, else —
 * for "X region", "X oblast", "X County" — the division X names: a division of that name, or the
 * first-level division whose seat is the town X ("Sumy region" is the oblast around Sumy); else, for
 * "eastern X" or "X's east", the place X (src/geo/parts.ts moves it to that side).
 */
import { DIVISION_WORDS } from '../lexicon/places.js';
import type { Gazetteer } from './gazetteer.js';
import { compassInside } from './parts.js';
import type { Candidate } from './types.js';

const DIVISION_TAIL = new RegExp(`^(.+?)\\s+(${DIVISION_WORDS.join('|')})$`, 'i');
const SEAT_CODES = new Set(['PPLA', 'PPLC']);

export function bareName(text: string): string {
  return text.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
}

export function lookupName(g: Gazetteer, text: string): Candidate[] {
  const direct = g.candidates(text);
  if (direct.length) return direct;
  const name = bareName(text);
  if (name !== text) {
    const c = g.candidates(name);
    if (c.length) return c;
  }
  // "eastern Ukraine", "Ukraine's southeast", "the northeast Sumy region": the place the compass word
  // is said of (a country's side is placed on that side by sideOf)
  const side = compassInside(text);
  if (side) return lookupName(g, side.base);
  const tail = DIVISION_TAIL.exec(name);
  return tail ? divisionOf(g, tail[1]!) : [];
}

/** The divisions a base name can stand for: divisions so named, and the divisions seated in towns so named. */
export function divisionOf(g: Gazetteer, base: string): Candidate[] {
  const d = g.data;
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const c of g.candidates(base)) {
    const code = d.code[c.row]!;
    let row: number | undefined;
    if (code.startsWith('ADM') || code === 'RGN' || code === 'PEN') row = c.row;
    else if (SEAT_CODES.has(code)) row = g.admin1Row.get(`${d.cc[c.row]}.${d.a1[c.row]}`);
    if (row !== undefined && !seen.has(row)) {
      seen.add(row);
      out.push({ row, match: c.match });
    }
  }
  return out;
}
