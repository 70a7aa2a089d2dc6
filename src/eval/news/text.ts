/**
 * Text helpers of the news scorer, written to agree with `../shared/tools/score_realistic.py` to the
 * item: Python's notions of a letter or digit (`str.isalnum`), of white space (`str.split()`), of a word
 * boundary (`\b`) and of a code point are reproduced here rather than JavaScript's own.
 */

/** Python's `str.isalnum` for one character (letters and numbers of every script). */
const ALNUM = /^[\p{L}\p{N}]$/u;
/** Python's `str.isupper` for one character (uppercase letters, circled capitals, Roman numerals). */
const UPPER = /^\p{Uppercase}$/u;
const DIGIT = /^\p{Nd}$/u;
/** Python's `str.isspace` characters: JavaScript's `\s` without U+FEFF, with U+001C–U+001F and U+0085. */
export const PY_SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** A Python word character (`\w`): a letter, a number or the underscore. */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

export const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
export const isUpper = (c: string | undefined): boolean => c !== undefined && UPPER.test(c);
export const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);
/** The first and last code points of a string. */
export const firstChar = (s: string): string | undefined => (s ? String.fromCodePoint(s.codePointAt(0)!) : undefined);
export const lastChar = (s: string): string | undefined => [...s].at(-1);
/** Python's `str.split()`: runs of white space, no empty parts. */
export const pySplit = (s: string): string[] => s.split(PY_SPACE).filter((w) => w !== '');
/** Python's `str.strip()`. */
export const pyStrip = (s: string): string => s.replace(new RegExp(`^${PY_SPACE.source}|${PY_SPACE.source}$`, 'g'), '');
/** The first n code points, as Python's `s[:n]`. */
export const head = (s: string, n: number): string => [...s].slice(0, n).join('');
/** Python's `str(x)` for the values the scorer prints. */
export const py = (x: unknown): string => (x === null || x === undefined ? 'None' : x === true ? 'True' : x === false ? 'False' : String(x));

export type Pos = readonly [number, number];

/** Overlap of two spans. */
export const ov = (a: Pos, b: Pos): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Where each occurrence of `needle` starts and ends, in UTF-16 units; `words`: not inside a longer
 * word ("Russia" in "Russian"). */
export function findAll(hay: string, needle: string, words = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  const first = isAlnum(firstChar(needle));
  const last = isAlnum(lastChar(needle));
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const j = i + needle.length;
    const before = i > 0 ? String.fromCodePoint(hay.codePointAt(i - 1 - (isLowSurrogate(hay, i - 1) ? 1 : 0))!) : undefined;
    const after = j < hay.length ? String.fromCodePoint(hay.codePointAt(j)!) : undefined;
    if (!words || !((isAlnum(before) && first) || (isAlnum(after) && last))) out.push([i, j]);
  }
  return out;
}

const isLowSurrogate = (s: string, i: number) => i > 0 && /[\uDC00-\uDFFF]/.test(s[i]!) && /[\uD800-\uDBFF]/.test(s[i - 1]!);

/** Lower-case words of a phrase, letters and numbers only, "'s" dropped. */
export function words(s: string | null | undefined): string[] {
  const lower = (s ?? '').toLowerCase().replace(new RegExp(`[’']s(?!${WORD_CHAR})`, 'gu'), '');
  return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A crude singular. */
export const sing = (w: string): string => (w.endsWith('s') && [...w].length > 3 ? w.slice(0, -1) : w);

/** Whether `word` stands in `s` as a whole word, in the case given. */
export const hasWord = (s: string, word: string): boolean =>
  new RegExp(`(?<!${WORD_CHAR})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${WORD_CHAR})`, 'u').test(s);

/** Whether `s` starts with a possessive "'s" that ends a word (Python's `re.match(r"[’']s\b", s)`). */
export const startsPossessive = (s: string): boolean => new RegExp(`^[’']s(?!${WORD_CHAR})`, 'u').test(s);

/** Great-circle distance in km (haversine, Earth radius 6371 km). */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (x: number) => x * (Math.PI / 180); // as Python's math.radians
  const p1 = rad(lat1);
  const p2 = rad(lat2);
  const dl = rad(lon2 - lon1);
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
}

/** TIMEX values equal once the X padding is dropped ("193X" = "193"); a gold interval "A/B" takes a value inside it. */
export function sameValue(system: string | null | undefined, gold: string): boolean {
  const s = (system ?? '').replace(/X+$/, '');
  const g = gold.replace(/X+$/, '');
  if (g.includes('/') && !s.includes('/')) {
    const parts = g.split('/');
    if (parts.length !== 2) throw new Error(`gold interval "${gold}" has more than one "/"`);
    const [lo, hi] = parts as [string, string];
    const cut = head(s, [...hi].length);
    return s !== '' && lo <= cut && cut <= hi;
  }
  return s !== '' && s === g;
}
