/**
 * Cross-document event merging on a crawl: the articles through the pipeline (timed, the reference),
 * their event mentions merged from nothing (best of rounds), and stored in SQLite in batches of 100
 * with the events kept up to date, against the same batches with the events layer left out: the
 * difference is what merging adds to an article's ingest. Prints what merged and by which rule.
 *
 *   node --import tsx bench/merge.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--published 2005-03-01]
 *                                    [--limit N] [--rounds 3] [--json]
 *
 * The BBC articles carry no dates, so their events are undated and nothing merges; `--published`
 * gives every article one day, which makes every relative date that day: a stress test of the merge
 * (far more same-day candidates than a real crawl has), not a quality figure.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/core/analyze.js';
import { mergeEvents } from '../src/events/merge.js';
import { eventMentions } from '../src/events/mention.js';
import { readSources } from '../src/ingest/sources.js';
import type { Analysis } from '../src/model/types.js';
import { resolveOptions } from '../src/options.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const PUBLISHED = flag('--published');
const LIMIT = Number(flag('--limit') ?? Infinity);
const ROUNDS = Number(flag('--rounds') ?? 3);
const BATCH = 100;

const options = resolveOptions(PUBLISHED ? { published: PUBLISHED } : {});
const analyses: Analysis[] = [];
const seen = new Set<string>();
/** Records read and the pipeline's time over all of them, repeats included. */
let [records, pipelineMs] = [0, 0];
for await (const item of readSources([DATA], { maxBytes: options.maxBytes })) {
  if (analyses.length >= LIMIT) break;
  const t = performance.now();
  const r = 'ok' in item ? item : runPipeline(item, options);
  pipelineMs += performance.now() - t;
  records++;
  // The same article twice is one document, as in the store.
  if (r.ok && !seen.has(r.document.id)) {
    seen.add(r.document.id);
    analyses.push(r);
  }
}
const n = analyses.length;

let t = performance.now();
const mentions = analyses.flatMap(eventMentions);
const mentionMs = performance.now() - t;
let mergeMs = Infinity;
let events = mergeEvents(mentions);
for (let r = 0; r < ROUNDS; r++) {
  t = performance.now();
  events = mergeEvents(mentions);
  mergeMs = Math.min(mergeMs, performance.now() - t);
}

/** Stores the analyses in batches in a new database; returns the milliseconds `putMany` took. */
async function storeAll(list: readonly Analysis[]): Promise<{ ms: number; events: number }> {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-bench-merge-')), 'bench.db'));
  try {
    const t0 = performance.now();
    for (let i = 0; i < list.length; i += BATCH) await store.putMany(list.slice(i, i + BATCH));
    const ms = performance.now() - t0;
    return { ms, events: await store.eventCount() };
  } finally {
    await store.close();
  }
}
const withoutEvents = analyses.map((a) => ({ ...a, annotations: { ...a.annotations, events: [] } }));
const plain = await storeAll(withoutEvents);
const merged = await storeAll(analyses);
const mergeOnIngestMs = merged.ms - plain.ms;

const docsOf = (e: (typeof events)[number]) => new Set(e.sources.map((s) => s.doc)).size;
const rules = new Map<string, number>();
for (const e of events) if (e.sources.length > 1) rules.set(e.merge.rule, (rules.get(e.merge.rule) ?? 0) + 1);
const figures = {
  documents: n,
  mentions: mentions.length,
  dated_mentions: mentions.filter((m) => m.days).length,
  events: events.length,
  events_in_store: merged.events,
  multi_mention_events: events.filter((e) => e.sources.length > 1).length,
  cross_document_events: events.filter((e) => docsOf(e) > 1).length,
  figure_conflicts: events.filter((e) => e.conflicts.some((c) => c.field === 'fatalities' || c.field === 'injured')).length,
  pipeline_ms_per_doc: pipelineMs / records,
  mentions_ms: mentionMs,
  merge_ms: mergeMs,
  mentions_per_s: mentions.length / (mergeMs / 1000),
  store_ms_without_events: plain.ms,
  store_ms_with_events: merged.ms,
  merge_on_ingest_ms_per_doc: mergeOnIngestMs / n,
  merge_share_of_pipeline: mergeOnIngestMs / n / (pipelineMs / records),
};
console.log(`${n} documents (${records - n} repeats left out)${PUBLISHED ? ` (all published ${PUBLISHED})` : ''}: ${mentions.length} event mentions (${(mentions.length / n).toFixed(2)} a document, ${figures.dated_mentions} dated)`);
console.log(`merged: ${events.length} events, ${figures.multi_mention_events} of them from more than one mention, ${figures.cross_document_events} from more than one document, ${figures.figure_conflicts} with conflicting figures`);
for (const [rule, count] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${rule}`);
console.log(`merge from nothing: ${mergeMs.toFixed(1)} ms (${Math.round(figures.mentions_per_s).toLocaleString('en')} mentions/s, best of ${ROUNDS}); building the mentions ${mentionMs.toFixed(1)} ms`);
console.log(`store in batches of ${BATCH}: ${plain.ms.toFixed(0)} ms without events, ${merged.ms.toFixed(0)} ms with merged events kept up to date`);
console.log(`merging adds ${figures.merge_on_ingest_ms_per_doc.toFixed(2)} ms to an article's ingest: ${(100 * figures.merge_share_of_pipeline).toFixed(1)}% of the pipeline's ${figures.pipeline_ms_per_doc.toFixed(1)} ms an article`);
if (args.includes('--json')) console.log(JSON.stringify(figures));
