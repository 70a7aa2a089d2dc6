/** What every benchmark reads from its command line: `--name value` flags, bare switches, and where
 * the shared data folder is ($SITREP_SHARED, else `../shared` beside the repository). */
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
