/**
 * Analysts' reviews in PostgreSQL: SQLite's (../reviews.ts) over the same tables (migration 5). A
 * review and its keys go in one transaction; ids come from an identity, so `version` (the largest id)
 * grows with every review, whichever process stored it.
 */
import type pg from 'pg';
import { reviewJson, reviewKeys, toReview, type ReviewRow, type ReviewStore } from '../reviews.js';

// The anchors as JSON text, as SQLite's json_group_array gives them, so one row reader (toReview)
// serves both stores.
const SELECT = `SELECT r.id, r.kind, r.target, r.action, r.field, r.old, r.new, r.reviewer, r.at,
  (SELECT coalesce(json_agg(k.key ORDER BY k.position), '[]')::text FROM review_keys k WHERE k.review_id = r.id AND k.key <> r.target) AS anchors
  FROM reviews r`;

export function pgReviews(pool: pg.Pool, now: () => string): ReviewStore {
  return {
    async add(r) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: number }>(
          'INSERT INTO reviews (kind, target, action, field, old, new, reviewer, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
          [r.kind, r.target, r.action, r.field, reviewJson(r.old), reviewJson(r.new), r.reviewer, now()],
        );
        const id = rows[0]!.id;
        const keys = reviewKeys(r);
        await client.query(
          'INSERT INTO review_keys (review_id, key, position) SELECT $1, key, position FROM unnest($2::text[]) WITH ORDINALITY AS k (key, position)',
          [id, keys],
        );
        const stored = await client.query<ReviewRow>(`${SELECT} WHERE r.id = $1`, [id]);
        await client.query('COMMIT');
        return toReview(stored.rows[0]!);
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    all: async () => (await pool.query<ReviewRow>(`${SELECT} ORDER BY r.id`)).rows.map(toReview),
    async about(kind, keys) {
      if (keys.length === 0) return [];
      const { rows } = await pool.query<ReviewRow>(
        `${SELECT} WHERE r.kind = $1 AND r.id IN (SELECT review_id FROM review_keys WHERE key = ANY($2::text[])) ORDER BY r.id`,
        [kind, [...keys]],
      );
      return rows.map(toReview);
    },
    version: async () => (await pool.query<{ v: number }>('SELECT coalesce(max(id), 0)::int AS v FROM reviews')).rows[0]!.v,
  };
}
