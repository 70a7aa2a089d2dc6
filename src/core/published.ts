/** A publication date given as text (flag, sidecar, record) as a `PublishedDate`. */
import type { DatePrecision, MetaSource, PublishedDate } from '../model/types.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Null when `value` is not an ISO 8601 date or names an impossible day. */
export function parsePublished(value: string, source: MetaSource): PublishedDate | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if ((h && Number(h) > 23) || (mi && Number(mi) > 59) || (s && Number(s) > 59)) return null;
  if (d) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCDate() !== Number(d)) return null;
  }
  const precision: DatePrecision = s ? 'second' : mi ? 'minute' : d ? 'day' : mo ? 'month' : 'year';
  return { value: value.trim().replace(' ', 'T'), precision, source };
}
