/**
 * The quotes and figures stages' speed on the BBC corpus, in documents per second, beside wink-nlp's
 * tokens and part of speech (what reading the text costs) in the same run. The clock covers the two
 * stages alone, on texts segmented and entity-tagged before it starts, after a warm-up pass. Ends with
 * one summary line.
 *
 *   node --import tsx bench/attribution.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--json]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tagQuotes } from '../src/attribution/stage.js';
import { tagFigures } from '../src/figures/stage.js';
import { tagEntities } from '../src/ner/stage.js';
import { segment } from '../src/segment/segment.js';
import { wink } from '../src/segment/wink.js';
import { args, flag, sharedPath, timePass } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
/** Articles in the warm-up pass. */
const WARMUP = 200;

const texts = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const docs = texts.map((text) => {
  const seg = segment(text);
  return { text, ...seg, mentions: tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }).mentions };
});

const measure = (run: (i: number) => number) => timePass(texts.length, WARMUP, run);

const its = wink().its;
const rows = [
  { name: 'wink-nlp tokens + POS (reference)', ...measure((i) => (wink().readDoc(texts[i]!).tokens().out(its.pos) as string[]).length) },
  { name: 'sitrep quotes stage', ...measure((i) => tagQuotes(docs[i]!).length) },
  { name: 'sitrep quotes + figures stages', ...measure((i) => {
    const d = docs[i]!;
    const quotes = tagQuotes(d);
    return quotes.length + tagFigures({ text: d.text, sentences: d.sentences, tokens: d.tokens, quotes }).length;
  }) },
].map((r) => ({ ...r, docsPerSecond: texts.length / r.seconds }));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
if (args.includes('--json')) console.log(JSON.stringify({ articles: texts.length, peakRssMb, rows }));
else {
  console.log(`${texts.length} articles; peak RSS ${peakRssMb.toFixed(0)} MB`);
  console.log('contender                            docs/s   found');
  for (const r of rows) console.log(`${r.name.padEnd(34)} ${r.docsPerSecond.toFixed(0).padStart(8)} ${String(r.found).padStart(7)}`);
}
const both = rows[2]!;
console.log(`attribution: quotes + figures ${both.docsPerSecond.toFixed(0)} documents/s (${(both.docsPerSecond / rows[0]!.docsPerSecond).toFixed(2)}× wink-nlp's tokens + POS, ${rows[0]!.docsPerSecond.toFixed(0)} documents/s)`);
