/**
 * The situation report as data (`sitrep report --format json`, schema/report.schema.json). Markdown and
 * HTML are renderings of this one object, so every format says the same thing. Every item carries the
 * sentences it rests on (`evidence`) and says which of its values were inferred, and by which rule.
 */

/** One sentence a line of the report rests on: `text === document.text.slice(span[0], span[1])`. */
export interface Evidence {
  document: string;
  /** Index into the document's `sentences`. */
  sentence: number;
  /** Offsets into the document's text of the words the item rests on (the figure, the quote, the sentence). */
  span: [number, number];
  text: string;
}

/** A value the text does not state, with the rule that gave it ("date: publication day"). */
export interface Inferred {
  field: string;
  rule: string;
}

/** A stored report as the report cites it. */
export interface ReportSource {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  origin: string;
}

export interface Header {
  /** The period asked for (`--from`, `--to`), else the first and last day the reports and events cover. */
  period: { from: string | null; to: string | null };
  /** `--place`, or null for everywhere. */
  area: string | null;
  reports: number;
  outlets: string[];
  events: number;
  /** When the store last took a report in (the latest ingest time): the report is as of then, and the
   * same store gives the same bytes. */
  asOf: string | null;
}

export interface FigureValue {
  kind: string;
  /** The count when the text gives one number; else the bounds (`more than 1,000`: min 1001). */
  value: number | null;
  min: number | null;
  max: number | null;
  /** The figure as written ("more than 120,000", "three"). */
  text: string;
  qualifier: string | null;
  of: string | null;
  modality: 'reported' | 'projected' | 'denied' | 'disputed';
  /** Who the report says gave it, or null when the outlet gives it as its own. */
  said: string | null;
  document: string;
  outlet: string | null;
  published: string | null;
  /** The day the figure is for. */
  date: string | null;
  place: string | null;
  /** Figures its sentence says are among this one ("including three children"). */
  including: FigureValue[];
  inferred: Inferred[];
  evidence: Evidence[];
}

/** The figures of one kind, for one place and one kind of people, from every report that gives them. */
export interface FigureGroup {
  kind: string;
  place: string | null;
  /** `people`, `combatants` or `children`: counts of different people are not side by side. */
  who: string;
  /** Latest report first: how the figure moved from report to report. */
  values: FigureValue[];
  /** Lowest and highest bound over the values. */
  range: [number, number];
  /** The lowest figure reported: what ACLED codes when reports conflict. */
  conservative: number;
  /** True when two sources give figures that cannot both be right (bounds that do not meet). */
  conflict: boolean;
}

export interface ReportEvent {
  id: string;
  /** `YYYY-MM-DD`, or coarser, as the date's precision allows; null when undated. */
  date: string | null;
  precision: 'day' | 'week' | 'month' | 'year' | null;
  /** The place's name (the shortest any report gives a place the gazetteer resolved). */
  place: string | null;
  /** The place as the report that gives it writes it ("the southwestern edge of Kyiv"). */
  placeAsWritten: string | null;
  /** ACLED geo_precision of the place: 1 the place itself, 2 near it or part of a region, 3 a larger region. */
  placePrecision: 1 | 2 | 3 | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  type: string;
  subtype: string;
  actors: Array<{ name: string; role: 'actor' | 'target' }>;
  fatalities: number | null;
  injured: number | null;
  /** How many reports tell it, and from how many outlets. */
  reports: number;
  outlets: string[];
  /** The event detector's confidence (the surest report's), times the merge's when reports were joined. */
  confidence: number;
  trigger: string;
  conflicts: Array<{ field: string; values: Array<{ value: string | number | boolean; documents: string[] }> }>;
  inferred: Inferred[];
  evidence: Evidence[];
}

export interface DayGroup {
  /** The day, or `undated`. */
  day: string;
  places: Array<{ place: string; events: ReportEvent[] }>;
}

export interface Statement {
  text: string;
  direct: boolean;
  kind: 'speech' | 'belief' | 'stance';
  /** The verb or phrase that attributes it ("said", "accused", "according to"), as written. */
  cue: string | null;
  /** The speaker as the report writes them ("he", "the MoD"). */
  as: string | null;
  document: string;
  outlet: string | null;
  published: string | null;
  confidence: number;
  inferred: Inferred[];
  evidence: Evidence[];
}

export interface Speaker {
  name: string;
  /** How many statements the reports give them (more than are listed). */
  total: number;
  statements: Statement[];
}

export interface Disagreement {
  /** What the sources disagree on: "killed in Ukraine", "fatalities of Armed clash in Kyiv on 2022-02-26". */
  claim: string;
  values: Array<{ value: string; sources: Array<{ document: string; outlet: string | null; said: string | null }>; evidence: Evidence[] }>;
}

/** A sentence the report cites, with its neighbours, so that a reader sees it in context. */
export interface CitedSentence {
  document: string;
  sentence: number;
  /** The sentence's offsets in the document's text. */
  span: [number, number];
  text: string;
  before: string | null;
  after: string | null;
}

export interface Report {
  schema: 1;
  header: Header;
  figures: FigureGroup[];
  projections: FigureValue[];
  days: DayGroup[];
  speakers: Speaker[];
  /** Speakers left out of `speakers` (those with fewest statements). */
  moreSpeakers: number;
  disagreements: Disagreement[];
  sources: ReportSource[];
  sentences: CitedSentence[];
}
