/**
 * The seeds' entity items and cross-document pairs (`corpus/seeds/gold.json`). A gold entity is right
 * when one entity of the analysis has its type and is linked from every one of its forms (name and
 * aliases) that the cleaned text holds: some mention of that entity lies inside an occurrence of each
 * form. An occurrence inside another gold entity's form does not count ("UN" in "UN Security Council").
 * A form that the text does not hold cannot be checked; an item none of whose forms is in the text is
 * reported as absent and counted wrong. Cross-document pairs are checked in a store that holds both
 * seeds: `same_entity` forms must meet in one canonical entity, `different_entity` forms never.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import type { Analysis } from '../model/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import { analyzeSeedFile } from './seed-file.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}

export interface EntityItemCheck {
  document: string;
  name: string;
  right: boolean;
  /** Why not, when not right. */
  problem: string | null;
}

export interface PairCheck {
  kind: 'same_entity' | 'different_entity';
  pair: [string, string];
  right: boolean;
  problem: string | null;
}

export interface SeedEntityChecks {
  items: EntityItemCheck[];
  pairs: PairCheck[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a form stands in the text as a whole word. */
export function occurrences(text: string, form: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu'))) out.push([m.index, m.index + form.length]);
  return out;
}

/** Occurrences of `form` not strictly inside an occurrence of another item's form. */
function standalone(text: string, form: string, others: readonly string[]): Array<[number, number]> {
  const outer = others.filter((o) => o.length > form.length && o.includes(form)).flatMap((o) => occurrences(text, o));
  return occurrences(text, form).filter(([s, e]) => !outer.some(([os, oe]) => os <= s && e <= oe));
}

/** The entity ids of mentions inside the standalone occurrences of a form. */
function entitiesAt(a: Analysis, spans: ReadonlyArray<[number, number]>): Set<string> {
  const ids = new Set<string>();
  for (const m of a.annotations?.mentions ?? []) {
    if (m.entity && spans.some(([s, e]) => s <= m.span.start && m.span.end <= e)) ids.add(m.entity);
  }
  return ids;
}

export function checkItem(a: Analysis, g: GoldEntity, all: readonly GoldEntity[]): EntityItemCheck {
  const text = a.document.text;
  const others = all.filter((x) => x !== g).flatMap((x) => [x.name, ...x.aliases]);
  const forms = [...new Set([g.name, ...g.aliases])].map((f) => ({ form: f, spans: standalone(text, f, others) })).filter((f) => f.spans.length);
  const base = { document: a.document.id, name: g.name };
  if (!forms.length) return { ...base, right: false, problem: `not in the cleaned text (${[g.name, ...g.aliases].join(', ')})` };
  const byForm = forms.map((f) => ({ form: f.form, ids: entitiesAt(a, f.spans) }));
  const entities = a.annotations?.entities ?? [];
  const fit = entities.find((e) => e.type === g.type && byForm.every((f) => f.ids.has(e.id)));
  if (fit) return { ...base, right: true, problem: null };
  const describe = (ids: Set<string>) => [...ids].map((id) => entities.find((e) => e.id === id)).map((e) => `${e?.name} ${e?.type}`).join(' / ') || 'nothing';
  return { ...base, right: false, problem: byForm.map((f) => `"${f.form}" → ${describe(f.ids)}`).join('; ') };
}

export async function checkSeedEntities(dir: string): Promise<SeedEntityChecks> {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) throw createError('NO_DATA', `${goldPath} not found; pass --data PATH/TO/shared/corpus/seeds`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    documents: Array<{ document: string; entities?: GoldEntity[] }>;
    cross_document?: { same_entity?: string[][]; different_entity?: string[][] };
  };
  const analyses: Analysis[] = [];
  const items: EntityItemCheck[] = [];
  for (const g of gold.documents) {
    const a = await analyzeSeedFile(join(dir, `${g.document}.txt`));
    analyses.push(a);
    for (const e of g.entities ?? []) items.push({ ...checkItem(a, e, g.entities ?? []), document: g.document });
  }
  const pairs = await checkPairs(analyses, gold.cross_document ?? {});
  return { items, pairs };
}

/** Both seeds in one (in-memory) store; each pair's forms to the canonical entities they were filed under. */
async function checkPairs(analyses: Analysis[], cross: { same_entity?: string[][]; different_entity?: string[][] }): Promise<PairCheck[]> {
  const store = openSqliteStore(':memory:');
  try {
    await store.putMany(analyses);
    const canonical = async (form: string) => {
      const ids = new Set<number>();
      for (const a of analyses) {
        for (const local of entitiesAt(a, occurrences(a.document.text, form))) {
          const link = await store.entityOf(a.document.id, local);
          if (link) ids.add(link.entityId);
        }
      }
      return ids;
    };
    const check = async (kind: PairCheck['kind'], [x, y]: string[]): Promise<PairCheck> => {
      const a = await canonical(x!);
      const b = await canonical(y!);
      const shared = [...a].some((id) => b.has(id));
      const right = a.size > 0 && b.size > 0 && (kind === 'same_entity' ? shared : !shared);
      const names = (ids: Set<number>) => [...ids].map((id) => `#${id}`).join(', ') || 'no entity';
      return { kind, pair: [x!, y!], right, problem: right ? null : `"${x}" → ${names(a)}; "${y}" → ${names(b)}` };
    };
    const checks: PairCheck[] = [];
    for (const p of cross.same_entity ?? []) checks.push(await check('same_entity', p));
    for (const p of cross.different_entity ?? []) checks.push(await check('different_entity', p));
    return checks;
  } finally {
    await store.close();
  }
}


/** The figures the seeds suite reports: entity items right, cross-document pairs right. */
export function seedEntityFigures(c: SeedEntityChecks): { entities_right: number; cross_document_right: number } {
  const share = (xs: ReadonlyArray<{ right: boolean }>) => (xs.length ? xs.filter((x) => x.right).length / xs.length : 1);
  return { entities_right: share(c.items), cross_document_right: share(c.pairs) };
}

export function seedEntitiesTable(c: SeedEntityChecks): string[] {
  const out = [`entities right: ${c.items.filter((i) => i.right).length}/${c.items.length}; cross-document pairs right: ${c.pairs.filter((p) => p.right).length}/${c.pairs.length}`];
  for (const i of c.items) if (!i.right) out.push(`  ${i.document}: entity wrong: ${i.name}: ${i.problem}`);
  for (const p of c.pairs) if (!p.right) out.push(`  ${p.kind} wrong: ${p.pair.join(' / ')}: ${p.problem}`);
  return out;
}
