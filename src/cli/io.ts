/** Where command functions write: injected so that tests capture it and only `main` touches process. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stderr is a terminal (progress bars only there). */
  tty: boolean;
  stdin?: NodeJS.ReadableStream;
}

/** Exit statuses, documented in the README. */
export const EXIT = {
  OK: 0,
  /** At least one input failed; the others were processed. */
  INPUT_FAILED: 1,
  /** Bad command line or options. */
  USAGE: 2,
  /** The run could not go on (database cannot be opened, evaluation data missing). */
  FATAL: 3,
} as const;

export const processIo = (): Io => {
  quietOnBrokenPipe();
  return {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  tty: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
  };
};

let pipeWatched = false;

/**
 * `sitrep export | head`: once the reader has gone, the rest of the output has no one to read it. The
 * run ends at once, quietly, with status 0 (as `cat` and `grep` do for the reader's sake), instead of
 * dying on an EPIPE stack trace.
 */
export function quietOnBrokenPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

/** The database file: the --db flag, else $SITREP_DB, else sitrep.db in the working folder. */
export function dbPath(flag: string | undefined): string {
  return flag ?? process.env.SITREP_DB ?? 'sitrep.db';
}
