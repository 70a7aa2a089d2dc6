/**
 * The CLI's sharp edges of issue 20, each as a user met it: the output file read as a sidecar, an
 * impossible date dropped silently, JSONL and gzip on stdin, re-ingest, lone surrogates and script
 * URLs reaching the store, another application's database, and `export | head`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ROOT, sitrep, summary, tempDir } from './cli-helpers.js';

const ENTRY = join(ROOT, 'src', 'cli', 'run.ts');
const sh = (script: string, cwd: string) => spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, SITREP: `${process.execPath} --import ${import.meta.resolve('tsx')} ${ENTRY}` } });

const ARTICLE = 'Shelling hit the Saltivka district of Kharkiv overnight, the regional governor said. Five people were injured, officials said on Telegram.';
const RECORDS = [
  { id: 'a', text: ARTICLE, url: 'https://news.example/a', source: '=HYPERLINK("http://evil.example","click")' },
  // A lone surrogate (as JSON writes it) and a script URL.
  { id: 'b', text: 'Russian forces shelled Mariupol on Tuesday, killing 4 civilians \ud800, the mayor said.', url: 'javascript:alert(1)' },
];
const jsonl = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';

test('analyze a.txt --format json > a.json: the output being written is not read as the sidecar', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const r = sh('$SITREP analyze a.txt --format json > a.json', dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).document.origin, 'a.txt');
});

test('an impossible date is a usage error (exit 2) naming the flag', () => {
  const r = sitrep(['analyze', '-', '--published', '2005-02-30'], { input: ARTICLE });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /published.*date that exists/);
});

test('ingest -: gzipped JSONL on stdin is records; re-ingest skips by input hash; --update replaces; lone surrogates and script URLs never stored; a CSV formula neutralized; export | head ends quietly', () => {
  const dir = tempDir();
  const db = join(dir, 's.db');
  const first = sitrep(['ingest', '-', '--db', db], { input: gzipSync(jsonl) });
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(summary(first.stderr), { ingested: 2, duplicates: 0, failed: 0 });
  const again = sitrep(['ingest', '-', '--db', db], { input: jsonl });
  assert.deepEqual(summary(again.stderr), { ingested: 0, duplicates: 2, failed: 0 });
  const update = sitrep(['ingest', '-', '--db', db, '--update', '--published', '2022-03-01'], { input: jsonl });
  assert.match(update.stderr, /updated 2/, update.stderr);
  const queued = sitrep(['ingest', '-', '--db', 'postgres://127.0.0.1/none', '--update', '--enqueue'], { input: jsonl });
  assert.equal(queued.status, 2, 'the queue\'s workers do not replace stored analyses');
  assert.match(queued.stderr, /--update cannot be combined with --enqueue/);

  const sql = new Database(db, { readonly: true });
  const rows = sql.prepare('SELECT text, url, published, origin FROM documents ORDER BY seq').all() as Array<{ text: string; url: string | null; published: string | null; origin: string }>;
  sql.close();
  assert.equal(rows.length, 2);
  for (const row of rows) {
    assert.ok((row.text as string & { isWellFormed(): boolean }).isWellFormed(), 'stored text is well-formed UTF-16');
    assert.equal(row.published, '2022-03-01');
    assert.match(row.origin, /^stdin:\d/);
  }
  assert.equal(rows[1]!.url, null, 'javascript: URL not kept');

  const csv = sitrep(['export', '--db', db, '--format', 'acled-csv']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.ok(!/(^|,)"?=HYPERLINK/m.test(csv.stdout), 'no live formula');
  assert.ok(!csv.stdout.includes('javascript:'));
  assert.ok(!csv.stdout.includes('stdin'), 'no local origin as the source');

  const head = sh(`$SITREP export --db ${db} | head -c 10`, dir);
  assert.equal(head.stdout.length, 10);
  assert.ok(!/EPIPE|Error/.test(head.stderr), head.stderr);
});

test('search on another application\'s SQLite file: exit 3 naming it, the file untouched', () => {
  const dir = tempDir();
  const path = join(dir, 'other.db');
  const other = new Database(path);
  other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
  other.close();
  const before = readFileSync(path);
  const r = sitrep(['search', 'anything', '--db', path]);
  assert.equal(r.status, 3);
  assert.match(r.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*another application`));
  assert.deepEqual(readFileSync(path), before);
});
