/** What every benchmark reads from its command line: `--name value` flags, bare switches, and where
 * the shared data folder is ($SITREP_SHARED, else `../shared` beside the repository); and the timed
 * loop the per-text benchmarks share. */
import { join } from 'node:path';

export const args = process.argv.slice(2);

/** The value after `--name`, if given. */
export function flag(name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

/** A path inside the shared data folder. */
export function sharedPath(...parts: string[]): string {
  return join(process.env.SITREP_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'), ...parts);
}

/**
 * Runs `run` over items 0..count-1 after a warm-up over the first `warmup`, and times the pass:
 * seconds, and the sum of what `run` returned (what it found, so the work cannot be optimized away).
 */
export function timePass(count: number, warmup: number, run: (i: number) => number): { seconds: number; found: number } {
  for (let i = 0; i < Math.min(warmup, count); i++) run(i);
  const t0 = performance.now();
  let found = 0;
  for (let i = 0; i < count; i++) found += run(i);
  return { seconds: (performance.now() - t0) / 1000, found };
}
