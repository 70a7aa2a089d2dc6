/**
 * The seeds' `cross_document` event expectations with every seed ingested into one store: each
 * `distinct_events` pair (two trigger texts) must name two events that the store keeps apart. A pair
 * counts as kept apart only if both of its texts are found as events; a pair whose event was not
 * detected at all says nothing about merging and is reported as not found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import type { MergedEvent } from '../events/merged.js';
import type { Analysis } from '../model/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import { collect } from '../store/collect.js';
import { analyzeSeedFile } from './seed-file.js';

export interface DistinctPair {
  texts: [string, string];
  /** The merged event whose source sentence holds each text, or null when none does. */
  events: [string | null, string | null];
  apart: boolean;
}

export interface CrossDocumentCheck {
  documents: number;
  mentions: number;
  events: number;
  /** Events with mentions from more than one document. */
  crossDocument: number;
  pairs: DistinctPair[];
  merged: MergedEvent[];
}

export async function checkCrossDocument(dir: string): Promise<CrossDocumentCheck> {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) throw createError('NO_DATA', `${goldPath} not found; pass --data PATH/TO/shared/corpus/seeds`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Array<{ document: string }>; cross_document?: { distinct_events?: string[][] } };
  const analyses: Analysis[] = [];
  for (const g of gold.documents) analyses.push(await analyzeSeedFile(join(dir, `${g.document}.txt`)));
  const store = openSqliteStore(':memory:');
  try {
    await store.putMany(analyses);
    const merged = await collect(store.events());
    const eventOf = (text: string) => merged.find((e) => e.sources.some((s) => s.sentence.text.includes(text)))?.id ?? null;
    const pairs = (gold.cross_document?.distinct_events ?? []).map(([a, b]): DistinctPair => {
      const events: [string | null, string | null] = [eventOf(a!), eventOf(b!)];
      return { texts: [a!, b!], events, apart: events[0] !== null && events[1] !== null && events[0] !== events[1] };
    });
    return {
      documents: analyses.length,
      mentions: await store.eventMentionCount(),
      events: merged.length,
      crossDocument: merged.filter((e) => new Set(e.sources.map((s) => s.doc)).size > 1).length,
      pairs,
      merged,
    };
  } finally {
    await store.close();
  }
}


/** Table lines for `sitrep eval seeds`. */
export function crossDocumentTable(c: CrossDocumentCheck): string[] {
  const lines = [`events across the ${c.documents} seeds in one store: ${c.mentions} mentions → ${c.events} events (${c.crossDocument} from more than one report)`];
  for (const p of c.pairs) {
    const state = p.apart ? 'kept apart' : p.events.includes(null) ? `NOT FOUND (${p.texts.filter((_, i) => p.events[i] === null).map((t) => `"${t}"`).join(', ')})` : 'MERGED';
    lines.push(`  distinct events "${p.texts[0]}" / "${p.texts[1]}": ${state}`);
  }
  return lines;
}
