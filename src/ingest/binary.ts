/** Telling binary data from text, for raw bytes (decode) and for strings (the HTML extractor). */

/** How much of the input is looked at. */
const SNIFF = 8192;
/** Share of control characters (not tab, newline, form feed, carriage return, escape) above which the
 * input is binary: text has none, and a stray one in a real page is far below this. */
const MAX_CONTROL_SHARE = 0.05;

export function looksBinary(input: Uint8Array | string): boolean {
  const n = Math.min(input.length, SNIFF);
  const at = typeof input === 'string' ? (i: number) => input.charCodeAt(i) : (i: number) => input[i]!;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}
