/**
 * The clean stage: a numbered cascade of steps over the decoded input. Each step proposes edits on the
 * text the steps before it left; every removal and repair is recorded with the step and rule, and the
 * offset map keeps every character of the result traceable to the input.
 */
import type { OffsetMap, Removal, Repair } from '../model/types.js';
import { applyEdits, rawEnd, rawStart, track, type Edit } from './edits.js';
import { boilerplateLines, relatedHeadlines } from './steps/boilerplate.js';
import { gluedWords } from './steps/glued.js';
import { controlCharacters, quotationMarks, whitespace } from './steps/normalize.js';
import { strayPronouns } from './steps/pronouns.js';

export interface CleanStep {
  name: string;
  run: (text: string) => Edit[];
}

/** The order matters; the reason for each place is beside it. */
export const CLEAN_STEPS: readonly CleanStep[] = [
  // 1. First: every later step splits the text into lines at '\n'.
  { name: 'control-characters', run: controlCharacters },
  // 2. Before the line rules, so that they see trimmed lines and single spaces.
  { name: 'whitespace', run: whitespace },
  // 3. Before glued words, which count words across the document.
  { name: 'quotation-marks', run: quotationMarks },
  // 4. Whole-line boilerplate before the block rule, so a player notice inside a headline block
  //    does not split the block.
  { name: 'boilerplate-lines', run: boilerplateLines },
  { name: 'related-headlines', run: relatedHeadlines },
  // 6. Word repairs last among removals: removed boilerplate must not count as the document's vocabulary.
  { name: 'glued-words', run: gluedWords },
  { name: 'stray-pronouns', run: strayPronouns },
];

export interface Cleaned {
  text: string;
  offsets: OffsetMap;
  removed: Removal[];
  repairs: Repair[];
  /** How many normalizing edits each rule made (they are in the offset map, not listed one by one). */
  normalized: Record<string, number>;
}

export function clean(input: string, steps: readonly CleanStep[] = CLEAN_STEPS): Cleaned {
  let cur = track(input);
  const removed: Removal[] = [];
  const repairs: Repair[] = [];
  const normalized: Record<string, number> = {};
  steps.forEach((step, i) => {
    const number = i + 1;
    const proposed = step.run(cur.text);
    if (proposed.length === 0) return;
    const { next, edits, move } = applyEdits(cur, proposed);
    for (const r of repairs) [r.start, r.end] = [move(r.start), move(r.end)];
    for (const e of edits) {
      if (e.kind === 'normalize') normalized[e.rule] = (normalized[e.rule] ?? 0) + 1;
      else if (e.kind === 'removal') {
        const [rs, re] = [rawStart(cur.map, e.start), rawEnd(cur.map, e.end)];
        removed.push({ rawStart: rs, rawEnd: re, text: input.slice(rs, re), rule: e.rule, step: number });
      } else {
        const [s, t] = e.show ?? [e.start, e.end];
        const from = cur.text.slice(s, t);
        const to = cur.text.slice(s, e.start) + e.insert + cur.text.slice(e.end, t);
        const start = move(s);
        repairs.push({
          rawStart: rawStart(cur.map, s),
          rawEnd: rawEnd(cur.map, t),
          from,
          to,
          start,
          end: start + to.length,
          rule: e.rule,
          step: number,
          confidence: e.confidence ?? 1,
        });
      }
    }
    cur = next;
  });
  removed.sort((a, b) => a.rawStart - b.rawStart);
  repairs.sort((a, b) => a.start - b.start);
  return { text: cur.text, offsets: cur.map, removed, repairs, normalized };
}
