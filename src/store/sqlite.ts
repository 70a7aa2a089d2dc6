/**
 * The embedded store: one SQLite file in WAL mode, so readers (search, show, export) never wait for a
 * running ingest and an ingest never waits for them. Schema in migrations.ts; behaviour in store.ts and
 * the shared suite (test/suites/store.suite.ts).
 */
import Database from 'better-sqlite3';
import { createError, SitrepError } from '../errors.js';
import type { Analysis, Failure } from '../model/types.js';
import { eventIndex } from './events.js';
import { entityIndex } from './entities.js';
import { migrate, MIGRATIONS, refuseForeign, schemaVersion } from './migrations.js';
import { sqliteReviews } from './reviews.js';
import { analysisJson } from './serialized.js';
import type { PutResult, SearchHit, Store, StoredDocument, StoredFailure } from './store.js';

/**
 * How long a statement waits for another connection's write lock before failing with SQLITE_BUSY. A
 * writer holds the lock for one batch (about 100 documents: well under a second); 10 s rides out a slow
 * disk or a WAL checkpoint, and still fails with a message instead of hanging on a stuck process.
 */
export const BUSY_TIMEOUT_MS = 10_000;
/** Hits returned by `search` when the caller gives no limit: a screenful. */
export const DEFAULT_SEARCH_LIMIT = 20;
/** Rows `list` reads at a time: memory stays flat for any archive, and no statement is left half-read. */
const LIST_PAGE = 100;
const DEFAULT_MARK: [string, string] = ['[', ']'];

export interface SqliteStoreOptions {
  /** The clock for `ingested_at` and failure times; tests pass a fixed one. */
  now?: () => Date;
  /** Open for reading only (search, show, export): see `openReadOnly`. */
  readOnly?: boolean;
}

/** Opens (creating if needed) the database file, sets the connection up and brings the schema up to date. */
export function openDatabase(path: string, options: { readOnly?: boolean } = {}): Database.Database {
  if (options.readOnly) return openReadOnly(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    // Before WAL, which writes to the file: another application's database is refused untouched.
    if (schemaVersion(db) === 0) refuseForeign(db);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a crash of the process; only a power cut may lose the last
    // commits, never corrupt the file. A rerun then stores them again (invariant 4).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof SitrepError) throw e;
    throw createError('DB_OPEN', `${path}: ${(e as Error).message}; check the path and that it is a sitrep database`);
  }
}

/**
 * For the commands that only read (search, show, export, entities): the file must exist and be a sitrep
 * store, and nothing is written to it (no WAL switch, no migration), so they work on a read-only folder
 * and on a copy. A store made by an older sitrep is brought up to date by a writable open first.
 */
function openReadOnly(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const version = schemaVersion(db);
    if (version === 0) {
      refuseForeign(db);
      throw createError('DB_OPEN', `${path} is not a sitrep database (it is empty); run sitrep ingest to make one`);
    }
    if (version < MIGRATIONS.at(-1)!.version) {
      db.close();
      openDatabase(path).close();
      db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    }
    migrate(db); // up to date now: only checks the version (a newer sitrep's file is refused)
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof SitrepError) throw e;
    const missing = /unable to open|does not exist/i.test((e as Error).message);
    throw createError('DB_OPEN', missing ? `${path}: no such database; run sitrep ingest to make one` : `${path}: ${(e as Error).message}; check the path and that it is a sitrep database`);
  }
}

interface DocumentRow {
  seq: number;
  id: string;
  origin: string;
  title: string | null;
  source: string | null;
  published: string | null;
  ingestedAt: string;
  analysis: string;
}

