/**
 * What every `Store` must do with entities across documents: one canonical entity for spellings of one
 * name, different people kept apart, each document's entity filed with its rule, evidence and confidence,
 * the same grouping whatever the order of ingest, and nothing filed twice. Run by store.suite.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Mention } from '../../src/model/annotations.js';
import type { Analysis } from '../../src/model/types.js';
import type { Store } from '../../src/store/store.js';
import { makeAnalysis, withStore, type OpenStore } from './store.suite.js';

interface EntitySpec {
  name: string;
  type?: EntityType;
  /** Name forms as written in the text (each must occur in it). */
  forms: string[];
  roles?: string[];
  nameRule?: string;
}

/** A test article whose annotations hold the given entities, each with a name mention a form. */
export function withEntities(text: string, specs: EntitySpec[]): Analysis {
  const a = makeAnalysis({ text });
  const mentions: Mention[] = [];
  const entities: Entity[] = specs.map((s, k) => {
    const indexes = s.forms.map((f) => {
      const start = text.indexOf(f);
      assert.ok(start >= 0, `"${f}" is in the test text`);
      mentions.push({ span: { start, end: start + f.length, text: f, raw: [start, start + f.length] }, sentence: 0, stage: 'tag', rule: 'test', confidence: 1, stated: [], type: s.type ?? 'PER', fine: null, kind: 'name', entity: `e${k + 1}` });
      return mentions.length - 1;
    });
    return { id: `e${k + 1}`, name: s.name, type: s.type ?? 'PER', fine: null, nameRule: s.nameRule ?? 'fullest-form', aliases: [], roles: s.roles ?? [], mentions: indexes, geonameid: null };
  });
  return { ...a, annotations: { mentions, entities } };
}

/** Built when the tests run, not at import: store.suite.ts, which this file's helpers come from, imports it. */
const fixtures = () => ({ MAYOR: withEntities('Kyiv Mayor Vitali Klitschko said the curfew holds. His brother, Wladimir, told reporters. Mr Zelensky spoke.', [
  { name: 'Vitali Klitschko', forms: ['Mayor Vitali Klitschko'], roles: ['Kyiv Mayor'] },
  { name: 'Wladimir Klitschko', forms: ['Wladimir'], nameRule: 'kin-surname', roles: ['brother of Vitali Klitschko'] },
  { name: 'Zelensky', forms: ['Mr Zelensky'], roles: ['President'] },
  { name: 'Kyiv', type: 'LOC', forms: ['Kyiv'] },
]), CURFEW: withEntities('The mayor of Kyiv, Vitaly Klitschko, extended the curfew. President Volodymyr Zelenskyy thanked Vladimir Putin for nothing.', [
  { name: 'Vitaly Klitschko', forms: ['Vitaly Klitschko'], roles: ['mayor of Kyiv'] },
  { name: 'Volodymyr Zelenskyy', forms: ['Volodymyr Zelenskyy'], roles: ['President'] },
  { name: 'Vladimir Putin', forms: ['Vladimir Putin'] },
  { name: 'Kyiv', type: 'LOC', forms: ['Kyiv'] },
]) });

/** Canonical names by local entity, for comparing two stores. */
async function grouping(store: Store, docs: Analysis[]): Promise<string[]> {
  const canonical = await store.entities();
  const rows: string[] = [];
  for (const a of docs) {
    for (const e of a.annotations?.entities ?? []) {
      const link = await store.entityOf(a.document.id, e.id);
      assert.ok(link, `${e.name} is filed`);
      rows.push(`${e.name} → ${canonical.find((c) => c.id === link.entityId)?.name}`);
    }
  }
  return rows.sort();
}

export function entityStoreSuite(name: string, open: OpenStore): void {
  const withOpen = <T>(fn: (store: Store) => Promise<T>) => withStore(open, fn);

  describe(`store (${name}): entities across documents`, () => {
    it('spellings of one person are one entity, with the rule, evidence and confidence; a brother is another', () =>
      withOpen(async (store) => {
        const { MAYOR, CURFEW } = fixtures();
        await store.putMany([MAYOR, CURFEW]);
        const vitali = (await store.entityOf(MAYOR.document.id, 'e1'))!;
        const vitaly = (await store.entityOf(CURFEW.document.id, 'e1'))!;
        assert.equal(vitaly.entityId, vitali.entityId);
        assert.equal(vitali.rule, 'new');
        assert.equal(vitaly.rule, 'spelling');
        assert.ok(vitaly.evidence.some((e) => /Vitaly Klitschko.*Vitali Klitschko/.test(e)), vitaly.evidence.join());
        assert.ok(vitaly.confidence > 0.8 && vitaly.confidence <= 1);
        assert.notEqual((await store.entityOf(MAYOR.document.id, 'e2'))!.entityId, vitali.entityId, 'Wladimir is not Vitali');
        assert.notEqual((await store.entityOf(MAYOR.document.id, 'e2'))!.entityId, (await store.entityOf(CURFEW.document.id, 'e3'))!.entityId, 'Wladimir Klitschko is not Vladimir Putin');
        assert.equal((await store.entityOf(MAYOR.document.id, 'e3'))!.entityId, (await store.entityOf(CURFEW.document.id, 'e2'))!.entityId, 'Mr Zelensky is Volodymyr Zelenskyy');
        assert.equal((await store.entityOf(MAYOR.document.id, 'e4'))!.entityId, (await store.entityOf(CURFEW.document.id, 'e4'))!.entityId, 'Kyiv is Kyiv');
      }));

    it('lists canonical entities with their documents, fullest name, aliases, type filter and limit', () =>
      withOpen(async (store) => {
        const { MAYOR, CURFEW } = fixtures();
        await store.putMany([MAYOR, CURFEW]);
        const people = await store.entities({ type: 'PER' });
        assert.ok(people.every((e) => e.type === 'PER'));
        const zelenskyy = people.find((e) => e.aliases.includes('Zelensky'));
        assert.equal(zelenskyy?.name, 'Volodymyr Zelenskyy', 'the fullest name wins');
        assert.equal(zelenskyy?.documents, 2);
        assert.equal((await store.entityLinks(zelenskyy!.id)).length, 2);
        assert.equal((await store.entities({ limit: 2 })).length, 2);
        assert.ok((await store.entities())[0]!.documents >= (await store.entities()).at(-1)!.documents, 'most documents first');
      }));

    it('the same grouping whatever the order of ingest, and a duplicate is not filed again', async () => {
      const { MAYOR, CURFEW } = fixtures();
      const forward = await withOpen(async (store) => {
        await store.putMany([MAYOR, CURFEW]);
        return grouping(store, [MAYOR, CURFEW]);
      });
      const backward = await withOpen(async (store) => {
        await store.putMany([CURFEW]);
        await store.putMany([MAYOR]);
        const before = (await store.entities()).map((e) => `${e.id} ${e.mentions}`);
        await store.putMany([MAYOR]);
        assert.deepEqual((await store.entities()).map((e) => `${e.id} ${e.mentions}`), before, 'a duplicate changes nothing');
        return grouping(store, [MAYOR, CURFEW]);
      });
      const canonicalOf = (rows: string[]) => rows.map((r) => r.replace(/→ (Vitaly|Vitali) Klitschko/, '→ Klitschko'));
      assert.deepEqual(canonicalOf(backward), canonicalOf(forward));
    });
  });
}
