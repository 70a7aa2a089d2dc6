import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { PIPELINE, type State } from '../core/pipeline.js';
import type { Failure } from '../model/types.js';
import { resolveOptions } from '../options.js';
import { gzipRecord, metadataRecord, requestRecord, responseRecord, warcRecord } from '../../test/warc-write.js';
import { assertSchema, hasShared, NO_SHARED, sharedPath } from '../../test/helpers.js';
import { runPipeline } from '../core/analyze.js';
import type { RawInput } from './input.js';
import { readSources } from './sources.js';
import type { WarcSkip } from './warc.js';

const ARTICLE = `<!doctype html><html><head><title>Shelling in the north</title></head><body><article><h1>Shelling in the north</h1>
<p>Shelling damaged several buildings in the northern suburbs overnight, the regional governor said on Tuesday morning.</p>
<p>Rescue teams worked through the night to clear the rubble, and officials said the water supply had been cut in two districts.</p></article></body></html>`;

async function read(path: string, maxBytes = 25 * 1024 * 1024) {
  const items: Array<RawInput | Failure> = [];
  const skipped: Partial<Record<WarcSkip, number>> = {};
  let progress: [number, number] = [0, 0];
  for await (const item of readSources([path], { maxBytes, onSkipped: (why) => (skipped[why] = (skipped[why] ?? 0) + 1), onProgress: (r, t) => (progress = [r, t]) })) items.push(item);
  return { items, skipped, progress };
}

/** The text the ingest stages (decode, HTML, metadata, cleaning) make of an input, or its failure code. */
function ingestText(input: RawInput): string {
  let state: State = { input, options: resolveOptions(), meta: {}, published: null, warnings: [] };
  for (const step of PIPELINE.filter((s) => ['decode', 'html', 'metadata', 'clean'].includes(s.name))) {
    const next = step.run(state);
    if ('ok' in next) return `failure ${next.code}`;
    state = next;
  }
  return state.cleaned!.text;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-warc-'));
}

