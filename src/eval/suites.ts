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
  /** The `--split` values the suite reads, for `sitrep eval --help` and the command's check; none when
   * the suite reads no split. `pattern`, when given, is every value it accepts; without it the data
   * decides (a split names a folder or file of the data, and the suite says when it is missing). */
  splits?: { help: string; pattern?: RegExp };
  run: (data: string, options: SuiteOptions) => Promise<EvalResult>;
}

const EVERY = { help: 'all (default), or every:N for every N-th item', pattern: /^(?:all|every:[1-9]\d*)$/ };

export const SUITES: Record<string, Suite> = {
  attribution: { ...attributionSuite, splits: { help: 'dev (default) or train, a folder of the data' } },
  seeds: seedsSuite,
  extraction: { ...extractionSuite, splits: { help: 'ci for every 4th page of each set; none for all', pattern: /^ci$/ } },
  timex: { ...timexSuite, splits: EVERY },
  pubdate: { ...pubdateSuite, splits: { help: 'ci for the fixed subset behind the floor, or all (default)', pattern: /^(?:ci|all)$/ } },
  ner: { ...nerSuite, splits: { help: 'testa (default) or train, a file eng.SPLIT of the data' } },
  geo: { ...geoSuite, splits: EVERY },
  events: eventsSuite,
  invented: inventedSuite,
  news: { ...newsSuite, splits: { help: 'dev (default), seeds or all', pattern: /^(?:dev|seeds|all)$/ } },
};

/** Why `split` is no split of the suite `name`, or null when the suite takes it. */
export function badSplit(name: string, suite: Suite, split: string | undefined): string | null {
  if (split === undefined) return null;
  if (!suite.splits) return `${name} takes no --split (got "${split}")`;
  if (suite.splits.pattern && !suite.splits.pattern.test(split)) return `unknown split "${split}" for ${name}; use ${suite.splits.help}`;
  return null;
}
