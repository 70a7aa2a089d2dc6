/**
 * WARC streaming: writes a synthetic crawl of `--size-gb` (default 2) gigabytes as `.warc.gz` (one gzip
 * member a record) and reads it through ingest's sources (src/ingest/warc.ts) in a child process, whose
 * peak RSS is the reader's own. The crawl is what a news crawl holds: for each page a request, an HTML
 * response and a metadata record; every 5th page an image, every 50th a 404, every 2,000th a 20 MB
 * video (skipped without being held). The reader decodes nothing past the records' payloads: this
 * measures reading and memory, not the analysis (about a tenth of a second a page, see bench/spine.ts).
 * RSS is sampled as the file is read, to show it stays flat. Not part of `npm test` (it writes 2 GB).
 *
 *   node --import tsx bench/warc.ts [--size-gb 2] [--dir /tmp] [--plain] [--keep] [--json]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, flag } from './args.js';
import { gzipRecord, metadataRecord, requestRecord, responseRecord, warcRecord } from '../test/warc-write.js';

const GB = 1024 ** 3;
/** The target the issue sets for a 2 GB archive. */
const MAX_RSS_MB = 300;

const WORDS = 'the governor said shelling damaged buildings overnight rescue teams worked through night clear rubble officials water supply cut districts northern suburbs regional council reported casualties hospital emergency services ministry defence statement residents evacuated city centre'.split(' ');

/** A page of about 30 KB with varied words (compresses like real text, about 3:1). */
function page(n: number, seed: { x: number }): string {
  const next = () => (seed.x = (seed.x * 1103515245 + 12345) & 0x7fffffff);
  const paragraphs: string[] = [];
  for (let p = 0; p < 40; p++) {
    const words: string[] = [];
    for (let w = 0; w < 110; w++) words.push(WORDS[next() % WORDS.length]!);
    paragraphs.push(`<p>${words.join(' ')}.</p>`);
  }
  return `<!doctype html><html><head><title>Report ${n}</title></head><body><article><h1>Report ${n}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

function write(path: string, bytes: number, gzip: boolean): { pages: number; skipped: number } {
  const fd = openSync(path, 'w');
  const seed = { x: 42 };
  let size = 0;
  let pages = 0;
  let skipped = 0;
  const put = (record: Buffer) => {
    const out = gzip ? gzipRecord(record) : record;
    writeSync(fd, out);
    size += out.length;
  };
  put(warcRecord({ type: 'warcinfo', body: 'software: sitrep bench/warc.ts\r\n' }));
  skipped++;
  while (size < bytes) {
    const uri = `https://news.example/${pages}`;
    put(requestRecord(uri));
    put(responseRecord(uri, page(pages, seed), { id: `urn:uuid:page-${pages}` }));
    put(metadataRecord(uri));
    skipped += 2;
    if (pages % 5 === 0) put(responseRecord(`${uri}/photo.jpg`, randomBytes(200 * 1024), { contentType: 'image/jpeg' }));
    if (pages % 50 === 0) put(responseRecord(`${uri}/gone`, '<html><body>Gone</body></html>', { status: 404 }));
    if (pages % 2000 === 0) put(responseRecord(`${uri}/clip.mp4`, randomBytes(20 * 1024 * 1024), { contentType: 'video/mp4' }));
    skipped += (pages % 5 === 0 ? 1 : 0) + (pages % 50 === 0 ? 1 : 0) + (pages % 2000 === 0 ? 1 : 0);
    pages++;
  }
  closeSync(fd);
  return { pages, skipped };
}

/** The child: reads the file through ingest's sources and reports counts, time and memory. */
async function read(path: string): Promise<void> {
  const { readSources } = await import('../src/ingest/sources.js');
  const total = statSync(path).size;
  const samples: number[] = [];
  let nextSample = 0;
  let inputs = 0;
  let failures = 0;
  let payload = 0;
  let skipped = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for await (const item of readSources([path], {
    maxBytes: 25 * 1024 * 1024,
    onSkipped: () => skipped++,
    onProgress: (done) => {
      if (done >= nextSample) {
        samples.push(Math.round(process.memoryUsage().rss / 1024 / 1024));
        nextSample += total / 10;
      }
    },
  })) {
    if ('ok' in item) failures++;
    else {
      inputs++;
      payload += item.bytes?.length ?? 0;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ inputs, failures, skipped, payloadMb: payload / 1024 / 1024, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, rssSamplesMb: samples }) + '\n');
}

async function main(): Promise<void> {
  const reading = flag('--read');
  if (reading) return read(reading);
  const gzip = !args.includes('--plain');
  const sizeGb = Number(flag('--size-gb') ?? 2);
  const path = join(flag('--dir') ?? tmpdir(), `sitrep-bench-${sizeGb}gb.warc${gzip ? '.gz' : ''}`);
  const t0 = performance.now();
  const made = write(path, sizeGb * GB, gzip);
  const fileMb = statSync(path).size / 1024 / 1024;
  process.stderr.write(`wrote ${path}: ${fileMb.toFixed(0)} MB, ${made.pages} pages, ${made.skipped} other records (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--read', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`the reader failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as { inputs: number; failures: number; skipped: number; seconds: number; cpuSeconds: number; peakRssMb: number; rssSamplesMb: number[] };
    const right = r.inputs === made.pages && r.skipped === made.skipped && r.failures === 0;
    const line = `warc ${gzip ? '.warc.gz' : '.warc'} ${fileMb.toFixed(0)} MB: ${r.inputs} pages (expected ${made.pages}), ${r.skipped} skipped (expected ${made.skipped}), ${r.failures} failures; ${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU (${(fileMb / r.seconds).toFixed(0)} MB/s); peak RSS ${r.peakRssMb.toFixed(0)} MB (target < ${MAX_RSS_MB}); RSS at each tenth: ${r.rssSamplesMb.join(' ')} MB`;
    console.log(args.includes('--json') ? JSON.stringify({ ...r, fileMb, expectedPages: made.pages, right }) : line);
    if (!right || r.peakRssMb >= MAX_RSS_MB) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep') && existsSync(path)) rmSync(path);
  }
}

await main();
