/** The README's library example is `examples/library.ts` word for word, and it runs: it prints the
 * event it finds with its sentence, and the casualty figure. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');

test('the README shows examples/library.ts as it is', () => {
  const example = readFileSync(join(root, 'examples', 'library.ts'), 'utf8').trimEnd();
  assert.ok(readFileSync(join(root, 'README.md'), 'utf8').includes(example), 'README.md holds examples/library.ts verbatim');
});

test('examples/library.ts runs and prints the event and the figure', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'examples', 'library.ts')], { encoding: 'utf8', cwd: root });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Explosions\/Remote violence \/ Shelling\/artillery\/missile attack 2022-03-01 Kharkiv 4 killed/);
  assert.match(run.stdout, /from: KHARKIV, March 3 \(Reuters\) - Shelling killed four civilians/);
  assert.match(run.stdout, /^killed 4 source: the regional governor$/m);
});
