/** The queue worker's per-document budget: a document over it fails with its reason, the job goes on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../store/postgres/store.js';
import { dropSchema, pgUnavailable, testDbUrl, testSchema } from '../../test/pg-testing.js';
import { pgTarget } from '../store/postgres/connect.js';
import { openQueue, queueCounts } from './boss.js';
import { enqueue } from './enqueue.js';
import { runWorker } from './worker.js';

const unavailable = await pgUnavailable();
const quiet = { out: () => {}, err: () => {}, tty: false };

test('a document over its time budget fails as TOO_SLOW; the rest of its job is stored and the job is done', { skip: unavailable ?? false, timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-budget-'));
  // 2 MB with no sentence end: several times the 2 s budget (about 4 s of analysis a MB on a quiet
  // machine, src/core/budget.test.ts), so it is over it by a wide margin whatever the load.
  writeFileSync(join(dir, 'a-slow.txt'), 'officials said the convoy moved north past the river, '.repeat(40000));
  writeFileSync(join(dir, 'b-kyiv.txt'), 'A missile hit a residential building in Kyiv overnight, killing five people, officials said.\n');
  writeFileSync(join(dir, 'c-kharkiv.txt'), 'Shelling hit Kharkiv on Tuesday, the regional governor said.\n');
  const schema = testSchema();
  const db = testDbUrl(schema);
  try {
    const queued = await enqueue({ paths: [dir], db, options: { published: '2022-02-26' }, jobSize: 10, budget: { seconds: 2, memoryMb: 2048 } }, quiet);
    assert.deepEqual([queued.articles, queued.jobs], [3, 1]);
    const s = await runWorker({ db, untilEmpty: true }, quiet);
    assert.deepEqual({ jobs: s.jobs, stored: s.stored, failed: s.failed }, { jobs: 1, stored: 2, failed: 1 });
    const store = await openPostgresStore(db);
    try {
      assert.equal(await store.count(), 2);
      const failures = await store.failures();
      assert.deepEqual(failures.map((f) => [f.origin.endsWith('a-slow.txt'), f.code]), [[true, 'TOO_SLOW']]);
      assert.match(failures[0]!.reason, /2 s/);
    } finally {
      await store.close();
    }
    const target = pgTarget(db);
    const boss = await openQueue(target, { supervise: false });
    try {
      assert.deepEqual(await queueCounts(boss, target), { queued: 0, running: 0, done: 1, failed: 0 });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  } finally {
    await dropSchema(schema);
  }
});
