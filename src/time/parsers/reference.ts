/** "now", "currently", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF. */
import { REFERENCE_WORDS } from '../../lexicon/time.js';
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';

const RE = words(Object.keys(REFERENCE_WORDS).sort((a, b) => b.length - a.length).join('|'));

export const referenceParser: TimeParser = {
  name: 'reference',
  parse: (ctx) => scan(ctx, RE, (m, start, end) => {
    const value = REFERENCE_WORDS[m[0].toLowerCase()] ?? null;
    return candidate(start, end, { type: 'DATE', value, rule: 'reference', stated: ['reference'], confidence: 0.7 });
  }),
};
