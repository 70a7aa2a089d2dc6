/**
 * `sitrep serve` under load: requests a second and latency (p50, p95, p99) of the events list and a
 * document view, on a store of the whole BBC corpus, from autocannon on loopback against the server in
 * its own process (`bin/sitrep.js serve`, so run `npm run build` first).
 *
 *   node --import tsx bench/serve.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--db .bench/serve-bbc.db]
 *                                    [--seconds 10] [--connections 10] [--json]
 *
 * The store is made once (ingest takes minutes) and reused while it holds as many documents as the data.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { ingest } from '../src/cli/commands/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const DB = flag('--db') ?? join(import.meta.dirname, '..', '.bench', 'serve-bbc.db');
const SECONDS = Number(flag('--seconds') ?? 10);
const CONNECTIONS = Number(flag('--connections') ?? 10);
const TOKEN = 'bench-token-0123456789abcdef';

if (!existsSync(DATA)) {
  console.error(`bench/serve: no data at ${DATA} (set SITREP_SHARED or --data); skipped`);
  process.exit(0);
}
mkdirSync(dirname(DB), { recursive: true });
const store = openSqliteStore(DB);
const documents = await store.count();
const docId = (await first(store.list({ limit: 1, offset: Math.floor(documents / 2) })))?.id;
await store.close();
if (documents === 0 || !docId) {
  const t = performance.now();
  const s = await ingest({ paths: [DATA], db: DB, options: {} }, { out: () => {}, err: (l) => console.error(l), tty: false });
  console.error(`bench/serve: ingested ${s.ingested} documents into ${DB} in ${((performance.now() - t) / 1000).toFixed(0)} s; run again to measure`);
}
const reopened = openSqliteStore(DB);
const count = await reopened.count();
const target = { documents: count, events: await reopened.eventCount(), doc: (await first(reopened.list({ limit: 1, offset: Math.floor(count / 2) })))!.id };
await reopened.close();

async function first<T>(items: AsyncIterable<T> | Iterable<T>): Promise<T | undefined> {
  for await (const item of items) return item;
  return undefined;
}

const server = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'sitrep.js'), 'serve', '--db', DB, '--port', '0'], { env: { ...process.env, SITREP_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise<string>((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (c: Buffer) => {
    err += c.toString();
    const m = /sitrep serve: (http:\/\/\S+) \(database/.exec(err);
    if (m) resolve(m[1]!);
  });
  server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${err}`)));
});

interface Figures { path: string; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; requests: number }

async function load(path: string): Promise<Figures> {
  // One request first, so the cache of reviewed events is built before the clock starts.
  await fetch(base + path.slice(1));
  const times: number[] = [];
  const instance = autocannon({ url: base + path.slice(1), connections: CONNECTIONS, duration: SECONDS });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const r = await instance;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { path, requestsPerSecond: Math.round(r.requests.total / SECONDS), p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: r.errors, non2xx: r.non2xx, requests: r.requests.total };
}

try {
  const results = [await load('/api/events?limit=50'), await load('/api/events?limit=50&sort=-fatalities&place=london'), await load(`/api/documents/${target.doc}`)];
  console.log(`sitrep serve on ${target.documents} documents, ${target.events} merged events (${documents ? 'existing' : 'new'} store ${DB}); autocannon ${CONNECTIONS} connections × ${SECONDS} s each, on loopback`);
  for (const r of results) console.log(`  ${r.path.padEnd(55)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx)`);
  if (args.includes('--json')) console.log(JSON.stringify({ documents: target.documents, events: target.events, connections: CONNECTIONS, seconds: SECONDS, results }));
} finally {
  server.kill('SIGTERM');
}
