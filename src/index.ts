/** sitrep as a library. */
export { analyze, type AnalyzeInput } from './core/analyze.js';
export { documentId, PIPELINE } from './core/pipeline.js';
export { createError, ERRORS, SitrepError, type ErrorCode } from './errors.js';
export type { InputMeta, RawInput } from './ingest/input.js';
export { readSources, type SourceOptions } from './ingest/sources.js';
export { readWarc, type WarcOptions, type WarcSkip } from './ingest/warc.js';
export { feedItems } from './ingest/feed.js';
export { Fetcher, type FetchOptions } from './ingest/fetch.js';
export type * from './model/types.js';
export type * from './model/annotations.js';
export { resolveOptions, type ResolvedOptions, type UserOptions } from './options.js';
export { openSqliteStore } from './store/sqlite.js';
export { openPostgresStore } from './store/postgres/store.js';
export { openStore } from './store/open.js';
export type { Store } from './store/store.js';
