/**
 * The entity tagger's speed on the BBC corpus, in tokens per second, beside compromise (people, places
 * and organizations) and, as a reference for what reading tokens costs, wink-nlp's own tokenizer and
 * part-of-speech tagger, all on the same texts in the same run. sitrep's clock covers the entities
 * stage alone (features, scores, Viterbi, consistency, offsets), on texts segmented before the clock
 * starts; the model's load time is measured on its own, from the file. Each contender gets a warm-up
 * pass over the first articles. Peak RSS is the whole process's. Ends with one summary line.
 *
 *   node --import tsx bench/ner.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--json]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import { decodeModel, MODEL_PATH } from '../src/ner/model.js';
import { tagEntities } from '../src/ner/stage.js';
import { segment } from '../src/segment/segment.js';
import { wink } from '../src/segment/wink.js';
import { args, flag, sharedPath, timePass } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Articles in the warm-up pass: enough for the JIT to settle on the hot paths. */
const WARMUP = 200;
/** The target for tagging on one core, features included. */
const TARGET_TOKENS_PER_S = 150_000;
/** The target for loading the model. */
const TARGET_LOAD_MS = 1000;

const texts = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const l0 = performance.now();
const model = decodeModel(readFileSync(MODEL_PATH));
const loadMs = performance.now() - l0;
const segmented = texts.map((t) => ({ text: t, ...segment(t) }));
const tokens = segmented.reduce((n, s) => n + s.tokens.length, 0);

const measure = (run: (i: number) => number) => timePass(texts.length, WARMUP, run);

const its = wink().its;
const results = [
  { name: 'wink-nlp tokens + POS (reference)', ...measure((i) => (wink().readDoc(texts[i]!).tokens().out(its.pos) as string[]).length) },
  { name: 'compromise people/places/orgs', ...measure((i) => { const d = nlp(texts[i]!); return d.people().length + d.places().length + d.organizations().length; }) },
  { name: 'sitrep entities stage', ...measure((i) => tagEntities(segmented[i]!, model).mentions.length) },
];
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const rows = results.map((r) => ({ ...r, tokensPerSecond: tokens / r.seconds }));
if (args.includes('--json')) console.log(JSON.stringify({ articles: texts.length, tokens, loadMs, peakRssMb, rows }));
else {
  console.log(`${texts.length} articles, ${tokens} tokens; model load ${loadMs.toFixed(0)} ms; peak RSS ${peakRssMb.toFixed(0)} MB`);
  console.log('contender                            tokens/s   found');
  for (const r of rows) console.log(`${r.name.padEnd(34)} ${r.tokensPerSecond.toFixed(0).padStart(10)} ${String(r.found).padStart(7)}`);
}
const sitrep = rows[2]!;
const comp = rows[1]!;
console.log(`ner: sitrep entities ${sitrep.tokensPerSecond.toFixed(0)} tokens/s (target ≥ ${TARGET_TOKENS_PER_S}), ${(sitrep.tokensPerSecond / comp.tokensPerSecond).toFixed(1)}× compromise's ${comp.tokensPerSecond.toFixed(0)}; model load ${loadMs.toFixed(0)} ms (target ≤ ${TARGET_LOAD_MS})`);
