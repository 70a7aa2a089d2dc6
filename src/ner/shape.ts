/** Word shapes: each character as its class (X upper, x lower, d digit, other kept as is). */

/** The shape with runs of one class collapsed: "Kyiv" → "Xx", "1996-08-22" → "d-d-d", "U.S." → "X.X.". */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i), word[i]!);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** The shape of the first characters, uncollapsed, with the length kept up to a point: "NATO" → "XXXX". */
export function longShape(word: string): string {
  let out = '';
  const n = Math.min(word.length, LONG_SHAPE_CHARS);
  for (let i = 0; i < n; i++) out += charClass(word.charCodeAt(i), word[i]!);
  return word.length > LONG_SHAPE_CHARS ? `${out}+` : out;
}

/** Past this length the exact shape says no more. */
const LONG_SHAPE_CHARS = 6;

function charClass(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return 'o';
}

export const startsUpper = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

export const hasLower = (word: string): boolean => word !== word.toUpperCase();
