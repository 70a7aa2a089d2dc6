/** Helpers for the time stage's table-driven tests: run the stage on one text, look expressions up. */
import { segment } from '../src/segment/segment.js';
import { tagTimes, type TimeOutput } from '../src/time/stage.js';

export function tag(text: string, published: string | null = '2022-03-16'): TimeOutput {
  const seg = segment(text);
  const lines: string[] = [];
  const out = tagTimes({ text, sentences: seg.sentences, paragraphOf: (i) => seg.sentences[i]?.paragraph ?? 0, published, debug: (m) => lines.push(m) });
  return out;
}

/** `[expression text, type, value]` of everything found, in text order. */
export function found(text: string, published: string | null = '2022-03-16'): Array<[string, string, string | null]> {
  return tag(text, published).times.map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}
