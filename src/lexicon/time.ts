/**
 * Word lists behind the time stage (src/time/). Patterns are built from these in one place each, so a
 * missing word is added here, not in a regular expression.
 */

/** Number words up to the ones news copy spells out. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, several: -1, few: -1, many: -1, some: -1, couple: 2,
};

/** Ordinals, for "the second day", "third quarter". */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Calendar units and their TIMEX3 duration letters; `time` marks units written after a T. */
export const UNITS: Record<string, { letter: string; time: boolean; granularity: TimeUnit }> = {
  second: { letter: 'S', time: true, granularity: 'second' },
  minute: { letter: 'M', time: true, granularity: 'minute' },
  hour: { letter: 'H', time: true, granularity: 'hour' },
  day: { letter: 'D', time: false, granularity: 'day' },
  night: { letter: 'D', time: false, granularity: 'day' },
  week: { letter: 'W', time: false, granularity: 'week' },
  weekend: { letter: 'WE', time: false, granularity: 'week' },
  month: { letter: 'M', time: false, granularity: 'month' },
  quarter: { letter: 'Q', time: false, granularity: 'quarter' },
  year: { letter: 'Y', time: false, granularity: 'year' },
  decade: { letter: 'DE', time: false, granularity: 'decade' },
  century: { letter: 'CE', time: false, granularity: 'century' },
};

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
  midday: 'MI', noon: 'MI', dawn: 'MO', dusk: 'EV',
};

/**
 * Words that point at the present, the past or the future without a date. Left out because TimeBank
 * marks them as times less often than not: previously, formerly, soon, recent, future (bare).
 */
export const REFERENCE_WORDS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', 'right now': 'PRESENT_REF',
  'the present': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'these days': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF',
  lately: 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF', 'coming years': 'FUTURE_REF', 'the years ahead': 'FUTURE_REF',
};

/** Adverbs of frequency that make a SET (not "annual", "quarterly": adjectives of reports more often). */
export const SET_WORDS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Words after which a weekday or relative date is read into the future, not the past. */
export const FUTURE_CUES = [
  'will', "'ll", 'shall', 'until', 'till', 'next', 'expected', 'scheduled', 'due', 'as soon as', 'as early as',
  'going to', 'is to', 'are to', 'set to', 'upcoming', 'coming', 'ahead', 'plans to', 'planned to', 'planning to', 'plan to',
];

/**
 * Words that put the clause in the past even after a future cue: a plan that was overtaken ("had been
 * due to expire Friday"). Matched as whole phrases; the nearest cue to the expression wins.
 */
export const PAST_CUES = [
  'had', 'had been', "hadn't", 'had not', 'had been due', 'had been scheduled', 'had been expected', 'had been set',
];

/** Future cues that are not ("lower-than-expected earnings"). */
export const NOT_FUTURE = ['than expected', 'than-expected', 'as expected', 'unexpected'];

/** How far before a weekday or month (in characters of its sentence) a tense cue counts: its clause. */
export const FUTURE_CUE_WINDOW = 100;

/** After a capitalized "May", words that make it the modal verb ("May be", "May not"). */
export const MODAL_FOLLOWERS = ['be', 'have', 'not', 'also', 'well', 'still', 'never', 'only', 'soon', 'even', 'yet', 'take', 'get', 'come', 'go', 'need', 'want', 'seem', 'become'];

/** After "March", words that make it the verb or noun ("march on", "the March to"). */
export const MARCH_VERB_FOLLOWERS = ['on', 'to', 'through', 'into', 'against', 'toward', 'towards', 'from', 'in', 'past', 'down', 'up', 'across', 'forward', 'off', 'out', 'of'];

/**
 * What makes a number a clock time: a colon, a.m./p.m., o'clock, noon, midnight, a time zone, a part of
 * day. Without one, chrono's "3 to 20" in "rose 3 to 20" is a range of prices, not of hours.
 */
export const CLOCK_MARKERS = [
  '\\d:\\d\\d', '\\b[ap]\\.\\s?m\\b', '\\d\\s*[ap]m\\b', "o['’]clock", 'noon', 'mid-?day', 'midnight', 'GMT|UTC|EST|EDT|CST|PST|CET|EET|MSK',
  'morning|afternoon|evening|night', 'hours?',
];

/** After "today's", nouns that make it the present age, not the day ("today's world", "today's youth"). */
export const GENERIC_TODAY_NOUNS = ['world', 'youth', 'society', 'economy', 'generations?', 'standards', 'children', 'young', 'kids', 'teenagers', 'technology'];
