/**
 * Places named by a description (`place-description`): "the country", "the capital" ("the Ukrainian
 * capital"), "the city", "the region" stand for the named place the places stage resolved them to
 * (src/geo/described.ts: the nearest place of that kind named before them). Each becomes a description
 * mention of the entity of that named place: the description's own words ("the country" of "the
 * country's east"), typed LOC. A description whose antecedent is in no place entity (the tagger typed
 * its name otherwise) refers to none here.
 */
import type { LinkState } from './clusters.js';
import { partitionPoint, spanOverlapTest } from '../sorted.js';
import { tokenAt } from './view.js';

/** A description's link is a guess from recency and kind. */
const CONFIDENCE = 0.7;

/** A described place as the linker reads it: the description's words and its antecedent's span. */
export interface DescribedRef {
  head: [number, number];
  antecedent: { start: number; end: number };
}

export function linkPlaceDescriptions(state: LinkState, described: readonly DescribedRef[]): void {
  if (!described.length) return;
  const { view } = state;
  // the LOC cluster of the name mention at each antecedent's start
  const named = state.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'name' && m.type === 'LOC').sort((a, b) => a.m.start - b.m.start);
  const clusterAt = (start: number, end: number): number | null => {
    // the tagger's names do not overlap one another, so their ends ascend with their starts
    for (let k = partitionPoint(named.length, (mid) => named[mid]!.m.end <= start); k < named.length && named[k]!.m.start < end; k++) {
      const c = state.clusterOf.get(named[k]!.i);
      if (c !== undefined && state.clusters[c]!.type === 'LOC') return c;
    }
    return null;
  };
  // the mentions so far by start, with the furthest end up to each (for an overlap test by binary search)
  const overlaps = spanOverlapTest(state.mentions);
  for (const d of described) {
    const [start, end] = d.head;
    // the noun itself in no mention (a demonym before it may be one)
    const nounStart = end - (/\S+$/.exec(view.text.slice(start, end))?.[0].length ?? 0);
    if (overlaps(nounStart, end)) continue;
    const c = clusterAt(d.antecedent.start, d.antecedent.end);
    if (c === null) continue;
    const k = tokenAt(view, start);
    state.addMention({ start, end, sentence: view.sentenceOf[k] ?? 0, type: 'LOC', fine: null, kind: 'description', rule: 'link:place-description', confidence: CONFIDENCE }, c, 'place-description', CONFIDENCE);
  }
}
