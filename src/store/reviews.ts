/**
 * Analysts' corrections, kept apart from what the machine produced: a table of their own, never written
 * by ingest or merge, so that re-ingesting a document or merging the events again leaves them as they
 * were. Each review names its target by stable keys (a merged event by its id and the mention keys
 * `doc#index` it was made of; a figure or quote by document, index and span), so a review still finds
 * its target after a re-merge changes an event's id (src/review/apply.ts matches them).
 *
 * The methods return promises so that a PostgreSQL implementation can share the interface.
 */
import Database from 'better-sqlite3';
import { createError } from '../errors.js';

export type ReviewKind = 'event' | 'figure' | 'quote' | 'entity';
export type ReviewAction = 'accept' | 'edit' | 'reject';

export interface NewReview {
  kind: ReviewKind;
  /** An event's id; `doc#index` for a figure or a quote; `doc#localId` for an entity link. */
  target: string;
  /** Other keys the target is known by: an event's mention keys, a figure's `doc@start-end`. */
  anchors: string[];
  action: ReviewAction;
  /** The field an edit changes (`fatalities`, `speaker`, ...); null for accept and reject. */
  field: string | null;
  /** The value before (as the reviewer saw it) and after; null for accept and reject. */
  old: unknown;
  new: unknown;
  reviewer: string;
}

export interface Review extends NewReview {
  id: number;
  /** ISO 8601 time the review was stored. */
  at: string;
}

export interface ReviewStore {
  add(review: NewReview): Promise<Review>;
  /** Every review, oldest first (a later review of the same field overrides an earlier one). */
  all(): Promise<Review[]>;
  /** The reviews of one kind whose target or anchors meet `keys`, oldest first. */
  about(kind: ReviewKind, keys: readonly string[]): Promise<Review[]>;
  /** Grows with every review stored: what caches of reviewed views compare. */
  version(): Promise<number>;
  close(): void;
}

const SCHEMA = `
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
`;

interface ReviewRow {
  id: number;
  kind: ReviewKind;
  target: string;
  action: ReviewAction;
  field: string | null;
  old: string | null;
  new: string | null;
  reviewer: string;
  at: string;
  anchors: string | null;
}

const SELECT = `SELECT r.id, r.kind, r.target, r.action, r.field, r.old, r.new, r.reviewer, r.at,
  (SELECT json_group_array(key) FROM review_keys k WHERE k.review_id = r.id AND k.key <> r.target) AS anchors
  FROM reviews r`;

/** Opens the reviews tables in a sitrep SQLite file (its own connection), creating them if needed. */
export function openSqliteReviews(path: string, options: { now?: () => Date } = {}): ReviewStore {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
  } catch (e) {
    throw createError('DB_OPEN', `${path}: ${(e as Error).message}; check the path and that it is a sitrep database`);
  }
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const sql = {
    insert: db.prepare('INSERT INTO reviews (kind, target, action, field, old, new, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    key: db.prepare('INSERT OR IGNORE INTO review_keys (review_id, key) VALUES (?, ?)'),
    all: db.prepare(`${SELECT} ORDER BY r.id`),
    one: db.prepare(`${SELECT} WHERE r.id = ?`),
    version: db.prepare('SELECT coalesce(max(id), 0) FROM reviews').pluck(),
  };
  const add = db.transaction((r: NewReview) => {
    const id = Number(sql.insert.run(r.kind, r.target, r.action, r.field, json(r.old), json(r.new), r.reviewer, now()).lastInsertRowid);
    for (const key of new Set([r.target, ...r.anchors])) sql.key.run(id, key);
    return toReview(sql.one.get(id) as ReviewRow);
  });
  return {
    add: async (r) => add.immediate(r),
    all: async () => (sql.all.all() as ReviewRow[]).map(toReview),
    async about(kind, keys) {
      if (keys.length === 0) return [];
      // Keys in a JSON array rather than one placeholder each: an event may have hundreds of reports.
      const rows = db.prepare(`${SELECT} WHERE r.kind = ? AND r.id IN (SELECT review_id FROM review_keys WHERE key IN (SELECT value FROM json_each(?))) ORDER BY r.id`)
        .all(kind, JSON.stringify(keys)) as ReviewRow[];
      return rows.map(toReview);
    },
    version: async () => sql.version.get() as number,
    close() {
      if (db.open) db.close();
    },
  };
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    kind: row.kind,
    target: row.target,
    anchors: row.anchors ? (JSON.parse(row.anchors) as string[]) : [],
    action: row.action,
    field: row.field,
    old: row.old === null ? null : JSON.parse(row.old),
    new: row.new === null ? null : JSON.parse(row.new),
    reviewer: row.reviewer,
    at: row.at,
  };
}

/** The reviews of a sitrep SQLite file read without writing to it (for `sitrep export`, a read command
 * that must work on a store in a read-only folder): none when the file has no reviews table. */
export function readSqliteReviews(path: string): Review[] {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw createError('DB_OPEN', `${path}: ${(e as Error).message}; check the path and that it is a sitrep database`);
  }
  try {
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reviews'`).get()) return [];
    return (db.prepare(`${SELECT} ORDER BY r.id`).all() as ReviewRow[]).map(toReview);
  } finally {
    db.close();
  }
}
