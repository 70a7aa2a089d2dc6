/**
 * Rejects what looks like time and is not: "May" the modal ("May be"), "March" the verb or noun
 * ("march on Kyiv", "the March to the sea"), a month name inside a proper name ("May Day" stays), "today's world".
 * The cases live in negatives.test.ts.
 */
import { GENERIC_TODAY_NOUNS, MARCH_VERB_FOLLOWERS, MODAL_FOLLOWERS } from '../../lexicon/time.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const MODAL = new RegExp(`^\\s+(?:${MODAL_FOLLOWERS.join('|')})\\b`, 'i');
const MARCH = new RegExp(`^\\s+(?:${MARCH_VERB_FOLLOWERS.join('|')})\\b(?!\\s+\\d)`, 'i');
const PRONOUN_BEFORE = /\b(?:it|they|he|she|we|you|i|this|that|there|who|which|what|one)\s*$/i;
/** "today's world", "today's youth": the present age, not the day. */
const GENERIC_TODAY = new RegExp(`^['’]s\\s+(?:${GENERIC_TODAY_NOUNS.join('|')})\\b`, 'i');
const ARTICLE_BEFORE = /\b(?:a|the|this|their|his|her|its|our)\s*$/i;

function isFalse(ctx: TimeContext, c: Candidate): boolean {
  const word = ctx.text.slice(c.start, c.end);
  const after = ctx.text.slice(c.end, c.end + 20);
  const before = ctx.text.slice(Math.max(0, c.start - 20), c.start);
  if (word === 'May') return MODAL.test(after) || PRONOUN_BEFORE.test(before);
  if (word === 'March') return MARCH.test(after) || (ARTICLE_BEFORE.test(before) && !/^\s+\d/.test(after) && /^\s+(?:to|on|of|through|against)\b/i.test(after));
  if (/^today$/i.test(word) && GENERIC_TODAY.test(after)) return true;
  if (c.rule.startsWith('chrono')) {
    if (/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i.test(word)) return true; // "the Sun", "Sat down"
    if (/\d[.:]?\d*\s*a$/i.test(word)) return true; // "1.18 a share"
    if (/^\d\/\d$/.test(word)) return true; // a fraction, "1/2"
  }
  if (/^(?:current|recent)$/i.test(word)) return /^\s+(?:account|affairs|events|president|government|leader|members?|law|rules?|system|situation|crisis|conflict|war)\b/i.test(after);
  return false;
}

export const negativesRefiner: TimeRefiner = {
  name: 'negatives',
  refine: (ctx, candidates) => candidates.filter((c) => {
    const bad = isFalse(ctx, c);
    if (bad) ctx.debug(`negatives: dropped "${ctx.text.slice(c.start, c.end)}" at ${c.start}`);
    return !bad;
  }),
};
