/** The `sitrep` command end to end: stdin, flags over sidecars, HTML, JSONL, search, show and export. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitrep, summary, tempDir } from './cli-helpers.js';
import { assertSchema, assertSpans } from './helpers.js';

const ARTICLE = 'Shelling hit the Saltivka district of Kharkiv overnight, the regional governor said.\nPlease use Chrome browser for a more accessible video player\nFive people were injured, officials said on Telegram.';

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Kharkiv shelled overnight | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/2022/03/16/kharkiv-shelled">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kharkiv shelled overnight","datePublished":"2022-03-16T07:30:00+02:00","author":{"@type":"Person","name":"Olena Example"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kharkiv shelled overnight</h1>
<p>Shelling hit the Saltivka district of Kharkiv overnight, the regional governor said on Wednesday morning, adding that rescue teams were still at work.</p>
<p>Five people were injured and two apartment blocks caught fire, officials said on Telegram. Firefighters brought the blaze under control by dawn.</p>
<p>The city has been under near-constant bombardment since the invasion began about three weeks ago, and many residents now sleep in metro stations.</p>
</article><footer>© Example News</footer></body></html>`;

test('analyze -: stdin, flags recorded as the user\'s, output valid against the schema', () => {
  const r = sitrep(['analyze', '-', '--format', 'json', '--published', '2022-03-16', '--source', 'Wire', '--timezone', 'Europe/Kyiv'], { input: ARTICLE });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assertSchema(out);
  assertSpans(out);
  assert.equal(out.document.origin, 'stdin');
  assert.deepEqual(out.document.published, { value: '2022-03-16', precision: 'day', source: 'user' });
  assert.equal(out.document.provenance.source, 'user');
  assert.equal(out.document.removed[0].rule, 'player-notice');
  assert.equal(out.sentences.length, 2);
});

test('analyze: flags override a sidecar', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ source: 'Sidecar News', published: '2022-03-15' }));
  const r = sitrep(['analyze', join(dir, 'a.txt'), '--format', 'json', '--source', 'Flag News']);
  const d = JSON.parse(r.stdout).document;
  assert.equal(d.source, 'Flag News');
  assert.equal(d.provenance.source, 'user');
  assert.deepEqual(d.published, { value: '2022-03-15', precision: 'day', source: 'sidecar' });
});

test('analyze: an HTML page gives its main text and metadata with where each came from', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'page.html'), PAGE);
  const r = sitrep(['analyze', join(dir, 'page.html'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assertSchema(out);
  assertSpans(out);
  const d = out.document;
  assert.equal(d.format, 'html');
  assert.equal(d.source, 'Example News');
  assert.equal(d.url, 'https://news.example/2022/03/16/kharkiv-shelled');
  assert.equal(d.language, 'en');
  assert.deepEqual(d.published, { value: '2022-03-16T07:30:00+02:00', precision: 'second', source: 'json-ld' });
  assert.match(d.text, /Five people were injured/);
  assert.doesNotMatch(d.text, /Home|©/);
  assert.equal(d.extraction.step, 1, JSON.stringify(d.extraction));
  assert.equal(d.extraction.name, 'readability');
});

test('ingest, search, show, export: a round trip through the database', () => {
  const dir = tempDir();
  const db = join(dir, 'db.sqlite');
  writeFileSync(join(dir, 'records.jsonl'), [JSON.stringify({ text: ARTICLE, source: 'Wire', published: '2022-03-16' }), JSON.stringify({ html: PAGE, url: 'https://news.example/x' })].join('\n'));
  const ing = sitrep(['ingest', join(dir, 'records.jsonl'), '--db', db]);
  assert.equal(ing.status, 0, ing.stderr);
  assert.deepEqual(summary(ing.stderr), { ingested: 2, duplicates: 0, failed: 0 });
  const fromStdin = sitrep(['ingest', '-', '--db', db], { input: ARTICLE });
  assert.deepEqual(summary(fromStdin.stderr), { ingested: 0, duplicates: 1, failed: 0 });

  const search = sitrep(['search', 'injured Telegram', '--db', db]);
  assert.equal(search.status, 0);
  const hits = search.stdout.trim().split('\n');
  assert.equal(hits.length, 2);
  assert.match(hits[0]!, /^[0-9a-f]{32}  #\d+  .*\[injured\].*\[Telegram\]/);

  const id = hits[0]!.slice(0, 32);
  const show = sitrep(['show', id, '--db', db, '--format', 'json']);
  assert.equal(show.status, 0);
  assert.equal(JSON.parse(show.stdout).document.id, id);

  const exp = sitrep(['export', '--format', 'jsonl', '--db', db]);
  const docs = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 2);
  for (const d of docs) assertSchema(d);
  assert.equal(sitrep(['export', '--format', 'csv', '--db', db]).status, 2);
});

test('eval: the help lists every suite, news included; an unknown split of news is a usage error', () => {
  const help = sitrep(['eval', '--help']);
  assert.equal(help.status, 0, help.stderr);
  for (const name of ['seeds', 'extraction', 'pubdate', 'timex', 'ner', 'geo', 'events', 'attribution', 'news']) assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'), name);
  const bad = sitrep(['eval', 'news', '--split', 'nope', '--data', tempDir()]);
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /unknown split "nope" for news/);
});
