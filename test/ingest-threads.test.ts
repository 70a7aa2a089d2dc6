/** `sitrep ingest --threads N`: the pipeline on worker threads, one writer, results in input order, the
 * same store as one thread (failures included, in their place). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/cli/commands/ingest.js';
import { exportCommand } from '../src/cli/commands/query.js';
import type { Io } from '../src/cli/io.js';
import { tempDir } from './cli-helpers.js';

const ARTICLES = [
  'Shelling hit the Saltivka district of Kharkiv overnight, the regional governor said. Five people were injured.',
  'Troops withdrew from the village of Bilohorivka on Tuesday, officials in Luhansk said.',
  '', // an empty record: a failure, in its place
  'The minister said on Monday that talks in Istanbul would resume next week.',
  'A drone strike killed two civilians in Odesa on 3 March, the mayor said on Telegram.',
  'Protesters gathered in central Tbilisi on Sunday to oppose the new law, police said.',
];

function captured(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: (l) => lines.push(l), err: (l) => errors.push(l), tty: false, lines, errors };
}

test('ingest on two threads stores what one thread stores, in the same order, failures included', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'articles.jsonl'), ARTICLES.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
    const runs = [];
    for (const threads of [1, 2]) {
      const db = join(dir, `t${threads}.db`);
      const io = captured();
      const summary = await ingest({ paths: [join(dir, 'in')], db, threads, options: {} }, io);
      const out = captured();
      assert.equal(exportCommand({ db, format: 'jsonl' }, out), 0);
      runs.push({ summary, errors: io.errors, exported: out.lines });
    }
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    assert.equal(one.summary.ingested, ARTICLES.length - 1);
    assert.equal(one.summary.failed, 1);
    assert.deepEqual({ ...two.summary, seconds: 0 }, { ...one.summary, seconds: 0 });
    assert.deepEqual(two.errors, one.errors);
    assert.equal(two.exported.length, one.exported.length);
    assert.deepEqual(two.exported, one.exported);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
