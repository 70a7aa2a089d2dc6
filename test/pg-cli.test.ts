/** The CLI on a PostgreSQL store: direct ingest, the readers, report, serve with reviews, status, and
 * the queue commands' usage errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropSchema, pgUnavailable, testDbUrl, testSchema } from './pg-testing.js';
import { startServer } from '../src/cli/commands/serve.js';
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

test('sitrep serve on PostgreSQL: a review posted over HTTP is kept in the store, shown by the API and exported', { skip: unavailable ?? false }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'kyiv.txt'), 'A missile hit a residential building in Kyiv on Saturday, killing five people, officials said.\n');
  const schema = testSchema();
  const db = testDbUrl(schema);
  const token = 'pg-serve-token-0123456789';
  try {
    assert.equal(sitrep(['ingest', dir, '--db', db, '--published', '2022-02-26']).status, 0);
    const server = await startServer({ db, host: '127.0.0.1', port: 0, token }, { out: () => {}, err: () => {}, tty: false });
    try {
      const api = async (path: string, init: RequestInit = {}) => {
        const r = await fetch(new URL(path, server.url), init);
        return { status: r.status, body: (await r.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
      };
      const events = await api('/api/events');
      assert.equal(events.status, 200);
      assert.equal(events.body.total, 1);
      const id = events.body.items[0].id as string;
      assert.equal(events.body.items[0].fatalities, 5);
      const edit = await api(`/api/events/${id}/review`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ action: 'edit', field: 'fatalities', value: 6, reviewer: 'ana' }),
      });
      assert.equal(edit.status, 201, JSON.stringify(edit.body));
      assert.equal(edit.body.review.old, 5);
      assert.equal((await api('/api/events?reviewed=edited')).body.items[0].fatalities, 6);
      assert.equal((await api('/api/status')).body.reviews, edit.body.review.id);
      assert.equal((await api('/api/search?q=missile')).body.items.length, 1);
    } finally {
      await server.close();
    }
    // A new process sees the review: it is in the database, not in the server.
    const csv = sitrep(['export', '--what', 'events', '--format', 'acled-csv', '--db', db]);
    assert.equal(csv.status, 0, csv.stderr);
    const [header, row] = csv.stdout.trim().split(/\r?\n/).map(csvFields);
    assert.equal(row![header!.indexOf('fatalities')], '6');
    assert.equal(row![header!.indexOf('reviewed')], 'edited');
    const report = sitrep(['report', '--db', db, '--format', 'json']);
    assert.equal(report.status, 0, report.stderr);
    assert.match(report.stderr, /report: 1 reports, 1 events/);
    assert.equal(JSON.parse(report.stdout).header.reports, 1);
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

/** The fields of one CSV record (quoted fields unquoted). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
}
