/**
 * The working types of the time stage. Parsers turn text into `Candidate`s; refiners filter, merge and
 * resolve them; the stage turns what is left into `TimeExpression` annotations.
 */
import type { TimeUnit } from '../lexicon/time.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity = TimeUnit | 'part-of-day' | 'season' | 'half' | null;

/** A calendar day, the unit every relative value is resolved against. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * A value stated relative to a reference day: `unit` is the granularity of the result, `offset` how
 * many units from the reference ("last week": week, -1). Weekdays and bare months name a target and a
 * direction instead: the most recent on or before (-1), the nearest (0), the next after (1).
 */
export interface Relative {
  /** What the value hangs on: the publication date, or the date that governs the sentence. */
  anchor: 'published' | 'governing';
  unit: TimeUnit;
  offset: number;
  weekday?: number;
  month?: number;
  /** With `month`: a day of that month whose year is not stated ("Sept. 30"). */
  dayOfMonth?: number;
  quarter?: number;
  /** A named holiday (a key of HOLIDAYS in src/lexicon/time.ts), found in `direction` from the reference. */
  holiday?: string;
  direction?: -1 | 0 | 1;
  /** TIMEX3 part of day: MO, AF, EV, NI. */
  part?: string;
  /** Appended to the value: a season (`-SU`) or the weekend (`-WE`). */
  suffix?: string;
  /** Clock time, when the text states one. */
  time?: { hour: number; minute: number };
}

export interface Candidate {
  /** `[start, end)` in the text given to the stage. */
  start: number;
  end: number;
  type: TimexType;
  /** Resolved TIMEX3 value; null until resolved, or when it cannot be (an unresolved anchor). */
  value: string | null;
  granularity: Granularity;
  /** Set when the value depends on a reference day; resolved by `resolveRelatives`. */
  relative: Relative | null;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER... */
  mod: string | null;
  /** Which parts of the value the text states ("year", "month", "day", "weekday", "time", "unit", ...). */
  stated: string[];
  /** The parser and then each refiner that changed it, joined by "+". */
  rule: string;
  confidence: number;
  /** For an endpoint of an interval ("from X to Y", "until X"), the interval it belongs to. */
  range: { start: string | null; end: string | null; role: 'start' | 'end' } | null;
  /** What the value was resolved against: `published`, `sentence:N` (its governing date), or null. */
  anchorOf: string | null;
}

/** The day values hang on when the text states none nearer: the stated publication date, or the day the
 * article was written as inferred from its text (src/time/document-date/). */
export interface DocumentAnchor {
  day: Day;
  from: 'published' | 'inferred';
}

/** Everything a parser or refiner may read: the text, its sentences, the reference, a debug sink. */
export interface TimeContext {
  text: string;
  /** Sentence spans, in order. */
  sentences: Array<{ start: number; end: number }>;
  /** Publication day, or null: relative values then stay relative. */
  published: Day | null;
  /** The publication date as given (for its time of day, if any). */
  publishedValue: string | null;
  timezone: string | null;
  debug: (message: string) => void;
}

export interface TimeParser {
  name: string;
  parse(ctx: TimeContext): Candidate[];
}

export interface TimeRefiner {
  name: string;
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[];
}

export function candidate(start: number, end: number, fields: Partial<Candidate> & Pick<Candidate, 'type' | 'rule'>): Candidate {
  return {
    start, end, value: null, granularity: null, relative: null, mod: null, stated: [], confidence: 0.9,
    range: null, anchorOf: null, ...fields,
  };
}
