/**
 * "since the beginning of the offensive", "since the invasion began", "on the day the amnesty was
 * signed": a time anchored on an event whose date the text does not give. It is kept as an unresolved
 * anchor (value null), not a guess.
 */
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';

const EVENT = '(?:war|offensive|invasion|conflict|fighting|attack|assault|siege|occupation|ceasefire|truce|crisis|operation|campaign|uprising|protests?|bombing|shelling)';
const RE = words(`the\\s+(?:beginning|start|outbreak|onset|end|launch)\\s+of\\s+(?:the\\s+|this\\s+|its\\s+)?(?:\\w+\\s+)?${EVENT}`);
const LEAD = /\b(?:since|from|after|before|until|till|at)\s+$/i;

/** "on the day the amnesty was signed": a day named by the clause after it (a subject and its verb follow). */
const DAY_OF_CLAUSE = /(?<![\w'’-])on\s+(the\s+(?:very\s+|same\s+)?day)\s+(?:(?:that|when)\s+)?(?=(?:the|a|an|his|her|their|its|this|[A-Z][a-z]+)\s+\w+)/g;

export const eventAnchorParser: TimeParser = {
  name: 'event-anchor',
  parse: (ctx) => [
    ...scan(ctx, RE, (m, start, end) => {
      if (!LEAD.test(ctx.text.slice(Math.max(0, start - 10), start))) return null;
      return candidate(start, end, { type: 'DATE', value: null, rule: 'event-anchor', stated: ['event'], confidence: 0.5 });
    }),
    ...scan(ctx, DAY_OF_CLAUSE, (m, start) => {
      const from = start + m[0].indexOf(m[1]!);
      return candidate(from, from + m[1]!.length, { type: 'DATE', value: null, granularity: 'day', rule: 'event-anchor:day-of-clause', stated: ['event'], confidence: 0.5 });
    }, /on\s+the\s+(?:very\s+|same\s+)?day/i),
  ],
};
