/**
 * `sitrep serve`: the JSON API and the web UI in one process (src/serve/). Binds to 127.0.0.1 unless told
 * otherwise; writes need the token from $SITREP_TOKEN, else a random one printed at start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createError } from '../../errors.js';
import { resolveOptions } from '../../options.js';
import { createApi } from '../../serve/api.js';
import { createHttpServer, LOOPBACK_HOSTS } from '../../serve/http.js';
import { DEFAULT_WEB_ROOT } from '../../serve/static.js';
import { openStore } from '../../store/open.js';
import { EXIT, type Io } from '../io.js';

/** The largest upload: the pipeline's own per-article limit (25 MB) is the natural bound for one file. */
export const DEFAULT_MAX_UPLOAD = 25 * 1024 * 1024;
/** Shortest token accepted from $SITREP_TOKEN: a short one is guessed. */
const MIN_TOKEN = 16;

export interface ServeArgs {
  db: string;
  host: string;
  port: number;
  webRoot?: string;
  maxUpload?: number;
  token?: string;
}

export interface Running {
  server: Server;
  url: string;
  token: string;
  close: () => Promise<void>;
}

export async function startServer(args: ServeArgs, io: Io): Promise<Running> {
  const token = args.token ?? process.env.SITREP_TOKEN ?? randomBytes(24).toString('base64url');
  if (token.length < MIN_TOKEN) throw createError('BAD_OPTION', `SITREP_TOKEN must be at least ${MIN_TOKEN} characters`);
  // A SQLite file or a postgres:// URL; the reviews are kept in the same store.
  const store = await openStore(args.db);
  const maxUpload = args.maxUpload ?? DEFAULT_MAX_UPLOAD;
  const api = createApi({ store, reviews: store.reviews, token, options: resolveOptions({}), maxUpload }, (e) => io.err(`sitrep serve: ${(e as Error).stack ?? String(e)}`));
  const webRoot = args.webRoot ?? DEFAULT_WEB_ROOT;
  if (!existsSync(webRoot)) io.err(`sitrep serve: no web UI at ${webRoot}; run "npm run build" (the API works without it)`);
  const loopback = (LOOPBACK_HOSTS as readonly string[]).includes(args.host);
  const server = createHttpServer({ api, webRoot, maxUpload, log: io.err, ...(loopback ? { hosts: LOOPBACK_HOSTS } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(args.port, args.host, () => resolve());
  }).catch(async (e: unknown) => {
    // A port in use: the store is closed (a PostgreSQL pool would keep the process alive).
    await store.close();
    throw e;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  const close = () => new Promise<void>((resolve) => {
    server.close(() => void Promise.resolve(store.close()).then(() => resolve()));
    server.closeAllConnections();
  });
  return { server, url: `http://${host}:${port}/`, token, close };
}

export async function serveCommand(args: ServeArgs, io: Io): Promise<number> {
  const running = await startServer(args, io);
  // The token goes in the fragment, which the browser never sends to a server.
  io.err(`sitrep serve: ${running.url} (database ${args.db})`);
  io.err(`sitrep serve: write token ${running.token}  (open ${running.url}#token=${running.token})`);
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(args.host)) io.err(`sitrep serve: listening on ${args.host}: anyone who can reach it can read the database`);
  await new Promise<void>((resolve) => {
    const stop = () => void running.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.OK;
}
