/**
 * Canonical entities in PostgreSQL: SQLite's index (../entities.ts) over the same tables. `addEntities`
 * runs under the writer's merge lock (store.ts), so documents are filed one writer at a time, in
 * commit order, and two writers never found the same entity twice.
 */
import type pg from 'pg';
import { choose, keysOf, mergeProfiles, profilesOf, type EntityProfile } from '../../entities/across.js';
import type { Analysis } from '../../model/types.js';
import type { CanonicalEntity, EntityLink } from '../store.js';

const LINK_COLUMNS = `m.doc_id AS "docId", m.local_id AS "localId", m.entity_id AS "entityId", m.name, m.rule, m.evidence, m.confidence, m.mentions`;

/** Temporary ids of entities founded in this batch: above any real id, in founding order, so that
 * candidates sort as SQLite's do (by id, new ones last). Replaced by real ids before writing. */
const FRESH_ID_BASE = 2 ** 40;

interface Member {
  docId: string;
  localId: string;
  entityId: number;
  name: string;
  rule: string;
  evidence: string[];
  confidence: number;
  mentions: number;
}

/**
 * Files the entities of newly stored documents; call inside the transaction that stored them, under
 * the merge lock. The same decisions as SQLite's one entity at a time (same candidates, same order),
 * but in memory: one query reads every stored entity filed under any key of the batch, and a few
 * statements write the batch's entities, keys and members back. Row by row it took four round trips an
 * entity, most of a worker's database time.
 */
export async function addEntities(db: pg.ClientBase, analyses: readonly Analysis[]): Promise<void> {
  const items = analyses.flatMap((a) => {
    const counts = new Map((a.annotations?.entities ?? []).map((e) => [e.id, e.mentions.length]));
    return [...profilesOf(a)].map(([localId, profile]) => ({ docId: a.document.id, localId, profile, mentions: counts.get(localId) ?? 0 }));
  });
  if (items.length === 0) return;
  const { rows } = await db.query<{ key: string; id: number; profile: EntityProfile }>(
    `SELECT k.key, e.id, e.profile FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ANY($1::text[])`,
    [[...new Set(items.flatMap((i) => keysOf(i.profile)))]],
  );
  const byKey = new Map<string, Set<number>>();
  const profiles = new Map<number, EntityProfile>();
  const addKey = (key: string, id: number) => {
    const ids = byKey.get(key);
    if (ids) ids.add(id);
    else byKey.set(key, new Set([id]));
  };
  for (const r of rows) {
    addKey(r.key, r.id);
    profiles.set(r.id, r.profile);
  }
  const changed = new Set<number>();
  const newKeys: Array<[string, number]> = [];
  const members: Member[] = [];
  let fresh = 0;
  for (const item of items) {
    const ids = new Set<number>();
    for (const k of keysOf(item.profile)) for (const id of byKey.get(k) ?? []) ids.add(id);
    const candidates = [...ids].sort((a, b) => a - b).map((id) => ({ id, profile: profiles.get(id)! }));
    const chosen = choose(item.profile, candidates);
    const id = chosen ? chosen.candidate.id : FRESH_ID_BASE + fresh++;
    const stored = chosen ? mergeProfiles(chosen.candidate.profile, item.profile) : item.profile;
    profiles.set(id, stored);
    changed.add(id);
    for (const k of keysOf(stored)) {
      if (byKey.get(k)?.has(id)) continue;
      addKey(k, id);
      newKeys.push([k, id]);
    }
    const d = chosen?.decision ?? { rule: 'new', evidence: [], confidence: 1 };
    members.push({ docId: item.docId, localId: item.localId, entityId: id, name: item.profile.name, rule: d.rule, evidence: d.evidence, confidence: d.confidence, mentions: item.mentions });
  }
  // Real ids for the founded entities, taken from the identity's sequence in founding order.
  const real = fresh === 0 ? [] : (await db.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('entities', 'id'))::int AS id FROM generate_series(1, $1)`, [fresh])).rows.map((r) => r.id);
  const idOf = (id: number) => (id >= FRESH_ID_BASE ? real[id - FRESH_ID_BASE]! : id);
  const rowsOf = [...changed].map((id) => ({ id: idOf(id), isNew: id >= FRESH_ID_BASE, profile: profiles.get(id)! }));
  const inserted = rowsOf.filter((r) => r.isNew);
  const updated = rowsOf.filter((r) => !r.isNew);
  if (inserted.length) {
    await db.query(
      `INSERT INTO entities (id, name, type, profile) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::json[])`,
      [inserted.map((r) => r.id), inserted.map((r) => r.profile.name), inserted.map((r) => r.profile.type), inserted.map((r) => JSON.stringify(r.profile))],
    );
  }
  if (updated.length) {
    await db.query(
      `UPDATE entities e SET name = u.name, profile = u.profile FROM unnest($1::int[], $2::text[], $3::json[]) AS u (id, name, profile) WHERE e.id = u.id`,
      [updated.map((r) => r.id), updated.map((r) => r.profile.name), updated.map((r) => JSON.stringify(r.profile))],
    );
  }
  await db.query(
    `INSERT INTO entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING`,
    [newKeys.map((k) => k[0]), newKeys.map((k) => idOf(k[1]))],
  );
  await db.query(
    `INSERT INTO entity_members (doc_id, local_id, entity_id, name, rule, evidence, confidence, mentions)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::json[], $7::float8[], $8::int[]) ON CONFLICT DO NOTHING`,
    [members.map((m) => m.docId), members.map((m) => m.localId), members.map((m) => idOf(m.entityId)), members.map((m) => m.name),
      members.map((m) => m.rule), members.map((m) => JSON.stringify(m.evidence)), members.map((m) => m.confidence), members.map((m) => m.mentions)],
  );
}

export async function listEntities(db: pg.Pool, limit: number, type: string | null): Promise<CanonicalEntity[]> {
  const { rows } = await db.query<{ id: number; name: string; type: string; profile: EntityProfile; documents: number; mentions: number }>(
    `SELECT e.id, e.name, e.type, e.profile, count(DISTINCT m.doc_id)::int AS documents, sum(m.mentions)::int AS mentions
     FROM entities e JOIN entity_members m ON m.entity_id = e.id
     WHERE ($1::text IS NULL OR e.type = $1)
     GROUP BY e.id ORDER BY documents DESC, mentions DESC, e.id LIMIT $2`,
    [type, limit === Infinity ? null : limit],
  );
  return rows.map(({ profile, ...r }) => ({ ...r, aliases: profile.forms.filter((f) => f !== r.name) }));
}

export async function entityLinks(db: pg.Pool, entityId: number): Promise<EntityLink[]> {
  const { rows } = await db.query<EntityLink>(
    `SELECT ${LINK_COLUMNS} FROM entity_members m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = $1 ORDER BY d.seq, m.local_id COLLATE "C"`,
    [entityId],
  );
  return rows;
}

export async function entityOf(db: pg.Pool, docId: string, localId: string): Promise<EntityLink | null> {
  const { rows } = await db.query<EntityLink>(`SELECT ${LINK_COLUMNS} FROM entity_members m WHERE m.doc_id = $1 AND m.local_id = $2`, [docId, localId]);
  return rows[0] ?? null;
}
