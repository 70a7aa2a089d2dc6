/**
 * Named calendar periods that chrono does not parse: years ("in 1990", "fiscal 1989"), decades ("the
 * 1990s"), quarters ("the third quarter", "third-quarter"), halves, seasons ("last fall"), and bare
 * month names ("the May finals"), which chrono's month parser would also take from verbs ("march on").
 */
import { CENTURY_ORDINALS, ORDINAL_WORDS, SEASONS } from '../../lexicon/time.js';
import { ORDINAL, words } from '../patterns.js';
import { scan } from '../scan.js';
import { addMonths, quarterOf } from '../calendar.js';
import { candidate, type Candidate, type Relative, type TimeContext, type TimeParser } from '../types.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EDGE = `(?:(early|late|mid-?|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)\\s*)?`;
const EDGE_MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', 'mid-': 'MID', 'early-': 'START', 'late-': 'END', 'the end of': 'END', 'the beginning of': 'START', 'the start of': 'START', 'the middle of': 'MID' };
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';

const YEARS = words(`${EDGE}(?:(fiscal|calendar)\\s+)?${YEAR}(?![\\d,.]\\d|\\s*%|\\s*(?:percent|per\\s+cent))`);
/** "the 20th century", "the eleventh century": the century's TIMEX3 value is its first two digits (19, 10). */
const CENTURY = words(`${EDGE}(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(CENTURY_ORDINALS).join('|')}))[\\s-]+century`);
const DECADES = words(`${EDGE}(?:the\\s+)?(?:(1[5-9]\\d|20\\d)0s|'(\\d)0s)`);
const QUARTER_WORD = '(?<word>latest|last|past|most\\s+recent|recent|year-ago|year-earlier|previous|current|same|first|second|third|fourth|1st|2nd|3rd|4th)';
const QUARTER = words(`(?:(?:(?<shift>this|last|next)\\s+year's|(?:fiscal\\s+)?(?<yearPre>1[5-9]\\d\\d|20\\d\\d)'s)\\s+|(?<the>the)\\s+(?:(?:fiscal|comparable|(?<ago>year-ago|year-earlier)|(?<yearThe>1[5-9]\\d\\d|20\\d\\d))\\s+)*)?(?:${QUARTER_WORD}(?<sep>[\\s-]+))?(?:fiscal[\\s-]+)?(?<unit>quarter|period)(?:\\s+of\\s+(?:fiscal\\s+)?(?<yearPost>1[5-9]\\d\\d|20\\d\\d))?`);
const HALF = words(`(?:the\\s+)?(first|second)\\s+half(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR})?`);
const SEASON = words(`(?:(last|this|next|the|early|late)\\s+)?(${Object.keys(SEASONS).join('|')})(?:\\s+(?:of\\s+)?${YEAR})?`);
/** "the early 2000" for "the early 2000s": an edge of a round year after "the", ending its phrase, is a decade. */
const DECADE_NO_S = words(`the\\s+(early|late|mid-?)\\s*(1[5-9]\\d|20\\d)0(?=\\s*(?:[,.;:)]|$|(?:and|or|when|until|to|onwards?)\\b))`);
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const ANY_MONTH = `(${MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.?)`;
/** "December 3 of last year", "3 December last year": a day of a year named relative to the report's. */
const DAY_OF_YEAR = new RegExp(`(?<![\\w'’-])(?:${ANY_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ANY_MONTH}),?\\s+(?:of\\s+)?(this|last|next)\\s+year(?![\\w-])`, 'g');
const MONTH_NAME = new RegExp(`(?<![\\w'’-])(?:((?:[Ee]arly|[Ll]ate|[Mm]id)-?\\s*))?(?:((?:[Ll]ast|[Tt]his|[Nn]ext)\\s+))?(${MONTHS.join('|')})(?:,?\\s+${YEAR}|\\s+((?:this|last|next)\\s+year))?(?![\\w-])`, 'g');

