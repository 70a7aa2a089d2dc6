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

test('budget: a worker that does not start within its allowance fails the document as TOO_SLOW; the next call starts afresh', async () => {
  const options = resolveOptions({ published: '2022-03-01' });
  // No worker imports the pipeline and loads the models in 50 ms.
  const pipeline = new BudgetedPipeline(options, { seconds: 10, memoryMb: 2048, startSeconds: 0.05 });
  try {
    const t0 = performance.now();
    const r = await pipeline.run(input('a.txt', ARTICLE));
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'TOO_SLOW');
    assert.equal(!r.ok && r.origin, 'a.txt');
    assert.match(!r.ok ? r.reason : '', /did not start within 0\.05 s/);
    // Failed at the allowance, not after the document's 10 s.
    assert.ok(performance.now() - t0 < 5000);
    const again = await pipeline.run(input('b.txt', ARTICLE));
    assert.equal(!again.ok && again.code, 'TOO_SLOW');
  } finally {
    await pipeline.close();
  }
});

test('budget: the start allowance runs from prepare(), and the document\'s deadline only from a ready worker', async () => {
  const options = resolveOptions({ published: '2022-03-01' });
  // A document's budget of 1 s is shorter than starting a worker (over 1 s of CPU): the article still
  // gets its full second once the worker is ready.
  const pipeline = new BudgetedPipeline(options, { seconds: 1, memoryMb: 2048, startSeconds: 120 });
  try {
    pipeline.prepare();
    const r = await pipeline.run(input('fast.txt', ARTICLE));
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(JSON.stringify(r), JSON.stringify(runPipeline(input('fast.txt', ARTICLE), options)));
  } finally {
    await pipeline.close();
  }
});

test('budget: the worker loads the HTML reader for an input that may be HTML, and gives what runPipeline gives', async () => {
  const options = resolveOptions({ published: '2022-03-01' });
  const page = `<html><head><title>Shelling</title></head><body><article><h1>Shelling in Kharkiv</h1><p>${ARTICLE.replace('\n\n', '</p><p>')}</p></article></body></html>`;
  const pipeline = new BudgetedPipeline(options, { seconds: 60, memoryMb: 2048 });
  try {
    for (const format of ['text', 'html', 'auto'] as const) {
      const raw: RawInput = { origin: `page.${format}`, format, text: page, meta: {}, metaSource: null };
      const r = await pipeline.run(raw);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(JSON.stringify(r), JSON.stringify(runPipeline(raw, options)), format);
    }
  } finally {
    await pipeline.close();
  }
});
