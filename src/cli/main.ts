/**
 * The `sitrep` command: parses arguments, calls a command function, prints usage and exits.
 * Each command's module is imported in its action, not here: `sitrep --help`, `--version` and usage
 * errors then answer without loading the pipeline, its models or the gazetteer (about 0.5 s and 100 MB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SitrepError } from '../errors.js';
import { DEFAULT_BUDGET, type Budget } from '../budget.js';
import type { UserOptions } from '../options.js';
import type { Suite } from '../eval/suites.js';
import { dbPath, EXIT, processIo } from './io.js';
import { tuneHeap } from './heap.js';

/** The package's version; main.ts sits two folders below package.json both in src/ and in dist/. */
function version(): string {
  return (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

interface MetaFlags {
  published?: string;
  source?: string;
  timezone?: string;
  language?: string;
  maxBytes?: number;
  timeout?: number;
  maxMemory?: number;
}

function withMetaFlags(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (ISO 8601); overrides the input')
    .option('--source <name>', 'outlet name; overrides the input')
    .option('--timezone <tz>', 'IANA timezone of the article, e.g. Europe/Kyiv')
    .option('--language <code>', 'language code, e.g. en')
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default 25 MB)', int)
    .option('--timeout <seconds>', `time one document may take before it fails as TOO_SLOW (default ${DEFAULT_BUDGET.seconds})`, seconds)
    .option('--max-memory <mb>', `memory (MB of heap) one document may use before it fails as TOO_MUCH_MEMORY (default ${DEFAULT_BUDGET.memoryMb})`, int);
}

const seconds = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
};

function budget(f: MetaFlags): Budget {
  return { seconds: f.timeout ?? DEFAULT_BUDGET.seconds, memoryMb: f.maxMemory ?? DEFAULT_BUDGET.memoryMb };
}

function userOptions(f: MetaFlags, extra: UserOptions = {}): UserOptions {
  const o: UserOptions = { ...extra };
  if (f.published) o.published = f.published;
  if (f.source) o.source = f.source;
  if (f.timezone) o.timezone = f.timezone;
  if (f.language) o.language = f.language;
  if (f.maxBytes) o.maxBytes = f.maxBytes;
  return o;
}

