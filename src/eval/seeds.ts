/**
 * The `seeds` suite: the clean stage against `corpus/seeds/gold.json`. Every gold boilerplate line must
 * be gone from `document.text` with its removal listed; every must-keep line must stay; every listed
 * repair must be made and listed; the publication date must come from the sidecar.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import type { Analysis } from '../model/types.js';
import { checkCrossDocument, crossDocumentTable } from './seed-merge.js';
import { checkSeedEntities, seedEntitiesTable, seedEntityFigures } from './seeds-entities.js';
import type { EvalResult, Suite } from './suites.js';
import { checkNonCasualties, checkQuantity, checkQuote, type GoldQuantity, type GoldQuote } from './seeds-extract.js';
import { analyzeSeedFile } from './seed-file.js';
import { describePlace, placeRight, placesIn, timeRight, timesIn, type GoldPlace } from './seeds-where.js';
import { checkEvents, type GoldEvent } from './seed-events.js';

interface GoldDoc {
  document: string;
  published: string;
  boilerplate: string[];
  must_keep: string[];
  repairs: Array<{ from: string; to: string }>;
  times?: Array<{ text: string; value: string }>;
  places?: GoldPlace[];
  quotes?: GoldQuote[];
  quantities?: GoldQuantity[];
  events?: GoldEvent[];
}

export interface SeedCheck {
  document: string;
  boilerplateGone: number;
  boilerplateTotal: number;
  boilerplateListed: number;
  keptLines: number;
  keptTotal: number;
  repairsMade: number;
  repairsTotal: number;
  publishedFromSidecar: boolean;
  /** Gold time expressions with a time annotation inside the gold text that has the gold value. */
  timesRight: number;
  timesTotal: number;
  /** Each wrong time expression, with what sitrep gave. */
  timesWrong: string[];
  /** Gold places with a place annotation inside the gold text that fits it. */
  placesRight: number;
  placesTotal: number;
  placesWrong: string[];
  quotesRight: number;
  quotesTotal: number;
  quantitiesRight: number;
  quantitiesTotal: number;
  /** Gold events right on type, sub-type, PLOVER, date and place; and on every field (src/eval/seed-events.ts). */
  eventsRight: number;
  eventsAllFields: number;
  eventsTotal: number;
  /** Wrong quotes and quantities, and non-casualty numbers typed as casualties. */
  extractWrong: string[];
  nonCasualtyWrong: string[];
  /** Removed lines that are not gold boilerplate (false removals). */
  otherRemovals: string[];
  missing: string[];
}

export async function checkSeeds(dir: string): Promise<SeedCheck[]> {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) throw createError('NO_DATA', `${goldPath} not found; pass --data PATH/TO/shared/corpus/seeds`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: GoldDoc[]; cross_document?: { same_entity?: string[][] } };
  const same = gold.cross_document?.same_entity ?? [];
  const out: SeedCheck[] = [];
  for (const g of gold.documents) {
    const analysis = await analyzeSeedFile(join(dir, `${g.document}.txt`));
    const quoteWrong = (g.quotes ?? []).map((q) => checkQuote(analysis, q, same)).filter((m): m is string => m !== null);
    const quantityWrong = (g.quantities ?? []).map((q) => checkQuantity(analysis, q, same)).filter((m): m is string => m !== null);
    const events = checkEvents(analysis, g.events ?? [], same);
    out.push({
      ...check(g, analysis),
      quotesRight: (g.quotes ?? []).length - quoteWrong.length, quotesTotal: (g.quotes ?? []).length,
      quantitiesRight: (g.quantities ?? []).length - quantityWrong.length, quantitiesTotal: (g.quantities ?? []).length,
      extractWrong: [...quoteWrong, ...quantityWrong], nonCasualtyWrong: checkNonCasualties(analysis),
      eventsRight: events.filter((e) => e.coreRight).length, eventsAllFields: events.filter((e) => e.right).length, eventsTotal: events.length,
    });
  }
  return out;
}


function check(g: GoldDoc, a: Analysis): Omit<SeedCheck, 'quotesRight' | 'quotesTotal' | 'quantitiesRight' | 'quantitiesTotal' | 'extractWrong' | 'nonCasualtyWrong' | 'eventsRight' | 'eventsAllFields' | 'eventsTotal'> {
  const d = a.document;
  const missing: string[] = [];
  const gone = g.boilerplate.filter((b) => !d.text.includes(b));
  const listed = g.boilerplate.filter((b) => d.removed.some((r) => r.text.includes(b)));
  const kept = g.must_keep.filter((k) => d.text.includes(k));
  const repaired = g.repairs.filter((r) => d.text.includes(r.to) && !d.text.includes(r.from) && d.repairs.some((x) => x.from === r.from && x.to === r.to));
  for (const b of g.boilerplate) if (!gone.includes(b)) missing.push(`boilerplate left: ${b}`);
  for (const k of g.must_keep) if (!kept.includes(k)) missing.push(`must-keep line lost: ${k}`);
  for (const r of g.repairs) if (!repaired.includes(r)) missing.push(`repair not made: ${r.from} → ${r.to}`);
  const times = g.times ?? [];
  const timesWrong = times.filter((t) => !timeRight(a, t));
  const wrongTimes: string[] = [];
  for (const t of timesWrong) wrongTimes.push(`time wrong: "${t.text}" should be ${t.value}, got ${timesIn(a, t.text).map((x) => `"${x.span.text}" ${x.value}`).join(', ') || 'nothing'}`);
  const places = g.places ?? [];
  const placesWrong = places.filter((p) => !placeRight(a, p)).map((p) => `place wrong: "${p.text}" should be ${describePlace(p)}, got ${placesIn(a, p.text).map((x) => `"${x.span.text}" ${x.geonameid ?? '-'} ${x.country ?? ''} ${x.lat},${x.lon}`).join('; ') || 'nothing'}`);
  return {
    document: g.document,
    placesRight: places.length - placesWrong.length,
    placesTotal: places.length,
    placesWrong,
    boilerplateGone: gone.length,
    boilerplateTotal: g.boilerplate.length,
    boilerplateListed: listed.length,
    keptLines: kept.length,
    keptTotal: g.must_keep.length,
    repairsMade: repaired.length,
    repairsTotal: g.repairs.length,
    publishedFromSidecar: d.published?.source === 'sidecar' && d.published.value === g.published,
    timesRight: times.length - timesWrong.length,
    timesTotal: times.length,
    timesWrong: wrongTimes,
    otherRemovals: d.removed.filter((r) => !g.boilerplate.some((b) => r.text.includes(b))).map((r) => r.text.trim()),
    missing,
  };
}

