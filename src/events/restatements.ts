/**
 * One event an article tells more than once is one event: a headline and the lead that restates it, or
 * a later sentence that tells the same clash again ("clashes in Kiev" ... "the clashes between
 * protesters and police"). A later event joins an earlier one of the same sub-type (and, for political
 * events, the same PLOVER category and actor) when neither place nor date contradict: the same place or
 * none stated on one side, the same date or none. The first telling stays the event; the later ones are
 * kept as its `also` triggers, and what they state that it does not (a place, a date, a higher toll)
 * fills it in: the article says so, in another sentence.
 */
import { CIVILIAN_TARGETS } from '../lexicon/events.js';
import type { EventFound, EventInput } from './detect.js';

/** Conflict events further apart than this many sentences are told as separate happenings more often
 * than as one retold (a long report tells several clashes of one kind). */
const REACH = 12;

export function restatements(input: EventInput, events: readonly EventFound[]): EventFound[] {
  const out: EventFound[] = [];
  for (const e of events) {
    const earlier = out.find((k) => sameEvent(input, k, e)) ?? (tollOnly(e) ? [...out].reverse().find((k) => tollOf(input, k, e)) : undefined);
    if (!earlier) {
      out.push({ ...e, also: [...e.also] });
      continue;
    }
    earlier.also.push(e.trigger);
    if (earlier.place === null && e.place !== null) [earlier.place, earlier.placeFrom] = [e.place, e.placeFrom];
    if (!earlier.date || (earlier.dateFrom === 'published' && e.dateFrom === 'sentence')) [earlier.date, earlier.dateFrom] = [e.date, e.dateFrom];
    if (e.fatalities !== null && (earlier.fatalities === null || e.fatalities > earlier.fatalities)) earlier.fatalities = e.fatalities;
    if (e.injured !== null && (earlier.injured === null || e.injured > earlier.injured)) earlier.injured = e.injured;
    earlier.figures = [...new Set([...earlier.figures, ...e.figures])].sort((a, b) => a - b);
  }
  return out;
}

/**
 * A toll told just after its event and by no event of its own ("According to a rescuer, six civilians
 * were injured" after the strike): the killed or injured figure goes to the latest violent event of the
 * sentences before it in reach, when that event has no count of its kind from its own words.
 */
export function laterTolls(input: EventInput, events: EventFound[]): EventFound[] {
  const used = new Set(events.flatMap((e) => e.figures));
  input.quantities.forEach((q, k) => {
    if (used.has(k) || (q.kind !== 'killed' && q.kind !== 'injured')) return;
    const n = q.value ?? q.min;
    const event = [...events].reverse().find((e) => VIOLENT_RULES.has(e.rule) && e.sentence < q.sentence && q.sentence - e.sentence <= TOLL_REACH);
    if (n === null || !event) return;
    const field = q.kind === 'killed' ? 'fatalities' : 'injured';
    if (event[field] !== null) return;
    event[field] = n;
    event.figures = [...event.figures, k].sort((a, b) => a - b);
  });
  return events;
}

/** Rules of events of violence (not political acts), whose tolls may be told after them. */
const VIOLENT_RULES: ReadonlySet<string> = new Set(['events:cue', 'events:effect', 'events:model']);

/** Cue words that only count the dead and hurt, or tell what was wrecked: a sentence with no other
 * sign of what happened ("six civilians were injured", "destroyed houses on several floors"). */
const TOLL_WORDS = /^(?:killed|killing|kill|injured|injuring|wounded|wounding|dead|died|deaths?|casualties|hurt|damaged|(?:destroyed|damaged|razed|flattened|levelled|leveled)(?: \w+){0,4})$/i;
/** How far after its event (in sentences) a toll alone is told of it: "According to a rescuer, six
 * civilians were injured" two sentences after the strike. */
const TOLL_REACH = 3;

/** Whether an event rests on a toll or a damage alone ("six civilians were injured", "the projectile
 * destroyed houses"): then it tells what the violence told just before it did, not a new event. */
function tollOnly(e: EventFound): boolean {
  return e.rule !== 'events:plover' && e.rule !== 'events:other' && e.cues.length > 0 && e.cues.every((c) => TOLL_WORDS.test(c) || VICTIMS.test(c));
}

/** Who a toll counts, as a whole cue word ("civilians", "people"). */
const VICTIMS = new RegExp(`^${CIVILIAN_TARGETS.source}$`, 'i');

function tollOf(input: EventInput, a: EventFound, b: EventFound): boolean {
  return VIOLENT_RULES.has(a.rule) && b.sentence > a.sentence && b.sentence - a.sentence <= TOLL_REACH && input.sentences[a.sentence]!.paragraph <= input.sentences[b.sentence]!.paragraph;
}

function sameEvent(input: EventInput, a: EventFound, b: EventFound): boolean {
  if (a.code !== b.code || a.sentence === b.sentence) return false;
  // Far apart, only a place both name makes them one.
  if (b.sentence - a.sentence > REACH && (a.place === null || b.place === null || a.placeFrom === 'article' || b.placeFrom === 'article')) return false;
  if (a.plover !== null || a.code === 'OTHER') {
    const actor = (e: EventFound) => e.arguments.find((x) => x.role === 'actor')?.entity ?? null;
    if (actor(a) === null || actor(a) !== actor(b)) return false;
  }
  if (a.place !== null && b.place !== null && !samePlace(input, a.place, b.place)) return false;
  // A retelling that states no date of its own does not contradict one: only dates both tell do.
  const told = (e: EventFound) => e.dateFrom === 'sentence' || e.dateFrom === 'paragraph';
  return !(a.date && b.date && told(a) && told(b) && a.date.value !== b.date.value);
}

/** Two places of the article are one when they are the same resolved point. */
function samePlace(input: EventInput, a: number, b: number): boolean {
  const [p, q] = [input.places[a], input.places[b]];
  if (!p || !q) return false;
  return a === b || (p.lat !== null && p.lat === q.lat && input.text.slice(p.start, p.end) === input.text.slice(q.start, q.end)) || (p.lat !== null && p.lat === q.lat);
}
