/** `sitrep eval SUITE --data PATH [--json]`: runs one evaluation suite and prints its table; with
 * `--json` the last line is one JSON object of the figures. */
import { join } from 'node:path';
import { createError } from '../../errors.js';
import { badSplit, SUITES, type SuiteOptions } from '../../eval/suites.js';
import { EXIT, type Io } from '../io.js';

export interface EvalArgs extends SuiteOptions {
  suite: string;
  data?: string;
  json: boolean;
}

export async function evalCommand(args: EvalArgs, io: Io): Promise<number> {
  const suite = SUITES[args.suite];
  if (!suite) throw createError('BAD_OPTION', `unknown suite "${args.suite}"; known: ${Object.keys(SUITES).join(', ')}`);
  const bad = badSplit(args.suite, suite, args.split);
  if (bad) throw createError('BAD_OPTION', bad);
  const data = args.data ?? join(process.env.SITREP_SHARED ?? '../shared', suite.defaultData);
  const { suite: _name, data: _data, json: _json, ...options } = args;
  const result = await suite.run(data, options);
  for (const line of result.table) io.out(line);
  io.out(result.summary);
  if (args.json) io.out(JSON.stringify({ suite: args.suite, data, ...result.figures }));
  return EXIT.OK;
}
