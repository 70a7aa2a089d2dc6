/**
 * The gold files the news scorer reads (`corpus/seeds/gold.json`, `corpus/ukraine2014-dev/gold.json`;
 * see each file's `format`) and the parts of `sitrep analyze --format json` it looks at, typed as
 * loosely as the JSON allows: a field the output lacks is read as missing, never assumed.
 */

export interface JsonSpan {
  text: string;
  raw: [number, number];
}

export interface GoldEntity { name: string; type: string; aliases: string[] }
export interface GoldTime { text: string; value?: string }
export interface GoldPlace { text: string; country?: string; lat?: number; lon?: number; near?: { lat: number; lon: number; km: number } }
export interface GoldQuote { text: string; speaker: string; indirect?: boolean }
export interface GoldQuantity { text: string; kind: string; value?: number | null; min?: number | null; max?: number | null; qualifier?: string; source?: string }
export interface GoldEvent {
  type: string;
  subtype: string;
  alt_subtype?: string;
  plover?: string;
  trigger: string;
  also_triggers?: string[];
  date?: string;
  where?: string;
}

export interface GoldDocument {
  document: string;
  boilerplate?: string[];
  entities?: GoldEntity[];
  times?: GoldTime[];
  places?: GoldPlace[];
  quotes?: GoldQuote[];
  quantities?: GoldQuantity[];
  events?: GoldEvent[];
}

export interface CrossDocument { same_entity?: string[][] }

export interface GoldFile {
  format?: string;
  documents: GoldDocument[];
  cross_document?: CrossDocument;
}

export const LAYERS = ['entities', 'times', 'places', 'quotes', 'quantities', 'events'] as const;
export type Layer = (typeof LAYERS)[number];

export interface JsonMention { span: JsonSpan; type: string; entity?: string | null }
export interface JsonEntity { id: string; name: string; type: string; mentions: number[] }
export interface JsonTime { span: JsonSpan; value: string | null }
export interface JsonPlace { span: JsonSpan; country?: string | null; lat?: number | null; lon?: number | null }
export interface JsonQuote { content: JsonSpan; speaker?: JsonSpan | null; speakerName?: string | null; speakerEntity?: string | null }
export interface JsonQuantity {
  span: JsonSpan;
  kind: string;
  value: number | null;
  min: number | null;
  max: number | null;
  of?: string | null;
  source?: JsonSpan | null;
  sourceName?: string | null;
}
export interface JsonEvent {
  type: string;
  subtype: string;
  plover?: string | null;
  trigger: JsonSpan;
  span: JsonSpan;
  place?: number | null;
  date?: { value: string } | null;
}

export interface JsonAnnotations {
  mentions?: JsonMention[];
  entities?: JsonEntity[];
  times?: JsonTime[];
  places?: JsonPlace[];
  quotes?: JsonQuote[];
  quantities?: JsonQuantity[];
  events?: JsonEvent[];
}

/** The analysis as `sitrep analyze --format json` prints it (the parts read here). */
export interface AnalysisJson {
  document: { raw: string };
  sentences?: Array<{ span: JsonSpan }>;
  annotations?: JsonAnnotations | null;
}

/** Python's `key in dict`: the key is there, whatever its value. */
export const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
