/**
 * Options: the user's (all optional, validated, unknown keys rejected) and the resolved ones (all
 * required), merged in one place (`resolveOptions`). Defaults live beside their type.
 */
import { z } from 'zod';
import { parsePublished } from './core/published.js';
import { createError } from './errors.js';

/** 25 MB: larger than any real article page we have seen (the largest test page is 20 MB). */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO 8601 date such as 2022-03-16')
  // The form alone lets 2005-02-30 through, which would then be dropped without a word.
  .refine((v) => parsePublished(v, 'user') !== null, 'a date that exists (month 1-12, a day the month has, a time of day up to 23:59:59)');

export const userOptionsSchema = z
  .object({
    /** Publication date; overrides whatever the input says. */
    published: isoDate.optional(),
    /** Outlet name; overrides the input's. */
    source: z.string().min(1).optional(),
    /** IANA timezone of the article, e.g. Europe/Kyiv. */
    timezone: z
      .string()
      .refine(isTimeZone, 'an IANA timezone such as Europe/Kyiv')
      .optional(),
    /** Language code, e.g. en. */
    language: z.string().min(2).optional(),
    /** Largest input accepted, in bytes. */
    maxBytes: z.number().int().positive().optional(),
    /** Include tokens (with part of speech) in the analysis. */
    tokens: z.boolean().optional(),
  })
  .strict();

export type UserOptions = z.input<typeof userOptionsSchema>;

export interface ResolvedOptions {
  published: string | null;
  source: string | null;
  timezone: string | null;
  language: string | null;
  maxBytes: number;
  tokens: boolean;
}

export const DEFAULT_OPTIONS: ResolvedOptions = {
  published: null,
  source: null,
  timezone: null,
  language: null,
  maxBytes: DEFAULT_MAX_BYTES,
  tokens: true,
};

export function resolveOptions(options: UserOptions = {}): ResolvedOptions {
  const parsed = userOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(options)';
    // The value given, so that the message names it beside what is accepted.
    const given = issue?.path.length ? (options as Record<PropertyKey, unknown>)[issue.path[0] as PropertyKey] : undefined;
    const got = given === undefined ? '' : `; got ${JSON.stringify(given)}`;
    throw createError('BAD_OPTION', `${where}: ${issue?.message ?? 'invalid'}${got}`);
  }
  const o = parsed.data;
  return {
    published: o.published ?? DEFAULT_OPTIONS.published,
    source: o.source ?? DEFAULT_OPTIONS.source,
    timezone: o.timezone ?? DEFAULT_OPTIONS.timezone,
    language: o.language ?? DEFAULT_OPTIONS.language,
    maxBytes: o.maxBytes ?? DEFAULT_OPTIONS.maxBytes,
    tokens: o.tokens ?? DEFAULT_OPTIONS.tokens,
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
