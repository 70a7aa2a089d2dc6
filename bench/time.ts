/**
 * The time stage alone (src/time/stage.ts, sentences given) on the BBC corpus, in MB of text (UTF-8)
 * per second, beside bare chrono-node (`chrono.casual.parse`) on the same texts in the same run. Both
 * resolve against one fixed reference date (the corpus has none). Segmentation runs before the clock
 * starts. Each contender gets a warm-up pass over the first articles. Ends with one summary line.
 *
 *   node --import tsx bench/time.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--json]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as chrono from 'chrono-node';
import { segment } from '../src/segment/segment.js';
import { tagTimes } from '../src/time/stage.js';
import { args, flag, sharedPath, timePass } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Articles in the warm-up pass: enough for the JIT to settle on the hot paths. */
const WARMUP = 200;
/** The reference both contenders resolve against: the corpus is from 2004–2005. */
const REFERENCE = '2005-06-01';
/** The target for the time stage alone. */
const TARGET_MB_PER_S = 1;

const texts = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const segmented = texts.map((t) => {
  const s = segment(t);
  return { text: t, sentences: s.sentences, paragraphOf: (i: number) => s.sentences[i]?.paragraph ?? 0 };
});

const measure = (run: (i: number) => number) => timePass(texts.length, WARMUP, run);

const reference = new Date(`${REFERENCE}T12:00:00Z`);
const results = [
  { name: 'bare chrono-node (casual)', ...measure((i) => chrono.casual.parse(texts[i]!, reference).length) },
  { name: 'sitrep time stage', ...measure((i) => tagTimes({ ...segmented[i]!, published: REFERENCE }).times.length) },
];

const rows = results.map((r) => ({ ...r, mbPerSecond: megabytes / r.seconds, articlesPerSecond: texts.length / r.seconds }));
if (args.includes('--json')) console.log(JSON.stringify({ articles: texts.length, megabytes, rows }));
else {
  console.log(`${texts.length} articles, ${megabytes.toFixed(2)} MB of text, reference date ${REFERENCE}`);
  console.log('contender                       MB/s   articles/s   expressions');
  for (const r of rows) console.log(`${r.name.padEnd(28)} ${r.mbPerSecond.toFixed(2).padStart(7)} ${r.articlesPerSecond.toFixed(0).padStart(12)} ${String(r.found).padStart(13)}`);
}
const sitrep = rows[1]!;
const bare = rows[0]!;
console.log(`time: sitrep time stage ${sitrep.mbPerSecond.toFixed(2)} MB/s (target ≥ ${TARGET_MB_PER_S}), ${(100 * sitrep.mbPerSecond / bare.mbPerSecond).toFixed(0)}% of bare chrono-node's ${bare.mbPerSecond.toFixed(2)} MB/s`);
