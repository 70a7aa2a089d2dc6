/**
 * Invariant 4: a run killed with SIGKILL in the middle of a batch loses nothing it had committed, and
 * a rerun completes the batch with no duplicates. Then the BBC corpus ingested again is all duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { sitrep, sitrepAsync, summary, tempDir } from './cli-helpers.js';
import { hasShared, sharedPath } from './helpers.js';

/** Records in the synthetic batch: enough that the kill lands mid-run. */
const RECORDS = 3000;
/** Documents per transaction in the killed run, so several commits happen before the kill. */
const BATCH = 25;

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema is being written
  }
}

test('ingest: SIGKILL mid-batch loses nothing committed; a rerun completes with no duplicates', async () => {
  const dir = tempDir();
  const data = join(dir, 'batch.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    lines.push(JSON.stringify({ text: `Dispatch ${i}. Shelling hit the eastern district of Kharkiv overnight, regional officials said on Telegram.\nResidents of block ${i} were evacuated to shelters as fires burned.` }));
  }
  writeFileSync(data, lines.join('\n'));
  const db = join(dir, 'crash.db');

  const child = sitrepAsync(['ingest', data, '--db', db, '--batch', String(BATCH)]);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let before = 0;
  for (let waited = 0; waited < 60_000 && before < 10 * BATCH; waited += 50) {
    await sleep(50);
    before = storedCount(db);
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  before = storedCount(db);
  assert.ok(before >= 10 * BATCH && before < RECORDS, `killed mid-run with ${before} stored`);
  assert.equal(before % BATCH, 0, 'only whole batches are committed');

  const conn = new Database(db);
  assert.equal((conn.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  conn.close();

  const rerun = sitrep(['ingest', data, '--db', db]);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.deepEqual(summary(rerun.stderr), { ingested: RECORDS - before, duplicates: before, failed: 0 });
  assert.equal(storedCount(db), RECORDS);
});

test('ingest: the BBC corpus twice into one database; the second run is all duplicates',
  { skip: hasShared('corpus', 'bbc', 'bbc.jsonl.gz') ? false : 'the BBC corpus is not in ../shared; skipped' }, () => {
    const db = join(tempDir(), 'bbc.db');
    const bbc = sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
    const first = sitrep(['ingest', bbc, '--db', db]);
    assert.equal(first.status, 0, first.stderr.slice(0, 2000));
    const s1 = summary(first.stderr);
    assert.equal(s1.ingested + s1.duplicates, 2225);
    assert.equal(s1.failed, 0);
    const second = sitrep(['ingest', bbc, '--db', db]);
    assert.equal(second.status, 0);
    assert.deepEqual(summary(second.stderr), { ingested: 0, duplicates: 2225, failed: 0 });
  });
