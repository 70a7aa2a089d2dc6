/** Running the real `sitrep` command (from source) in a child process, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'src', 'cli', 'run.ts');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function sitrep(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, SITREP_DB: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `sitrep` without waiting, for the crash test. */
export function sitrepAsync(args: string[], cwd = ROOT) {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-test-'));
}

/** Parses the ingest summary line: "ingested N, skipped M as duplicates, failed K ...". */
export function summary(stderr: string): { ingested: number; duplicates: number; failed: number } {
  const m = /ingested (\d+), skipped (\d+) as duplicates, failed (\d+)/.exec(stderr);
  if (!m) throw new Error(`no summary line in:\n${stderr}`);
  return { ingested: Number(m[1]), duplicates: Number(m[2]), failed: Number(m[3]) };
}
