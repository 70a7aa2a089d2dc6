/**
 * Document-level consistency: the same name is one kind of thing throughout an article. Each distinct
 * name (its words, case kept) takes the type it was given most often in the document (ties go to the
 * type of its first, usually fullest-context, occurrence), and every occurrence is retyped to it.
 * A one-word name that is the last word of a person's full name in the same article is that person's
 * surname, so a person ("Zelenskyy" after "Volodymyr Zelenskyy").
 */
import type { TokenSpan } from './labels.js';

export function consistentTypes(sentences: ReadonlyArray<readonly string[]>, spans: TokenSpan[][]): TokenSpan[][] {
  const votes = new Map<string, Map<string, number>>();
  const key = (si: number, s: TokenSpan) => sentences[si]!.slice(s.start, s.end).join(' ');
  spans.forEach((list, si) => {
    for (const s of list) {
      const k = key(si, s);
      const v = votes.get(k) ?? new Map<string, number>();
      v.set(s.type, (v.get(s.type) ?? 0) + 1);
      votes.set(k, v);
    }
  });
  const winner = new Map<string, TokenSpan['type']>();
  for (const [k, v] of votes) {
    let best: string | null = null;
    let most = 0;
    for (const [type, n] of v) if (n > most) [best, most] = [type, n];
    winner.set(k, best as TokenSpan['type']);
  }
  const surnames = new Set<string>();
  spans.forEach((list, si) => {
    for (const s of list) if (s.end - s.start > 1 && winner.get(key(si, s)) === 'PER') surnames.add(sentences[si]![s.end - 1]!);
  });
  return spans.map((list, si) => list.map((s) => {
    const k = key(si, s);
    return { ...s, type: s.end - s.start === 1 && surnames.has(k) ? 'PER' : winner.get(k) ?? s.type };
  }));
}