const mixed = () => [
  warcRecord({ type: 'warcinfo', body: 'software: test\r\nformat: WARC File Format 1.0\r\n' }),
  requestRecord('https://news.example/a'),
  responseRecord('https://news.example/a', ARTICLE, { id: 'urn:uuid:aaaa', date: '2022-03-16T09:00:00Z' }),
  metadataRecord('https://news.example/a'),
  responseRecord('https://news.example/missing', '<html><body>Not found</body></html>', { status: 404 }),
  responseRecord('https://news.example/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { contentType: 'image/png' }),
  responseRecord('https://news.example/b.txt', iconv.encode('Обстрел повредил несколько зданий в северных пригородах, сообщил губернатор.', 'windows-1251'), { contentType: 'text/plain; charset=windows-1251', id: 'urn:uuid:bbbb' }),
  responseRecord('https://news.example/c', ARTICLE.replace('Tuesday', 'Wednesday'), { gzipBody: true, id: 'urn:uuid:cccc' }),
  responseRecord('https://news.example/d', ARTICLE.replace('Tuesday', 'Thursday'), { brotliBody: true, id: 'urn:uuid:dddd' }),
  warcRecord({ type: 'revisit', uri: 'https://news.example/a', body: '' }),
];

for (const gz of [false, true]) {
  test(`WARC (${gz ? '.warc.gz, one gzip member a record' : '.warc'}): HTML and text responses with HTTP 200 are inputs, the rest skipped and counted`, async () => {
    const dir = tempDir();
    try {
      const path = join(dir, gz ? 'crawl.warc.gz' : 'crawl.warc');
      const records = mixed();
      writeFileSync(path, Buffer.concat(gz ? records.map(gzipRecord) : records));
      const { items, skipped, progress } = await read(path);
      assert.deepEqual(items.map((i) => i.origin), [`${path}#urn:uuid:aaaa`, `${path}#urn:uuid:bbbb`, `${path}#urn:uuid:cccc`, `${path}#urn:uuid:dddd`]);
      assert.deepEqual(skipped, { warcinfo: 1, request: 1, metadata: 1, 'not-200': 1, 'not-html': 1, revisit: 1 });
      const [a, b, c, d] = items as RawInput[];
      assert.equal(a!.format, 'html');
      assert.deepEqual(a!.meta, { url: 'https://news.example/a' });
      assert.equal(a!.metaSource, 'crawl');
      assert.equal(a!.crawled, '2022-03-16T09:00:00Z');
      assert.equal(b!.format, 'text');
      assert.equal(b!.charset, 'windows-1251');
      assert.match(ingestText(b!), /^Обстрел повредил/);
      assert.match(ingestText(c!), /on Wednesday morning/, 'the gzip content encoding is undone');
      assert.match(ingestText(d!), /on Thursday morning/, 'the brotli content encoding is undone');
      assert.match(ingestText(a!), /^Shelling damaged several buildings/);
      assert.equal(progress[0], progress[1], 'every byte of the file is read and reported');
      const analysis = runPipeline(a!, resolveOptions({ tokens: false }));
      assertSchema(analysis);
      assert.ok(analysis.ok);
      assert.deepEqual([analysis.document.origin, analysis.document.url, analysis.document.provenance.url], [`${path}#urn:uuid:aaaa`, 'https://news.example/a', 'crawl']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('WARC: a record over the size limit is a TOO_LARGE failure and the records after it are still read', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'big.warc.gz');
    const big = `<html><body><p>${'word '.repeat(5000)}</p></body></html>`;
    writeFileSync(path, Buffer.concat([responseRecord('https://x.example/big', big, { id: 'urn:uuid:big' }), responseRecord('https://x.example/a', ARTICLE, { id: 'urn:uuid:a' })].map(gzipRecord)));
    const { items } = await read(path, 10_000);
    assert.equal(items.length, 2);
    assert.deepEqual([(items[0] as Failure).code, items[0]!.origin], ['TOO_LARGE', `${path}#urn:uuid:big`]);
    assert.equal(items[1]!.origin, `${path}#urn:uuid:a`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('WARC: a file that is not a WARC, or breaks off, is a BAD_WARC failure naming it', async () => {
  const dir = tempDir();
  try {
    const notWarc = join(dir, 'notes.warc');
    writeFileSync(notWarc, 'just some text\n');
    const { items } = await read(notWarc);
    assert.equal(items.length, 1);
    assert.equal((items[0] as Failure).code, 'BAD_WARC');
    assert.match(items[0]!.origin, /notes\.warc/);
    const records = [responseRecord('https://x.example/a', ARTICLE, { id: 'urn:uuid:a' }), responseRecord('https://x.example/b', ARTICLE, { id: 'urn:uuid:b' })];
    for (const gz of [false, true]) {
      const whole = Buffer.concat(gz ? records.map(gzipRecord) : records);
      const cut = join(dir, gz ? 'cut.warc.gz' : 'cut.warc');
      writeFileSync(cut, whole.subarray(0, whole.length - 20));
      const got = (await read(cut)).items;
      assert.deepEqual(got.map((i) => ('ok' in i ? i.code : 'input')), ['input', 'BAD_WARC'], cut);
      assert.equal(got[0]!.origin, `${cut}#urn:uuid:a`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const SETS = ['cleaneval-dev', 'readability', 'page-signal-master'];
/** Every 4th page of each set (about 200 of 795) keeps this test near 30 s; SITREP_WARC_ALL_PAGES=1 takes them all. */
const SAMPLE_EVERY = 4;
const ALL_PAGES = process.env.SITREP_WARC_ALL_PAGES === '1';

test('WARC of the extraction sets\' pages: every HTML response once, the rest skipped with counts, the same texts as the pages read as files', { skip: !hasShared('eval', 'extraction') && NO_SHARED }, async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'pages.warc.gz');
    const members: Buffer[] = [];
    const expected = new Map<string, string>();
    let n = 0;
    let missing = 0;
    for (const set of SETS) {
      const folder = sharedPath('eval', 'extraction', set, 'input');
      const names = readdirSync(folder).filter((f) => f.endsWith('.html.gz')).sort();
      for (const name of ALL_PAGES ? names : names.filter((_, i) => i % SAMPLE_EVERY === 0)) {
        const uri = `https://pages.example/${set}/${name.replace(/\.gz$/, '')}`;
        const body = gunzipSync(readFileSync(join(folder, name)));
        const file: RawInput = { origin: join(folder, name), format: 'html', bytes: body, meta: {}, metaSource: null };
        expected.set(`${path}#urn:uuid:page-${n}`, ingestText(file));
        members.push(requestRecord(uri), responseRecord(uri, body, { id: `urn:uuid:page-${n}`, gzipBody: n % 7 === 0, brotliBody: n % 7 === 3 }), metadataRecord(uri));
        if (n % 10 === 0) members.push(requestRecord(`${uri}/gone`), responseRecord(`${uri}/gone`, '<html><body>Gone</body></html>', { status: 404 }));
        if (n % 10 === 0) missing++;
        n++;
      }
    }
    writeFileSync(path, Buffer.concat(members.map(gzipRecord)));
    const { items, skipped } = await read(path);
    assert.equal(items.length, n, 'one input a page');
    assert.deepEqual(skipped, { request: n + missing, metadata: n, 'not-200': missing });
    let same = 0;
    for (const item of items) {
      assert.ok(!('ok' in item), `${item.origin}: ${'reason' in item ? item.reason : ''}`);
      const text = ingestText(item as RawInput);
      if (text === expected.get(item.origin)) same++;
      else assert.fail(`${item.origin}: the text differs from the file's`);
    }
    assert.equal(same, n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('WARC: the crawl date bounds the publication date (a page cannot be published after it was crawled)', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'dated.warc');
    const dated = (date: string) => ARTICLE.replace('<title>', `<meta property="article:published_time" content="${date}"><title>`);
    writeFileSync(path, Buffer.concat([
      responseRecord('https://news.example/late', dated('2023-05-01T10:00:00Z'), { id: 'urn:uuid:late', date: '2022-03-16T09:00:00Z' }),
      responseRecord('https://news.example/early', dated('2022-03-15T10:00:00Z'), { id: 'urn:uuid:early', date: '2022-03-16T09:00:00Z' }),
    ]));
    const { items } = await read(path);
    const published = (items as RawInput[]).map((i) => {
      const r = runPipeline(i, resolveOptions({ tokens: false }));
      return r.ok ? r.document.published?.value ?? null : r.code;
    });
    assert.deepEqual(published, [null, '2022-03-15T10:00:00Z']);
    const asFile = runPipeline({ ...(items[0] as RawInput), crawled: undefined } as RawInput, resolveOptions({ tokens: false }));
    assert.equal(asFile.ok && asFile.document.published?.value, '2023-05-01T10:00:00Z', 'without the crawl date the stated date stands');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
