/** One loop for the regular-expression parsers: each match becomes zero or one candidate. */
import type { Candidate, TimeContext } from './types.js';

export function scan(ctx: TimeContext, re: RegExp, make: (m: RegExpExecArray, start: number, end: number) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const c = make(m, m.index, m.index + m[0].length);
    if (c) out.push(c);
  }
  return out;
}
