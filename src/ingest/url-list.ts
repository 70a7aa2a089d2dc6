/** `--urls FILE`: one URL a line; blank lines and lines starting with # are left out. */
import { readFile } from 'node:fs/promises';
import { createError } from '../errors.js';

export async function readUrlList(path: string): Promise<string[]> {
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch (e) {
    throw createError('BAD_OPTION', `--urls ${path}: ${(e as Error).message}`);
  }
  return body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
