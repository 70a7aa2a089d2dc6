/**
 * Datelines (`refine:dateline`): a name in capitals followed by what follows a dateline — the agency in
 * brackets, a date, the country, then a dash ("KIEV, October 25 (RIA Novosti) -", "VIENNA (Reuters) -",
 * "DONETSK, Ukraine —") — is the place the report was filed from, LOC whatever the tagger said. Where
 * the page ran a headline into the dateline ("... Memes, Mockery WASHINGTON (Sputnik) —"), the
 * mention is cut to the words in capitals.
 */
import type { RefinableMention } from './refine.js';

/** Up to the dash: an optional ", date" or ", Country", an optional "(Agency)". */
const TAIL = /^(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s*(?:\([A-Z][\w .&/-]{1,40}\))?\s*[-–—]/u;
/** The run of words in capitals at the end of a mention ("Mockery WASHINGTON" → "WASHINGTON"). */
const CAPS_END = /(?:^|\s)((?:[A-Z][A-Z'’.-]+)(?:\s+[A-Z][A-Z'’.-]+)*)$/;

export function refineDatelines(text: string, mentions: readonly RefinableMention[]): RefinableMention[] {
  return mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    const caps = CAPS_END.exec(name);
    if (!caps || caps[1]!.replace(/[^A-Z]/g, '').length < 3) return m;
    const after = text.slice(m.end, m.end + 60);
    // the bare "(Agency) —" form needs brackets; a name in capitals alone before a dash may be a shout
    if (!TAIL.test(after) || !/^(?:,|\s*\()/.test(after)) return m;
    const start = m.end - caps[1]!.length;
    if (m.type === 'LOC' && start === m.start) return m;
    return { ...m, start, type: 'LOC', fine: null, rule: `${m.rule}+refine:dateline` };
  });
}
