/**
 * The CoNLL-2003 reader: four columns (word, POS, chunk, NE tag) a line, a blank line between sentences,
 * `-DOCSTART-` between documents. Tags are IOB1: `B-X` only where a name directly follows another of the
 * same type, so a name starts at B-X, or at I-X after O or after another type (the conlleval rule).
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../model/annotations.js';
import type { TokenSpan } from './labels.js';

export interface ConllSentence {
  words: string[];
  pos: string[];
  spans: TokenSpan[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let words: string[] = [];
  let pos: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) doc.sentences.push({ words, pos, spans: iob1Spans(tags) });
    words = [];
    pos = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
    } else if (cols.length < 2) endSentence();
    else {
      words.push(cols[0]!);
      pos.push(cols[1]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** Typed spans from IOB1 (or IOB2) tags by the conlleval rule. */
export function iob1Spans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2) as EntityType];
    const starts = prefix === 'B' || (type !== null && (!open || open.type !== type));
    if (open && (type === null || starts)) {
      out.push(open);
      open = null;
    }
    if (type === null) return;
    if (starts || !open) open = { start: i, end: i + 1, type };
    else open.end = i + 1;
  });
  if (open) out.push(open);
  return out;
}