const DOCUMENT_COLUMNS = 'seq, id, origin, title, source, published, ingested_at AS ingestedAt, analysis';

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(path, { readOnly: options.readOnly ?? false });
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const sql = {
    insertDocument: db.prepare(`
      INSERT INTO documents (id, seq, origin, url, source, title, published, language, text, analysis, ingested_at)
      VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING`),
    insertSentence: db.prepare('INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
    // One statement a document, not a trigger a row: see migration 2.
    indexSentences: db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE doc_id = ?'),
    clearFailures: db.prepare('DELETE FROM failures WHERE origin = ?'),
    putFailure: db.prepare(`
      INSERT INTO failures (origin, stage, code, reason, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (origin, code) DO UPDATE SET reason = excluded.reason, at = excluded.at`),
    has: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
    inputSeen: db.prepare('SELECT 1 FROM inputs WHERE hash = ?').pluck(),
    noteInput: db.prepare('INSERT INTO inputs (hash, doc_id) VALUES (?, ?) ON CONFLICT (hash) DO UPDATE SET doc_id = excluded.doc_id'),
    dropMentions: db.prepare('DELETE FROM event_mentions WHERE doc_id = ?'),
    updateDocument: db.prepare('UPDATE documents SET origin = ?, url = ?, source = ?, title = ?, published = ?, language = ?, analysis = ? WHERE id = ?'),
    get: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`),
    listFirst: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY seq LIMIT ? OFFSET ?`),
    listAfter: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`),
    count: db.prepare('SELECT count(*) FROM documents').pluck(),
    failures: db.prepare('SELECT origin, stage, code, reason, at FROM failures ORDER BY origin, code'),
    // bm25() is lower-is-better; ties fall back to ingest order and sentence order, so a query always
    // returns the same hits in the same order (invariant 3).
    search: db.prepare(`
      SELECT s.doc_id AS docId, s.idx AS sentence, d.title AS title,
             highlight(sentences_fts, 0, ?, ?) AS snippet, bm25(sentences_fts) AS score
      FROM sentences_fts
      JOIN sentences s ON s.id = sentences_fts.rowid
      JOIN documents d ON d.id = s.doc_id
      WHERE sentences_fts MATCH ?
      ORDER BY score, d.seq, s.idx
      LIMIT ?`),
  };

  const putOne = (a: Analysis, at: string): PutResult => {
    const d = a.document;
    // Looking first spares a rerun serializing every analysis it already has; ON CONFLICT stays the guard.
    const inserted = sql.has.get(d.id) === undefined && sql.insertDocument.run(
      d.id, d.origin, d.url, d.source, d.title, d.published?.value ?? null, d.language, d.text, analysisJson(a), at,
    ).changes === 1;
    if (inserted) {
      a.sentences.forEach((s, i) => sql.insertSentence.run(d.id, i, s.span.start, s.span.end, s.span.text));
      sql.indexSentences.run(d.id);
    }
    // The origin now yields a document (new or already stored), so an earlier failure of it is stale.
    sql.clearFailures.run(d.origin);
    return { status: inserted ? 'stored' : 'duplicate', id: d.id };
  };
  const events = eventIndex(db);
  const entities = entityIndex(db);
  const putBatch = db.transaction((batch: Analysis[]) => {
    const at = now();
    const results = batch.map((a) => putOne(a, at));
    // Only documents stored now bring new event mentions; a duplicate's (also within the batch) are there.
    events.add(batch.filter((_, i) => results[i]!.status === 'stored'));
    entities.add(batch.filter((_, i) => results[i]!.status === 'stored'));
    return results;
  });

  function* pages(limit: number, offset: number): Generator<StoredDocument> {
    let last: number | null = null;
    for (let left = limit; left > 0; ) {
      const n = Math.min(LIST_PAGE, left);
      const rows = (last === null ? sql.listFirst.all(n, offset) : sql.listAfter.all(last, n)) as DocumentRow[];
      for (const row of rows) yield toStored(row);
      if (rows.length < n) return;
      last = rows[rows.length - 1]!.seq;
      left -= rows.length;
    }
  }

  // better-sqlite3 answers synchronously; the async wrappers only meet the shared interface.
  return {
    // IMMEDIATE takes the write lock up front, waiting up to the busy timeout; a deferred transaction that
    // read first would fail at once with SQLITE_BUSY if another writer committed in between.
    putMany: async (analyses) => putBatch.immediate(analyses),
    async putFailure(f: Failure) {
      sql.putFailure.run(f.origin, f.stage, f.code, f.reason, now());
    },
    has: async (id) => sql.has.get(id) !== undefined,
    inputSeen: async (hash) => sql.inputSeen.get(hash) !== undefined,
    noteInputs: async (pairs) => db.transaction(() => pairs.forEach(([hash, id]) => sql.noteInput.run(hash, id))).immediate(),
    // Same text, so the same id and sentences: the metadata and the analysis (dates resolved against a
    // new publication date) are replaced, and the merged events are recomputed from every analysis.
    updateMany: async (analyses) => db.transaction(() => {
      const changed = analyses.filter((a) => {
        const d = a.document;
        return sql.updateDocument.run(d.origin, d.url, d.source, d.title, d.published?.value ?? null, d.language, analysisJson(a), d.id).changes === 1;
      });
      if (changed.length) {
        for (const a of changed) sql.dropMentions.run(a.document.id);
        events.add(changed);
        events.rebuild();
      }
      return changed.length;
    }).immediate(),
    async get(id) {
      const row = sql.get.get(id) as DocumentRow | undefined;
      return row ? toStored(row) : null;
    },
    list(opts = {}) {
      const limit = opts.limit ?? Infinity;
      const offset = opts.offset ?? 0;
      wholeNumber('limit', limit);
      wholeNumber('offset', offset);
      return toAsync(pages(limit, offset));
    },
    count: async () => sql.count.get() as number,
    failures: async () => sql.failures.all() as StoredFailure[],
    async search(query, opts = {}) {
      const match = ftsQuery(query);
      const limit = opts.limit ?? DEFAULT_SEARCH_LIMIT;
      wholeNumber('limit', limit);
      if (match === null || limit === 0) return [];
      const [open, close] = opts.mark ?? DEFAULT_MARK;
      const rows = sql.search.all(open, close, match, limit) as Array<Omit<SearchHit, 'rank'> & { score: number }>;
      // rank: higher is better (bm25 negated), comparable only within one result list.
      return rows.map(({ score, ...hit }) => ({ ...hit, rank: -score }));
    },
    events(opts = {}) {
      const limit = opts.limit ?? Infinity;
      const offset = opts.offset ?? 0;
      wholeNumber('limit', limit);
      wholeNumber('offset', offset);
      return toAsync(events.list(limit, offset));
    },
    eventCount: async () => events.count(),
    eventMentionCount: async () => events.mentionCount(),
    rebuildEvents: async () => db.transaction(() => events.rebuild()).immediate(),
    async entities(opts = {}) {
      const limit = opts.limit ?? Infinity;
      wholeNumber('limit', limit);
      return entities.list(limit, opts.type ?? null);
    },
    entityLinks: async (entityId) => entities.links(entityId),
    entityOf: async (docId, localId) => entities.of(docId, localId),
    reviews: sqliteReviews(db, now),
    async close() {
      if (!db.open) return;
      // Back to a rollback journal when the last writer leaves: a WAL file can be read only where its
      // -shm file can be made, so a store copied to (or left in) a read-only folder could not be read.
      // With another connection still open this fails, harmlessly: the store stays in WAL mode.
      if (!options.readOnly) {
        try {
          db.pragma('journal_mode = DELETE');
        } catch {
          // busy: another connection is open
        }
      }
      db.close();
    },
  };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

function toStored(row: DocumentRow): StoredDocument {
  const { seq: _seq, analysis, ...fields } = row;
  return { ...fields, analysis: JSON.parse(analysis) as Analysis };
}

export function wholeNumber(name: string, value: number): void {
  if (value !== Infinity && !(Number.isInteger(value) && value >= 0)) {
    throw createError('BAD_OPTION', `${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: every white-space separated
 * word becomes a quoted string (its own quotes doubled), and the strings are ANDed. A word with no
 * letter or digit would be an empty phrase, so it is dropped. Returns null when nothing is left.
 */
export function ftsQuery(query: string): string | null {
  const words = query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length ? words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' ') : null;
}