export const calendarParser: TimeParser = {
  name: 'calendar',
  parse: (ctx) => [
    ...scan(ctx, YEARS, (m, start, end) => candidate(start, end, { type: 'DATE', value: m[3] ?? null, granularity: 'year', mod: edge(m[1]), rule: m[2] ? 'calendar:fiscal-year' : 'calendar:year', stated: ['year'], confidence: 0.8 })),
    ...scan(ctx, CENTURY, (m, start, end) => {
      const n = m[2] ? Number(m[2]) : CENTURY_ORDINALS[(m[3] ?? '').toLowerCase()] ?? 0;
      if (n < 1 || n > 21) return null;
      return candidate(start, end, { type: 'DATE', value: String(n - 1).padStart(2, '0'), granularity: 'century', mod: edge(m[1]), rule: 'calendar:century', stated: ['century'] });
    }, /century/i),
    ...scan(ctx, DECADES, (m, start, end) => {
      const value = m[2] ?? (m[3] ? `19${m[3]}` : null);
      return candidate(start, end, { type: 'DATE', value, granularity: 'decade', mod: edge(m[1]), rule: 'calendar:decade', stated: ['decade'] });
    }, /\d0s/),
    ...scan(ctx, QUARTER, (m, start, end) => quarterCandidate(ctx, m, start, end)),
    ...scan(ctx, HALF, (m, start, end) => {
      const half = m[1]?.toLowerCase() === 'first' ? 1 : 2;
      if (m[2]) return candidate(start, end, { type: 'DATE', value: `${m[2]}-H${half}`, granularity: 'half', rule: 'calendar:half', stated: ['year', 'half'] });
      return null;
    }),
    ...scan(ctx, SEASON, (m, start, end) => {
      const code = SEASONS[(m[2] ?? '').toLowerCase()];
      const lead = (m[1] ?? '').toLowerCase();
      if (!code || (!m[1] && !m[3]) || (m[2] === 'fall' && !m[3] && !/^(?:last|this|next)$/.test(lead))) return null; // "fall" the verb
      const value = m[3] ? `${m[3]}-${code}` : null;
      const offset = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
      return candidate(start, end, { type: 'DATE', value, relative: value ? null : { anchor: 'published', unit: 'year', offset, suffix: `-${code}` }, granularity: 'season', rule: 'calendar:season', stated: m[3] ? ['year', 'season'] : ['season'] });
    }),
    ...scan(ctx, DECADE_NO_S, (m, start, end) => candidate(start, end, { type: 'DATE', value: m[2] ?? null, granularity: 'decade', mod: edge(m[1]), rule: 'calendar:decade-without-s', stated: ['decade'], confidence: 0.7 }), /0\b/),
    ...scan(ctx, DAY_OF_YEAR, (m, start, end) => {
      const name = (m[1] ?? m[4] ?? '').replace('.', '').toLowerCase();
      const month = MONTHS.findIndex((x) => x.toLowerCase().startsWith(name.slice(0, 3))) + 1;
      const day = Number(m[2] ?? m[3]);
      if (month < 1 || day < 1 || day > 31) return null;
      const offset = { this: 0, last: -1, next: 1 }[(m[5] ?? 'this').toLowerCase() as 'this' | 'last' | 'next'];
      const suffix = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'year', offset, suffix }, granularity: 'day', rule: 'calendar:day-of-year', stated: ['month', 'day', 'offset'] });
    }, /\byear\b/),
    ...scan(ctx, MONTH_NAME, (m, start, end) => {
      const month = MONTHS.indexOf(m[3] ?? '') + 1;
      const mod = edge(m[1]);
      if (m[4]) return candidate(start, end, { type: 'DATE', value: `${m[4]}-${String(month).padStart(2, '0')}`, granularity: 'month', mod, rule: 'calendar:month-year', stated: ['year', 'month'] });
      if (m[5]) {
        const offset = { this: 0, last: -1, next: 1 }[m[5].split(/\s+/)[0]!.toLowerCase()] ?? 0;
        return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'year', offset, suffix: `-${String(month).padStart(2, '0')}` }, granularity: 'month', mod, rule: 'calendar:month-of-year', stated: ['month', 'offset'] });
      }
      const lead = (m[2] ?? '').trim().toLowerCase();
      const direction = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
      return candidate(start, end, { type: 'DATE', relative: { anchor: 'published', unit: 'month', offset: 0, month, direction }, granularity: 'month', mod, rule: 'calendar:month', stated: ['month'] });
    }),
  ],
};

function edge(word: string | undefined): string | null {
  return word ? EDGE_MOD[word.toLowerCase().trim().replace(/\s+/g, ' ')] ?? null : null;
}

/** "the third quarter", "third-quarter", "the year-ago quarter", "the 1988 period", "fiscal 1990's first quarter". */
function quarterCandidate(ctx: TimeContext, m: RegExpExecArray, start: number, end: number): Candidate | null {
  const g = m.groups ?? {};
  const word = (g.word ?? '').toLowerCase().replace(/\s+/g, ' ');
  const ordinal = ORDINAL_WORDS[word];
  const year = g.yearPre ?? g.yearThe ?? g.yearPost;
  const ago = Boolean(g.ago) || /^year-/.test(word);
  if (!g.the && !ordinal) return null; // a bare "quarter" is a fraction more often than a period
  if (/^\s+of\s+an?\s/i.test(ctx.text.slice(end, end + 8))) return null; // "a quarter of an hour", a fraction
  if (g.unit === 'period' && !year && !ago && !/latest|current|same|recent/.test(word)) return null; // "the period" alone
  // "the third-quarter results": TimeML marks the adjective alone.
  if (g.sep === '-' && g.the && !year && !g.ago) start += m[0].indexOf(g.word!);
  const rule = 'calendar:quarter';
  if (year && ordinal) return candidate(start, end, { type: 'DATE', value: `${year}-Q${ordinal}`, granularity: 'quarter', rule, stated: ['year', 'quarter'] });
  if (year) {
    const last = ctx.published ? quarterOf(addMonths({ ...ctx.published, day: 1 }, -3)) : null;
    return candidate(start, end, { type: 'DATE', value: `${year}-Q${last ?? 'X'}`, granularity: 'quarter', rule, stated: ['year'], confidence: 0.6 });
  }
  const shift = g.shift ? { last: -1, this: 0, next: 1 }[g.shift.toLowerCase()] ?? 0 : 0;
  const rel: Relative = ordinal
    ? { anchor: 'published', unit: 'quarter', offset: 4 * shift - (ago ? 4 : 0), quarter: ordinal }
    : { anchor: 'published', unit: 'quarter', offset: word === 'current' ? 0 : ago ? -5 : -1 };
  return candidate(start, end, { type: 'DATE', relative: rel, granularity: 'quarter', rule, stated: ordinal ? ['quarter'] : [], confidence: 0.7 });
}
