/**
 * Bare chrono-node, for comparison in `sitrep eval timex` and `npm run bench`: `chrono.casual` with
 * the publication date as reference, each result mapped to a TIMEX3 value from the components it
 * knows (no refiners, no durations or sets).
 */
import * as chrono from 'chrono-node/en';
import { parseDay, toUtc } from './calendar.js';

export interface BareTimex {
  start: number;
  end: number;
  type: 'DATE' | 'TIME';
  value: string;
}

export function bareChrono(text: string, published: string | null): BareTimex[] {
  const day = parseDay(published);
  const ref = day ? new Date(toUtc(day) + 12 * 3_600_000) : new Date();
  return chrono.casual.parse(text, ref).map((r) => {
    const p = r.start;
    const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
    const date = `${pad(p.get('year'), 4)}-${pad(p.get('month'))}-${pad(p.get('day'))}`;
    const known = (c: chrono.Component) => p.isCertain(c);
    let value: string;
    if (known('hour')) value = `${date}T${pad(p.get('hour'))}:${pad(p.get('minute'))}`;
    else if (known('day') || known('weekday')) value = date;
    else if (known('month')) value = date.slice(0, 7);
    else value = date.slice(0, 4);
    return { start: r.index, end: r.index + r.text.length, type: known('hour') ? 'TIME' : 'DATE', value };
  });
}
