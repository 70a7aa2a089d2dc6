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

/** Future cues that are not ("lower-than-expected earnings", "the blasts next to the embassies"). */
export const NOT_FUTURE = ['than expected', 'than-expected', 'as expected', 'unexpected', 'next to'];

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

/**
 * Named days and how each falls in a year: a fixed date, the n-th weekday of a month (n = -1: the
 * last), or days from Easter (Western or Orthodox). `week`: the name is the ISO week holding that
 * day ("Easter week"). Only holidays whose date does not depend on the country are listed, and
 * Election Day (US), which news copy capitalizes as a name. Keys are lower case, spaces single.
 */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; n: number }
  | { kind: 'easter'; offset: number; orthodox?: boolean }
  | { kind: 'election' };
export const HOLIDAYS: Record<string, HolidayRule & { week?: boolean }> = {
  "new year's day": { kind: 'fixed', month: 1, day: 1 }, "new year's eve": { kind: 'fixed', month: 12, day: 31 },
  christmas: { kind: 'fixed', month: 12, day: 25 }, 'christmas day': { kind: 'fixed', month: 12, day: 25 },
  'christmas eve': { kind: 'fixed', month: 12, day: 24 }, 'boxing day': { kind: 'fixed', month: 12, day: 26 },
  "valentine's day": { kind: 'fixed', month: 2, day: 14 }, halloween: { kind: 'fixed', month: 10, day: 31 },
  'fourth of july': { kind: 'fixed', month: 7, day: 4 }, 'july fourth': { kind: 'fixed', month: 7, day: 4 },
  'bastille day': { kind: 'fixed', month: 7, day: 14 }, 'may day': { kind: 'fixed', month: 5, day: 1 },
  'armistice day': { kind: 'fixed', month: 11, day: 11 }, 'veterans day': { kind: 'fixed', month: 11, day: 11 },
  'remembrance day': { kind: 'fixed', month: 11, day: 11 }, 'victory day': { kind: 'fixed', month: 5, day: 9 },
  thanksgiving: { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 }, 'thanksgiving day': { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 },
  'labor day': { kind: 'nth-weekday', month: 9, weekday: 1, n: 1 }, 'memorial day': { kind: 'nth-weekday', month: 5, weekday: 1, n: -1 },
  "mother's day": { kind: 'nth-weekday', month: 5, weekday: 0, n: 2 }, "father's day": { kind: 'nth-weekday', month: 6, weekday: 0, n: 3 },
  'election day': { kind: 'election' },
  easter: { kind: 'easter', offset: 0 }, 'easter sunday': { kind: 'easter', offset: 0 }, 'easter day': { kind: 'easter', offset: 0 },
  'easter monday': { kind: 'easter', offset: 1 }, 'good friday': { kind: 'easter', offset: -2 },
  'palm sunday': { kind: 'easter', offset: -7 }, 'ash wednesday': { kind: 'easter', offset: -46 },
  'easter week': { kind: 'easter', offset: 0, week: true }, 'holy week': { kind: 'easter', offset: 0, week: true },
  'orthodox easter': { kind: 'easter', offset: 0, orthodox: true }, 'orthodox christmas': { kind: 'fixed', month: 1, day: 7 },
};

/** Spelled-out years as transcripts write them: "nineteen ninety-six", "the year two thousand". */
export const SPELLED_CENTURIES: Record<string, number> = { eighteen: 1800, nineteen: 1900 };

/** Counting words that, before "a year" / "a day", make it the denominator of a rate ("two million a year"). */
export const RATE_AMOUNT_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred',
  'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'percent', 'cents?',
];

/** Words right before "a week" that make it a time ("within a week", "in a year", "once a month"), not a rate. */
export const RATE_BREAKERS = [
  'in', 'within', 'for', 'about', 'over', 'after', 'of', 'than', 'nearly', 'almost', 'once', 'twice', 'least', 'only', 'just',
  'by', 'under', 'up to', 'before', 'ago', 'half', 'than',
];

/** Centuries written as ordinal words ("the eighteenth century"). */
export const CENTURY_ORDINALS: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/**
 * Verbs in the simple past that news copy puts right after an opening time ("In January, the company
 * brought in ..."): the regular ones end in -ed; these are the irregular ones.
 */
export const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'told', 'brought', 'took', 'made', 'came', 'went', 'began', 'fell', 'rose', 'won',
  'lost', 'met', 'sent', 'left', 'held', 'gave', 'saw', 'struck', 'led', 'paid', 'sold', 'bought', 'found', 'fled', 'shot',
  'got', 'became', 'spent', 'thought', 'knew', 'drove', 'flew', 'ran', 'wrote', 'spoke', 'broke', 'chose', 'stood', 'sat',
  'fought', 'sought', 'threw', 'wore', 'swore', 'hung', 'felt', 'kept', 'heard', 'meant', 'slid', 'sank', 'shook', 'stole',
];

/** What may stand before an opening time in its sentence ("On Tuesday,", "Until Thursday,", "Also Sunday,"). */
export const OPENING_WORDS = ['on', 'by', 'until', 'till', 'also', 'and', 'but', 'then', 'early', 'late', 'later', 'earlier', 'since', 'from', 'in', 'during', 'as', 'of'];

/** Labels of a date line above or below an article ("Published: 27 April 2014", "Posted on April 27, 2014"). */
export const DATE_LINE_LABELS = [
  'published', 'first published', 'posted', 'updated', 'last updated', 'last modified', 'modified', 'date', 'dated', 'created', 'filed',
];

/** Marks of a photo caption or credit: a date in such a paragraph is the day the picture was taken. */
export const CAPTION_MARKERS = [
  'ap photo', 'reuters/', 'afp photo', 'afp/', 'getty images', 'epa/', 'photo:', 'photo by', 'photograph:', 'pictured:',
  'image:', 'photo credit', 'ria novosti/', 'sputnik/', 'itar-tass/', 'tass/', 'anadolu', '(photo', 'photo/',
];

/** A caption that says its picture is old: its date is not the article's. */
export const FILE_PHOTO_MARKERS = ['file photo', 'file picture', 'file image', 'archive photo', 'archive picture', 'archive image', 'file pic'];

/**
 * Words in a sentence that put its full date in history ("the anniversary of the April 26, 1986 disaster",
 * "25 years since"): such a date says nothing about when the article was written.
 */
export const HISTORIC_CUES = ['anniversary', 'years ago', 'years since', 'years after', 'years earlier', 'years later', 'decades', 'commemorat', 'in memory of', 'remembrance'];
