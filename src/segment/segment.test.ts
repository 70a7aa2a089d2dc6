import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { hasShared, NO_SHARED, sharedPath } from '../../test/helpers.js';
import { MAX_SENTENCE } from './cut.js';
import { LONG_RUN, maskLongRuns, segment } from './segment.js';
import { forgetLearned, learnedCount } from './wink.js';

// [input, expected sentences]
const SENTENCES: Array<[string, string[]]> = [
  ['He said "No. Never." and left. Then he came back.', ['He said "No. Never." and left.', 'Then he came back.']],
  ['She said: “We will win. We must.” Then she left.', ['She said: “We will win.', 'We must.”', 'Then she left.']],
  ['Mr. Smith arrived in Kyiv on Tuesday. He met the mayor.', ['Mr. Smith arrived in Kyiv on Tuesday.', 'He met the mayor.']],
  ['Ukraine war live: Latest developments', ['Ukraine war live: Latest developments']],
  ['The U.S. imposed sanctions. Russia vetoed it.', ['The U.S. imposed sanctions.', 'Russia vetoed it.']],
  ['Rep. Ann Webb (D-Ore.) said the vote would pass. It did.', ['Rep. Ann Webb (D-Ore.) said the vote would pass.', 'It did.']],
];

for (const [input, expected] of SENTENCES) {
  test(`sentences: ${input}`, () => {
    const s = segment(input);
    assert.deepEqual(s.sentences.map((x) => input.slice(x.start, x.end)), expected, input);
  });
}

test('paragraphs: each line is one, a hard-wrapped line continues its paragraph', () => {
  const text = 'Title line\nFirst paragraph here.\n\nSecond paragraph that is\nwrapped by the sender.\n• a bullet';
  const s = segment(text);
  assert.deepEqual(s.paragraphs.map((p) => text.slice(p.start, p.end)), ['Title line', 'First paragraph here.', 'Second paragraph that is\nwrapped by the sender.', '• a bullet']);
});

/** Tokens plus the white space between them rejoin to the text exactly. */
function assertLossless(text: string): void {
  const s = segment(text);
  let at = 0;
  const parts: string[] = [];
  for (const [start, end] of s.tokens) {
    assert.ok(start >= at, 'tokens in order');
    assert.match(text.slice(at, start), /^\s*$/, `only white space between tokens at ${at}`);
    parts.push(text.slice(at, start), text.slice(start, end));
    at = end;
  }
  assert.match(text.slice(at), /^\s*$/);
  parts.push(text.slice(at));
  assert.equal(parts.join(''), text);
  for (const x of s.sentences) assert.ok(x.tokens[1] > x.tokens[0], 'every sentence has tokens');
}

test('lossless on the seed reports', { skip: hasShared('corpus', 'seeds') ? false : NO_SHARED }, () => {
  for (const f of ['000_6131efc8792cde03', '004_7ad8f6d594367497']) assertLossless(readFileSync(sharedPath('corpus', 'seeds', `${f}.txt`), 'utf8'));
});

test('lossless on the whole BBC corpus', { skip: hasShared('corpus', 'bbc', 'bbc.jsonl.gz') ? false : NO_SHARED }, () => {
  const lines = gunzipSync(readFileSync(sharedPath('corpus', 'bbc', 'bbc.jsonl.gz'))).toString('utf8').trim().split('\n');
  assert.equal(lines.length, 2225);
  for (const line of lines) assertLossless((JSON.parse(line) as { text: string }).text);
});

test('a run with no sentence end is cut into pieces of at most MAX_SENTENCE characters, between tokens', () => {
  const clause = 'the convoy moved north past the river and the villages, ';
  const text = clause.repeat(400).trim() + '.';
  const s = segment(text);
  assert.ok(s.sentences.length >= Math.floor(text.length / MAX_SENTENCE), `${s.sentences.length} sentences`);
  for (const x of s.sentences) {
    assert.ok(x.end - x.start <= MAX_SENTENCE, `sentence of ${x.end - x.start}`);
    // Cuts fall between tokens, after the comma where there is one.
    assert.match(text.slice(x.start, x.end), /^the .*(,|\.)$/);
  }
  assert.equal(s.sentences.at(-1)!.end, text.length);
  assert.equal(s.tokens.length, s.sentences.reduce((n, x) => n + x.tokens[1] - x.tokens[0], 0));
});

test('ordinary sentences are never cut, however many there are', () => {
  const text = 'He said "the convoy is late, and we wait.'.concat(' It moved north.'.repeat(300));
  const s = segment(text);
  assert.ok(s.sentences.every((x) => x.end - x.start <= MAX_SENTENCE));
  assert.equal(s.sentences.at(-1)!.end - s.sentences.at(-1)!.start, 'It moved north.'.length);
});

test('segment: a text is read the same whatever was read before it (wink-nlp forgets what it learned)', () => {
  const text = "Standard & Poor's cut the rating.";
  const alone = segment(text).tokens;
  assert.deepEqual(alone.map(([s, e]) => text.slice(s, e)), ['Standard', '&', 'Poor', "'s", 'cut', 'the', 'rating', '.']);
  // wink-nlp would learn "Poor's" here and read it as one token from then on.
  segment("Moody's and Poor's.");
  assert.deepEqual(segment(text).tokens, alone);
  // Past the limit of learned words the instance is rebuilt; it reads the same.
  segment("Moody's and Poor's.");
  assert.ok(learnedCount() > 0);
  forgetLearned(0);
  assert.equal(learnedCount(), 0);
  assert.deepEqual(segment(text).tokens, alone);
});

test('segment: a word earlier in the same text does not change how a later one is cut', () => {
  const text = 'Avocados banned in U.S .\nU.S. officials said on Friday.';
  const words = segment(text).tokens.map(([s, e]) => text.slice(s, e));
  assert.deepEqual(words.slice(-6), ['U.S.', 'officials', 'said', 'on', 'Friday', '.']);
  assert.deepEqual(segment('U.S. officials said on Friday.').tokens.map(([s, e]) => e - s), [4, 9, 4, 2, 6, 1]);
});

test('segment: a long run with no white space is one token, read by wink masked (its patterns cost the square of a run: 64,000 "_" took 30 s)', () => {
  for (const c of ['_', '=', 'a', 'é']) {
    const run = c.repeat(100_000);
    const text = `He said ${run} on Monday. Then he left.`;
    const masked = maskLongRuns(text);
    assert.equal(masked.length, text.length);
    // What wink reads has the same white space and no long run of anything but the mask.
    for (let k = 0; k < text.length; k++) assert.equal(/\s/.test(masked[k]!), /\s/.test(text[k]!));
    assert.ok(!new RegExp(`[^\\s\\u2500]{${LONG_RUN}}`).test(masked), c);
    const seg = segment(text);
    const at = text.indexOf(run);
    assert.deepEqual(seg.tokens.filter((t) => t[0] >= at && t[1] <= at + run.length).map((t) => [t[0], t[1]]), [[at, at + run.length]], c);
    const last = seg.sentences.at(-1)!;
    assert.equal(text.slice(last.start, last.end), 'Then he left.', c);
  }
  // Shorter runs (words, numbers, web addresses) are read as written.
  const url = 'https://www.bbc.co.uk/news/world-europe-60506682?at_medium=RSS&at_campaign=KARANGA';
  assert.equal(maskLongRuns(`See ${url} now.`), `See ${url} now.`);
});
