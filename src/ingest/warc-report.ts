/** What ingest tells about WARC files: bytes read with an ETA while it runs, the skipped records at the end. */
import type { WarcSkip } from './warc.js';

const SKIP_WORDS: Readonly<Record<WarcSkip, string>> = {
  warcinfo: 'warcinfo',
  request: 'request',
  metadata: 'metadata',
  revisit: 'revisit',
  resource: 'resource',
  'other-type': 'of other types',
  'not-200': 'not HTTP 200',
  'not-html': 'not HTML or text',
};

/** ", skipped 17 WARC records (5 request, 4 metadata, 8 not HTTP 200)", or nothing when none were. */
export function skippedSummary(skipped: Partial<Record<WarcSkip, number>>): string {
  const parts = (Object.keys(SKIP_WORDS) as WarcSkip[]).filter((k) => skipped[k]).map((k) => `${skipped[k]} ${SKIP_WORDS[k]}`);
  const total = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
  return total ? `, skipped ${total} WARC ${total === 1 ? 'record' : 'records'} (${parts.join(', ')})` : '';
}

/**
 * A progress text for the bar: " | 512.0 of 2048.0 MB, ETA 3m 10s". The rate is measured from the
 * start of the current file (a new file begins when fewer bytes are read than before).
 */
export function warcProgress(now: () => number = () => performance.now()): (read: number, total: number) => string {
  let start = now();
  let last = 0;
  return (read, total) => {
    if (read < last) start = now();
    last = read;
    const elapsed = (now() - start) / 1000;
    const eta = read > 0 && elapsed > 0 ? ((total - read) * elapsed) / read : null;
    return ` | ${mb(read)} of ${mb(total)} MB${eta === null ? '' : `, ETA ${duration(eta)}`}`;
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
