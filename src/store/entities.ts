/**
 * Canonical entities in SQLite (migration 4): each stored document's entities filed under one entity
 * across documents, by the rules of src/entities/across.ts. A document's entity meets only the
 * canonical entities filed under one of its keys (a person's folded surname, a name's folded form, a
 * place's gazetteer key); the best fit takes it, or it founds a new one. Documents are filed in ingest
 * order, and within one in the order of their entity ids, so the same documents in the same order give
 * the same entities.
 */
import type Database from 'better-sqlite3';
import { choose, keysOf, mergeProfiles, profilesOf, type EntityProfile } from '../entities/across.js';
import type { Analysis } from '../model/types.js';
import type { CanonicalEntity, EntityLink } from './store.js';

export interface EntityIndex {
  /** Files the entities of newly stored documents; call inside the transaction that stored them. */
  add(analyses: readonly Analysis[]): void;
  list(limit: number, type: string | null): CanonicalEntity[];
  links(entityId: number): EntityLink[];
  of(docId: string, localId: string): EntityLink | null;
}

interface LinkRow {
  docId: string;
  localId: string;
  entityId: number;
  name: string;
  rule: string;
  evidence: string;
  confidence: number;
  mentions: number;
}

const LINK_COLUMNS = 'm.doc_id AS docId, m.local_id AS localId, m.entity_id AS entityId, m.name, m.rule, m.evidence, m.confidence, m.mentions';

export function entityIndex(db: Database.Database): EntityIndex {
  const sql = {
    byKey: db.prepare('SELECT entity_id FROM entity_keys WHERE key = ?').pluck(),
    get: db.prepare('SELECT profile FROM entities WHERE id = ?').pluck(),
    insert: db.prepare('INSERT INTO entities (name, type, profile) VALUES (?, ?, ?)'),
    update: db.prepare('UPDATE entities SET name = ?, profile = ? WHERE id = ?'),
    key: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
    member: db.prepare(`INSERT OR IGNORE INTO entity_members (doc_id, local_id, entity_id, name, rule, evidence, confidence, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    list: db.prepare(`
      SELECT e.id, e.name, e.type, e.profile, count(DISTINCT m.doc_id) AS documents, sum(m.mentions) AS mentions
      FROM entities e JOIN entity_members m ON m.entity_id = e.id
      WHERE (@type IS NULL OR e.type = @type)
      GROUP BY e.id ORDER BY documents DESC, mentions DESC, e.id LIMIT @limit`),
    links: db.prepare(`SELECT ${LINK_COLUMNS} FROM entity_members m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? ORDER BY d.seq, m.local_id`),
    of: db.prepare(`SELECT ${LINK_COLUMNS} FROM entity_members m WHERE m.doc_id = ? AND m.local_id = ?`),
  };

  const fileOne = (docId: string, localId: string, profile: EntityProfile, mentions: number) => {
    const ids = new Set<number>();
    for (const k of keysOf(profile)) for (const id of sql.byKey.all(k) as number[]) ids.add(id);
    const candidates = [...ids].sort((a, b) => a - b).map((id) => ({ id, profile: JSON.parse(sql.get.get(id) as string) as EntityProfile }));
    const chosen = choose(profile, candidates);
    let id: number;
    let stored: EntityProfile;
    if (chosen) {
      id = chosen.candidate.id;
      stored = mergeProfiles(chosen.candidate.profile, profile);
      sql.update.run(stored.name, JSON.stringify(stored), id);
    } else {
      stored = profile;
      id = Number(sql.insert.run(profile.name, profile.type, JSON.stringify(profile)).lastInsertRowid);
    }
    for (const k of keysOf(stored)) sql.key.run(k, id);
    const d = chosen?.decision ?? { rule: 'new', evidence: [], confidence: 1 };
    sql.member.run(docId, localId, id, profile.name, d.rule, JSON.stringify(d.evidence), d.confidence, mentions);
  };

  const toLink = (r: LinkRow): EntityLink => ({ ...r, evidence: JSON.parse(r.evidence) as string[] });

  return {
    add(analyses) {
      for (const a of analyses) {
        const counts = new Map((a.annotations?.entities ?? []).map((e) => [e.id, e.mentions.length]));
        for (const [localId, profile] of profilesOf(a)) fileOne(a.document.id, localId, profile, counts.get(localId) ?? 0);
      }
    },
    list(limit, type) {
      const rows = sql.list.all({ type, limit: limit === Infinity ? -1 : limit }) as Array<{ id: number; name: string; type: string; profile: string; documents: number; mentions: number }>;
      return rows.map(({ profile, ...r }) => {
        const p = JSON.parse(profile) as EntityProfile;
        return { ...r, aliases: p.forms.filter((f) => f !== r.name) };
      });
    },
    links: (entityId) => (sql.links.all(entityId) as LinkRow[]).map(toLink),
    of(docId, localId) {
      const row = sql.of.get(docId, localId) as LinkRow | undefined;
      return row ? toLink(row) : null;
    },
  };
}
