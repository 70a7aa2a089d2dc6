/** `sitrep eval SUITE --data PATH [--json]`: runs one evaluation suite and prints its table; with
 * `--json` the last line is one JSON object of the figures. */
import { join } from 'node:path';
import { createError } from '../../errors.js';
import { SUITES } from '../../eval/suites.js';
import { EXIT, type Io } from '../io.js';

export async function evalCommand(args: { suite: string; data?: string; split?: string; json: boolean }, io: Io): Promise<number> {
  const suite = SUITES[args.suite];
  if (!suite) throw createError('BAD_OPTION', `unknown suite "${args.suite}"; known: ${Object.keys(SUITES).join(', ')}`);
  const data = args.data ?? join(process.env.SITREP_SHARED ?? '../shared', suite.defaultData);
  const result = await suite.run(data, args.split ? { split: args.split } : {});
  for (const line of result.table) io.out(line);
  io.out(result.summary);
  if (args.json) io.out(JSON.stringify({ suite: args.suite, data, ...result.figures }));
  return EXIT.OK;
}
