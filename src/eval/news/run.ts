/**
 * Which sets the news suite scores and sitrep's analyses of their articles. Each article goes through
 * the `sitrep analyze FILE --format json` command itself, in this process (its command function, with
 * the output captured and parsed), so that the suite scores exactly what the command prints: the seeds
 * as NAME.txt with their NAME.json sidecars; a JSONL set's records written to fresh NAME.txt files with
 * no sidecar and no date, as `score_realistic.py` does.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { analyzeCommand } from '../../cli/commands/analyze.js';
import { createError } from '../../errors.js';
import type { AnalysisJson, GoldFile } from './types.js';

export interface NewsSet {
  /** `dev` (ukraine2014-dev), `seeds`, or the folder's name. */
  name: string;
  dir: string;
  gold: GoldFile;
}

const SET_NAMES: Record<string, string> = { 'ukraine2014-dev': 'dev', seeds: 'seeds' };
const SIBLINGS: Record<string, string> = { dev: 'ukraine2014-dev', seeds: 'seeds' };

function readSet(dir: string): NewsSet {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) throw createError('NO_DATA', `${path} not found; pass --data PATH/TO/shared/corpus/ukraine2014-dev (or a folder with gold.json and its articles)`);
  const name = basename(dir.replace(/\/+$/, ''));
  return { name: SET_NAMES[name] ?? name, dir, gold: JSON.parse(readFileSync(path, 'utf8')) as GoldFile };
}

/** `--split`: none, the folder given; `dev` or `seeds`, that set beside it; `all`, the seeds then dev. */
export function newsSets(data: string, split: string | undefined): NewsSet[] {
  if (split === undefined) return [readSet(data)];
  const beside = (s: string) => readSet(join(dirname(data.replace(/\/+$/, '')), SIBLINGS[s]!));
  if (split === 'all') return [beside('seeds'), beside('dev')];
  if (split in SIBLINGS) return [beside(split)];
  throw createError('BAD_OPTION', `unknown split "${split}" for news; use dev, seeds or all`);
}

/** One file through the analyze command: its JSON, or why there is none (as the Python scorer says it). */
async function analyzeFile(path: string): Promise<AnalysisJson | string> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await analyzeCommand({ file: path, format: 'json', options: {} }, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  try {
    return JSON.parse(out.join('\n')) as AnalysisJson;
  } catch {
    return `exit ${status}, no JSON: ${(err.join('\n') || out.join('\n')).trim().slice(-300)}`;
  }
}

export interface AnalysisOptions {
  /** Keep each analysis as DIR/SET/ID.json (what `score_realistic.py --load DIR` reads). */
  save?: string;
  /** Read the analyses from DIR/SET/ID.json instead of running sitrep. */
  load?: string;
}

/** Each gold document's analysis, or why there is none; documents in gold order. */
export async function analyses(set: NewsSet, options: AnalysisOptions = {}): Promise<Map<string, AnalysisJson | string>> {
  const out = new Map<string, AnalysisJson | string>();
  const jsonl = join(set.dir, 'articles.jsonl');
  const tmp = !options.load && existsSync(jsonl) ? mkdtempSync(join(tmpdir(), 'sitrep-news-')) : null;
  try {
    if (tmp) {
      // undated: bare .txt files in a fresh folder, no sidecar, no --published
      for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const r = JSON.parse(line) as { id: string; text: string };
        writeFileSync(join(tmp, `${r.id}.txt`), r.text, 'utf8');
      }
    }
    for (const doc of set.gold.documents.map((g) => g.document)) {
      const saved = join(options.load ?? options.save ?? '', set.name, `${doc}.json`);
      if (options.load) {
        out.set(doc, JSON.parse(readFileSync(saved, 'utf8')) as AnalysisJson);
        continue;
      }
      const a = await analyzeFile(join(tmp ?? set.dir, `${doc}.txt`));
      out.set(doc, a);
      if (options.save && typeof a !== 'string') {
        mkdirSync(dirname(saved), { recursive: true });
        writeFileSync(saved, JSON.stringify(a));
      }
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}
