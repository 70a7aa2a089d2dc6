/**
 * Seeded mutations of real inputs for the fuzz harness (scripts/fuzz.ts, test/fuzz.test.ts). Every
 * choice comes from one PRNG seeded by the run's seed and the input's number, so input N of seed S is
 * the same bytes on every machine: a crash is reproduced with `npm run fuzz -- --seed S --only N`.
 */
import { mulberry32 as prng } from '../../src/random.js';

export type Kind = 'text' | 'html' | 'jsonl';

export interface Seed {
  name: string;
  kind: Kind;
  bytes: Buffer;
}

export interface Mutant {
  /** `seed-name+mutation+mutation`. */
  name: string;
  kind: Kind;
  bytes: Buffer;
}

type Rand = () => number;
type Mutation = (b: Buffer, r: Rand, kind: Kind, limit: number) => Buffer;

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** The mutations the issue names, each a function of the bytes and the PRNG. */
export const MUTATIONS: Record<string, Mutation> = {
  /** A few random bytes flipped. */
  byteFlip(b, r) {
    const out = Buffer.from(b);
    for (let k = 1 + int(r, 16); k > 0 && out.length; k--) { const at = int(r, out.length); out[at] = out[at]! ^ (1 << int(r, 8)); }
    return out;
  },
  /** Cut anywhere, also inside a multi-byte character or a tag. */
  truncate(b, r) {
    return b.subarray(0, int(r, b.length + 1));
  },
  /** Thousands of nested elements (or brackets in text). */
  deepNesting(b, r, kind) {
    const depth = 1000 + int(r, 20000);
    const [open, close] = kind === 'html' ? ['<div><span>', '</span></div>'] : kind === 'jsonl' ? ['[', ']'] : ['(', ')'];
    const at = int(r, b.length + 1);
    if (kind === 'jsonl') return Buffer.from(JSON.stringify({ text: open.repeat(depth) + b.toString('utf8').slice(0, 2000) + close.repeat(depth) }) + '\n');
    return Buffer.concat([b.subarray(0, at), Buffer.from(open.repeat(depth)), Buffer.from(close.repeat(int(r, depth))), b.subarray(at)]);
  },
  /** An attribute (or a word) of hundreds of kilobytes. */
  hugeAttribute(b, r, kind, limit) {
    const size = Math.min(limit / 2, 10_000 + int(r, 500_000));
    const at = int(r, b.length + 1);
    const blob = pick(r, ['a', 'x"', '&amp;', '\u00e9', '=']).repeat(Math.ceil(size / 2)).slice(0, size);
    const insert = kind === 'html' ? `<p data-x="${blob}" title='${blob.slice(0, 1000)}'>` : blob;
    return Buffer.concat([b.subarray(0, at), Buffer.from(insert), b.subarray(at)]);
  },
  /** A megabyte on one line with no sentence end (the 5-minute page). */
  megabyteLine(b, r, kind, limit) {
    const text = b.toString('utf8').replace(/[.!?\n\r]+/g, ', ');
    const target = Math.min(limit - 1024, 200_000 + int(r, 900_000));
    let s = text.length ? text : 'the convoy moved north, ';
    while (s.length < target) s += s;
    s = s.slice(0, target);
    if (kind === 'jsonl') return Buffer.from(JSON.stringify({ text: s }) + '\n');
    if (kind === 'html') return Buffer.from(`<html><body><article><p>${s.replace(/</g, ' ')}</p></article></body></html>`);
    return Buffer.from(s);
  },
  /** NUL and control bytes sprinkled in. */
  controlBytes(b, r) {
    const out: number[] = [...b];
    for (let k = 1 + int(r, 64); k > 0; k--) out.splice(int(r, out.length + 1), 0, int(r, 32) === 0 ? 0x7f : int(r, 32));
    return Buffer.from(out);
  },
  /** Lone surrogates: as raw CESU-style bytes in text, as \ud800 escapes in JSONL. */
  loneSurrogates(b, r, kind) {
    if (kind === 'jsonl') {
      const lines = b.toString('utf8').split('\n');
      return Buffer.from(lines.map((l) => l.replace(/"text":\s*"/, `"text": "\\ud83d\\ud800 \\udfff`)).join('\n'));
    }
    const at = int(r, b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf]), b.subarray(at)]);
  },
  /** Two encodings in one input: a UTF-8 part, then the same text in Latin-1 or UTF-16LE. */
  mixedEncodings(b, r) {
    const s = b.toString('utf8');
    const half = s.slice(0, Math.floor(s.length / 2)) + ' café – “Kyïv” ';
    return Buffer.concat([Buffer.from(half, 'utf8'), Buffer.from(half, pick(r, ['latin1', 'utf16le'] as const)), Buffer.from(s.slice(half.length), 'utf8')]);
  },
  /** JSONL records broken in the ways files are: wrong types, missing fields, binary lines. */
  brokenJsonl(b, r) {
    const lines = b.toString('utf8').split('\n').filter(Boolean);
    const broken = [
      '{"text": 42}', '{"html": null}', '{}', '[1,2,3]', '{"text": "a", "published": "2005-02-30"}', '{"text":"unterminated',
      '{"text": "Kyiv was shelled.", "url": "javascript:alert(1)", "source": "=cmd|\' /C calc\'!A0"}', '\u0000\u0001\u0002',
    ];
    for (let k = 1 + int(r, 4); k > 0; k--) lines.splice(int(r, lines.length + 1), 0, pick(r, broken));
    return Buffer.from(lines.join('\n') + '\n');
  },
};

const NAMES = Object.keys(MUTATIONS);

/** Input `n` of a run: a seed and one to three mutations, all chosen by the PRNG of (seed, n). */
export function mutant(seeds: readonly Seed[], runSeed: number, n: number, limit: number): Mutant {
  const r = prng((runSeed * 1_000_003 + n) >>> 0);
  const seed = pick(r, seeds);
  let bytes = seed.bytes;
  const applied: string[] = [];
  for (let k = 1 + int(r, 3); k > 0; k--) {
    let name = pick(r, NAMES);
    if (name === 'brokenJsonl' && seed.kind !== 'jsonl') name = 'byteFlip';
    bytes = MUTATIONS[name]!(bytes, r, seed.kind, limit);
    applied.push(name);
    if (bytes.length > limit) bytes = bytes.subarray(0, limit);
  }
  return { name: `${seed.name}+${applied.join('+')}`, kind: seed.kind, bytes };
}
