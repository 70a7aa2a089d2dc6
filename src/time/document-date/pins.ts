/**
 * The year-less days that the latest-date rule found a year for (rule 5's pins): each takes that day as
 * its value, anchor `inferred`, and the rule says where the year came from. Nothing else is resolved
 * against a `not-before` date.
 */
import { resolveRelative } from '../calendar.js';
import type { Candidate } from '../types.js';
import type { DocumentDate } from './dates.js';

export function pinYears(candidates: Candidate[], date: DocumentDate | null): Candidate[] {
  const pins = date?.pins;
  if (!pins?.length) return candidates;
  return candidates.map((c) => {
    const pin = pins.find((p) => p.start === c.start && p.end === c.end);
    if (!pin || !c.relative) return c;
    // The day itself as the reference, read as the nearest: its own month and day, with its time if stated.
    const value = resolveRelative({ ...c.relative, direction: 0 }, pin.day);
    return { ...c, value, relative: null, anchorOf: 'inferred', rule: `${c.rule}+year-of-full-date` };
  });
}
