/**
 * Issue 18's check, on a slice of the BBC corpus (the whole corpus runs in `npm run bench`, bench/pg.ts,
 * which takes minutes): two real worker processes, one killed with SIGKILL mid-batch; every distinct
 * article stored once, no failure, the killed job redone, and merged events equal to SQLite's. BBC
 * articles hold few events, so the 22 Kyiv articles of corpus/ukraine2014-dev (dated to the week of
 * the Maidan clashes) go in too: their events merge across documents, and so across workers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dropSchema, pgUnavailable, testSchema } from './pg-testing.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';
import { tempDir } from './cli-helpers.js';
import { crashRun } from './pg-scenario.js';

/** Articles in the slice: enough for several jobs on each worker, few enough for npm test. */
const SLICE = 120;
const unavailable = await pgUnavailable();
const BBC = ['corpus', 'bbc', 'bbc.jsonl.gz'] as const;
const UKRAINE = ['corpus', 'ukraine2014-dev', 'articles.jsonl'] as const;
const skip = unavailable ?? (hasShared(...BBC) && hasShared(...UKRAINE) ? false : NO_SHARED);
/** Articles a job, and seconds before a job is taken for dead: small, so the test redoes a job quickly. */
const JOB_SIZE = 5;
const JOB_TIMEOUT_S = 15;

test('two workers, one killed with SIGKILL mid-batch: every BBC article in the slice stored once, none failed, events equal to SQLite\'s', { skip, timeout: 600_000 }, async (t) => {
  const lines = gunzipSync(readFileSync(sharedPath(...BBC))).toString('utf8').split('\n').filter(Boolean).slice(0, SLICE);
  const file = join(tempDir(), 'bbc-slice.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const ukraine = readFileSync(sharedPath(...UKRAINE), 'utf8').split('\n').filter(Boolean);
  const distinct = new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text.trim())).size + ukraine.length;
  const jobs = Math.ceil(lines.length / JOB_SIZE) + Math.ceil(ukraine.length / JOB_SIZE);
  const schema = testSchema();
  try {
    const inputs = [{ file: sharedPath(...UKRAINE), flags: ['--published', '2014-02-21'] }, { file }];
    const r = await crashRun(inputs, schema, { jobSize: JOB_SIZE, jobTimeout: JOB_TIMEOUT_S, killAfter: 40, inputs: lines.length + ukraine.length });
    t.diagnostic(JSON.stringify(r));
    assert.equal(r.killedSignal, 'SIGKILL');
    assert.ok(r.killedAfterDocuments < distinct, 'killed before the end');
    assert.equal(r.documents, distinct, 'every distinct article stored');
    assert.equal(r.duplicateIds, 0);
    assert.equal(r.failures, 0);
    assert.deepEqual({ queued: r.jobs.queued, running: r.jobs.running, failed: r.jobs.failed }, { queued: 0, running: 0, failed: 0 });
    assert.equal(r.jobs.done, jobs);
    assert.ok(r.redoneJobs >= 1, 'the killed worker\'s job was redone');
    assert.ok(r.events >= 20, `${r.events} events`);
    assert.ok(r.eventsEqual, 'merged events equal to SQLite\'s');
  } finally {
    await dropSchema(schema);
  }
});
