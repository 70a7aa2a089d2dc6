/**
 * The situation report over a store of about 2,000 reports: reading the store, building the report, and
 * rendering it as Markdown, HTML and JSON, each timed (best of rounds), with the size of each output.
 *
 *   node --import tsx bench/report.ts [--db FILE] [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--limit 2000] [--rounds 3] [--json]
 *
 * With --db, the report is made over that store as it is. Without, the BBC articles (up to --limit) and
 * the two seeds go through the pipeline into a temporary store first; that ingest is timed apart and is
 * not the report's time.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/core/analyze.js';
import { readSources } from '../src/ingest/sources.js';
import type { Analysis } from '../src/model/types.js';
import { resolveOptions } from '../src/options.js';
import { buildReport } from '../src/report/build.js';
import { renderHtml } from '../src/report/html.js';
import { readInput } from '../src/report/input.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { resolveReportOptions } from '../src/report/options.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const SEEDS = sharedPath('corpus', 'seeds');
const LIMIT = Number(flag('--limit') ?? 2000);
const ROUNDS = Number(flag('--rounds') ?? 3);

let db = flag('--db');
if (!db) {
  if (!existsSync(DATA)) {
    console.log(`report bench: ${DATA} is not there (set SITREP_SHARED or give --db FILE); skipped`);
    process.exit(0);
  }
  db = join(mkdtempSync(join(tmpdir(), 'sitrep-report-bench-')), 'store.db');
  const store = await openSqliteStore(db);
  const options = resolveOptions({});
  const t = performance.now();
  let batch: Analysis[] = [];
  let n = 0;
  const paths = existsSync(SEEDS) ? [SEEDS, DATA] : [DATA];
  for await (const item of readSources(paths, { maxBytes: options.maxBytes })) {
    if (n >= LIMIT) break;
    const r = 'ok' in item ? item : runPipeline(item, options);
    if (!r.ok) continue;
    batch.push(r);
    n++;
    if (batch.length === 100) {
      await store.putMany(batch);
      batch = [];
    }
  }
  if (batch.length) await store.putMany(batch);
  await store.close();
  console.log(`store: ${n} reports through the pipeline in ${((performance.now() - t) / 1000).toFixed(1)} s (setup, not timed below)`);
}

const store = await openSqliteStore(db);
const options = resolveReportOptions({});
const best = async <T>(f: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
  let ms = Infinity;
  let value!: T;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    value = await f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, value };
};
const read = await best(() => readInput(store, options));
const built = await best(() => buildReport(read.value, options));
const md = await best(() => renderMarkdown(built.value));
const html = await best(() => renderHtml(built.value));
const json = await best(() => JSON.stringify(built.value, null, 2));
await store.close();
const r = built.value;
const figures = {
  reports: r.header.reports, events: r.header.events, figure_groups: r.figures.length, speakers: r.speakers.length, disagreements: r.disagreements.length, cited_sentences: r.sentences.length,
  read_ms: read.ms, build_ms: built.ms, markdown_ms: md.ms, html_ms: html.ms, json_ms: json.ms,
  total_html_ms: read.ms + built.ms + html.ms, markdown_bytes: Buffer.byteLength(md.value), html_bytes: Buffer.byteLength(html.value), json_bytes: Buffer.byteLength(json.value),
};
console.log(`report over ${r.header.reports} reports (${r.header.events} events, ${r.figures.length} figure lines, ${r.speakers.length} speakers, ${r.disagreements.length} disagreements, ${r.sentences.length} sentences cited), best of ${ROUNDS}:`);
console.log(`  read the store ${read.ms.toFixed(0)} ms, build ${built.ms.toFixed(0)} ms; render Markdown ${md.ms.toFixed(0)} ms (${(figures.markdown_bytes / 1e6).toFixed(2)} MB), HTML ${html.ms.toFixed(0)} ms (${(figures.html_bytes / 1e6).toFixed(2)} MB), JSON ${json.ms.toFixed(0)} ms (${(figures.json_bytes / 1e6).toFixed(2)} MB)`);
console.log(`  store to HTML: ${(figures.total_html_ms / 1000).toFixed(2)} s`);
if (args.includes('--json')) console.log(JSON.stringify(figures));
