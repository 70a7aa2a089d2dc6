/**
 * The README's command table against the CLI's own definition (src/cli/main.ts): every command has a
 * row, every option of a command is named in its row, every option a row names exists, and every
 * evaluation suite is listed. The table cannot drift from what `sitrep --help` says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { program } from '../src/cli/main.js';
import { SUITES } from '../src/eval/suites.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The `## Commands` section's table rows: the command cell's text, by command name. */
function rows(): Map<string, string> {
  const start = README.indexOf('\n## Commands\n');
  assert.ok(start >= 0, 'the README has a "## Commands" section');
  const end = README.indexOf('\n## ', start + 1);
  const out = new Map<string, string>();
  for (const line of README.slice(start, end < 0 ? undefined : end).split('\n')) {
    const m = /^\| `sitrep ([a-z-]+)([^`]*)` \|(.*)$/.exec(line);
    if (m) out.set(m[1]!, `${m[2]!} |${m[3]!}`);
  }
  return out;
}

const flagsIn = (cell: string) => new Set([...cell.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));

test('every command of the CLI has a row in the README, naming each of its options', () => {
  const table = rows();
  const prog = program(() => {});
  for (const cmd of prog.commands) {
    const row = table.get(cmd.name());
    assert.ok(row !== undefined, `README's command table has no row for \`sitrep ${cmd.name()}\``);
    const usage = row.slice(0, row.indexOf(' |'));
    for (const opt of cmd.options) {
      if (!opt.long || opt.long === '--help') continue;
      assert.ok(flagsIn(usage).has(opt.long), `README's row for \`sitrep ${cmd.name()}\` does not name ${opt.long}`);
    }
  }
});

test('every row of the README names a command and options the CLI has', () => {
  const prog = program(() => {});
  for (const [name, row] of rows()) {
    const cmd = prog.commands.find((c) => c.name() === name);
    assert.ok(cmd, `README lists \`sitrep ${name}\`, which the CLI does not have`);
    const known = new Set(cmd.options.map((o) => o.long).filter((l): l is string => !!l));
    const usage = row.slice(0, row.indexOf(' |'));
    for (const flag of flagsIn(usage)) assert.ok(known.has(flag), `README's row for \`sitrep ${name}\` names ${flag}, which the CLI does not have`);
  }
});

test('the README names every evaluation suite', () => {
  const row = rows().get('eval');
  assert.ok(row);
  for (const suite of Object.keys(SUITES)) assert.match(row, new RegExp(`\`${suite}\``), `README's eval row does not name the suite ${suite}`);
});
