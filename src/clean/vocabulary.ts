/** What a document's own words say about themselves, for the repair steps. */

const WORD = /\p{L}+/gu;

export interface Vocabulary {
  /** How often each exact word form occurs. */
  counts: Map<string, number>;
  /** Capitalized words that are names by the document's own evidence: never written in lower case,
   * and written capitalized at least once in mid-sentence (not after . ! ? or a line start). */
  names: Set<string>;
}

export function vocabulary(text: string): Vocabulary {
  const counts = new Map<string, number>();
  const lower = new Set<string>();
  const midSentence = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (/^\p{Ll}/u.test(w)) lower.add(w);
    else if (/^\p{Lu}\p{Ll}/u.test(w) && !/(?:^|[.!?…:\n]["'“”‘’)\]]*\s*)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) midSentence.add(w);
  }
  const names = new Set<string>();
  for (const w of midSentence) if (!lower.has(w.toLowerCase())) names.add(w);
  return { counts, names };
}
