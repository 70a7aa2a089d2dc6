/**
 * Floors only ever rise and ceilings only ever fall: bench/floors.json (the working copy) against its
 * version at HEAD, and HEAD's version against the one before the last commit that changed the file.
 * Skips with a message where git or the history is not there (an export, a shallow clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loosened, parseLimits } from './floors-file.js';

const ROOT = join(import.meta.dirname, '..');
const FILE = 'bench/floors.json';

function git(...args: string[]): string | null {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return r.status === 0 ? r.stdout : null;
}

const inRepo = git('rev-parse', '--is-inside-work-tree')?.trim() === 'true';
const atHead = inRepo ? git('show', `HEAD:${FILE}`) : null;
const noGit = !inRepo ? 'not a git checkout (or git is not installed); skipped' : atHead === null ? `${FILE} is not in HEAD yet; skipped` : false;

test('floors.json: the working copy lowers no floor and raises no ceiling of HEAD\'s', { skip: noGit }, () => {
  const now = parseLimits(readFileSync(join(ROOT, FILE), 'utf8'), `${FILE} (working copy)`);
  assert.deepEqual(loosened(parseLimits(atHead!, `${FILE} at HEAD`), now), []);
});

test('floors.json: the last commit that changed it lowered no floor and raised no ceiling', { skip: noGit }, (t) => {
  const last = git('log', '-n', '1', '--format=%H', '--', FILE)?.trim();
  if (!last) return t.skip(`no commit changed ${FILE} in the history here; skipped`);
  if (git('rev-parse', '--is-shallow-repository')?.trim() === 'true' && git('rev-parse', '--verify', '--quiet', `${last}^`) === null) {
    return t.skip(`a shallow clone: the commit before ${last.slice(0, 8)} is not here; skipped`);
  }
  const before = git('show', `${last}^:${FILE}`);
  if (before === null) return t.skip(`${FILE} did not exist before ${last.slice(0, 8)}; skipped`);
  const then = git('show', `${last}:${FILE}`)!;
  assert.deepEqual(loosened(parseLimits(before, `${FILE} before ${last.slice(0, 8)}`), parseLimits(then, `${FILE} at ${last.slice(0, 8)}`)), [], `commit ${last.slice(0, 8)} loosened ${FILE}`);
});
