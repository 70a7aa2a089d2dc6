/** Real inputs the fuzz harness mutates: pages, texts and JSONL records from ../shared (or $SITREP_SHARED). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mulberry32 as prng } from '../../src/random.js';
import type { Seed } from './mutate.js';

export function loadSeeds(shared: string, count = 60): Seed[] {
  const seeds: Seed[] = [];
  const r = prng(7);
  const pages = join(shared, 'eval', 'pubdate', 'htmldate', 'pages');
  if (existsSync(pages)) {
    const names = readdirSync(pages).filter((n) => n.endsWith('.html.gz')).sort();
    for (let k = 0; k < count / 3 && names.length; k++) {
      const name = names[Math.floor(r() * names.length)]!;
      seeds.push({ name: `page:${name}`, kind: 'html', bytes: gunzipSync(readFileSync(join(pages, name))) });
    }
  }
  const bbc = join(shared, 'corpus', 'bbc', 'bbc.jsonl.gz');
  if (existsSync(bbc)) {
    const lines = gunzipSync(readFileSync(bbc)).toString('utf8').split('\n').filter(Boolean);
    for (let k = 0; k < count / 3; k++) {
      const at = Math.floor(r() * (lines.length - 3));
      seeds.push({ name: `text:bbc${at}`, kind: 'text', bytes: Buffer.from((JSON.parse(lines[at]!) as { text: string }).text) });
      seeds.push({ name: `jsonl:bbc${at}`, kind: 'jsonl', bytes: Buffer.from(lines.slice(at, at + 3).join('\n') + '\n') });
    }
  }
  const corpus = join(shared, 'corpus', 'seeds');
  if (existsSync(corpus)) for (const n of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) seeds.push({ name: `text:${n}`, kind: 'text', bytes: readFileSync(join(corpus, n)) });
  return seeds;
}