export const seedsSuite: Suite = {
  description: 'cleaning of the seed war reports against gold.json',
  defaultData: 'corpus/seeds',
  async run(data): Promise<EvalResult> {
    const checks = await checkSeeds(data);
    const cross = await checkCrossDocument(data);
    const entities = await checkSeedEntities(data);
    const sum = (f: (c: SeedCheck) => number) => checks.reduce((n, c) => n + f(c), 0);
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    const figures = {
      boilerplate_removed: ratio(sum((c) => c.boilerplateGone), sum((c) => c.boilerplateTotal)),
      boilerplate_listed: ratio(sum((c) => c.boilerplateListed), sum((c) => c.boilerplateTotal)),
      must_keep_kept: ratio(sum((c) => c.keptLines), sum((c) => c.keptTotal)),
      repairs_made: ratio(sum((c) => c.repairsMade), sum((c) => c.repairsTotal)),
      published_from_sidecar: ratio(checks.filter((c) => c.publishedFromSidecar).length, checks.length),
      times_right: ratio(sum((c) => c.timesRight), sum((c) => c.timesTotal)),
      places_right: ratio(sum((c) => c.placesRight), sum((c) => c.placesTotal)),
      quotes_right: ratio(sum((c) => c.quotesRight), sum((c) => c.quotesTotal)),
      quantities_right: ratio(sum((c) => c.quantitiesRight), sum((c) => c.quantitiesTotal)),
      non_casualties_right: sum((c) => c.nonCasualtyWrong.length) === 0 ? 1 : 0,
      other_removals: sum((c) => c.otherRemovals.length),
      distinct_events_apart: ratio(cross.pairs.filter((p) => p.apart).length, cross.pairs.length),
      events_right: ratio(sum((c) => c.eventsRight), sum((c) => c.eventsTotal)),
      events_all_fields_right: ratio(sum((c) => c.eventsAllFields), sum((c) => c.eventsTotal)),
      ...seedEntityFigures(entities),
    };
    const table = ['document                 boilerplate  listed  must-keep  repairs  published', ...checks.map((c) =>
      `${c.document.padEnd(24)} ${`${c.boilerplateGone}/${c.boilerplateTotal}`.padStart(11)}  ${`${c.boilerplateListed}/${c.boilerplateTotal}`.padStart(6)}  ${`${c.keptLines}/${c.keptTotal}`.padStart(9)}  ${`${c.repairsMade}/${c.repairsTotal}`.padStart(7)}  ${c.publishedFromSidecar ? 'sidecar' : 'WRONG'}`)];
    table.push(`time expressions right: ${sum((c) => c.timesRight)}/${sum((c) => c.timesTotal)}`);
    for (const c of checks) for (const m of c.timesWrong) table.push(`  ${c.document}: ${m}`);
    table.push(`places right: ${sum((c) => c.placesRight)}/${sum((c) => c.placesTotal)}`);
    for (const c of checks) for (const m of c.placesWrong) table.push(`  ${c.document}: ${m}`);
    table.push(`quotes right: ${sum((c) => c.quotesRight)}/${sum((c) => c.quotesTotal)}; quantities right: ${sum((c) => c.quantitiesRight)}/${sum((c) => c.quantitiesTotal)}; non-casualty numbers typed as casualties: ${sum((c) => c.nonCasualtyWrong.length)}`);
    for (const c of checks) for (const m of [...c.extractWrong, ...c.nonCasualtyWrong]) table.push(`  ${c.document}: ${m}`);
    table.push(`events right (type, sub-type, PLOVER, date, place): ${sum((c) => c.eventsRight)}/${sum((c) => c.eventsTotal)}; on every field (actor, target, counts, civilian targeting too): ${sum((c) => c.eventsAllFields)}/${sum((c) => c.eventsTotal)}`);
    table.push(...crossDocumentTable(cross));
    table.push(...seedEntitiesTable(entities));
    for (const c of checks) for (const m of c.missing) table.push(`  ${c.document}: ${m}`);
    for (const c of checks) for (const r of c.otherRemovals) table.push(`  ${c.document}: also removed (not in gold): ${r}`);
    const ok = figures.boilerplate_removed === 1 && figures.must_keep_kept === 1 && figures.repairs_made === 1;
    return { table, figures, summary: `seeds: ${ok ? 'all gold cleaning checks pass' : 'some gold cleaning checks FAIL'} (boilerplate ${pct(figures.boilerplate_removed)}, must-keep ${pct(figures.must_keep_kept)}, repairs ${pct(figures.repairs_made)})` };
  },
};

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
