/**
 * A cheap test that a case-insensitive pattern cannot match a text: the literal pieces any match must
 * contain, found by reading the pattern's source. The event typer runs some 350 cue patterns over every
 * sentence and clause, and most of them have no chance in most sentences; `text.includes` of a few
 * letters is far cheaper than running the pattern. Sound, never complete: when `mayMatch` says no the
 * pattern does not match; when it says yes the pattern is run as before. A source it cannot read
 * fully gives no literals (and the pattern is always run).
 */

/** Any one of these strings (lower case) must occur in the lower-cased text for a match. */
export type Literals = readonly string[] | null;

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
/** Characters a run of literal text may hold: ASCII only (case-insensitive matching of ASCII letters,
 * without the u flag, meets only the two cases of the letter, which lower-casing the text keeps). */
const PLAIN = /^[\x20-\x7e]$/;

/** The literals of a pattern (one of them must occur in any match), or null. With the u or v flag
 * case folding reaches beyond ASCII ("ſ" matches s), so such a pattern gets none. */
export function requiredLiterals(pattern: RegExp): Literals {
  if (pattern.unicode || pattern.flags.includes('v')) return null;
  const alternatives = splitTop(pattern.source);
  if (!alternatives) return null;
  const out = new Set<string>();
  for (const alt of alternatives) {
    const best = bestClause(alt);
    if (!best) return null;
    for (const l of best) out.add(l);
  }
  return [...out];
}

/** Whether `lower` (the text in lower case) may hold a match of the pattern with these literals. */
export function mayMatch(literals: Literals, lower: string): boolean {
  if (literals === null) return true;
  for (const l of literals) if (lower.includes(l)) return true;
  return false;
}

/**
 * `mayMatch` for many patterns over one text: the text's pairs of neighbouring ASCII characters are
 * noted once (`read`), and a literal is looked for in the text only if every pair of it is there, which
 * rules out most literals with a few array reads.
 */
export class Sieve {
  /** `seen[a * 128 + b] === generation`: the pair a, b occurs in the current text. */
  private readonly seen = new Uint32Array(128 * 128);
  private generation = 0;
  private lower = '';

  /** Takes a new text (in lower case). */
  read(lower: string): void {
    this.lower = lower;
    if (++this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    const g = this.generation;
    let prev = lower.length > 0 ? lower.charCodeAt(0) : 128;
    for (let i = 1; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (prev < 128 && c < 128) this.seen[prev * 128 + c] = g;
      prev = c;
    }
  }

  /** `mayMatch(literals, text)` for the current text; `pairs` from `literalPairs(literals)`. */
  may(literals: Literals, pairs: readonly Uint16Array[] | null): boolean {
    if (literals === null || pairs === null) return true;
    for (let k = 0; k < literals.length; k++) {
      const p = pairs[k]!;
      let all = true;
      for (let j = 0; j < p.length; j++) {
        if (this.seen[p[j]!] !== this.generation) {
          all = false;
          break;
        }
      }
      if (all && this.lower.includes(literals[k]!)) return true;
    }
    return false;
  }
}

/** Each literal's pairs of neighbouring characters, as `Sieve` indexes them. */
export function literalPairs(literals: Literals): Uint16Array[] | null {
  if (literals === null) return null;
  return literals.map((l) => {
    const p = new Uint16Array(l.length - 1);
    for (let i = 1; i < l.length; i++) p[i - 1] = l.charCodeAt(i - 1) * 128 + l.charCodeAt(i);
    return p;
  });
}

/** The source split at its top-level `|`, or null when its brackets do not balance. */
function splitTop(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0) return null;
  out.push(source.slice(from));
  return out;
}

/** Index of the `]` that closes the class opened at `i`, or -1. */
function classEnd(source: string, i: number): number {
  let k = i + 1;
  if (source[k] === '^') k++;
  if (source[k] === ']') k++; // a leading ] is a literal
  for (; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k;
  }
  return -1;
}

/** Index of the `)` that closes the group opened at `i`, or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k);
      if (k < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Whether the atom ending before `k` is made optional (or repeated from zero) by what stands at `k`. */
const optional = (source: string, k: number) => source[k] === '?' || source[k] === '*' || (source[k] === '{' && /^\{0[,}]/.test(source.slice(k)));
/** Length of the quantifier at `k` (0 if none), lazy `?` included. */
function quantifierLength(source: string, k: number): number {
  let n = 0;
  if (source[k] === '?' || source[k] === '*' || source[k] === '+') n = 1;
  else if (source[k] === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(k));
    if (m) n = m[0].length;
  }
  if (n && source[k + n] === '?') n++;
  return n;
}

/**
 * Of one alternative (no top-level `|`), the clause of literals that is the best filter: a run of
 * literal characters every match holds (one string), or a group of plain alternatives (any of its
 * strings). The best is the one whose shortest string is longest; null if none has two characters.
 */
function bestClause(alt: string): string[] | null {
  const clauses: string[][] = [];
  let run = '';
  const end = () => {
    if (run.length > 0) clauses.push([run]);
    run = '';
  };
  for (let i = 0; i < alt.length;) {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e === undefined) return null;
      const q = quantifierLength(alt, i + 2);
      // An escaped punctuation mark is that character; \b, \s, \w, \d and the like are not literals;
      // an escape that stands for a character by its code (\x41, \u0041, \cJ, \0) or a back-reference
      // is not read at all.
      if (/[A-Za-z0-9]/.test(e) && !/[bBsSwWdDnrtfv]/.test(e)) return null;
      if (!/[A-Za-z0-9]/.test(e) && PLAIN.test(e)) {
        if (q) {
          end();
          if (!optional(alt, i + 2)) {
            run = e.toLowerCase();
            end();
          }
        } else run += e.toLowerCase();
      } else end();
      i += 2 + q;
    } else if (c === '[') {
      const e = classEnd(alt, i);
      if (e < 0) return null;
      end();
      i = e + 1 + quantifierLength(alt, e + 1);
    } else if (c === '(') {
      const e = groupEnd(alt, i);
      if (e < 0) return null;
      end();
      const q = quantifierLength(alt, e + 1);
      const inner = alt.slice(i + 1, e);
      const lookaround = /^\?(?:<?[=!])/.test(inner);
      if (!lookaround && !optional(alt, e + 1)) {
        const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? null : inner;
        const parts = body === null ? null : splitTop(body);
        if (parts && parts.every((p) => p.length > 0 && [...p].every((ch) => PLAIN.test(ch) && !SPECIAL.has(ch)))) clauses.push(parts.map((p) => p.toLowerCase()));
      }
      i = e + 1 + q;
    } else if (SPECIAL.has(c) || !PLAIN.test(c)) {
      // . ^ $ and stray quantifiers; a character outside ASCII ends the run too.
      end();
      i += 1 + (SPECIAL.has(c) ? 0 : quantifierLength(alt, i + 1));
    } else {
      const q = quantifierLength(alt, i + 1);
      if (q) {
        end();
        if (!optional(alt, i + 1)) {
          run = c.toLowerCase();
          end();
        }
      } else run += c.toLowerCase();
      i += 1 + q;
    }
  }
  end();
  let best: string[] | null = null;
  let bestLength = 1;
  for (const clause of clauses) {
    const shortest = Math.min(...clause.map((s) => s.length));
    if (shortest > bestLength) [best, bestLength] = [clause, shortest];
  }
  return best;
}
