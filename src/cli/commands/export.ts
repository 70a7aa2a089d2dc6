/**
 * `sitrep export`: what the store holds, in one of three formats, for one of three layers.
 *
 *   --format jsonl      --what documents (default): one analysis a line
 *                       --what events: one merged event a line (src/events/merged.ts)
 *   --format geojson    --what places (default): a feature a resolved place
 *                       --what events: a feature an event with a place
 *   --format acled-csv  --what events (the only layer): a row an event, ACLED's columns (src/events/acled.ts)
 *   --format gold       --what documents (the only layer): the reviewed articles as corpus/seeds/gold.json
 *
 * Events are exported as analysts reviewed them (src/review/apply.ts): corrected values in place, and
 * the verdict in ACLED's `reviewed` column or the JSON's `review`.
 *
 * One `--what` for every format, rather than a format per layer ("events-jsonl"), so that a layer
 * reads the same in every format and a new layer adds one word, not three formats.
 */
import { createError } from '../../errors.js';
import { ACLED_COLUMNS, acledRow } from '../../events/acled.js';
import { csvRecord } from '../../events/csv.js';
import { eventFeature } from '../../events/geojson.js';
import { GeoJsonCollector } from '../../geo/geojson.js';
import { reviewEvent, type ReviewedEvent } from '../../review/apply.js';
import { goldExport } from '../../review/gold.js';
import type { Review } from '../../store/reviews.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../io.js';

export const EXPORT_FORMATS = ['jsonl', 'geojson', 'acled-csv', 'gold'] as const;
export const EXPORT_LAYERS = ['documents', 'places', 'events'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

/** The layers each format can carry; the first is its default. */
const LAYERS: Record<ExportFormat, readonly ExportLayer[]> = {
  jsonl: ['documents', 'events'],
  geojson: ['places', 'events'],
  'acled-csv': ['events'],
  gold: ['documents'],
};

/** The layer to export, or a BAD_FORMAT error naming what the format can carry. */
export function exportLayer(format: string, what: string | undefined): { format: ExportFormat; what: ExportLayer } {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw createError('BAD_FORMAT', `"${format}"; export formats are ${EXPORT_FORMATS.join(', ')}`);
  const layers = LAYERS[format as ExportFormat];
  const layer = what ?? layers[0]!;
  if (!layers.includes(layer as ExportLayer)) throw createError('BAD_FORMAT', `--format ${format} carries ${layers.join(' or ')}, not "${layer}"`);
  return { format: format as ExportFormat, what: layer as ExportLayer };
}

export async function exportStore(store: Store, format: ExportFormat, what: ExportLayer, io: Io, reviews: readonly Review[] = []): Promise<number> {
  if (format === 'gold') return exportGold(store, reviews, io);
  if (what === 'documents') return await exportDocuments(store, io);
  if (what === 'places') return await exportPlaces(store, io);
  if (format === 'acled-csv') return exportAcled(store, reviews, io);
  if (format === 'geojson') return exportEventFeatures(store, reviews, io);
  let n = 0;
  for await (const e of reviewedEvents(store, reviews)) {
    io.out(JSON.stringify(e));
    n++;
  }
  io.err(`exported ${plural(n, 'event')} from ${plural(await store.eventMentionCount(), 'event mention')}`);
  return EXIT.OK;
}

/** The merged events with the analysts' reviews applied. */
async function* reviewedEvents(store: Store, reviews: readonly Review[]): AsyncGenerator<ReviewedEvent> {
  const forEvents = reviews.filter((r) => r.kind === 'event');
  for await (const e of store.events()) yield reviewEvent(e, forEvents);
}

async function exportGold(store: Store, reviews: readonly Review[], io: Io): Promise<number> {
  const gold = await goldExport(store, reviews);
  io.out(JSON.stringify(gold, null, 2));
  io.err(`exported ${plural(gold.documents.length, 'reviewed document')}`);
  return EXIT.OK;
}

async function exportDocuments(store: Store, io: Io): Promise<number> {
  let n = 0;
  for await (const doc of store.list()) {
    io.out(JSON.stringify(doc.analysis));
    n++;
  }
  io.err(`exported ${plural(n, 'document')}`);
  return EXIT.OK;
}

/** One GeoJSON FeatureCollection of every stored document's resolved places. */
async function exportPlaces(store: Store, io: Io): Promise<number> {
  const collector = new GeoJsonCollector();
  let n = 0;
  for await (const doc of store.list()) {
    collector.add(doc.analysis);
    n++;
  }
  const collection = collector.collection();
  io.out(JSON.stringify(collection));
  io.err(`exported ${plural(collection.features.length, 'place')} from ${plural(n, 'document')}`);
  return EXIT.OK;
}

/** RFC 4180: a header record, then a record an event, each ended by CRLF (`io.out` adds the LF). */
async function exportAcled(store: Store, reviews: readonly Review[], io: Io): Promise<number> {
  io.out(`${csvRecord(ACLED_COLUMNS)}\r`);
  let n = 0;
  for await (const e of reviewedEvents(store, reviews)) {
    const row = acledRow(e, e.review.status);
    io.out(`${csvRecord(ACLED_COLUMNS.map((c) => row[c]))}\r`);
    n++;
  }
  io.err(`exported ${plural(n, 'event')} from ${plural(await store.eventMentionCount(), 'event mention')}`);
  return EXIT.OK;
}

async function exportEventFeatures(store: Store, reviews: readonly Review[], io: Io): Promise<number> {
  const features = [];
  let unplaced = 0;
  for await (const e of reviewedEvents(store, reviews)) {
    const f = eventFeature(e);
    if (f) features.push(f);
    else unplaced++;
  }
  io.out(JSON.stringify({ type: 'FeatureCollection', features }));
  io.err(`exported ${plural(features.length, 'event')}; ${plural(unplaced, 'event')} with no place left out`);
  return EXIT.OK;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
