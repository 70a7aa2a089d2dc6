/** `sitrep ingest` on a WARC archive and a feed, as a user runs it: the summary, the store's origins. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitrep, summary, tempDir } from './cli-helpers.js';
import { gzipRecord, metadataRecord, requestRecord, responseRecord } from './warc-write.js';

const page = (n: number) => `<!doctype html><html><head><title>Report ${n}</title></head><body><article><h1>Report ${n}</h1>
<p>Shelling damaged several buildings in the northern suburbs overnight, the regional governor said on Tuesday; report ${n}.</p>
<p>Rescue teams worked through the night to clear the rubble, and officials said the water supply had been cut in two districts.</p></article></body></html>`;

test('sitrep ingest: a WARC archive and an RSS feed; skipped records counted in the summary, origins in the export', () => {
  const dir = tempDir();
  try {
    const warc = join(dir, 'crawl.warc.gz');
    const records = [1, 2].flatMap((n) => [requestRecord(`https://news.example/${n}`), responseRecord(`https://news.example/${n}`, page(n), { id: `urn:uuid:p${n}` }), metadataRecord(`https://news.example/${n}`)]);
    records.push(responseRecord('https://news.example/gone', '<html><body>Gone</body></html>', { status: 404 }));
    writeFileSync(warc, Buffer.concat(records.map(gzipRecord)));
    const rss = join(dir, 'desk.rss');
    writeFileSync(rss, `<rss version="2.0"><channel><title>Desk</title><item><title>Item</title><link>https://desk.example/1</link><description>Officials said the water supply had been cut in two districts after the overnight shelling.</description><pubDate>Tue, 15 Mar 2022 07:30:00 GMT</pubDate></item></channel></rss>`);
    const db = join(dir, 'out.db');
    const r = sitrep(['ingest', warc, rss, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(summary(r.stderr), { ingested: 3, duplicates: 0, failed: 0 });
    assert.match(r.stderr, /skipped 5 WARC records \(2 request, 2 metadata, 1 not HTTP 200\)/);
    const out = sitrep(['export', '--db', db]);
    const docs = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { document: { origin: string; url: string; published: { value: string; source: string } | null } });
    assert.deepEqual(docs.map((d) => d.document.origin).sort(), [`${rss}#1 (https://desk.example/1)`, `${warc}#urn:uuid:p1`, `${warc}#urn:uuid:p2`].sort());
    const item = docs.find((d) => d.document.origin.startsWith(rss))!;
    assert.deepEqual(item.document.published, { value: '2022-03-15T07:30:00+00:00', precision: 'second', source: 'feed' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep ingest with neither a path nor --urls is a usage error', () => {
  const dir = tempDir();
  try {
    const r = sitrep(['ingest', '--db', join(dir, 'x.db')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /give at least one path or URL, or --urls FILE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
