/**
 * Bad input through the real command: each failure is one line naming the file and the problem, the
 * batch goes on, nothing stored is lost or doubled, and the exit status says something failed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.js';
import { collect } from './suites/store.suite.js';
import { sitrep, summary, tempDir } from './cli-helpers.js';

const GOOD = (n: number) => `Report ${n}: Russian forces shelled the district of Kharkiv on Tuesday, officials said.\nThe mayor urged residents to stay in shelters.`;

function badFolder(): { dir: string; expected: Array<[string, RegExp]> } {
  const dir = tempDir();
  const at = (name: string) => join(dir, name);
  writeFileSync(at('good.txt'), GOOD(1));
  writeFileSync(at('no-sidecar.txt'), GOOD(2));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), '  \n\n \t ');
  writeFileSync(at('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  writeFileSync(at('big.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  const utf8 = Buffer.from(GOOD(3) + ' Київ');
  writeFileSync(at('truncated.txt'), utf8.subarray(0, utf8.length - 1));
  writeFileSync(at('nothing.html'), '<!doctype html><html><head><title>x</title><script>var a = 1;</script></head><body></body></html>');
  writeFileSync(at('records.jsonl'), [JSON.stringify({ text: GOOD(4), source: 'Test' }), '{"text": "unterminated', JSON.stringify({ title: 'no text' }), ''].join('\n'));
  writeFileSync(at('dated.txt'), GOOD(5));
  writeFileSync(at('dated.json'), JSON.stringify({ published: 'last Tuesday' }));
  writeFileSync(at('broken.txt'), GOOD(6));
  writeFileSync(at('broken.json'), '{ "source": ');
  writeFileSync(at('notes.md'), 'not an article format: ignored');
  symlinkSync(at('missing-target.txt'), at('dangling.txt'));
  return {
    dir,
    expected: [
      ['empty.txt', /input is empty/],
      ['blank.txt', /input is empty: the input has no text/],
      ['binary.txt', /looks binary/],
      ['big.txt', /50\.0 MB is over the 25\.0 MB limit/],
      ['nothing.html', /no article text/],
      ['records.jsonl:2', /not valid JSON/],
      ['records.jsonl:3', /needs a "text" or "html" field/],
      ['dated.txt', /dated\.json.*published.*ISO 8601/],
      ['broken.txt', /broken\.json: not valid JSON/],
      ['dangling.txt', /no such file/],
    ],
  };
}

test('ingest: bad files fail one line each, the good ones are stored, the exit status is 1', async () => {
  const { dir, expected } = badFolder();
  const db = join(tempDir(), 'out.db');
  const r = sitrep(['ingest', dir, join(dir, 'does-not-exist.txt'), '--db', db]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('sitrep: '));
  for (const [file, reason] of expected) {
    const line = lines.find((l) => l.includes(join(dir, file) + ':') || l.includes(join(dir, file) + ' '));
    assert.ok(line, `no failure line for ${file} in:\n${r.stderr}`);
    assert.match(line, reason, line);
  }
  assert.ok(lines.some((l) => /does-not-exist\.txt: cannot read input: no such file/.test(l)));
  assert.equal(lines.length, expected.length + 1, `one line per failure:\n${r.stderr}`);
  assert.deepEqual(summary(r.stderr), { ingested: 4, duplicates: 0, failed: expected.length + 1 });
  assert.match(r.stderr, /ignored 1 file that is not an article/);

  const store = openSqliteStore(db);
  try {
    assert.equal(await store.count(), 4);
    const truncated = (await collect(store.list())).find((d) => d.origin.endsWith('truncated.txt'));
    assert.match(truncated!.analysis.document.warnings.join(' '), /middle of a UTF-8 character/);
    assert.equal((await store.failures()).length, expected.length + 1);
  } finally {
    await store.close();
  }

  // A rerun stores nothing twice, loses nothing, and records each failure once.
  const again = sitrep(['ingest', dir, join(dir, 'does-not-exist.txt'), '--db', db]);
  assert.equal(again.status, 1);
  assert.deepEqual(summary(again.stderr), { ingested: 0, duplicates: 4, failed: expected.length + 1 });
  const after = openSqliteStore(db);
  try {
    assert.equal(await after.count(), 4);
    assert.equal((await after.failures()).length, expected.length + 1);
  } finally {
    await after.close();
  }
});

test('ingest: a folder of 10,000 files', async () => {
  const dir = tempDir();
  for (let i = 0; i < 100; i++) {
    const sub = join(dir, `batch-${String(i).padStart(3, '0')}`);
    mkdirSync(sub);
    for (let j = 0; j < 100; j++) writeFileSync(join(sub, `${j}.txt`), GOOD(i * 100 + j));
  }
  const r = sitrep(['ingest', dir, '--db', join(dir, 'out.db')]);
  assert.equal(r.status, 0, r.stderr.slice(0, 2000));
  assert.deepEqual(summary(r.stderr), { ingested: 10000, duplicates: 0, failed: 0 });
});

test('analyze: usage errors exit 2 and name the problem', async () => {
  const bad = sitrep(['analyze', '-', '--published', 'yesterday'], { input: GOOD(1) });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /published: an ISO 8601 date/);
  const tz = sitrep(['analyze', '-', '--timezone', 'Mars/Olympus'], { input: GOOD(1) });
  assert.equal(tz.status, 2);
  assert.match(tz.stderr, /timezone/);
  assert.equal(sitrep(['frobnicate']).status, 2);
});

test('analyze: a missing file exits 1 with one line naming it', async () => {
  const r = sitrep(['analyze', '/nonexistent/article.txt']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), 'sitrep: /nonexistent/article.txt: cannot read input: no such file or folder');
});
