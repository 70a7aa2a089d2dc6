/**
 * Merged events in SQLite (migration 3): every event mention of every stored document, with the merged
 * event it belongs to, and the merged events themselves. Kept up to date on ingest: the mentions of the
 * new documents and every stored mention they can link to, directly or through one another (the linked
 * component), are merged again from scratch, and only those events are replaced. Merging is by
 * component and in a fixed order (src/events/merge.ts), so the events are the same whatever order the
 * documents came in, and the same as `rebuild` from nothing.
 */
import type Database from 'better-sqlite3';
import { link } from '../events/link.js';
import { mergeEvents } from '../events/merge.js';
import type { MergedEvent } from '../events/merged.js';
import { eventMentions, type EventMention } from '../events/mention.js';
import type { Analysis } from '../model/types.js';

/** Rows `list` reads at a time. */
const PAGE = 200;

export interface EventIndex {
  /** Merges the events of newly stored documents in; call inside the transaction that stored them. */
  add(analyses: readonly Analysis[]): void;
  /** Merges every stored document's events again from nothing; returns the number of events. */
  rebuild(): number;
  list(limit: number, offset: number): Generator<MergedEvent>;
  count(): number;
  mentionCount(): number;
}

export function eventIndex(db: Database.Database): EventIndex {
  const sql = {
    insertMention: db.prepare(`INSERT INTO event_mentions (doc_id, idx, type, day_start, day_end, event_id, mention)
      VALUES (?, ?, ?, ?, ?, '', ?) ON CONFLICT (doc_id, idx) DO NOTHING`),
    candidates: db.prepare(`SELECT doc_id || '#' || idx AS key, mention FROM event_mentions WHERE type = ? AND day_start <= ? AND day_end >= ?`),
    eventOf: db.prepare('SELECT event_id FROM event_mentions WHERE doc_id = ? AND idx = ?').pluck(),
    setEvent: db.prepare('UPDATE event_mentions SET event_id = ? WHERE doc_id = ? AND idx = ?'),
    deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO events (id, day_start, sources, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data'),
    allMentions: db.prepare('SELECT mention FROM event_mentions ORDER BY doc_id, idx').pluck(),
    clearEvents: db.prepare('DELETE FROM events'),
    page: db.prepare('SELECT data FROM events ORDER BY day_start IS NULL, day_start, id LIMIT ? OFFSET ?').pluck(),
    count: db.prepare('SELECT count(*) FROM events').pluck(),
    mentionCount: db.prepare('SELECT count(*) FROM event_mentions').pluck(),
    pendingRebuild: db.prepare('SELECT count(*) FROM event_rebuild').pluck(),
    clearPending: db.prepare('DELETE FROM event_rebuild'),
  };

  const store = (events: readonly MergedEvent[]) => {
    for (const e of events) {
      sql.insertEvent.run(e.id, e.days?.[0] ?? null, e.sources.length, JSON.stringify(e));
      for (const s of e.sources) sql.setEvent.run(e.id, s.doc, s.event);
    }
  };

  /**
   * The new mentions and every stored mention linked to them through a chain of links. Each round reads
   * the stored mentions of a type over the frontier's whole date window at once, and parses each row
   * once per call: on a busy day every new mention would otherwise read the same rows again.
   */
  const component = (fresh: readonly EventMention[]): EventMention[] => {
    const found = new Map(fresh.map((m) => [m.key, m]));
    const parsed = new Map<string, EventMention>();
    let frontier = fresh.filter((m) => m.days);
    while (frontier.length) {
      const next: EventMention[] = [];
      for (const [type, group] of groupBy(frontier, (m) => m.type)) {
        const from = Math.min(...group.map((m) => m.days![0]));
        const to = Math.max(...group.map((m) => m.days![1]));
        const rows = sql.candidates.all(type, to, from) as Array<{ key: string; mention: string }>;
        for (const row of rows) {
          if (found.has(row.key)) continue;
          let other = parsed.get(row.key);
          if (!other) parsed.set(row.key, (other = JSON.parse(row.mention) as EventMention));
          if (!group.some((m) => link(m, other!).ok)) continue;
          found.set(other.key, other);
          next.push(other);
        }
      }
      frontier = next;
    }
    return [...found.values()];
  };

  const index: EventIndex = {
    add(analyses) {
      const fresh = analyses.flatMap(eventMentions);
      if (fresh.length === 0) return;
      for (const m of fresh) sql.insertMention.run(m.doc, m.index, m.type, m.days?.[0] ?? null, m.days?.[1] ?? null, JSON.stringify(m));
      const mentions = component(fresh);
      for (const id of new Set(mentions.map((m) => sql.eventOf.get(m.doc, m.index) as string | undefined))) if (id) sql.deleteEvent.run(id);
      store(mergeEvents(mentions));
    },
    rebuild() {
      sql.clearEvents.run();
      const mentions = (sql.allMentions.all() as string[]).map((json) => JSON.parse(json) as EventMention);
      const events = mergeEvents(mentions);
      store(events);
      return events.length;
    },
    *list(limit, offset) {
      for (let at = offset, left = limit; left > 0; ) {
        const n = Math.min(PAGE, left);
        const rows = sql.page.all(n, at) as string[];
        for (const row of rows) yield JSON.parse(row) as MergedEvent;
        if (rows.length < n) return;
        at += n;
        left -= n;
      }
    },
    count: () => sql.count.get() as number,
    mentionCount: () => sql.mentionCount.get() as number,
  };

  // Documents stored before migration 3 have their mentions taken from their analyses, once.
  if ((sql.pendingRebuild.get() as number) > 0) {
    db.transaction(() => {
      if ((sql.pendingRebuild.get() as number) === 0) return;
      db.prepare('DELETE FROM event_mentions').run();
      // A page at a time: SQLite cannot write while a statement is still reading.
      const docs = db.prepare('SELECT seq, analysis FROM documents WHERE seq > ? ORDER BY seq LIMIT ?');
      for (let last = 0; ;) {
        const rows = docs.all(last, PAGE) as Array<{ seq: number; analysis: string }>;
        for (const row of rows) {
          for (const m of eventMentions(JSON.parse(row.analysis) as Analysis)) sql.insertMention.run(m.doc, m.index, m.type, m.days?.[0] ?? null, m.days?.[1] ?? null, JSON.stringify(m));
        }
        if (rows.length < PAGE) break;
        last = rows.at(-1)!.seq;
      }
      index.rebuild();
      sql.clearPending.run();
    }).immediate();
  }
  return index;
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
