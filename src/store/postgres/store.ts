/**
 * The PostgreSQL store: the shared store for many workers on many machines (docs/postgres.md). Same
 * behaviour as SQLite's (the shared suites in ../*.suite.ts run against both).
 *
 * Concurrency: `putMany` is one transaction. Documents are inserted with ON CONFLICT DO NOTHING, so
 * the same article from two writers is stored once (the second waits on the first's row and then sees
 * a duplicate). The merge that follows (failures of the origin, event mentions and merged events,
 * canonical entities) holds a transaction-level advisory lock for this schema until commit: merges run
 * one at a time, each seeing every merge committed before it, as in one process. The pipeline, the
 * costly part, runs before and outside the transaction, in parallel.
 */
import type pg from 'pg';
import type { Analysis, Failure } from '../../model/types.js';
import { DEFAULT_SEARCH_LIMIT, wholeNumber } from '../sqlite.js';
import type { PutResult, SearchHit, Store, StoredDocument, StoredFailure } from '../store.js';
import { addEntities, entityLinks, entityOf, listEntities } from './entities.js';
import { addEvents, listEvents, rebuildEvents } from './events.js';
import { connect, pgTarget, type PgTarget } from './connect.js';
import { migratePg } from './migrations.js';
import { pgReviews } from './reviews.js';
import { analysisJson } from '../serialized.js';

/** Rows `list` reads at a time. */
const LIST_PAGE = 100;
/** Documents an INSERT statement: ten parameters each, far below PostgreSQL's 65,535 a statement
 * whatever `--batch` a direct ingest is given. */
const DOCUMENTS_A_STATEMENT = 500;
const DEFAULT_MARK: [string, string] = ['[', ']'];
/** Words of a query used: a search box, not a document; keeps the statement small. */
const MAX_QUERY_WORDS = 32;
/** Marks ts_headline puts around matches, replaced by the caller's afterwards: control characters that
 * no stored sentence holds (cleaning removes them), so no mark needs quoting in ts_headline's options. */
const HIT_OPEN = '\u0002';
const HIT_CLOSE = '\u0003';

export interface PgStoreOptions {
  now?: () => Date;
}

/** Where this process's `putMany` time went around the merge lock: what a worker's summary reports. */
export interface MergeTimes {
  /** Seconds waiting for the lock (another writer was merging). */
  waitSeconds: number;
  /** Seconds holding it: merging events and entities, then committing. */
  holdSeconds: number;
  batches: number;
}

export interface PgStore extends Store {
  readonly mergeTimes: MergeTimes;
}

const DOCUMENT_COLUMNS = `seq, id, origin, title, source, published, ingested_at AS "ingestedAt", analysis`;

interface DocumentRow extends Omit<StoredDocument, 'analysis'> {
  seq: string;
  analysis: Analysis;
}

