/**
 * Every field of the seeds' gold (`corpus/seeds/gold.json`) and the check that reads it, so that a test
 * can fail when the gold gains a field no check reads. `why` is the annotator's note on any item.
 */
import { EVENT_FIELDS } from '../src/eval/seed-events.js';

export const SEED_FIELDS: Record<string, readonly string[]> = {
  // src/eval/seeds.ts (cleaning, times, places), seeds-entities.ts, seeds-extract.ts, seed-events.ts
  document: ['document', 'published', 'boilerplate', 'must_keep', 'repairs', 'entities', 'times', 'places', 'quotes', 'quantities', 'events'],
  entities: ['name', 'type', 'aliases'],
  times: ['text', 'value'],
  // a place with a GeoNames id is checked by the id; its lat/lon are that place's point
  places: ['text', 'geonameid', 'lat', 'lon', 'country', 'near'],
  quotes: ['text', 'speaker', 'reported_by'],
  quantities: ['text', 'kind', 'value', 'min', 'max', 'qualifier', 'of', 'modality', 'source', 'where', 'when'],
  events: EVENT_FIELDS,
  // src/eval/seeds-entities.ts (same_entity, different_entity), seed-merge.ts (distinct_events)
  cross_document: ['same_entity', 'different_entity', 'distinct_events'],
};

/** Fields of the gold that no check reads, as `layer.field` (the file's top level is `gold.KEY`). */
export function uncheckedFields(gold: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const note = (layer: string, item: object) => {
    for (const k of Object.keys(item)) if (k !== 'why' && !SEED_FIELDS[layer]!.includes(k)) out.add(`${layer}.${k}`);
  };
  for (const k of Object.keys(gold)) if (!['format', 'documents', 'cross_document'].includes(k)) out.add(`gold.${k}`);
  note('cross_document', (gold.cross_document ?? {}) as object);
  for (const d of (gold.documents ?? []) as Array<Record<string, unknown>>) {
    note('document', d);
    for (const layer of ['entities', 'times', 'places', 'quotes', 'quantities', 'events']) for (const item of (d[layer] ?? []) as object[]) note(layer, item);
  }
  return [...out].sort();
}
