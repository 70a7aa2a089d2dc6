/**
 * A fixed slice of the fuzz harness (scripts/fuzz.ts, issue 20) in every test run: the same 16 mutated
 * inputs (seed 20, inputs of at most 64 KB) read as the CLI reads them and analyzed. Each gives an
 * analysis or a typed failure naming the input, none throws, and no output exceeds 30 times its input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/core/analyze.js';
import { ERRORS } from '../src/errors.js';
import { readSources } from '../src/ingest/sources.js';
import { resolveOptions } from '../src/options.js';
import { mutant } from '../scripts/fuzz/mutate.js';
import { loadSeeds } from '../scripts/fuzz/seeds.js';
import { hasShared, NO_SHARED, SHARED } from './helpers.js';

const LIMIT = 64 * 1024;
const skip = hasShared('corpus', 'bbc', 'bbc.jsonl.gz') ? false : NO_SHARED;

test('fuzz slice: 16 mutated pages, texts and JSONL give an analysis or a typed failure, output at most 30x', { skip }, async () => {
  const seeds = loadSeeds(SHARED, 30);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzz-slice-'));
  const options = resolveOptions({ maxBytes: LIMIT });
  let documents = 0;
  for (let i = 0; i < 16; i++) {
    const m = mutant(seeds, 20, i, LIMIT);
    const file = join(dir, `${i}.${{ text: 'txt', html: 'html', jsonl: 'jsonl' }[m.kind]}`);
    writeFileSync(file, m.bytes);
    for await (const item of readSources([file], { maxBytes: LIMIT })) {
      const r = 'ok' in item ? item : runPipeline(item, options);
      documents++;
      if (!r.ok) {
        assert.ok(r.code in ERRORS && r.code !== 'INTERNAL', `${m.name}: ${r.code} ${r.reason}`);
        assert.ok(r.origin.startsWith(file), `${m.name}: the failure names the input (${r.origin})`);
        continue;
      }
      const size = 'ok' in item ? 0 : item.bytes?.length ?? Buffer.byteLength(item.text ?? '');
      const ratio = JSON.stringify(r).length / Math.max(size, 1024);
      assert.ok(ratio <= 30, `${m.name}: output ${ratio.toFixed(1)}x its input`);
      assert.ok((r.document.text as string & { isWellFormed(): boolean }).isWellFormed(), `${m.name}: text is well-formed UTF-16`);
    }
  }
  assert.ok(documents >= 16);
});

test('fuzz slices: input N is the same bytes whether made alone or after the inputs before it (--from/--to tile a whole run)', { skip }, () => {
  const seeds = loadSeeds(SHARED, 30);
  const inOrder = Array.from({ length: 8 }, (_, i) => mutant(seeds, 1, 100 + i, LIMIT));
  for (const i of [7, 3, 0, 5]) {
    const alone = mutant(loadSeeds(SHARED, 30), 1, 100 + i, LIMIT);
    assert.equal(alone.name, inOrder[i]!.name);
    assert.ok(alone.bytes.equals(inOrder[i]!.bytes), `input ${100 + i} differs when made alone`);
  }
});
