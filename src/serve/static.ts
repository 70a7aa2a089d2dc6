/**
 * The built web UI (dist-web/, made by `vite build`): a request path is resolved inside the folder and
 * refused if it leaves it; `/` is index.html (the UI routes in the fragment, `#/events`, so no other
 * path needs it), anything else missing is a 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** dist-web beside dist/ and src/: both this file's compiled and source forms sit two folders down. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist-web', import.meta.url));

export interface StaticFile {
  status: number;
  type: string;
  body: Buffer;
  /** Hashed asset names never change content: cache them; index.html always revalidates. */
  immutable: boolean;
}

export async function staticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const path = resolve(base, '.' + normalize('/' + decoded));
  if (path !== base && !path.startsWith(base + sep)) return null;
  const file = path === base ? join(base, 'index.html') : path;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file), immutable: file.includes(`${sep}assets${sep}`) };
  } catch {
    return null;
  }
}
