/**
 * `npm run bench` (events part): what the events stage adds to the per-article time of the pipeline
 * before it, on the BBC corpus (target: no more than 30%). The pipeline runs whole (events included)
 * over the articles; then the events stage alone runs again on the same articles' layers, timed apart.
 *
 *   node --import tsx bench/events.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--articles 800]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/core/analyze.js';
import { flag, sharedPath } from './args.js';
import { detectEvents, type EventInput } from '../src/events/detect.js';
const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
if (!existsSync(DATA)) {
  console.log(`events bench skipped: ${DATA} is absent`);
  process.exit(0);
}
/** BBC articles carry no date; one publication day gives every article a governing date. */
const PUBLISHED = '2005-03-01';
const lines = gunzipSync(readFileSync(DATA)).toString('utf8').trim().split('\n').slice(0, Number(flag('--articles') ?? 800));
const texts = lines.map((l) => JSON.parse(l).text as string);
for (const t of texts.slice(0, 100)) analyze({ text: t, origin: 'warm-up', meta: { published: PUBLISHED } });
const inputs: EventInput[] = [];
let t0 = performance.now();
for (const [i, text] of texts.entries()) {
  const a = analyze({ text, origin: `bbc${i}`, meta: { published: PUBLISHED } });
  if (!a.ok || !a.annotations) continue;
  const an = a.annotations;
  inputs.push({
    text: a.document.text,
    sentences: a.sentences.map((s) => ({ start: s.span.start, end: s.span.end, paragraph: s.paragraph })),
    mentions: (an.mentions ?? []).map((m) => ({ start: m.span.start, end: m.span.end, sentence: m.sentence, type: m.type, fine: m.fine, entity: m.entity })),
    places: (an.places ?? []).map((p) => ({ start: p.span.start, end: p.span.end, sentence: p.sentence, lat: p.lat, featureType: p.featureType })),
    quantities: (an.quantities ?? []).map((q) => ({ start: q.span.start, end: q.span.end, sentence: q.sentence, kind: q.kind, value: q.value, min: q.min })),
    governing: an.governing ?? [],
    published: PUBLISHED,
  });
}
const whole = performance.now() - t0;
for (const x of inputs.slice(0, 100)) detectEvents(x);
t0 = performance.now();
let n = 0;
for (const x of inputs) n += detectEvents(x).length;
const events = performance.now() - t0;
console.log(`events: ${inputs.length} BBC articles: whole pipeline ${(whole / inputs.length).toFixed(2)} ms/article, events stage ${(events / inputs.length).toFixed(2)} ms/article (${n} events): +${(100 * events / (whole - events)).toFixed(1)}% on the stages before it (target ≤ 30%)`);
