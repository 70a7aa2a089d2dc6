/**
 * Analysts' corrections, kept apart from what the machine produced: tables of their own, never written
 * by ingest or merge, so that re-ingesting a document or merging the events again leaves them as they
 * were. Each review names its target by stable keys (a merged event by its id and the mention keys
 * `doc#index` it was made of; a figure or quote by document, index and span), so a review still finds
 * its target after a re-merge changes an event's id (src/review/apply.ts matches them).
 *
 * Every store has them (`Store.reviews`): SQLite's below, over the store's own connection, PostgreSQL's
 * in postgres/reviews.ts; both pass test/suites/reviews.suite.ts.
 */
import type Database from 'better-sqlite3';

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
}

/** A review as both stores read it: `old` and `new` as JSON text, `anchors` a JSON array in the order given. */
export interface ReviewRow {
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

/** Keys stored for a review: its target, then its anchors, each once, in that order. */
export const reviewKeys = (r: NewReview): string[] => [...new Set([r.target, ...r.anchors])];

/** `old` and `new` as stored: JSON text, SQL NULL for null or missing. */
export const reviewJson = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

export function toReview(row: ReviewRow): Review {
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

// Anchors in the order they were stored (rowid order), the target left out.
const SELECT = `SELECT r.id, r.kind, r.target, r.action, r.field, r.old, r.new, r.reviewer, r.at,
  (SELECT json_group_array(key) FROM (SELECT key FROM review_keys k WHERE k.review_id = r.id AND k.key <> r.target ORDER BY k.rowid)) AS anchors
  FROM reviews r`;

/** The reviews of a SQLite store, over its connection (tables: migration 6 of ../migrations.ts). */
export function sqliteReviews(db: Database.Database, now: () => string): ReviewStore {
  const sql = {
    insert: db.prepare('INSERT INTO reviews (kind, target, action, field, old, new, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    key: db.prepare('INSERT OR IGNORE INTO review_keys (review_id, key) VALUES (?, ?)'),
    all: db.prepare(`${SELECT} ORDER BY r.id`),
    one: db.prepare(`${SELECT} WHERE r.id = ?`),
    // Keys in a JSON array rather than one placeholder each: an event may have hundreds of reports.
    about: db.prepare(`${SELECT} WHERE r.kind = ? AND r.id IN (SELECT review_id FROM review_keys WHERE key IN (SELECT value FROM json_each(?))) ORDER BY r.id`),
    version: db.prepare('SELECT coalesce(max(id), 0) FROM reviews').pluck(),
  };
  const add = db.transaction((r: NewReview) => {
    const id = Number(sql.insert.run(r.kind, r.target, r.action, r.field, reviewJson(r.old), reviewJson(r.new), r.reviewer, now()).lastInsertRowid);
    for (const key of reviewKeys(r)) sql.key.run(id, key);
    return toReview(sql.one.get(id) as ReviewRow);
  });
  return {
    add: async (r) => add.immediate(r),
    all: async () => (sql.all.all() as ReviewRow[]).map(toReview),
    about: async (kind, keys) => (keys.length === 0 ? [] : (sql.about.all(kind, JSON.stringify(keys)) as ReviewRow[]).map(toReview)),
    version: async () => sql.version.get() as number,
  };
}
