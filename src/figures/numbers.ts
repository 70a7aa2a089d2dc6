/**
 * Numbers as the text writes them: digits ("1,000", "4.5", "4 million", "£210"), words ("three",
 * "twenty-five", "a dozen"), vague plurals ("hundreds", "tens of thousands"), with a qualifier before
 * them ("more than", "around", "up to") and ranges ("between 20 and 30", "20 to 30", "20-30"). Each
 * becomes a value, or bounds, and the qualifier as written.
 */
import { QUALIFIERS, SCALES, UNITS, VAGUE } from '../lexicon/figures.js';

export interface NumberFound {
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  /** Where the number itself (without qualifier) starts and ends. */
  core: [number, number];
}

const WORD_NUM = Object.keys(UNITS).filter((w) => w !== 'dozen').sort((a, b) => b.length - a.length).join('|');
const SCALE = Object.keys(SCALES).join('|');
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// "4m", "£2bn": a glued m or bn is millions or billions; "9-11 m" with a space is metres.
const NUM = String.raw`(?:(?:${DIGITS})(?:\s*(?:${SCALE})|(?:m|bn)\b)*|(?:a\s+)?dozen|(?:${WORD_NUM})(?:[- ](?:${WORD_NUM}))?(?:\s+(?:${SCALE}))*)`;
const VAGUE_RE = Object.keys(VAGUE).sort((a, b) => b.length - a.length).join('|');
const QUAL = QUALIFIERS.map(([q]) => q).sort((a, b) => b.length - a.length).join('|');
/** A currency sign before the second number of a range: "$500 to $700", "$20,000 to around $140,000". */
const CUR = String.raw`(?:[$£€₴₽]\s*)?`;
const PATTERN = new RegExp(
  String.raw`(?<![\w.,])(?:(?<qual>${QUAL})\s+)?(?:between\s+${CUR}(?<lo>${NUM})\s+and\s+${CUR}(?<hi>${NUM})|(?<a>${NUM})(?:\s*(?:-|–|to)\s*(?:(?:${QUAL})\s+)?${CUR}(?<b>${NUM}))?|(?<vague>${VAGUE_RE}))(?![\w])`,
  'gi',
);

export function findNumbers(text: string, from: number, to: number): NumberFound[] {
  const out: NumberFound[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(PATTERN)) {
    const g = m.groups!;
    const start = from + m.index;
    const end = start + m[0].length;
    const qualStart = g.qual ? m[0].toLowerCase().indexOf(g.qual.toLowerCase()) : -1;
    const coreStart = g.qual ? start + qualStart + g.qual.length + (m[0].slice(qualStart + g.qual.length).length - m[0].slice(qualStart + g.qual.length).trimStart().length) : start;
    const qualifier = g.qual?.toLowerCase() ?? null;
    if (g.vague) {
      const [lo, hi] = VAGUE[g.vague.toLowerCase()]!;
      out.push({ start, end, value: null, min: lo, max: hi, qualifier: qualifier ?? g.vague.toLowerCase(), core: [coreStart, end] });
      continue;
    }
    const lo = parseNumber(g.lo ?? g.a ?? '');
    const hi = g.hi ?? g.b ? parseNumber((g.hi ?? g.b)!) : null;
    if (lo === null) continue;
    if (hi !== null && hi > lo) {
      out.push({ start, end, value: null, min: lo, max: hi, qualifier: qualifier ?? 'range', core: [coreStart, end] });
      continue;
    }
    if (g.lo !== undefined) {
      // "between 5 and 2": both ends are stated, in whatever order.
      out.push({ start, end, value: null, min: Math.min(lo, hi ?? lo), max: Math.max(lo, hi ?? lo), qualifier: qualifier ?? 'range', core: [coreStart, end] });
      continue;
    }
    // "3-0", "7 to 5": not a range (a score); the first number alone.
    const fig = hi !== null ? { start, end: start + m[0].indexOf(g.a!) + g.a!.length } : { start, end };
    out.push({ ...fig, ...bounds(lo, qualifier), qualifier, core: [coreStart, fig.end] });
  }
  return out;
}

/** Bounds from a qualifier: "more than 1,000" is at least 1,001; "up to 500" at most 500. */
function bounds(n: number, qualifier: string | null): { value: number | null; min: number | null; max: number | null } {
  const effect = QUALIFIERS.find(([q]) => q === qualifier)?.[1];
  if (effect === 'min+') return { value: null, min: Number.isInteger(n) ? n + 1 : n, max: null };
  if (effect === 'min') return { value: null, min: n, max: null };
  if (effect === 'max-') return { value: null, min: null, max: Number.isInteger(n) ? n - 1 : n };
  if (effect === 'max') return { value: null, min: null, max: n };
  return { value: n, min: null, max: null };
}

/** "1,000" → 1000, "4.5 million" → 4500000, "twenty-five" → 25, "a dozen" → 12, "three hundred" → 300. */
export function parseNumber(s: string): number | null {
  const words = s.toLowerCase().replace(/,/g, '').replace(/-/g, ' ').replace(/(\d)(m|bn)\b/g, '$1 $2').split(/\s+/).filter((w) => w && w !== 'a');
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (/^\d+(\.\d+)?$/.test(w)) current += Number(w);
    else if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (w === 'm') current *= 1e6;
    else if (w === 'bn') current *= 1e9;
    else if (SCALES[w] !== undefined) {
      const scale = SCALES[w]!;
      if (scale === 100) current *= 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
  }
  const n = total + current;
  return Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : null;
}
