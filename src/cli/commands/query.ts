/** `sitrep search`, `sitrep show` and `sitrep export`: reading the store. */
import { openExistingStore } from '../../store/open.js';
import { EXIT, type Io } from '../io.js';
import { textReport } from '../report.js';
import { exportLayer, exportStore } from './export.js';

export async function searchCommand(args: { query: string; db: string; limit: number }, io: Io): Promise<number> {
  const store = await openExistingStore(args.db, { readOnly: true });
  try {
    const mark: [string, string] = io.tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
    const hits = await store.search(args.query, { limit: args.limit, mark });
    for (const h of hits) io.out(`${h.docId}  #${h.sentence + 1}  ${h.snippet}${h.title ? `  — ${h.title}` : ''}`);
    io.err(`${hits.length} matching sentence${hits.length === 1 ? '' : 's'}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

export async function showCommand(args: { id: string; db: string; format: 'json' | 'text' }, io: Io): Promise<number> {
  const store = await openExistingStore(args.db, { readOnly: true });
  try {
    const doc = await store.get(args.id);
    if (!doc) {
      io.err(`sitrep: no document with id ${args.id} in ${args.db}`);
      return EXIT.INPUT_FAILED;
    }
    io.out(args.format === 'json' ? JSON.stringify(doc.analysis, null, 2) : textReport(doc.analysis));
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

/** `sitrep export`: the layer and format checked before the store is opened (src/cli/commands/export.ts). */
export async function exportCommand(args: { db: string; format: string; what?: string }, io: Io): Promise<number> {
  const { format, what } = exportLayer(args.format, args.what);
  const store = await openExistingStore(args.db, { readOnly: true });
  try {
    // The store's reviews, read like the rest of it (a read-only open on SQLite, docs/robustness.md).
    return await exportStore(store, format, what, io, await store.reviews.all());
  } finally {
    await store.close();
  }
}
