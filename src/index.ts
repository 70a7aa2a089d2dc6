/** sitrep as a library. */
export { analyze, type AnalyzeInput } from './core/analyze.js';
export { documentId, PIPELINE } from './core/pipeline.js';
export { createError, ERRORS, SitrepError, type ErrorCode } from './errors.js';
export type { InputMeta, RawInput } from './ingest/input.js';
export { readSources } from './ingest/sources.js';
export type * from './model/types.js';
export type * from './model/annotations.js';
export { resolveOptions, type ResolvedOptions, type UserOptions } from './options.js';
export { openSqliteStore } from './store/sqlite.js';
export { openPostgresStore } from './store/postgres/store.js';
export { openStore } from './store/open.js';
export type { Store } from './store/store.js';
