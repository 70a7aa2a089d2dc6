/**
 * The SQLite schema as an ordered list of migrations. Each one runs once, in its own transaction, and is
 * recorded in `schema_migrations`; opening a database made by an older sitrep applies only the missing
 * ones, and a database made by a newer sitrep is refused rather than written to with the wrong schema.
 *
 * Never edit a migration that has shipped: add a new one with the next version.
 */
import type Database from 'better-sqlite3';
import { createError } from '../errors.js';

export interface Migration {
  /** 1, 2, 3, ...: strictly increasing, never reused. */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and failures',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        -- Ingest order: 1, 2, 3, ... assigned on insert. Not the rowid, which VACUUM may renumber.
        seq INTEGER NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        url TEXT,
        source TEXT,
        title TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL CHECK (json_valid(analysis)),
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_origin ON documents (origin);

      CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        stage TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (origin, code)
      );
    `,
  },
  {
    version: 2,
    name: 'sentences and full-text search',
    // External-content FTS5: the index points at sentences.id by rowid and reads the text from
    // `sentences` when highlight() needs it, so sentence text is stored once. A contentless table would
    // be as small but cannot highlight. The store writes index rows itself, right after the sentences:
    // an AFTER INSERT trigger would run each index insert in its own statement savepoint, on which FTS5
    // flushes its buffer, making bulk inserts about four times slower. Deletes, which are rare, go
    // through a trigger (and so follow ON DELETE CASCADE from documents).
    // Tokenizer: porter stemming over unicode61 without diacritics, so "strikes" finds "strike" and
    // "Kyiv" finds "Kyïv".
    sql: `
      CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (doc_id, idx)
      );
      CREATE VIRTUAL TABLE sentences_fts USING fts5 (
        text,
        content = 'sentences',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      -- Documents stored before this version get their sentences from the stored analysis.
      INSERT INTO sentences (doc_id, idx, start, "end", text)
        SELECT d.id, CAST(s.key AS INTEGER), json_extract(s.value, '$.span.start'),
               json_extract(s.value, '$.span.end'), json_extract(s.value, '$.span.text')
        FROM documents d, json_each(d.analysis, '$.sentences') s
        ORDER BY d.seq, CAST(s.key AS INTEGER);
      INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 3,
    name: 'merged events',
    // One row an event mention (a document's `annotations.events` item, as src/events/mention.ts copies
    // it) with the merged event it belongs to; one row a merged event (src/events/merged.ts) as JSON.
    // Day numbers (days since 1970-01-01) bound each mention's date, so the mentions that may link to a
    // new one are found by an index range. Documents already stored get their mentions and events when
    // the store next opens: `event_rebuild` asks for that (src/store/events.ts).
    sql: `
      CREATE TABLE event_mentions (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        day_start INTEGER,
        day_end INTEGER,
        event_id TEXT NOT NULL,
        mention TEXT NOT NULL CHECK (json_valid(mention)),
        PRIMARY KEY (doc_id, idx)
      );
      CREATE INDEX event_mentions_when ON event_mentions (type, day_start);
      CREATE INDEX event_mentions_event ON event_mentions (event_id);
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        day_start INTEGER,
        sources INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      );
      CREATE INDEX events_when ON events (day_start, id);
      CREATE TABLE event_rebuild (reason TEXT NOT NULL);
      INSERT INTO event_rebuild (reason) SELECT 'documents stored before merged events' WHERE EXISTS (SELECT 1 FROM documents);
    `,
  },
  {
    version: 4,
    name: 'canonical entities across documents',
    // One row a canonical entity (a person, organization or place across every stored article), with
    // the profile that matching compares (src/entities/across.ts: names, forms, roles, place); the keys
    // it is filed under (a person's folded surname, a name's folded form, a place's gazetteer key), so
    // that a new article's entity meets only its few candidates; and one row a document's entity saying
    // which canonical entity it joined, by which rule, on what evidence, how surely. Documents stored
    // before this version carry no entities (linking did not exist), so there is nothing to fill in.
    sql: `
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        profile TEXT NOT NULL CHECK (json_valid(profile))
      );
      CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        PRIMARY KEY (key, entity_id)
      ) WITHOUT ROWID;
      CREATE TABLE entity_members (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        rule TEXT NOT NULL,
        evidence TEXT NOT NULL CHECK (json_valid(evidence)),
        confidence REAL NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (doc_id, local_id)
      );
      CREATE INDEX entity_members_entity ON entity_members (entity_id);
    `,
  },
  {
    version: 5,
    name: 'input hashes',
    // The hash of each raw input (bytes and metadata) that gave a stored document: a rerun recognizes an
    // input it has seen before analyzing it, so re-ingesting a corpus costs a read and a hash an article.
    sql: `
      CREATE TABLE inputs (
        hash TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'reviews',
    // Analysts' corrections (src/store/reviews.ts): one row a review, and one row a key it is found by
    // (its target and anchors). Never written by ingest or merge. \`sitrep serve\` made these tables
    // itself before they were a migration, hence IF NOT EXISTS: a store that has them keeps its reviews.
    sql: `
      CREATE TABLE IF NOT EXISTS reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject')),
        field TEXT,
        old TEXT,
        new TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS review_keys (
        review_id INTEGER NOT NULL REFERENCES reviews (id),
        key TEXT NOT NULL,
        PRIMARY KEY (key, review_id)
      );
      CREATE INDEX IF NOT EXISTS reviews_target ON reviews (kind, target);
    `,
  },
];

const TABLE_EXISTS = `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`;

/** The highest migration recorded in the database; 0 for a new one. */
export function schemaVersion(db: Database.Database): number {
  if (!db.prepare(TABLE_EXISTS).get()) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the database up to the last of `migrations`. Reads first and writes only when something is
 * missing, so opening an up-to-date database never waits for another process's write lock. Each step
 * re-checks the version inside its (immediate) transaction, so two processes opening a new file at once
 * do not both apply it. Returns the versions applied.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw createError(
      'DB_OPEN',
      `${db.name} has schema version ${current}, but this sitrep knows versions up to ${latest}; ` +
        'it was written by a newer sitrep, so upgrade sitrep to open it',
    );
  }
  if (current === latest) return [];
  if (current === 0) refuseForeign(db);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of migrations) {
    const step = db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    });
    step.immediate();
  }
  return applied;
}

/**
 * A sitrep store is recognized by its marker, the `schema_migrations` table. A file without it that
 * already holds tables belongs to another application: it is never migrated (that added 15 tables and
 * switched it to WAL).
 */
export function refuseForeign(db: Database.Database): void {
  const tables = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).pluck().get() as number;
  if (tables > 0) throw createError('DB_OPEN', `${db.name} is an SQLite database of another application (it has no sitrep schema_migrations table); sitrep leaves it as it is`);
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw createError('DB_OPEN', `migration "${m.name}" has version ${m.version}; versions must run 1, 2, 3, ... in order`);
    }
  });
}
