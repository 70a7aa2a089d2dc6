/**
 * A name's head noun as its description (`head-noun`): after "the Foreign Ministry", "the ministry";
 * after "Ukraine's Security Service", "the security service"; after "Donuzlav Lake", "the lake". A
 * definite phrase ("the", "this", "its") whose noun is the last word of a name of two words or more
 * named before it (and whose adjective, if any, is a word of that name) is a description mention of that
 * name's entity, the nearest one before it where several fit.
 *
 * Left alone: a noun with another noun or "of" after it ("the ministry of health" names another one),
 * the nouns places-described.ts reads ("the city", "the region"), and a phrase inside another mention.
 */
import type { LinkState } from './clusters.js';
import { DESCRIPTION_NOUNS } from '../geo/described.js';
import { spanOverlapTest } from '../sorted.js';

const DETERMINERS = new Set(['the', 'this', 'that', 'its']);
const CONFIDENCE = 0.6;
/** A plural ("their arms", "the claims") is no description of one organization or place. */
const PLURAL = /[^s]s$/;

export function linkHeadNouns(state: LinkState): void {
  const { view } = state;
  const n = view.tokens.length;
  // clusters by the head noun of their longer names, with the name's words
  const byHead = new Map<string, Array<{ c: number; words: Set<string> }>>();
  for (const c of state.live()) {
    const cl = state.clusters[c]!;
    if (cl.type === 'PER') continue;
    for (const m of cl.members) {
      const mention = state.mentions[m.mention]!;
      if (mention.kind !== 'name') continue;
      const words = view.text.slice(mention.start, mention.end).toLowerCase().split(/\s+/);
      if (words.length < 2) continue;
      const head = words[words.length - 1]!.replace(/[^\p{L}-]/gu, '');
      if (!head || PLURAL.test(head) || DESCRIPTION_NOUNS.has(head)) continue;
      const list = byHead.get(head) ?? [];
      if (!list.some((x) => x.c === c)) list.push({ c, words: new Set(words) });
      byHead.set(head, list);
    }
  }
  if (!byHead.size) return;
  const overlaps = spanOverlapTest(state.mentions);
  const pos = (k: number) => view.tokens[k]![2];
  for (let k = 1; k < n; k++) {
    if (pos(k) !== 'NOUN' || !/^\p{Ll}/u.test(view.text.slice(view.tokens[k]![0], view.tokens[k]![1]))) continue;
    const fits = byHead.get(view.lower[k]!);
    if (!fits) continue;
    const sentence = view.sentenceOf[k];
    if (k + 1 < n && view.sentenceOf[k + 1] === sentence && (pos(k + 1) === 'NOUN' || view.lower[k + 1] === 'of')) continue;
    // a determiner right before, or one adjective between ("the security service")
    let d = k - 1;
    let adjective: string | null = null;
    if (!DETERMINERS.has(view.lower[d]!) && d > 0 && (pos(d) === 'ADJ' || pos(d) === 'NOUN')) (adjective = view.lower[d]!), d--;
    if (d < 0 || !DETERMINERS.has(view.lower[d]!) || view.sentenceOf[d] !== sentence) continue;
    const start = view.tokens[d]![0];
    const end = view.tokens[k]![1];
    if (overlaps(start, end)) continue;
    const candidates = fits.filter((f) => adjective === null || f.words.has(adjective)).map((f) => f.c).filter((c) => state.clusters[c]!.mergedInto === null);
    const c = candidates.length ? state.nearestBefore(candidates, start) : null;
    if (c === null) continue;
    state.addMention({ start, end, sentence: sentence ?? 0, type: state.clusters[c]!.type, fine: null, kind: 'description', rule: 'link:head-noun', confidence: CONFIDENCE }, c, 'head-noun', CONFIDENCE);
  }
}
