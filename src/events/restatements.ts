/**
 * One event an article tells more than once is one event: a headline and the lead that restates it, or
 * a later sentence that tells the same clash again ("clashes in Kiev" ... "the clashes between
 * protesters and police"). A later event joins an earlier one of the same sub-type (and, for political
 * events, the same PLOVER category and actor) when neither place nor date contradict: the same place or
 * none stated on one side, the same date or none. The first telling stays the event; the later ones are
 * kept as its `also` triggers, and what they state that it does not (a place, a date, a higher toll)
 * fills it in: the article says so, in another sentence.
 */
import type { EventFound, EventInput } from './detect.js';

/** Conflict events further apart than this many sentences are told as separate happenings more often
 * than as one retold (a long report tells several clashes of one kind). */
const REACH = 12;

export function restatements(input: EventInput, events: readonly EventFound[]): EventFound[] {
  const out: EventFound[] = [];
  for (const e of events) {
    const earlier = out.find((k) => sameEvent(input, k, e));
    if (!earlier) {
      out.push({ ...e, also: [...e.also] });
      continue;
    }
    earlier.also.push(e.trigger);
    if (earlier.place === null && e.place !== null) [earlier.place, earlier.placeFrom] = [e.place, e.placeFrom];
    earlier.date ??= e.date;
    if (e.fatalities !== null && (earlier.fatalities === null || e.fatalities > earlier.fatalities)) earlier.fatalities = e.fatalities;
    if (e.injured !== null && (earlier.injured === null || e.injured > earlier.injured)) earlier.injured = e.injured;
    earlier.figures = [...new Set([...earlier.figures, ...e.figures])].sort((a, b) => a - b);
  }
  return out;
}

function sameEvent(input: EventInput, a: EventFound, b: EventFound): boolean {
  if (a.code !== b.code || b.sentence - a.sentence > REACH || a.sentence === b.sentence) return false;
  if (a.plover !== null || a.code === 'OTHER') {
    const actor = (e: EventFound) => e.arguments.find((x) => x.role === 'actor')?.entity ?? null;
    if (actor(a) === null || actor(a) !== actor(b)) return false;
  }
  if (a.place !== null && b.place !== null && !samePlace(input, a.place, b.place)) return false;
  return !(a.date && b.date && a.date.value !== b.date.value);
}

/** Two places of the article are one when they are the same resolved point. */
function samePlace(input: EventInput, a: number, b: number): boolean {
  const [p, q] = [input.places[a], input.places[b]];
  if (!p || !q) return false;
  return a === b || (p.lat !== null && p.lat === q.lat && input.text.slice(p.start, p.end) === input.text.slice(q.start, q.end)) || (p.lat !== null && p.lat === q.lat);
}
