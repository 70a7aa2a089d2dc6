/** The quality gate: every suite in bench/floors.json runs on its default data (on the split named by
 * its `split` entry, when it has one: a fixed subset that runs fast enough) and must reach its floors
 * and stay within its ceilings (test/floors-file.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITES } from '../src/eval/suites.js';
import { outOfLimits, parseLimits } from './floors-file.js';
import { SHARED } from './helpers.js';

const limits = parseLimits(readFileSync(join(import.meta.dirname, '..', 'bench', 'floors.json'), 'utf8'));

for (const [name, entry] of Object.entries(limits)) {
  const suite = SUITES[name];
  const data = suite ? join(SHARED, suite.defaultData) : '';
  test(`floors: ${name}`, { skip: suite && !existsSync(data) ? `${data} is absent; skipped` : false }, async () => {
    assert.ok(suite, `bench/floors.json names an unknown suite "${name}"`);
    assert.ok(Object.keys(entry.floors).length + Object.keys(entry.ceilings).length > 0, `bench/floors.json: ${name} pins nothing`);
    const result = await suite.run(data, entry.split ? { split: entry.split } : {});
    assert.deepEqual(outOfLimits(name, entry, result.figures), []);
  });
}
