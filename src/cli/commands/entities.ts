/** `sitrep entities`: the canonical entities across stored documents, each with the documents that name
 * it and the rule, evidence and confidence that filed each document's entity under it. */
import { createError } from '../../errors.js';
import { openExistingStore } from '../../store/open.js';
import { EXIT, type Io } from '../io.js';

export interface EntitiesArgs {
  db: string;
  type?: string;
  limit: number;
  json: boolean;
}

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

export async function entitiesCommand(args: EntitiesArgs, io: Io): Promise<number> {
  if (args.type && !TYPES.has(args.type)) throw createError('BAD_OPTION', `--type ${args.type}; use PER, ORG, LOC or MISC`);
  const store = await openExistingStore(args.db, { readOnly: true });
  try {
    const list = await store.entities({ limit: args.limit, ...(args.type ? { type: args.type } : {}) });
    for (const e of list) {
      const links = await store.entityLinks(e.id);
      if (args.json) {
        io.out(JSON.stringify({ ...e, links }));
        continue;
      }
      io.out(`#${e.id}  ${e.type}  ${e.name}  (${e.documents} document${e.documents === 1 ? '' : 's'}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'})${e.aliases.length ? `  also: ${e.aliases.join('; ')}` : ''}`);
      for (const l of links) io.out(`    ${l.docId} ${l.localId}  "${l.name}"  ${l.rule} ${l.confidence.toFixed(2)}${l.evidence.length ? `  ${l.evidence.join('; ')}` : ''}`);
    }
    io.err(`${list.length} entit${list.length === 1 ? 'y' : 'ies'}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}