export function program(run: (status: Promise<number> | number) => void, suites?: Record<string, Pick<Suite, 'description' | 'defaultData' | 'splits'>>): Command {
  const io = processIo();
  const prog = new Command('sitrep')
    .description('Turns news reports about wars and crises into a source-linked record.')
    .version(version(), '-V, --version', 'print the version and exit')
    .showHelpAfterError()
    .exitOverride();
  const format = new Option('--format <format>', 'output format').choices(['json', 'text']).default('text');

  withMetaFlags(prog.command('analyze').argument('<file>', 'a .txt, .html or .jsonl file, or - for stdin'))
    .description('analyze one article (no database) and print the analysis')
    .addOption(format)
    .option('--no-tokens', 'leave tokens out of the JSON')
    .action(async (file: string, f: MetaFlags & { format: 'json' | 'text'; tokens: boolean }) => {
      const { analyzeCommand } = await import('./commands/analyze.js');
      run(analyzeCommand({ file, format: f.format, options: userOptions(f, { tokens: f.tokens }), budget: budget(f) }, io));
    });

  withMetaFlags(prog.command('ingest').argument('[paths...]', 'files, folders (recursively), JSONL (.gz), WARC (.warc, .warc.gz), feeds (.rss, .atom, .rdf, .xml, feed.json), http(s) URLs, or - for stdin'))
    .description('analyze articles and store them in the database')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--batch <n>', 'documents per transaction (with --enqueue: articles per job)', int)
    .option('--update', 're-analyze inputs already stored and replace their analysis and metadata (a date added later)', false)
    .option('--enqueue', 'queue the inputs for "sitrep worker" and return (PostgreSQL only)', false)
    .option('--job-timeout <seconds>', 'with --enqueue: how long a job may run before it is taken for dead and redone (default 120)', int)
    .option('--urls <file>', 'also fetch the URLs in this file, one a line')
    .option('--threads <n>', 'pipeline threads; one writer stores the results in input order, the same as one thread (default 1)', int)
    .action(async (paths: string[], f: MetaFlags & { db?: string; batch?: number; update: boolean; enqueue: boolean; jobTimeout?: number; urls?: string; threads?: number }) => {
      if (paths.length === 0 && !f.urls) throw new SitrepError('BAD_OPTION', 'give at least one path or URL, or --urls FILE');
      const { ingestCommand } = await import('./commands/ingest.js');
      run(ingestCommand({
        paths, db: dbPath(f.db), ...(f.batch ? { batch: f.batch } : {}), ...(f.urls ? { urls: f.urls } : {}), ...(f.threads ? { threads: f.threads } : {}),
        options: userOptions(f), budget: budget(f), update: f.update, enqueue: f.enqueue, ...(f.jobTimeout ? { jobTimeout: f.jobTimeout } : {}),
      }, io));
    });

  prog.command('worker')
    .description('run the pipeline on queued inputs (sitrep ingest --enqueue), on any number of machines')
    .option('--db <url>', 'postgres:// URL (default $SITREP_DB)')
    .option('--concurrency <n>', 'worker processes to run here (default 1; one a CPU core is the most that helps)', int, 1)
    .option('--until-empty', 'stop when no job is queued or running, instead of waiting for more', false)
    .option('--json', 'end with one JSON line of figures a worker process', false)
    .action(async (f: { db?: string; concurrency: number; untilEmpty: boolean; json: boolean }) => {
      const { workerCommand } = await import('./commands/worker.js');
      run(workerCommand({ db: dbPath(f.db), concurrency: f.concurrency, untilEmpty: f.untilEmpty, json: f.json }, io));
    });

  prog.command('status')
    .description('queued, running, done and failed jobs, and stored documents and failures')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--json', 'one JSON line', false)
    .action(async (f: { db?: string; json: boolean }) => {
      const { statusCommand } = await import('./commands/worker.js');
      run(statusCommand({ db: dbPath(f.db), json: f.json }, io));
    });

  prog.command('search').argument('<query>', 'words to find (all must match)')
    .description('full-text search over stored sentences')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--limit <n>', 'most hits to show', int, 20)
    .action(async (query: string, f: { db?: string; limit: number }) => {
      const { searchCommand } = await import('./commands/query.js');
      run(searchCommand({ query, db: dbPath(f.db), limit: f.limit }, io));
    });

  prog.command('entities')
    .description('canonical entities across stored documents, with the documents that name each and why')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--type <type>', 'only PER, ORG, LOC or MISC')
    .option('--limit <n>', 'most entities to show', int, 50)
    .option('--json', 'one JSON object a line', false)
    .action(async (f: { db?: string; type?: string; limit: number; json: boolean }) => {
      const { entitiesCommand } = await import('./commands/entities.js');
      run(entitiesCommand({ db: dbPath(f.db), ...(f.type ? { type: f.type } : {}), limit: f.limit, json: f.json }, io));
    });

  prog.command('show').argument('<id>', 'document id')
    .description('show a stored document')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .addOption(format)
    .action(async (id: string, f: { db?: string; format: 'json' | 'text' }) => {
      const { showCommand } = await import('./commands/query.js');
      run(showCommand({ id, db: dbPath(f.db), format: f.format }, io));
    });

  prog.command('export')
    .description('export stored analyses, places or merged events')
    .addOption(new Option('--format <format>', 'export format: jsonl, geojson, acled-csv or gold (reviewed articles)').choices(['jsonl', 'geojson', 'acled-csv', 'gold']).default('jsonl'))
    .addOption(new Option('--what <layer>', 'what to export: documents (jsonl), places (geojson) or events (any format; acled-csv\'s only layer); default by format').choices(['documents', 'places', 'events']))
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .action(async (f: { db?: string; format: string; what?: string }) => {
      const { exportCommand } = await import('./commands/query.js');
      run(exportCommand({ db: dbPath(f.db), format: f.format, ...(f.what ? { what: f.what } : {}) }, io));
    });

  prog.command('report')
    .description('the situation report over the stored reports: key figures, events by day and place, who said what, disagreements')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--from <date>', 'first day (YYYY-MM-DD)')
    .option('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--place <name>', 'only events and figures in this place or country')
    .addOption(new Option('--format <format>', 'md, html or json').choices(['md', 'html', 'json']).default('md'))
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .action(async (f: { db?: string; from?: string; to?: string; place?: string; format: string; out?: string }) => {
      const { reportCommand } = await import('./commands/report.js');
      run(reportCommand({ ...f, db: dbPath(f.db) }, io));
    });

  prog.command('serve')
    .description('serve the JSON API and the web UI (events, map, timeline, documents, review)')
    .option('--db <file>', 'SQLite file or postgres:// URL (default $SITREP_DB or sitrep.db)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
      return n;
    }, 8080)
    .option('--max-upload <bytes>', 'largest upload accepted, in bytes (default 25 MB)', int)
    .action(async (f: { db?: string; host: string; port: number; maxUpload?: number }) => {
      const { serveCommand } = await import('./commands/serve.js');
      run(serveCommand({ db: dbPath(f.db), host: f.host, port: f.port, ...(f.maxUpload ? { maxUpload: f.maxUpload } : {}) }, io));
    });

  // The suites' list comes in only when `eval` is on the command line (main imports it then): importing
  // it loads every suite and the pipeline, which `sitrep --help` must not wait for.
  const suiteNames = suites ? Object.keys(suites).join(', ') : '(sitrep eval --help lists them)';
  prog.command('eval').argument('<suite>', `evaluation suite: ${suiteNames}`)
    .description('score sitrep on an evaluation set')
    .addHelpText('after', suites ? `\nSuites:\n${Object.entries(suites).map(([name, s]) => `  ${name.padEnd(12)} ${s.description} (default data: ${s.defaultData}; --split: ${s.splits?.help ?? 'none'})`).join('\n')}` : '')
    .option('--data <path>', 'the evaluation data (default: under $SITREP_SHARED or ../shared)')
    .option('--split <name>', 'which split of the data (each suite\'s are listed below)')
    .option('--json', 'end with one JSON line of the figures', false)
    .option('--misses <n>', 'news: list up to N misses and wrong attributes per layer, and the false positives', int)
    .option('--save <dir>', 'news: keep each analysis as DIR/SET/ID.json (what score_realistic.py --load reads)')
    .option('--load <dir>', 'news: score the analyses in DIR/SET/ID.json instead of running sitrep')
    .action(async (suite: string, f: { data?: string; split?: string; json: boolean; misses?: number; save?: string; load?: string }) => {
      const { evalCommand } = await import('./commands/eval.js');
      run(evalCommand({ suite, ...f }, io));
    });
  return prog;
}

export async function main(argv: string[]): Promise<void> {
  tuneHeap();
  let pending: Promise<number> | number = EXIT.OK;
  const suites = argv.slice(2).includes('eval') ? (await import('../eval/suites.js')).SUITES : undefined;
  const prog = program((status) => (pending = status), suites);
  try {
    await prog.parseAsync(argv);
    process.exitCode = await pending;
  } catch (e) {
    process.exitCode = exitFor(e);
  }
}

function exitFor(e: unknown): number {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
  }
  process.stderr.write(`sitrep: ${err.message ?? String(e)}\n`);
  if (e instanceof SitrepError) return e.code === 'BAD_OPTION' || e.code === 'BAD_FORMAT' ? EXIT.USAGE : EXIT.FATAL;
  return EXIT.FATAL;
}
