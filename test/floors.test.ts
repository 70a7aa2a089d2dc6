/** The quality gate: every suite in bench/floors.json runs on its default data (on the split named by
 * its `split` entry, when it has one: a fixed subset that runs fast enough) and must reach its floors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITES } from '../src/eval/suites.js';
import { SHARED } from './helpers.js';

const floors = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'bench', 'floors.json'), 'utf8')) as Record<string, Record<string, number | string> | string>;

for (const [name, figures] of Object.entries(floors)) {
  if (typeof figures === 'string') continue;
  const suite = SUITES[name];
  const data = suite ? join(SHARED, suite.defaultData) : '';
  test(`floors: ${name}`, { skip: suite && !existsSync(data) ? `${data} is absent; skipped` : false }, async () => {
    assert.ok(suite, `bench/floors.json names an unknown suite "${name}"`);
    const split = typeof figures.split === 'string' ? figures.split : undefined;
    const result = await suite.run(data, split ? { split } : {});
    for (const [key, floor] of Object.entries(figures)) {
      if (key === 'split') continue;
      assert.equal(typeof floor, 'number', `bench/floors.json: ${name}.${key} is not a number`);
      const value = result.figures[key];
      assert.ok(value !== undefined, `${name} reports no figure "${key}"`);
      assert.ok(value >= floor, `${name}.${key} = ${value} is below its floor ${floor}`);
    }
  });
}
