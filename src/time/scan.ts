/**
 * One loop for the regular-expression parsers: each match becomes zero or one candidate. `hint`, a
 * plain pattern every match contains, skips texts without it: a rare expression's full pattern, with its
 * optional prefixes, is tried at every word otherwise.
 */
import type { Candidate, TimeContext } from './types.js';

export function scan(ctx: TimeContext, re: RegExp, make: (m: RegExpExecArray, start: number, end: number) => Candidate | null, hint?: RegExp): Candidate[] {
  if (hint && !hint.test(ctx.text)) return [];
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const c = make(m, m.index, m.index + m[0].length);
    if (c) out.push(c);
  }
  return out;
}
