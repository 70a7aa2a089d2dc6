import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawInput } from '../ingest/input.js';
import { resolveOptions } from '../options.js';
import { runPipeline } from './analyze.js';
import { BudgetedPipeline } from './budget.js';

const input = (origin: string, text: string): RawInput => ({ origin, format: 'text', text, meta: {}, metaSource: null });
const ARTICLE = 'KYIV (Reuters) - Russian forces shelled Kharkiv on Tuesday, killing 12 civilians, the regional governor said.\n\n"We will not give up," Mayor Ihor Terekhov told reporters.';

test('budget: a document over its time budget fails with TOO_SLOW, the next one is analyzed, output identical', async () => {
  const options = resolveOptions({ published: '2022-03-01' });
  // 2 MB with no sentence end takes several times the 2 s budget since every stage became linear (about
  // 4 s of analysis a MB on a quiet machine): over it by a wide margin, whatever the machine's load.
  const pipeline = new BudgetedPipeline(options, { seconds: 2, memoryMb: 2048 });
  try {
    const slow = await pipeline.run(input('slow.txt', 'officials said the convoy moved north past the river, '.repeat(40000)));
    assert.equal(slow.ok, false);
    assert.equal(!slow.ok && slow.code, 'TOO_SLOW');
    assert.equal(!slow.ok && slow.origin, 'slow.txt');
    const fast = await pipeline.run(input('fast.txt', ARTICLE));
    assert.ok(fast.ok, JSON.stringify(fast));
    assert.equal(JSON.stringify(fast), JSON.stringify(runPipeline(input('fast.txt', ARTICLE), options)));
  } finally {
    await pipeline.close();
  }
});

test('budget: a document over its memory budget fails with TOO_MUCH_MEMORY, and the batch goes on', async () => {
  const options = resolveOptions({});
  // 64 MB of heap cannot hold the models: a typed failure naming the document, not a crash.
  const pipeline = new BudgetedPipeline(options, { seconds: 120, memoryMb: 64 });
  try {
    const r = await pipeline.run(input('big.txt', 'the mayor said 12 people were killed in Kyiv, '.repeat(200)));
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'TOO_MUCH_MEMORY', JSON.stringify(r));
    assert.equal(!r.ok && r.origin, 'big.txt');
  } finally {
    await pipeline.close();
  }
});
