/** `sitrep --help`, `--version` and usage errors answer without loading the pipeline, its models or the
 * gazetteer: the command modules are imported only when their command runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './cli-helpers.js';

const ENTRY = join(ROOT, 'src', 'cli', 'run.ts');
const REGISTER = join(ROOT, 'test', 'fixtures', 'imports', 'register.mjs');

/** Runs sitrep from source and returns its exit status, output and the project modules it loaded. */
function run(args: string[]) {
  const log = join(tempDir(), 'imports.log');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', REGISTER, ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITREP_IMPORT_LOG: log },
  });
  let urls: string[] = [];
  try {
    urls = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // no module resolved after the hooks were registered: nothing logged
  }
  const project = urls.filter((u) => u.includes('/src/')).map((u) => u.slice(u.indexOf('/src/') + 1));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: [...new Set(project)] };
}

/** Modules whose loading means the pipeline or a model came in. */
const HEAVY = /^src\/(core|segment|ner|geo|time|events|attribution|entities|figures|clean|ingest|store|eval)\//;

test('--help, --version and a usage error load no stage, model or store module', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const cases: Array<[string[], number, RegExp]> = [
    [['--help'], 0, /Usage: sitrep/],
    [['--version'], 0, new RegExp(`^${version.replaceAll('.', '\\.')}\\n$`)],
    [['analyze'], 2, /missing required argument 'file'/],
    [['no-such-command'], 2, /unknown command/],
  ];
  for (const [args, status, out] of cases) {
    const r = run(args);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stdout + r.stderr, out, args.join(' '));
    assert.ok(r.modules.includes('src/cli/main.ts'), `${args.join(' ')}: the import log works (main.ts seen)`);
    const heavy = r.modules.filter((m) => HEAVY.test(m));
    assert.deepEqual(heavy, [], `${args.join(' ')} loaded ${heavy.join(', ')}`);
  }
});

test('a command still loads what it needs: eval --help lists the suites', () => {
  const r = run(['help', 'eval']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^ {2}news /m);
  assert.ok(r.modules.includes('src/eval/suites.ts'));
});
