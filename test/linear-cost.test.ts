/**
 * Cost linear in the input, stage by stage (issue 20), measured by counting work, not by timing: every
 * stage of the pipeline runs on a run-on text and on one four times as long, with the state it reads
 * wrapped so that each property read of an annotation, token or sentence is counted. A stage that
 * compares every mention with every other (the speaker resolver, description and pronoun linking, the
 * figures' places and times, the events' arguments did) reads about 16 times as much for 4 times the
 * text; a linear one about 4 times, a few binary searches a little more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PIPELINE, type State } from '../src/core/pipeline.js';
import { resolveOptions } from '../src/options.js';

/** A run-on report with people, roles, places, figures, quotes and pronouns, and no sentence end. */
function runOn(chars: number): string {
  const clauses = [
    'Ukrainian President Volodymyr Zelensky met Antony Blinken in Kyiv while Russian forces shelled Kharkiv',
    'the mayor of Kyiv, Vitali Klitschko, said 12 people were killed in the shelling of the market',
    'Zelensky said he would stay, the president told reporters on Tuesday',
    'the United Nations said 4,000 people had fled to Poland, the agency added',
    'Klitschko said that the city, which the UN described as "under siege", had no power',
  ];
  let s = '';
  for (let i = 0; s.length < chars; i++) s += clauses[i % clauses.length] + ', ';
  return s;
}

/** A proxy that counts every property read of the object and of every object or array read from it. */
function counting<T>(value: T, count: { reads: number }, seen = new WeakMap<object, unknown>()): T {
  if (value === null || typeof value !== 'object' || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) return value;
  const known = seen.get(value as object);
  if (known) return known as T;
  const proxy = new Proxy(value as object, {
    get(target, key, receiver) {
      count.reads++;
      const v = Reflect.get(target, key, receiver);
      const d = Object.getOwnPropertyDescriptor(target, key);
      return d && !d.configurable && !d.writable ? v : counting(v, count, seen);
    },
  });
  seen.set(value as object, proxy);
  return proxy as T;
}

/** Property reads of each stage on one text. */
function readsByStage(text: string): Map<string, number> {
  const options = resolveOptions({ published: '2022-03-01' });
  let state: State = { input: { origin: 'run-on', format: 'text', text, meta: {}, metaSource: null }, options, meta: {}, published: null, warnings: [] };
  const reads = new Map<string, number>();
  for (const step of PIPELINE) {
    const count = { reads: 0 };
    const next = step.run(counting(state, count));
    assert.ok(!('ok' in next), `${step.name} failed`);
    reads.set(step.name, count.reads);
    state = next as State;
  }
  return reads;
}

test('every stage reads about linearly more for a longer run-on text (4x the text, under 8x the reads)', () => {
  const small = readsByStage(runOn(6_000));
  const large = readsByStage(runOn(24_000));
  for (const [stage, n] of small) {
    const m = large.get(stage)!;
    if (n < 300) continue; // stages that read a handful of values either way (decode to segment read the text, a string)
    assert.ok(m / n < 8, `${stage}: ${n} reads for 6,000 characters, ${m} for 24,000 (${(m / n).toFixed(1)}x)`);
  }
  assert.ok([...small.values()].filter((n) => n >= 300).length >= 7, 'times, entities, places, link, quotes, figures and events measured');
});
