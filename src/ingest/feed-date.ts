/**
 * Feed dates to ISO 8601 with the offset the feed stated. RSS writes RFC 822 dates ("Tue, 10 Jun 2003
 * 04:00:00 GMT", "10 Jun 03 09:30 +0200"); Atom, RDF (dc:date) and JSON Feed write ISO 8601.
 */
import { parsePublished } from '../core/published.js';

const RFC822 = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?\s*$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The zone names RFC 822 defines; the single military letters are left out (their sign was often written wrong). */
const ZONES: Readonly<Record<string, string>> = {
  ut: '+00:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
/** Two-digit years below this are 20xx, the rest 19xx (RSS feeds began in 1999). */
const CENTURY_PIVOT = 70;

/** The date as ISO 8601 (`2003-06-10T04:00:00+00:00`, `2024-05-01`), or null when it is neither form. */
export function feedDate(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (parsePublished(v, 'feed')) return v.replace(' ', 'T');
  const m = RFC822.exec(v);
  if (!m) return null;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const year = y!.length === 2 ? (Number(y) < CENTURY_PIVOT ? 2000 : 1900) + Number(y) : Number(y);
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const day = `${year}-${pad(month)}-${pad(d!)}`;
  if (!parsePublished(day, 'feed')) return null;
  if (h === undefined) return day;
  const offset = zone === undefined ? '' : /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : ZONES[zone.toLowerCase()] ?? '';
  const iso = `${day}T${pad(h)}:${mi}${s !== undefined ? `:${s}` : ''}${offset}`;
  return Number(h) < 24 && Number(mi) < 60 && Number(s ?? 0) < 61 ? iso : null;
}
