/**
 * ACLED event notes as training examples for the typer: read from `notes.tsv.gz` (label, text, country,
 * year), cleaned of what only notes have (the opening date, ACLED's bracketed actor and place
 * conventions, the coder's remarks on fatalities and sources), and sampled so that no sub-type and no
 * country dominates: at most `perClass` notes a sub-type and `perCountry` of one country in it, chosen
 * by a hash of the text, so the same file always gives the same sample.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createError } from '../../errors.js';
import { ACLED_NAMES, type SubType } from '../../lexicon/events.js';

export interface Note {
  label: SubType;
  text: string;
  country: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DAY = `\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?`;
const DATE = `(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY},?)(?:\\s+\\d{4})?`;
/** "On 9 May 2020,", "Around 15 February 2020 (as reported),", "16 February 2020:", "06 June.", "Coded as March 25, 2018,". */
const OPENING_DATE = new RegExp(
  `^\\s*(?:(?:On or around|On or about|Around|About|On|Between|Coded as|As of|Since|Overnight|During the night of|In the night of|On the night of|Sometime)\\s+(?:the\\s+)?(?:(?:night|morning|evening|week|weekend) of\\s+)?)?(?:${DATE}|${MONTH}\\s+\\d{4}|\\d{4})(?:\\s*\\((?:as reported|approximately|approx\\.?|estimated)\\))?\\s*[,:.;-]\\s*`,
  'i',
);
/** A date later in a note ("on October 31, 2018", "on 4 November 2018"), kept out like the opening one. */
const DATE_ANYWHERE = new RegExp(`\\b(?:on|around|since|by)\\s+(?:${DATE})\\b`, 'gi');
/** Sentences of a note that are the coder's remarks: fatality counts and their splits, no casualties,
 * verification, coding notes. */
const REMARK = /\bfatalit(?:y|ies)\b|\b(?:There (?:were|was) no|No) (?:reported )?(?:casualties|injuries|deaths)\b|\bincident (?:is|was) unverified\b|\bcoded as\b/i;
/** ACLED's brackets: "(Nigeria)", "(2015-)", "(Jowhar, Middle Shabelle)", "[size=no report]"; "(as reported)". */
const BRACKETS = /\s*[([][^)\]]{0,80}[)\]]/g;
/** Where a note's sentences end. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9])/;

/** What only a note has, taken out; what is left reads like a sentence of news. */
export function cleanNote(text: string): string {
  const kept = text.replace(OPENING_DATE, '').split(SENTENCE_END).filter((s) => !REMARK.test(s));
  let t = kept.join(' ').replace(DATE_ANYWHERE, ' ').replace(BRACKETS, '');
  t = t.replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').replace(/^[\s,.;:-]+/, '').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** ACLED's sub-event type names → the sub-type codes. */
const BY_NAME = new Map<string, SubType>(
  Object.entries(ACLED_NAMES).flatMap(([code, names]) => (names ? [[names.subtype, code as SubType] as const] : [])),
);

/** Shorter than this after cleaning, a note says too little to learn from ("Clashes."). */
const MIN_LENGTH = 20;

export function readNotes(path: string): Note[] {
  let raw: string;
  try {
    raw = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (error) {
    throw createError('NO_DATA', `${path}: cannot read the ACLED notes (${(error as Error).message}); pass --data PATH/TO/shared/train/acled-notes`);
  }
  const out: Note[] = [];
  const seen = new Set<string>();
  for (const [i, line] of raw.split('\n').entries()) {
    if (i === 0 || !line.trim()) continue;
    const [label, text, country] = line.split('\t');
    const code = BY_NAME.get(label ?? '');
    if (!code || !text) continue;
    const clean = cleanNote(text);
    // Notes that differ only in what cleaning removed (the date, the count) are one example.
    if (clean.length < MIN_LENGTH || seen.has(clean)) continue;
    seen.add(clean);
    out.push({ label: code, text: clean, country: country ?? '' });
  }
  return out;
}

/** FNV-1a of a string with its bits mixed (murmur3's finalizer, so that every bit depends on every
 * character): the deterministic order in which notes are sampled, and the splits into halves and folds. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** At most `perClass` a sub-type and `perCountry` of one country within it, the lowest hashes first. */
export function sampleNotes(notes: readonly Note[], perClass: number, perCountry: number): Note[] {
  const sorted = [...notes].sort((a, b) => hash(a.text) - hash(b.text) || (a.text < b.text ? -1 : 1));
  const byClass = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const out: Note[] = [];
  for (const n of sorted) {
    const c = byClass.get(n.label) ?? 0;
    const k = `${n.label}|${n.country}`;
    const cc = byCountry.get(k) ?? 0;
    if (c >= perClass || cc >= perCountry) continue;
    byClass.set(n.label, c + 1);
    byCountry.set(k, cc + 1);
    out.push(n);
  }
  return out;
}
