/**
 * Rejects what looks like time and is not: "May" the modal ("May be"), "March" the verb or noun
 * ("march on Kyiv", "the March to the sea"), a month name inside a proper name ("May Day" stays), "today's world",
 * the unit of a rate ("$2 million a year", "300 shells a day"), which is no time of its own, and "daily" the
 * newspaper ("the Sme daily, which ...").
 * The cases live in negatives.test.ts.
 */
import { GENERIC_TODAY_NOUNS, MARCH_VERB_FOLLOWERS, MODAL_FOLLOWERS, RATE_AMOUNT_WORDS, RATE_BREAKERS } from '../../lexicon/time.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const MODAL = new RegExp(`^\\s+(?:${MODAL_FOLLOWERS.join('|')})\\b`, 'i');
const MARCH = new RegExp(`^\\s+(?:${MARCH_VERB_FOLLOWERS.join('|')})\\b(?!\\s+\\d)`, 'i');
const PRONOUN_BEFORE = /\b(?:it|they|he|she|we|you|i|this|that|there|who|which|what|one)\s*$/i;
/** "today's world", "today's youth": the present age, not the day. */
const GENERIC_TODAY = new RegExp(`^['’]s\\s+(?:${GENERIC_TODAY_NOUNS.join('|')})\\b`, 'i');
const ARTICLE_BEFORE = /\b(?:a|the|this|their|his|her|its|our)\s*$/i;

/** "the Sme daily, which ...", "told the daily.": "daily" as the noun, a newspaper: after "the" and the
 * paper's name, ending its phrase ("the daily tally", "shells Kharkiv daily, officials say" stay times). */
const NEWSPAPER = /\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){0,3}$/;
const NEWSPAPER_AFTER = /^(?:\s*[,;:)]|\.(?!\d)|\s+(?:which|that|said|says|reported|reports|wrote|writes|quoted|quotes|newspaper|published|cited)\b)/;

/** "a year", "per day" after an amount: a rate ("$2 million a year", "24 hours a day", "700 seats a week"). */
const PER_UNIT = /^(?:a|an|per)\s+(?:year|month|week|day|night|hour|quarter)$/i;
const AMOUNT_BEFORE = new RegExp(`(?:\\d|\\b(?:${RATE_AMOUNT_WORDS.join('|')}))[^,;.]{0,30}$`, 'i');
/** "within a week", "in a year", "once a month": the unit is a time, not the denominator of a rate. */
const NOT_RATE_BEFORE = new RegExp(`\\b(?:${RATE_BREAKERS.join('|')})\\s*$`, 'i');

export function isRate(ctx: TimeContext, c: Candidate): boolean {
  if (c.type !== 'DURATION' || !PER_UNIT.test(ctx.text.slice(c.start, c.end))) return false;
  const before = ctx.text.slice(Math.max(0, c.start - 40), c.start);
  return AMOUNT_BEFORE.test(before) && !NOT_RATE_BEFORE.test(before);
}

function isFalse(ctx: TimeContext, c: Candidate): boolean {
  if (isRate(ctx, c)) return true;
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
  if (/^daily$/i.test(word) && NEWSPAPER.test(ctx.text.slice(Math.max(0, c.start - 30), c.start)) && NEWSPAPER_AFTER.test(after)) return true;
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
