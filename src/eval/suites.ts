/** The evaluation suites behind `sitrep eval SUITE`. Later capabilities add theirs here. */
import { attributionSuite } from './attribution.js';
import { eventsSuite } from './events.js';
import { extractionSuite } from './extraction.js';
import { geoSuite } from './geo.js';
import { inventedSuite } from './invented.js';
import { newsSuite } from './news/suite.js';
import { nerSuite } from './ner.js';
import { pubdateSuite } from './pubdate.js';
import { seedsSuite } from './seeds.js';
import { timexSuite } from './timex.js';

export interface EvalResult {
  /** Lines of the table a person reads. */
  table: string[];
  /** The figures, for `--json` and for the pinned floors. */
  figures: Record<string, number>;
  /** One line that sums the run up. */
  summary: string;
}

export interface SuiteOptions {
  split?: string;
  /** List up to this many misses per layer (the suites that list them). */
  misses?: number;
  /** news: keep each analysis as DIR/SET/ID.json; or read them from there instead of running sitrep. */
  save?: string;
  load?: string;
}

export interface Suite {
  description: string;
  /** Default data path, relative to the shared folder ($SITREP_SHARED, else ../shared). */
  defaultData: string;
  run: (data: string, options: SuiteOptions) => Promise<EvalResult>;
}

export const SUITES: Record<string, Suite> = {
  attribution: attributionSuite,
  seeds: seedsSuite,
  extraction: extractionSuite,
  timex: timexSuite,
  pubdate: pubdateSuite,
  ner: nerSuite,
  geo: geoSuite,
  events: eventsSuite,
  invented: inventedSuite,
  news: newsSuite,
};
