/**
 * Cost and output linear in the input (issue 20): a long run with no sentence end is cut into bounded
 * sentences, and no annotation copies a sentence's text, so the JSON stays a small multiple of the input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/core/analyze.js';
import { MAX_SENTENCE } from '../src/segment/cut.js';
import { assertSchema, hasShared, NO_SHARED, SHARED } from './helpers.js';
import { mutant } from '../scripts/fuzz/mutate.js';
import { loadSeeds } from '../scripts/fuzz/seeds.js';

/** A run-on report: many cues and figures, commas but no sentence end until the last character. */
function runOn(chars: number): string {
  const clauses = [
    'officials said that the convoy had moved north past the river',
    'the mayor told reporters that 12 people were killed in the shelling of the market',
    'a spokesman for the army said the troops would stay in the town for another week',
    'residents said they had heard explosions near the railway station on Tuesday',
  ];
  let s = '';
  for (let i = 0; s.length < chars; i++) s += clauses[i % clauses.length] + ', ';
  return s.trim().replace(/,$/, '.');
}

test('a 30 KB single-sentence text: sentences at most MAX_SENTENCE, JSON under 30 times the input', () => {
  const text = runOn(30_000);
  const a = analyze(text, { published: '2022-03-01' });
  assert.ok(a.ok);
  assertSchema(a);
  assert.ok(a.sentences.length >= text.length / MAX_SENTENCE, `${a.sentences.length} sentences`);
  for (const s of a.sentences) assert.ok(s.span.end - s.span.start <= MAX_SENTENCE);
  const quotes = a.annotations?.quotes ?? [];
  assert.ok(quotes.length > 20, `${quotes.length} quotes`);
  // Quotes and events point into the text: no copy of the sentence beside the content.
  for (const q of quotes) assert.equal('text' in q.span, false);
  for (const e of a.annotations?.events ?? []) assert.equal('text' in e.span, false);
  const size = JSON.stringify(a).length;
  assert.ok(size < 30 * text.length, `JSON ${size} characters for ${text.length} of input (${(size / text.length).toFixed(1)}x)`);
});

test('a list of 20,000 bare numbers: at most a dozen untyped figures a sentence, JSON under 30 times the input', () => {
  let seed = 1;
  const next = () => ((seed = (seed * 48271) % 2147483647), seed);
  const text = Array.from({ length: 20_000 }, () => String(1 + (next() % 999))).join(', ');
  const a = analyze(text);
  assert.ok(a.ok);
  const per = new Map<number, number>();
  for (const q of a.annotations?.quantities ?? []) if (q.rule === 'figures:untyped') per.set(q.sentence, (per.get(q.sentence) ?? 0) + 1);
  assert.ok(per.size > 10 && Math.max(...per.values()) <= 12, `${Math.max(...per.values())} untyped figures in one sentence`);
  const size = JSON.stringify(a).length;
  assert.ok(size < 30 * text.length, `JSON ${size} characters for ${text.length} of input (${(size / text.length).toFixed(1)}x)`);
});

test('a page run into one line with quotation marks left open: each quote bounded, JSON under 30 times the input (fuzz seed 1, input 1029: 577x before)', { skip: hasShared('corpus', 'bbc', 'bbc.jsonl.gz') ? false : NO_SHARED }, () => {
  const m = mutant(loadSeeds(SHARED), 1, 1029, 1 << 20);
  const a = analyze({ text: m.bytes.toString('utf8') });
  assert.ok(a.ok);
  assert.ok((a.annotations?.quotes ?? []).length > 100);
  const size = JSON.stringify(a).length;
  assert.ok(size < 30 * m.bytes.length, `JSON ${size} characters for ${m.bytes.length} bytes of input (${(size / m.bytes.length).toFixed(1)}x)`);
});

/** A run of cued clauses, each opening a quotation it never closes, in one paragraph. */
function openQuotes(chars: number, end: string): string {
  const clauses = [
    'The minister said “the convoy had moved north past the river and would stay there',
    'a spokesman told reporters “twelve people were killed in the shelling of the market',
    'the mayor said “residents had heard explosions near the railway station on Tuesday',
  ];
  let s = '';
  for (let i = 0; s.length < chars; i++) s += clauses[i % clauses.length] + end + ' ';
  return s;
}

test('a quotation mark left open every 90 characters of one paragraph: contents bounded, JSON under 30 times the input (66x before)', () => {
  for (const end of [';', ',']) {
    const text = openQuotes(30_000, end);
    const a = analyze(text);
    assert.ok(a.ok);
    const quotes = a.annotations?.quotes ?? [];
    assert.ok(quotes.length > 200, `${quotes.length} quotes`);
    // No quote takes in the clauses of the cues around it: at most one clause and its neighbour.
    for (const q of quotes) assert.ok(q.content.end - q.content.start < 600, `a quote of ${q.content.end - q.content.start} characters`);
    const size = JSON.stringify(a).length;
    assert.ok(size < 30 * text.length, `"${end}": JSON ${size} characters for ${text.length} of input (${(size / text.length).toFixed(1)}x)`);
  }
});

test('a run of nested cues with no sentence end ("officials said the mayor said the army said that ..."): JSON under 30 times the input (47x before)', () => {
  const text = 'officials said the mayor said the army said that troops moved, '.repeat(400);
  const a = analyze(text);
  assert.ok(a.ok);
  const size = JSON.stringify(a).length;
  assert.ok(size < 30 * text.length, `JSON ${size} characters for ${text.length} of input (${(size / text.length).toFixed(1)}x)`);
});
