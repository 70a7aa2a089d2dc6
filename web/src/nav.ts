/** Moving between views and telling the user what happened. */
import { ApiError } from './api.js';

export function status(message: string, kind: 'info' | 'error' = 'info'): void {
  const el = document.getElementById('status')!;
  el.className = kind;
  el.textContent = message;
}

export function showError(e: unknown): void {
  console.error(e);
  status(e instanceof ApiError ? `${e.code}: ${e.message}` : `error: ${(e as Error).message}`, 'error');
}

/** Goes to a route with a query, recording it in the hash so a reload comes back to the same place. */
export function go(path: string, query?: URLSearchParams): void {
  const qs = query?.toString();
  location.hash = `#/${path}${qs ? `?${qs}` : ''}`;
}
