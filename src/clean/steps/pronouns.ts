/**
 * Removes a subject pronoun that machine translation from a pro-drop language doubled after its
 * subject: "the residents of Kyiv They were preparing" → "the residents of Kyiv were preparing",
 * "Russia He maintains" → "Russia maintains". Only a capitalized pronoun right after a name (by the
 * document's own evidence, see `vocabulary`), with no punctuation between, before a lower-case word.
 * "It" and "We" are not taken: they end titles ("Faking It") and open them ("How We ...").
 */
import type { Edit } from '../edits.js';
import { vocabulary } from '../vocabulary.js';

/** The pronoun and what follows; the word before is checked by hand (a look-behind here is slow). */
const STRAY = / (He|She|They) (?=\p{Ll})/gu;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)$/u;

export function strayPronouns(text: string): Edit[] {
  const matches = [...text.matchAll(STRAY)]
    .map((m) => ({ m, before: WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] }))
    .filter((x): x is { m: RegExpExecArray; before: string } => x.before !== undefined);
  if (matches.length === 0) return [];
  const { names } = vocabulary(text);
  const edits: Edit[] = [];
  for (const { m, before } of matches) {
    if (!names.has(before)) continue;
    edits.push({
      start: m.index,
      end: m.index + 1 + m[1]!.length,
      insert: '',
      rule: 'stray-pronoun',
      kind: 'repair',
      confidence: 0.7,
      show: [m.index - before.length, m.index + m[0].length - 1],
    });
  }
  return edits;
}
