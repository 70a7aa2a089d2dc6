/** `sitrep search`, `sitrep show` and `sitrep export`: reading the store. */
import { existsSync } from 'node:fs';
import { createError } from '../../errors.js';
import { GeoJsonCollector } from '../../geo/geojson.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../io.js';
import { textReport } from '../report.js';

function openExisting(db: string): Store {
  if (!existsSync(db)) throw createError('DB_OPEN', `${db} does not exist; run "sitrep ingest PATH --db ${db}" first`);
  return openSqliteStore(db);
}

export function searchCommand(args: { query: string; db: string; limit: number }, io: Io): number {
  const store = openExisting(args.db);
  try {
    const mark: [string, string] = io.tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
    const hits = store.search(args.query, { limit: args.limit, mark });
    for (const h of hits) io.out(`${h.docId}  #${h.sentence + 1}  ${h.snippet}${h.title ? `  — ${h.title}` : ''}`);
    io.err(`${hits.length} matching sentence${hits.length === 1 ? '' : 's'}`);
    return EXIT.OK;
  } finally {
    store.close();
  }
}

export function showCommand(args: { id: string; db: string; format: 'json' | 'text' }, io: Io): number {
  const store = openExisting(args.db);
  try {
    const doc = store.get(args.id);
    if (!doc) {
      io.err(`sitrep: no document with id ${args.id} in ${args.db}`);
      return EXIT.INPUT_FAILED;
    }
    io.out(args.format === 'json' ? JSON.stringify(doc.analysis, null, 2) : textReport(doc.analysis));
    return EXIT.OK;
  } finally {
    store.close();
  }
}

export function exportCommand(args: { db: string; format: string }, io: Io): number {
  if (args.format !== 'jsonl' && args.format !== 'geojson') throw createError('BAD_FORMAT', `"${args.format}"; this version exports jsonl and geojson`);
  const store = openExisting(args.db);
  try {
    if (args.format === 'geojson') return exportGeoJson(store, io);
    let n = 0;
    for (const doc of store.list()) {
      io.out(JSON.stringify(doc.analysis));
      n++;
    }
    io.err(`exported ${n} document${n === 1 ? '' : 's'}`);
    return EXIT.OK;
  } finally {
    store.close();
  }
}

/** One GeoJSON FeatureCollection of every stored document's resolved places. */
function exportGeoJson(store: Store, io: Io): number {
  const collector = new GeoJsonCollector();
  let n = 0;
  for (const doc of store.list()) {
    collector.add(doc.analysis);
    n++;
  }
  const collection = collector.collection();
  io.out(JSON.stringify(collection));
  io.err(`exported ${collection.features.length} place${collection.features.length === 1 ? '' : 's'} from ${n} document${n === 1 ? '' : 's'}`);
  return EXIT.OK;
}
