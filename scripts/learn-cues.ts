/**
 * Learns attribution cue verbs from PolNeAR's train split: each word form that heads a gold Cue
 * often enough, relative to how often it occurs as a verb, goes into src/lexicon/cues-learned.ts.
 * `node --import tsx scripts/learn-cues.ts ../shared/eval/attribution/polnear` (dev is never read).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBrat } from '../src/eval/brat.js';
import { segment } from '../src/segment/segment.js';

/** A form is kept when at least this share of its verb occurrences are gold cues ... */
const MIN_SHARE = 0.35;
/** ... and it was a cue at least this many times. */
const MIN_COUNT = 4;

const dir = join(process.argv[2] ?? '../shared/eval/attribution/polnear', 'train');
const cue = new Map<string, number>();
const seen = new Map<string, number>();
const texts = new Map<string, string[]>();
for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
  const name = f.replace(/_[0-9a-f]+\.ann$/, '');
  (texts.get(name) ?? texts.set(name, []).get(name)!).push(f);
}
for (const [name, anns] of texts) {
  const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
  const seg = segment(text);
  const verbAt = new Map<number, string>();
  for (const [s, e, pos] of seg.tokens) if (pos === 'VERB') verbAt.set(s, text.slice(s, e).toLowerCase());
  for (const w of verbAt.values()) seen.set(w, (seen.get(w) ?? 0) + anns.length);
  for (const f of anns) {
    const doc = readBrat(readFileSync(join(dir, 'attributions', f), 'utf8'));
    for (const s of doc.spans.values()) {
      if (s.type !== 'Cue') continue;
      for (const [a, b] of s.fragments) for (const [start, w] of verbAt) if (start >= a && start < b) cue.set(w, (cue.get(w) ?? 0) + 1);
    }
  }
}
const kept = [...cue].filter(([w, n]) => n >= MIN_COUNT && n / (seen.get(w) ?? n) >= MIN_SHARE && /^[a-z]+$/.test(w)).map(([w]) => w).sort();
writeFileSync(join(import.meta.dirname, '..', 'src', 'lexicon', 'cues-learned.ts'), `/**
 * Attribution cue verbs learned from PolNeAR train by scripts/learn-cues.ts (a form is kept when at
 * least ${MIN_SHARE} of its verb occurrences head a gold Cue, and at least ${MIN_COUNT} do). Generated: do not edit;
 * rerun \`node --import tsx scripts/learn-cues.ts ../shared/eval/attribution/polnear\`.
 */
export const LEARNED_CUES: ReadonlySet<string> = new Set(${JSON.stringify(kept).replace(/","/g, '", "')});
`);
console.log(`${kept.length} cue forms written`);
