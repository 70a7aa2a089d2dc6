/**
 * docs/ARCHITECTURE.md's table against the folders: every folder and top-level file of src/ has its
 * place in the table (a folder of src/ in a row's "Where" cell, a folder below it named in its row),
 * and every path the table names exists. A room added, moved or removed shows up here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const page = readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
/** The table's rows as [where, whole row]. */
const rows = page.split('\n').filter((l) => l.startsWith('| ') && !/^\|[-| ]+\|$/.test(l) && !l.startsWith('| Stage |')).map((l) => [l.split(' | ')[1] ?? '', l] as const);
const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

const dirs = (path: string): string[] => readdirSync(join(ROOT, path), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

test('every folder and top-level file of src/ has a row of the architecture table', () => {
  const where = new Set(rows.flatMap(([w]) => code(w)));
  for (const name of dirs('src')) assert.ok(where.has(`src/${name}/`), `docs/ARCHITECTURE.md's table has no row whose "Where" is src/${name}/`);
  const files = readdirSync(join(ROOT, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) assert.ok(rows.some(([, row]) => code(row).includes(`src/${f}`)), `docs/ARCHITECTURE.md's table does not name src/${f}`);
});

test('every folder below a src/ folder is named in that folder\'s row', () => {
  const walk = (path: string): string[] => dirs(path).flatMap((d) => [`${path}/${d}`, ...walk(`${path}/${d}`)]);
  for (const top of dirs('src')) {
    const row = rows.find(([w]) => code(w).includes(`src/${top}/`))?.[1] ?? '';
    for (const sub of walk(`src/${top}`)) {
      const name = sub.split('/').at(-1)!;
      assert.ok(code(row).some((c) => c.startsWith(`${name}/`) || c.includes(`/${name}/`)), `the row of src/${top}/ does not name its folder ${sub.slice(`src/${top}/`.length)}/`);
    }
  }
});

test('every path the architecture table names exists', () => {
  for (const [, row] of rows) {
    for (const c of code(row)) {
      if (!/^(?:src|bench|scripts|test|web|schema|docs|models)\//.test(c)) continue;
      const path = c.replace(/\*.*$/, '').replace(/\/$/, '');
      assert.ok(existsSync(join(ROOT, path)), `docs/ARCHITECTURE.md names ${c}, which does not exist`);
    }
  }
});
