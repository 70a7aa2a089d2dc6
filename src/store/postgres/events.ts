/**
 * Merged events in PostgreSQL: the same index as SQLite's (../events.ts), over the same tables. `add`
 * runs inside the writer's transaction after it has taken the merge lock (store.ts), so it sees every
 * mention committed before it and no other writer merges at the same time: the events come out as from
 * one process storing the documents one batch after another, and so the same as SQLite's in any order.
 */
import type pg from 'pg';
import { link } from '../../events/link.js';
import { mergeEvents } from '../../events/merge.js';
import type { MergedEvent } from '../../events/merged.js';
import { eventMentions, type EventMention } from '../../events/mention.js';
import type { Analysis } from '../../model/types.js';

/** Rows `list` reads at a time. */
const PAGE = 200;

type Db = pg.ClientBase | pg.Pool;

/** Inserts many rows in one statement: one round trip a batch, not one a row. */
async function insertMentions(db: Db, mentions: readonly EventMention[]): Promise<void> {
  if (mentions.length === 0) return;
  await db.query(
    `INSERT INTO event_mentions (doc_id, idx, type, day_start, day_end, event_id, mention)
     SELECT doc_id, idx, type, day_start, day_end, '', mention::json
     FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[]) AS m (doc_id, idx, type, day_start, day_end, mention)
     ON CONFLICT (doc_id, idx) DO NOTHING`,
    [mentions.map((m) => m.doc), mentions.map((m) => m.index), mentions.map((m) => m.type),
      mentions.map((m) => m.days?.[0] ?? null), mentions.map((m) => m.days?.[1] ?? null), mentions.map((m) => JSON.stringify(m))],
  );
}

async function storeEvents(db: Db, events: readonly MergedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO events (id, day_start, sources, data)
     SELECT id, day_start, sources, data::json FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) AS e (id, day_start, sources, data)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, day_start = excluded.day_start, sources = excluded.sources`,
    [events.map((e) => e.id), events.map((e) => e.days?.[0] ?? null), events.map((e) => e.sources.length), events.map((e) => JSON.stringify(e))],
  );
  const sources = events.flatMap((e) => e.sources.map((s) => [e.id, s.doc, s.event] as const));
  await db.query(
    `UPDATE event_mentions m SET event_id = s.event_id
     FROM unnest($1::text[], $2::text[], $3::int[]) AS s (event_id, doc_id, idx)
     WHERE m.doc_id = s.doc_id AND m.idx = s.idx`,
    [sources.map((s) => s[0]), sources.map((s) => s[1]), sources.map((s) => s[2])],
  );
}

/** The new mentions and every stored mention linked to them through a chain of links (as SQLite's). */
async function component(db: Db, fresh: readonly EventMention[]): Promise<EventMention[]> {
  const found = new Map(fresh.map((m) => [m.key, m]));
  const parsed = new Map<string, EventMention>();
  let frontier = fresh.filter((m) => m.days);
  while (frontier.length) {
    const next: EventMention[] = [];
    for (const [type, group] of groupBy(frontier, (m) => m.type)) {
      const from = Math.min(...group.map((m) => m.days![0]));
      const to = Math.max(...group.map((m) => m.days![1]));
      const { rows } = await db.query<{ key: string; mention: EventMention }>(
        `SELECT doc_id || '#' || idx AS key, mention FROM event_mentions WHERE type = $1 AND day_start <= $2 AND day_end >= $3`,
        [type, to, from],
      );
      for (const row of rows) {
        if (found.has(row.key)) continue;
        let other = parsed.get(row.key);
        if (!other) parsed.set(row.key, (other = row.mention));
        if (!group.some((m) => link(m, other!).ok)) continue;
        found.set(other.key, other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return [...found.values()];
}

/** Merges the events of newly stored documents in; call inside the transaction that stored them. */
export async function addEvents(db: pg.ClientBase, analyses: readonly Analysis[]): Promise<void> {
  const fresh = analyses.flatMap(eventMentions);
  if (fresh.length === 0) return;
  await insertMentions(db, fresh);
  const mentions = await component(db, fresh);
  // The events the component's stored mentions belonged to are merged again from scratch.
  await db.query(
    `DELETE FROM events WHERE id IN (
       SELECT DISTINCT m.event_id FROM event_mentions m
       JOIN unnest($1::text[], $2::int[]) AS k (doc_id, idx) ON m.doc_id = k.doc_id AND m.idx = k.idx
       WHERE m.event_id <> '')`,
    [mentions.map((m) => m.doc), mentions.map((m) => m.index)],
  );
  await storeEvents(db, mergeEvents(mentions));
}

/** Merges every stored mention again from nothing; returns the number of events. */
export async function rebuildEvents(db: pg.ClientBase): Promise<number> {
  await db.query('DELETE FROM events');
  const { rows } = await db.query<{ mention: EventMention }>('SELECT mention FROM event_mentions ORDER BY doc_id COLLATE "C", idx');
  const events = mergeEvents(rows.map((r) => r.mention));
  await storeEvents(db, events);
  return events.length;
}

export async function* listEvents(db: pg.Pool, limit: number, offset: number): AsyncGenerator<MergedEvent> {
  for (let at = offset, left = limit; left > 0; ) {
    const n = Math.min(PAGE, left);
    // data::text and JSON.parse: the same text SQLite keeps, parsed the same way.
    const { rows } = await db.query<{ data: string }>(
      'SELECT data::text AS data FROM events ORDER BY day_start IS NULL, day_start, id COLLATE "C" LIMIT $1 OFFSET $2', [n, at]);
    for (const row of rows) yield JSON.parse(row.data) as MergedEvent;
    if (rows.length < n) return;
    at += n;
    left -= n;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
