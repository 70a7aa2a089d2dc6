/**
 * `sitrep ingest --threads N`: the pipeline on N worker threads, one writer, results in input order. The
 * store must hold exactly what one thread stores: every table, row for row, in the same order (the
 * clock columns left out), on the two seed reports, ukraine2014-dev articles, BBC articles whose tokens
 * once depended on what was read before them (src/segment/wink.ts), and a failure in its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ingest } from '../src/cli/commands/ingest.js';
import type { Io } from '../src/cli/io.js';
import { tempDir } from './cli-helpers.js';
import { hasShared, NO_SHARED, sharedPath } from './helpers.js';

const quiet = (): Io => ({ out: () => {}, err: () => {}, tty: false });

/** Every table's rows in a stable order, clock columns and the FTS index's own tables left out. */
function dump(db: string): Record<string, unknown[]> {
  const d = new Database(db, { readonly: true });
  try {
    const tables = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sentences_fts%' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      // Insertion order where the table has a rowid; a WITHOUT ROWID table reads in key order.
      const withoutRowid = /WITHOUT ROWID\s*$/i.test((d.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }).sql);
      const rows = d.prepare(`SELECT * FROM "${t}"${withoutRowid ? '' : ' ORDER BY rowid'}`).all() as Array<Record<string, unknown>>;
      out[t] = rows.map(({ ingested_at: _i, at: _a, ...rest }) => rest);
    }
    return out;
  } finally {
    d.close();
  }
}

test('ingest --threads 2 stores exactly what --threads 1 stores', { skip: hasShared('corpus', 'seeds') && hasShared('corpus', 'bbc') ? false : NO_SHARED, timeout: 600_000 }, async () => {
  const dir = tempDir();
  try {
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    // The seed reports with their sidecars.
    for (const f of readdirSync(sharedPath('corpus', 'seeds'))) if (/^\d+_\w+\.(txt|json)$/.test(f)) copyFileSync(sharedPath('corpus', 'seeds', f), join(inDir, f));
    // First, so that the two threads each take one: wink-nlp learned "Poor's" from the first and, on
    // one thread, read it as one token in the second, on two threads as two.
    writeFileSync(join(inDir, '0-first.jsonl'), [
      { id: 'teach', text: "Ukraine's rating was cut on Monday by Moody's and by Standard and Poor's." },
      { id: 'learned', text: "Standard & Poor's cut the rating of Kyiv's bonds on Tuesday, officials said." },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const dev = readFileSync(sharedPath('corpus', 'ukraine2014-dev', 'articles.jsonl'), 'utf8').trim().split('\n').slice(0, 6);
    // BBC business/001 to 034 and 091 (018, 032 and 091 were each read differently after other
    // articles, before the fix), and 006 again: a duplicate.
    const bbc = gunzipSync(readFileSync(sharedPath('corpus', 'bbc', 'bbc.jsonl.gz'))).toString('utf8').split('\n').slice(0, 91);
    const picked = [...bbc.slice(0, 34), bbc[90]!, bbc[5]!];
    writeFileSync(join(inDir, 'more.jsonl'), [...dev, JSON.stringify({ id: 'empty', text: '' }), ...picked].join('\n') + '\n');
    const dumps = [];
    for (const threads of [1, 2]) {
      const db = join(dir, `t${threads}.db`);
      const summary = await ingest({ paths: [inDir], db, threads, options: {} }, quiet());
      dumps.push({ summary: { ...summary, seconds: 0 }, tables: dump(db) });
    }
    const [one, two] = dumps as [(typeof dumps)[0], (typeof dumps)[0]];
    assert.equal(one.summary.ingested, 2 + 2 + 6 + 35, JSON.stringify(one.summary));
    assert.equal(one.summary.duplicates, 1);
    assert.equal(one.summary.failed, 1);
    assert.ok((one.tables.event_mentions ?? []).length > 0, 'events were stored');
    assert.deepEqual(two.summary, one.summary);
    assert.deepEqual(Object.keys(two.tables), Object.keys(one.tables));
    for (const [t, rows] of Object.entries(one.tables)) {
      const other = two.tables[t]!;
      assert.equal(other.length, rows.length, `rows in table ${t}`);
      // Row by row, naming the first that differs (a whole table in the message would be unreadable).
      const i = rows.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(other[k]));
      if (i !== -1) assert.fail(`table ${t}, row ${i} differs between one and two threads: ${JSON.stringify(rows[i]).slice(0, 200)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
