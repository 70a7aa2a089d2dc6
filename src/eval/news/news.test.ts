/**
 * `sitrep eval news` agrees with `../shared/tools/score_realistic.py` to the item: the suite runs on both
 * sets and saves its analyses; the Python scorer re-scores those analyses (`--load`), and every figure
 * of its JSON line (per layer, per attribute, per subset, per document) must equal the suite's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from '../../../test/helpers.js';
import { runNews } from './suite.js';

const DEV = join(SHARED, 'corpus', 'ukraine2014-dev');
const SCORER = join(SHARED, 'tools', 'score_realistic.py');
const hasPython = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !existsSync(join(DEV, 'gold.json')) || !existsSync(join(SHARED, 'corpus', 'seeds', 'gold.json'))
  ? `the news sets are not in ${SHARED}/corpus (set SITREP_SHARED); skipped`
  : !existsSync(SCORER) ? `${SCORER} is absent; skipped`
    : !hasPython ? 'python3 is not installed: the comparison with score_realistic.py is skipped' : false;

test('news: the suite\'s figures equal score_realistic.py\'s on the same analyses, to the item', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-news-test-'));
  try {
    const ours = await runNews(DEV, 'all', { save: dir });
    const py = spawnSync('python3', [SCORER, '--load', dir], { encoding: 'utf8', maxBuffer: 1 << 27 });
    assert.equal(py.status, 0, py.stderr);
    const theirs = JSON.parse(py.stdout.trim().split('\n').at(-1)!) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(theirs).sort(), ['dev', 'seeds']);
    for (const set of ['seeds', 'dev']) {
      const mine = JSON.parse(JSON.stringify(ours.figures[set])) as Record<string, unknown>;
      const { failed: myFailed, ...myRest } = mine;
      const { failed: theirFailed, ...theirRest } = theirs[set]!;
      // the failure messages differ in wording (a child's exit status against the command's own); the documents must not
      assert.deepEqual(Object.keys(myFailed as object).sort(), Object.keys(theirFailed as object).sort(), `${set}: failed documents`);
      assert.deepEqual(myRest, theirRest, `${set}: figures differ from score_realistic.py's`);
      assert.ok((mine.events as { gold: number }).gold > 0, `${set}: gold events read`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
