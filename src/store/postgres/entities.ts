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

async function fileOne(db: pg.ClientBase, docId: string, localId: string, profile: EntityProfile, mentions: number): Promise<void> {
  const keys = keysOf(profile);
  const { rows } = await db.query<{ id: number; profile: EntityProfile }>(
    `SELECT e.id, e.profile FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_keys WHERE key = ANY($1::text[])) ORDER BY e.id`,
    [keys],
  );
  const chosen = choose(profile, rows.map((r) => ({ id: r.id, profile: r.profile })));
  let id: number;
  let stored: EntityProfile;
  if (chosen) {
    id = chosen.candidate.id;
    stored = mergeProfiles(chosen.candidate.profile, profile);
    await db.query('UPDATE entities SET name = $1, profile = $2 WHERE id = $3', [stored.name, JSON.stringify(stored), id]);
  } else {
    stored = profile;
    const inserted = await db.query<{ id: number }>('INSERT INTO entities (name, type, profile) VALUES ($1, $2, $3) RETURNING id', [profile.name, profile.type, JSON.stringify(profile)]);
    id = inserted.rows[0]!.id;
  }
  const d = chosen?.decision ?? { rule: 'new', evidence: [], confidence: 1 };
  await db.query(
    `WITH k AS (INSERT INTO entity_keys (key, entity_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING)
     INSERT INTO entity_members (doc_id, local_id, entity_id, name, rule, evidence, confidence, mentions)
     VALUES ($3, $4, $2, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [keysOf(stored), id, docId, localId, profile.name, d.rule, JSON.stringify(d.evidence), d.confidence, mentions],
  );
}

/** Files the entities of newly stored documents; call inside the transaction that stored them. */
export async function addEntities(db: pg.ClientBase, analyses: readonly Analysis[]): Promise<void> {
  for (const a of analyses) {
    const counts = new Map((a.annotations?.entities ?? []).map((e) => [e.id, e.mentions.length]));
    for (const [localId, profile] of profilesOf(a)) await fileOne(db, a.document.id, localId, profile, counts.get(localId) ?? 0);
  }
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
