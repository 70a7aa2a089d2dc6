/** The report's options: the user's (all optional), and the resolved ones the sections read. */
import { createError } from '../errors.js';

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** First day, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** A place name, country name or ISO country code the events and figures must be in. */
  place?: string;
  format?: string;
}

export interface ResolvedReportOptions {
  from: string | null;
  to: string | null;
  place: string | null;
  format: ReportFormat;
}

/** Speakers listed, those with most statements first; the rest are counted. */
export const MAX_SPEAKERS = 40;
/** Statements listed per speaker; the rest are counted. */
export const STATEMENTS_PER_SPEAKER = 5;
/** Longest statement quoted, in characters; a longer one is cut at a word and ends in "…". */
export const MAX_STATEMENT = 300;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function resolveReportOptions(o: ReportOptions): ResolvedReportOptions {
  const known = new Set(['from', 'to', 'place', 'format']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw createError('BAD_OPTION', `unknown report option "${k}"`);
  for (const k of ['from', 'to'] as const) {
    const v = o[k];
    if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) throw createError('BAD_OPTION', `--${k} "${v}" is not a day; give it as YYYY-MM-DD`);
  }
  if (o.from && o.to && o.from > o.to) throw createError('BAD_OPTION', `--from ${o.from} is after --to ${o.to}`);
  const format = o.format ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw createError('BAD_FORMAT', `"${format}"; report formats are ${REPORT_FORMATS.join(', ')}`);
  const place = o.place?.trim() || null;
  return { from: o.from ?? null, to: o.to ?? null, place, format: format as ReportFormat };
}
