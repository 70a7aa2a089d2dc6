/**
 * The BBC corpus (`corpus/bbc/bbc.jsonl.gz`, ids such as `bbc/sport/012.txt`) as news that is not about
 * conflict: its business, entertainment, sport and technology articles. They are split in two by a
 * fixed hash of their ids: the `train` half teaches the events model what is not an event, the
 * `measured` half counts the events sitrep would invent (`sitrep eval events`). Politics articles are
 * in neither: British politics of 2004–05 speaks of the Iraq war and of protests, which are events.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createError } from '../../errors.js';
import { hash } from './notes.js';

export const NON_CONFLICT_CATEGORIES: readonly string[] = ['business', 'entertainment', 'sport', 'tech'];

export interface BbcArticle {
  id: string;
  category: string;
  text: string;
}

/** Which half an article is in; the split depends on its id alone. */
export function bbcHalf(id: string): 'train' | 'measured' {
  return hash(id) % 2 === 0 ? 'train' : 'measured';
}

/** The non-political articles of one half. */
export function readBbc(path: string, half: 'train' | 'measured'): BbcArticle[] {
  let raw: string;
  try {
    raw = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (error) {
    throw createError('NO_DATA', `${path}: cannot read the BBC corpus (${(error as Error).message})`);
  }
  const out: BbcArticle[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string };
    const category = r.id.split('/')[1] ?? '';
    if (NON_CONFLICT_CATEGORIES.includes(category) && bbcHalf(r.id) === half) out.push({ id: r.id, category, text: r.text });
  }
  return out;
}

/** Sentences for training, split at a full stop before a capital and at line ends (no tagger needed). */
export function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“])|\n+/).map((s) => s.trim()).filter((s) => s.length >= 20);
}
