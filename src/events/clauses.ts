/**
 * The clauses of a sentence that may tell an event each: "Russian forces shelled Kharkiv and detained
 * the mayor of Melitopol" is two acts of one subject. The events stage makes two events of them only when
 * each clause names an event of its own and of another ACLED type (src/events/detect.ts).
 */
import { CLAUSE_JOIN } from '../lexicon/events.js';

/** A clause as offsets into the text, the second one's start just after the join. */
export type Clause = { start: number; end: number };

/** Each way of cutting the sentence `[start, end)` of `text` in two at a join, first join first. */
export function clauseSplits(text: string, start: number, end: number): Array<[Clause, Clause]> {
  const out: Array<[Clause, Clause]> = [];
  for (const m of text.slice(start, end).matchAll(CLAUSE_JOIN)) {
    const at = start + m.index;
    out.push([{ start, end: at }, { start: at + m[0].length, end }]);
  }
  return out;
}
