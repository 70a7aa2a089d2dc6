/**
 * Parts of a day the text names without the day: "by mid-afternoon", "in the morning" (the day the
 * sentence is about), and "mid-afternoon yesterday" (the part before the day word). chrono leaves a bare
 * part of day to the stage; a part after a preposition is a time, "the morning paper" is not.
 */
import { PARTS_OF_DAY } from '../../lexicon/time.js';
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type Relative, type TimeParser } from '../types.js';

const PART = '(?:(?:early|late|mid)[\\s-]*)?(morning|afternoon|evening)';
const BEFORE_DAY = words(`${PART}\\s+(yesterday|today|tomorrow)`);
const AFTER_PREPOSITION = words(`(?<=\\b(?:in|by|during|until|till|through|since)\\s+)(?:the\\s+)?${PART}(?!\\s+(?:of|paper|papers|news|show|session|edition|prayers?|rush|star|sun|light|mist|dew)\\b)`);
const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

export const partOfDayParser: TimeParser = {
  name: 'part-of-day',
  parse: (ctx) => [
    ...scan(ctx, BEFORE_DAY, (m, start, end) => {
      const rel: Relative = { anchor: 'published', unit: 'day', offset: DAY_OFFSET[(m[2] ?? '').toLowerCase()] ?? 0, part: PARTS_OF_DAY[(m[1] ?? '').toLowerCase()]! };
      return candidate(start, end, { type: 'TIME', relative: rel, granularity: 'part-of-day', rule: 'part-of-day:before-day', stated: ['part', 'offset'] });
    }),
    ...scan(ctx, AFTER_PREPOSITION, (m, start, end) => {
      const rel: Relative = { anchor: 'governing', unit: 'day', offset: 0, part: PARTS_OF_DAY[(m[1] ?? '').toLowerCase()]! };
      return candidate(start, end, { type: 'TIME', relative: rel, granularity: 'part-of-day', rule: 'part-of-day:governing', stated: ['part'], confidence: 0.6 });
    }),
  ],
};
