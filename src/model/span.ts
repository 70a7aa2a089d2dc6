/**
 * The span maker the stages' annotation mappers are handed (src/core/analyze.ts builds it over the
 * cleaned text and its offset map), and the span without its text.
 */
import type { Span, SpanRef } from './types.js';

/** The span `[start, end)` of the document's text, with its text and raw offsets. */
export type SpanOf = (start: number, end: number) => Span;

/** The span without its text (the content span carries it once). */
export const ref = ({ start, end, raw }: Span): SpanRef => ({ start, end, raw });
