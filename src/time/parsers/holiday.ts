/**
 * Named days: "Thanksgiving Day", "last Thanksgiving", "Easter week", "Victory Day". The year is the
 * writer's to imply, as for a bare weekday: the past-weekday refiner sets the direction from the
 * tense of the clause ("found on Thanksgiving Day" is the last one; "until Election Day" the next).
 * Written capitalized, as names are ("may day" in lower case is no holiday).
 */
import { HOLIDAYS } from '../../lexicon/time.js';
import { words } from '../patterns.js';
import { scan } from '../scan.js';
import { candidate, type TimeParser } from '../types.js';

const NAMES = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((n) => n.replace(/'/g, "['’]").replace(/ /g, '\\s+'));
/** The first word of each name, capitalized as written: texts without one are skipped. */
const HINT = new RegExp([...new Set(Object.keys(HOLIDAYS).map((n) => n.split(' ')[0]!.replace(/'.*/, '')))].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|'));
const RE = words(`(?:(last|next|this)\\s+)?(${NAMES.join('|')})`);

export const holidayParser: TimeParser = {
  name: 'holiday',
  parse: (ctx) => scan(ctx, RE, (m, start, end) => {
    const written = m[2] ?? '';
    if (!/^[A-Z]/.test(written)) return null;
    const name = written.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const rule = HOLIDAYS[name];
    if (!rule) return null;
    const lead = (m[1] ?? '').toLowerCase();
    const direction = lead === 'next' ? 1 : -1;
    return candidate(start, end, {
      type: 'DATE', granularity: rule.week ? 'week' : 'day', rule: 'holiday',
      relative: { anchor: 'published', unit: 'day', offset: lead === 'last' ? -1 : 0, holiday: name, direction }, stated: ['holiday'],
    });
  }, HINT),
};