export async function openPostgresStore(db: string | PgTarget, options: PgStoreOptions = {}): Promise<PgStore> {
  const target = typeof db === 'string' ? pgTarget(db) : db;
  const pool = await connect(target);
  try {
    await migratePg(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  let closed = false;

  const transaction = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  };
  /** Serializes merges within this schema, until the transaction ends. */
  const mergeLock = (client: pg.ClientBase) => client.query(`SELECT pg_advisory_xact_lock(hashtext('sitrep merge ' || $1::text))`, [target.schema]);

  const mergeTimes: MergeTimes = { waitSeconds: 0, holdSeconds: 0, batches: 0 };

  async function putBatch(client: pg.PoolClient, batch: Analysis[], lock: { at: number }): Promise<PutResult[]> {
    const at = now();
    const first = new Map<string, Analysis>();
    for (const a of batch) if (!first.has(a.document.id)) first.set(a.document.id, a);
    // Ingest order is the batch's order: numbers taken now, in that order, whatever order rows go in.
    const numbers = await client.query<{ seq: string }>(`SELECT nextval('documents_seq')::text AS seq FROM generate_series(1, $1)`, [first.size]);
    const seqOf = new Map([...first.keys()].map((id, i) => [id, numbers.rows[i]!.seq]));
    // One statement for the batch's documents and one for their sentences. Rows go in, and are locked,
    // in id order: two writers with overlapping batches in different orders would otherwise each wait
    // for a row the other holds (a deadlock PostgreSQL breaks by failing one).
    const docs = [...first.values()].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
    const inserted = new Set<string>();
    for (let i = 0; i < docs.length; i += DOCUMENTS_A_STATEMENT) {
      for (const id of await insertDocuments(client, docs.slice(i, i + DOCUMENTS_A_STATEMENT), seqOf, at)) inserted.add(id);
    }
    const sentences = docs.filter((a) => inserted.has(a.document.id)).flatMap((a) => a.sentences.map((s, i) => [a.document.id, i, s.span.start, s.span.end, s.span.text] as const));
    await client.query(
      `INSERT INTO sentences (doc_id, idx, start, "end", text) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[])`,
      [0, 1, 2, 3, 4].map((k) => sentences.map((s) => s[k])),
    );
    const stored = [...first.values()].filter((a) => inserted.has(a.document.id));
    const waiting = performance.now();
    await mergeLock(client);
    lock.at = performance.now();
    mergeTimes.waitSeconds += (lock.at - waiting) / 1000;
    // The origins now yield a document (new or already stored), so earlier failures of them are stale.
    await client.query('DELETE FROM failures WHERE origin = ANY($1::text[])', [[...new Set(batch.map((a) => a.document.origin))]]);
    await addEvents(client, stored);
    await addEntities(client, stored);
    const results: PutResult[] = [];
    const reported = new Set<string>();
    for (const a of batch) {
      const id = a.document.id;
      results.push({ status: inserted.has(id) && !reported.has(id) ? 'stored' : 'duplicate', id });
      reported.add(id);
    }
    return results;
  }

  async function* pages(limit: number, offset: number): AsyncGenerator<StoredDocument> {
    let last: string | null = null;
    for (let left = limit; left > 0; ) {
      const n = Math.min(LIST_PAGE, left);
      const page: pg.QueryResult<DocumentRow> = last === null
        ? await pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY seq LIMIT $1 OFFSET $2`, [n, offset])
        : await pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`, [last, n]);
      const rows = page.rows;
      for (const row of rows) yield toStored(row);
      if (rows.length < n) return;
      last = rows[rows.length - 1]!.seq;
      left -= rows.length;
    }
  }

  const count = async (sql: string) => (await pool.query<{ n: number }>(sql)).rows[0]!.n;

  return {
    async putMany(analyses) {
      if (analyses.length === 0) return [];
      const lock = { at: 0 };
      const results = await transaction((client) => putBatch(client, analyses, lock));
      // Held from taking the lock until the commit that released it.
      mergeTimes.holdSeconds += (performance.now() - lock.at) / 1000;
      mergeTimes.batches++;
      return results;
    },
    mergeTimes,
    async putFailure(f: Failure) {
      await pool.query(
        `INSERT INTO failures (origin, stage, code, reason, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (origin, code) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
        [f.origin, f.stage, f.code, f.reason, now()],
      );
    },
    has: async (id) => (await pool.query('SELECT 1 FROM documents WHERE id = $1', [id])).rowCount === 1,
    inputSeen: async (hash) => (await pool.query('SELECT 1 FROM inputs WHERE hash = $1', [hash])).rowCount === 1,
    async noteInputs(pairs) {
      if (pairs.length === 0) return;
      await pool.query(
        `INSERT INTO inputs (hash, doc_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (hash) DO UPDATE SET doc_id = excluded.doc_id`,
        [pairs.map(([hash]) => hash), pairs.map(([, id]) => id)],
      );
    },
    // As SQLite's: same text, so the same id and sentences; metadata and analysis are replaced and the
    // merged events recomputed from every stored mention, under the merge lock.
    updateMany: async (analyses) => (analyses.length === 0 ? 0 : transaction(async (client) => {
      await mergeLock(client);
      const changed: Analysis[] = [];
      for (const a of analyses) {
        const d = a.document;
        const r = await client.query(
          'UPDATE documents SET origin = $1, url = $2, source = $3, title = $4, published = $5, language = $6, analysis = $7 WHERE id = $8',
          [d.origin, d.url, d.source, d.title, d.published?.value ?? null, d.language, analysisJson(a), d.id],
        );
        if (r.rowCount === 1) changed.push(a);
      }
      if (changed.length) {
        await client.query('DELETE FROM event_mentions WHERE doc_id = ANY($1::text[])', [changed.map((a) => a.document.id)]);
        await addEvents(client, changed);
        await rebuildEvents(client);
      }
      return changed.length;
    })),
    async get(id) {
      const { rows } = await pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
      return rows[0] ? toStored(rows[0]) : null;
    },
    list(opts = {}) {
      const limit = opts.limit ?? Infinity;
      const offset = opts.offset ?? 0;
      wholeNumber('limit', limit);
      wholeNumber('offset', offset);
      return pages(limit, offset);
    },
    count: () => count('SELECT count(*)::int AS n FROM documents'),
    failures: async () =>
      (await pool.query<StoredFailure>('SELECT origin, stage, code, reason, at FROM failures ORDER BY origin COLLATE "C", code COLLATE "C"')).rows,
    async search(query, opts = {}) {
      const words = searchWords(query);
      const limit = opts.limit ?? DEFAULT_SEARCH_LIMIT;
      wholeNumber('limit', limit);
      if (words.length === 0 || limit === 0) return [];
      const [open, close] = opts.mark ?? DEFAULT_MARK;
      // Each word is its own plainto_tsquery (stemmed, punctuation and operators as plain text), all
      // ANDed; a word that is only a stop word matches nothing, as in SQLite's "NOT".
      const tsquery = words.map((_, i) => `plainto_tsquery('english', $${i + 2})`).join(' && ');
      const { rows } = await pool.query<Omit<SearchHit, 'rank'> & { rank: number }>(
        `WITH q AS (SELECT ${tsquery} AS query)
         SELECT s.doc_id AS "docId", s.idx AS sentence, d.title,
                ts_headline('english', s.text, q.query, 'HighlightAll=true, StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}') AS snippet,
                ts_rank(s.tsv, q.query, 1) AS rank
         FROM q, sentences s JOIN documents d ON d.id = s.doc_id
         WHERE numnode(q.query) > 0 AND s.tsv @@ q.query
         ORDER BY rank DESC, d.seq, s.idx
         LIMIT $1`,
        [limit, ...words],
      );
      return rows.map((r) => ({ ...r, snippet: r.snippet.replaceAll(HIT_OPEN, open).replaceAll(HIT_CLOSE, close) }));
    },
    events(opts = {}) {
      const limit = opts.limit ?? Infinity;
      const offset = opts.offset ?? 0;
      wholeNumber('limit', limit);
      wholeNumber('offset', offset);
      return listEvents(pool, limit, offset);
    },
    eventCount: () => count('SELECT count(*)::int AS n FROM events'),
    eventMentionCount: () => count('SELECT count(*)::int AS n FROM event_mentions'),
    rebuildEvents: () => transaction(async (client) => {
      await mergeLock(client);
      return rebuildEvents(client);
    }),
    async entities(opts = {}) {
      const limit = opts.limit ?? Infinity;
      wholeNumber('limit', limit);
      return listEntities(pool, limit, opts.type ?? null);
    },
    entityLinks: (entityId) => entityLinks(pool, entityId),
    entityOf: (docId, localId) => entityOf(pool, docId, localId),
    reviews: pgReviews(pool, now),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/**
 * Inserts documents (in the order given) unless their id is stored; returns the ids inserted. A row of
 * parameters a document, not an array a column: the analyses (about 40 kB of JSON each) then travel
 * as they are, where an array literal would be escaped by the client and parsed again by the server.
 */
async function insertDocuments(client: pg.ClientBase, docs: readonly Analysis[], seqOf: ReadonlyMap<string, string>, at: string): Promise<string[]> {
  // Each row ends with its position, so that rows go in (and are locked) in the order given.
  const values = docs.map((_, i) => `(${Array.from({ length: 10 }, (_, k) => `$${i * 10 + k + 2}`).join(', ')}, ${i})`);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO documents (id, seq, origin, url, source, title, published, language, text, analysis, ingested_at)
     SELECT d.id, d.seq::bigint, d.origin, d.url, d.source, d.title, d.published, d.language, d.text, d.analysis::json, $1
     FROM (VALUES ${values.join(', ')}) AS d (id, seq, origin, url, source, title, published, language, text, analysis, n)
     ORDER BY d.n
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [at, ...docs.flatMap((a) => {
      const d = a.document;
      return [d.id, seqOf.get(d.id), d.origin, d.url, d.source, d.title, d.published?.value ?? null, d.language, d.text, analysisJson(a)];
    })],
  );
  return rows.map((r) => r.id);
}

function toStored(row: DocumentRow): StoredDocument {
  const { seq: _seq, ...fields } = row;
  return fields;
}

/** The words of a query that hold a letter or digit (as SQLite's ftsQuery). */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).slice(0, MAX_QUERY_WORDS);
}
