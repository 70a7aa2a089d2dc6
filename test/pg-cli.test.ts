/** The CLI on a PostgreSQL store: direct ingest, the readers, status, and the queue commands' usage errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropSchema, pgUnavailable, testDbUrl, testSchema } from '../src/store/postgres/testing.js';
import { sitrep, tempDir } from './cli-helpers.js';

const unavailable = await pgUnavailable();

test('ingest, search, show, export, entities and status work on PostgreSQL as on SQLite', { skip: unavailable ?? false }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'kyiv.txt'), 'A missile hit a residential building in Kyiv overnight, killing five people, officials said.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  const schema = testSchema();
  const db = testDbUrl(schema);
  try {
    const r = sitrep(['ingest', dir, '--db', db, '--published', '2022-02-26']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /ingested 1, skipped 0 as duplicates, failed 1/);
    assert.match(sitrep(['ingest', dir, '--db', db, '--published', '2022-02-26']).stderr, /ingested 0, skipped 1 as duplicates/);
    const hit = sitrep(['search', 'missiles', '--db', db]);
    assert.match(hit.stdout, /A \[missile\] hit a residential building in Kyiv/);
    const id = hit.stdout.split(' ')[0]!;
    assert.match(sitrep(['show', id, '--db', db, '--format', 'json']).stdout, /"schema": 1/);
    const events = sitrep(['export', '--what', 'events', '--db', db]);
    assert.equal(events.stdout.trim().split('\n').length, 1, events.stderr);
    assert.match(sitrep(['entities', '--db', db]).stdout, /LOC {2}Kyiv/);
    const status = sitrep(['status', '--db', db, '--json']);
    assert.deepEqual(JSON.parse(status.stdout), { documents: 1, failures: 1, jobs: { queued: 0, running: 0, done: 0, failed: 0 } });
  } finally {
    await dropSchema(schema);
  }
});

test('the queue commands need a PostgreSQL URL and say so (exit 2)', () => {
  const db = join(tempDir(), 'x.db');
  const enqueue = sitrep(['ingest', 'README.md', '--db', db, '--enqueue']);
  assert.equal(enqueue.status, 2);
  assert.match(enqueue.stderr, /--enqueue needs --db postgres:/);
  const worker = sitrep(['worker', '--db', db]);
  assert.equal(worker.status, 2);
  assert.match(worker.stderr, /sitrep worker needs --db postgres:/);
});
