/**
 * An event's arguments, from the other layers of its own sentence (never guessed from elsewhere):
 * parties (named groups, states, forces and people before and after the trigger, with ACLED's actor
 * class where the words say it), casualties (the figures stage's killed and injured), place (after the
 * trigger, in the clause, the sentence before, or "the city"), date (a day stated in the sentence,
 * else the sentence's governing date) and civilian targeting.
 */
import { CIVILIAN_TARGETS, PART_OF } from '../lexicon/events.js';
import type { GoverningDate } from '../model/annotations.js';
import { isDatelineDate } from '../time/document-date/dateline.js';
import type { Clause } from './clauses.js';
import { inSentence, overlapsAny } from './by-sentence.js';
import type { EventArgumentFound, EventFound, EventInput } from './detect.js';

/** A town or region (a resolved place below a country). */
const isTownPlace = (p: { featureType: string | null }) => !!p.featureType && !p.featureType.startsWith('PCL');

const STATE_WORDS = /\b(?:forces|troops|army|military|soldiers|police|government|regime|navy|air force|national guard|security services?|ministry of defen[cs]e|MoD|border guards?)\b/i;
const REBEL_WORDS = /\b(?:rebels?|militants?|insurgents?|separatists?|jihadists?|guerrillas?|fighters|Taliban|Islamic State|ISIS|ISIL|al-Shabaab|Boko Haram|Houthis?)\b/i;
const MILITIA_WORDS = /\b(?:militias?|vigilantes?|self-defen[cs]e groups?|paramilitar(?:y|ies))\b/i;
const PROTESTER_WORDS = /\b(?:protesters?|demonstrators?|marchers)\b/i;
const RIOTER_WORDS = /\b(?:rioters?|mob)\b/i;
/** A nationality or state followed by one of these is that state's forces ("Russian forces"). */
const FORCES_AFTER = /^\s+(?:armed )?(?:forces|troops|army|military|soldiers|police|navy|air force|jets|warplanes|artillery|border guards)\b/i;
/** Things hit that make remote violence civilian targeting. */
const CIVILIAN_OBJECTS = /\b(?:apartment|residential|homes?|houses?|hospitals?|maternity|schools?|kindergartens?|markets?|shops?|theatre|theater|church(?:es)?|mosques?|shelters?|bus(?:es)?|trains? station|civilians?)\b/i;


export function eventArguments(input: EventInput, i: number, trigger: [number, number]): EventArgumentFound[] {
  const out: EventArgumentFound[] = [];
  const s = input.sentences[i]!;
  // A town or region is where, not who: only a country (or a group, a person) acts or is targeted.
  const isTown = (m: { start: number; end: number }) => overlapsAny(input.places, isTownPlace, m.start, m.end);
  // A nationality is a party only as its forces ("Russian forces", "Ukrainian troops").
  const forces = (m: { end: number }) => FORCES_AFTER.test(input.text.slice(m.end, Math.min(s.end, m.end + 30)));
  const party = (m: EventInput['mentions'][number]) =>
    m.fine === 'NORP' ? forces(m) : m.type !== 'MISC' && (m.type !== 'LOC' || m.fine === 'GPE') && !isTown(m);
  const candidates = inSentence(input.mentions, i).map(([, m]) => m).filter(party);
  // Nearest named party before the trigger acts; the nearest after it is the target.
  const before = candidates.filter((m) => m.end <= trigger[0]).at(-1);
  const after = candidates.find((m) => m.start >= trigger[1]);
  for (const [role, m] of [['actor', before], ['target', after]] as const) {
    if (!m) continue;
    const tail = FORCES_AFTER.exec(input.text.slice(m.end, Math.min(s.end, m.end + 30)));
    const end = tail ? m.end + tail[0].length : m.end;
    const words = input.text.slice(Math.max(s.start, m.start - 30), Math.min(s.end, end + 30));
    out.push({ role, start: m.start, end, entity: m.entity ?? null, actorClass: actorClass(input.text.slice(m.start, end), words, m.fine ?? m.type) });
  }
  return out;
}

/** ACLED's actor class from the words of and around the mention; null when they do not say. */
function actorClass(name: string, around: string, type: string): string | null {
  if (RIOTER_WORDS.test(around) && !STATE_WORDS.test(name)) return 'rioters';
  if (PROTESTER_WORDS.test(name)) return 'protesters';
  if (REBEL_WORDS.test(name)) return 'rebel group';
  if (MILITIA_WORDS.test(name)) return 'political militia';
  if (STATE_WORDS.test(name) || type === 'GPE') return 'state forces';
  if (CIVILIAN_TARGETS.test(name)) return 'civilians';
  return null;
}

/**
 * The sentence's fatalities and injured. Figures of one kind add up ("five soldiers and three civilians"
 * killed: 8), with two exceptions that would count the same dead twice: a figure of the same kind and
 * value as one before it in the sentence is the same toll restated ("killed 12 people ... the 12 dead")
 * and counts once, even where it is not (the rarer "5 soldiers and 5 civilians" then counts 5: ACLED
 * takes the lower count when a report is unclear); and a figure that follows "including" or the like is a
 * part of the one before it ("12, including three children") and adds nothing. Across sentences the
 * merge takes a report's highest count, never a sum (src/events/merged.ts).
 */
export function casualties(input: EventInput, i: number, clause: Clause): { killed: number | null; injured: number | null; figures: number[] } {
  const counted: Record<'killed' | 'injured', number[]> = { killed: [], injured: [] };
  const last: Partial<Record<'killed' | 'injured', number>> = {};
  const figures: number[] = [];
  for (const [k, q] of inSentence(input.quantities, i)) {
    if (q.start < clause.start || q.end > clause.end || (q.kind !== 'killed' && q.kind !== 'injured')) continue;
    const n = q.value ?? q.min;
    if (n === null) continue;
    figures.push(k);
    const before = last[q.kind];
    last[q.kind] = q.end;
    if (counted[q.kind].includes(n)) continue;
    if (before !== undefined && PART_OF.test(input.text.slice(before, q.start))) continue;
    counted[q.kind].push(n);
  }
  const total = (ns: number[]) => (ns.length ? ns.reduce((a, b) => a + b, 0) : null);
  return { killed: total(counted.killed), injured: total(counted.injured), figures };
}

/** A place named as where something is or happens: "in X", "near the town of X", "in the eastern city of X". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|around|across|over|inside|throughout|into|on|off)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;
/** A place named as where someone came from or went: not where the event was. */
const ORIGIN_BEFORE = /\b(?:from|to)\s+(?:the\s+)?$/i;
/** The last of a list of origins: "forces from as far afield as its Eastern Military District, Pacific
 * Fleet and Armenia". A list is words, commas and "and"/"or" after the "from", with no locative in it. */
const ORIGIN_LIST_BEFORE = /\bfrom\s+(?:(?!\b(?:in|at|near|inside|into|on)\b)[^.;:!?])*?(?:,|\band\b|\bor\b)\s+(?:the\s+)?$/i;
/** After a place's possessive, words that keep it a place ("Ukraine's southeast", "Crimea's capital"). */
/** After a place, words that make it a party: "Kiev forces", "Moscow has described", "Kiev launched". */
const PARTY_AFTER = /^\s+(?:forces|troops|army|military|government|authorities|regime|officials|leaders?|police|has|have|had|is|was|says|said|launched|accused|urged|denied|insisted|claimed|announced|refused|rejected|decided|agreed|wants|blamed|[a-z]+ed)\b/i;
/** "the Vienna-based OSCE": a place that says where an organization sits, not where anything happened. */
const SEAT_AFTER = /^-based\b/i;

const PLACE_POSSESSIVE = /^['’]s\s+(?:north|south|east|west|central|eastern|western|northern|southern|south-?east|south-?west|north-?east|north-?west|border|capital|city|region|province|outskirts|coast)/i;

/** How specific a resolved place is: a town over a district over a region over a country. */
function specificity(featureType: string | null): number {
  if (!featureType) return 1;
  if (featureType.startsWith('PPL')) return 4;
  if (featureType === 'ADM2' || featureType === 'ADM3') return 3;
  if (featureType.startsWith('ADM') || featureType === 'RGN' || featureType === 'AREA') return 2;
  if (featureType.startsWith('PCL')) return 1;
  if (featureType === 'CONT') return 0.5;
  return 1.5;
}

/**
 * The place of an event in `clause` of sentence `i`: the most specific resolved place the clause names
 * as a location ("in X", "near X"), nearest the trigger; else the most specific of the clause's other
 * places that is not a party (a capital standing for its government: "Kiev launched", "Ukraine's foreign
 * ministry") nor an origin ("arrived from Moscow"); a country or nothing gives way to a town of the
 * sentence before in the same paragraph; else "the city" (`townAnaphor`). Of two events in one
 * sentence, neither takes the other's place.
 */
export function placeOf(input: EventInput, i: number, trigger: [number, number], clause: Clause, parties: readonly EventArgumentFound[] = [], focus: number | null = null): PlaceChoice {
  const { paragraph } = input.sentences[i]!;
  type Option = { k: number; locative: boolean; spec: number; distance: number };
  const options: Option[] = [];
  const s0 = input.sentences[i]!.start;
  for (const [k, p] of inSentence(input.places, i)) {
    if (p.lat === null || p.start < clause.start || p.end > clause.end) continue;
    const before = input.text.slice(Math.max(clause.start, p.start - 40), p.start);
    const after = input.text.slice(p.end, p.end + 20);
    if (ORIGIN_BEFORE.test(before) || ORIGIN_LIST_BEFORE.test(input.text.slice(Math.max(s0, p.start - 100), p.start))) continue;
    const locative = LOCATIVE_BEFORE.test(before);
    const party = parties.some((a) => a.start < p.end && p.start < a.end) || PARTY_AFTER.test(after) || SEAT_AFTER.test(after) || (/^['’]s\b/.test(after) && !PLACE_POSSESSIVE.test(after));
    if (party && !locative) continue;
    const distance = p.start >= trigger[1] ? p.start - trigger[1] : trigger[0] - p.end;
    options.push({ k, locative, spec: specificity(p.featureType), distance: Math.abs(distance) });
  }
  options.sort((a, b) => Number(b.locative) - Number(a.locative) || b.spec - a.spec || a.distance - b.distance);
  const best = options[0];
  if (best && (best.spec > 1 || best.locative)) return within(input, best.k, focus, 'sentence');
  if (i > 0 && input.sentences[i - 1]!.paragraph === paragraph) {
    const prev = inSentence(input.places, i - 1)
      .map(([k, p]) => ({ p, k }))
      .filter(({ p }) => p.lat !== null && specificity(p.featureType) > 1)
      .sort((a, b) => specificity(b.p.featureType) - specificity(a.p.featureType))[0];
    if (prev) return { place: prev.k, from: 'previous-sentence' };
  }
  if (best) return within(input, best.k, focus, 'sentence');
  const town = townAnaphor(input, i);
  if (town !== null) return { place: town, from: 'town-anaphor' };
  return focus === null ? { place: null, from: null } : { place: focus, from: 'article' };
}

/** Where an event's place was found: its sentence, the sentence before, "the city", or the article's
 * own setting (inferred: the sentence names none). */
export type PlaceFrom = 'sentence' | 'previous-sentence' | 'town-anaphor' | 'article';
export interface PlaceChoice {
  place: number | null;
  from: PlaceFrom | null;
}

/** A country named in the sentence gives way to the article's setting inside it ("in Ukraine" in a
 * report set in Donetsk is Donetsk, inferred); any other place stands. */
function within(input: EventInput, k: number, focus: number | null, from: PlaceFrom): PlaceChoice {
  const p = input.places[k]!;
  const f = focus === null ? null : input.places[focus]!;
  if (f && specificity(p.featureType) <= 1 && p.country && f.country === p.country && specificity(f.featureType) > 1) return { place: focus, from: 'article' };
  return { place: k, from };
}

/** Mentions of its setting that make a place an article's own: named at least this often, its country's mentions counted. */
const FOCUS_MENTIONS = 2;

/**
 * A dateline ("KIEV, March 3 (Reuters) -", "VIENNA —"): a place in capitals opening a paragraph. It
 * says where the story was filed, which is often not where its events were (a Vienna desk writing on
 * Crimea), so it does not vote for the article's setting.
 */
export function isDateline(text: string, p: { start: number; end: number }): boolean {
  const name = text.slice(p.start, p.end);
  if (name !== name.toUpperCase() || !/[A-Z]{3}/.test(name)) return false;
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  if (!/^[\s"'“(]*$/.test(text.slice(lineStart, p.start))) return false;
  return /^\s*(?:,|\(|—|–|-|:)/.test(text.slice(p.end, p.end + 4));
}

/**
 * The article's setting: the town or region it names most often (at least twice), datelines left
 * out; a tie goes to the place whose country the article names more, then to the first named. Null
 * when no place below a country recurs. The country's mentions weigh in because a report on Kiev
 * that names Munich twice (where a victim was flown) names Ukraine throughout.
 */
export function articleFocus(input: EventInput): number | null {
  const counts = new Map<string, { k: number; n: number; country: string | null }>();
  const countryMentions = new Map<string, number>();
  input.places.forEach((p, k) => {
    if (p.lat === null) return;
    if (specificity(p.featureType) <= 1) {
      if (p.country && p.featureType?.startsWith('PCL')) countryMentions.set(p.country, (countryMentions.get(p.country) ?? 0) + 1);
      return;
    }
    if (isDateline(input.text, p) || SEAT_AFTER.test(input.text.slice(p.end, p.end + 8))) return;
    const key = `${p.lat},${p.country ?? ''}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { k, n: 1, country: p.country ?? null });
  });
  const weight = (c: { n: number; country: string | null }) => c.n + (c.country ? countryMentions.get(c.country) ?? 0 : 0);
  let best: { k: number; n: number; country: string | null } | null = null;
  for (const c of counts.values()) {
    if (weight(c) < FOCUS_MENTIONS) continue;
    if (!best || weight(c) > weight(best)) best = c;
  }
  return best?.k ?? null;
}

/** A town referred to by a definite description: "the city", "the eastern city", "the city’s", "the capital"; in lower case, as "the Olympic Village" or "the Old Town" are names. */
const TOWN_ANAPHOR = /\b[Tt]he (?:[a-z0-9][\w-]* ){0,2}(city|town|capital|village)\b(?! (?:of|called|named)\b)/;
/** How far back (in sentences) "the city" looks for the town it means. */
const ANAPHOR_REACH = 6;

/**
 * "Shelling of the eastern city intensified": a sentence without a place of its own that speaks of
 * "the city" means the town the text named last, a few sentences back at most. A district or suburb
 * (PPLX) is part of a town, not the town; a country or region is not a town; "the capital" wants a
 * capital (PPLC, or a regional seat PPLA).
 */
function townAnaphor(input: EventInput, i: number): number | null {
  const s = input.sentences[i]!;
  const m = TOWN_ANAPHOR.exec(input.text.slice(s.start, s.end));
  if (!m) return null;
  const capital = m[1]!.toLowerCase() === 'capital';
  const fits = (t: string | null) => !!t && (capital ? t === 'PPLC' || t.startsWith('PPLA') : t.startsWith('PPL') && t !== 'PPLX');
  for (let k = input.places.length - 1; k >= 0; k--) {
    const p = input.places[k]!;
    if (p.sentence >= i) continue;
    if (p.sentence < i - ANAPHOR_REACH) break;
    if (p.lat !== null && fits(p.featureType)) return k;
  }
  return null;
}

/**
 * A date stated in the sentence, nearest the trigger: a day, or a month or year where the text says no
 * more ("purged in 1944", "in November 2013"). The time stage does not let a date told relative to the
 * story ("the night before", "the previous day") govern the sentence, but it is the event's. Dates
 * after publication are what the sentence announces (a curfew "until Monday"), not its event.
 */
/** A TIMEX3 value that fixes a day, a month or a year (not a week, season, decade or reference). */
const STATED_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)/;

export function stated(input: EventInput, i: number, trigger: [number, number]): GoverningDate | null {
  let best: { value: string; distance: number; from: number } | null = null;
  for (const [k, t] of (input.times ?? []).entries()) {
    const date = t.value ? STATED_DATE.exec(t.value)?.[0] : undefined;
    if (t.sentence !== i || (t.type !== 'DATE' && t.type !== 'TIME') || !date) continue;
    if (isDatelineDate(input.text, t.start, t.end)) continue; // the day the story was filed
    if (input.published && date > input.published.slice(0, date.length)) continue;
    const day = date;
    const distance = Math.abs(t.start - (t.start < trigger[0] ? trigger[0] : trigger[1]));
    if (!best || distance < best.distance) best = { value: day, distance, from: k };
  }
  return best ? { sentence: i, value: best.value, from: best.from } : null;
}

/**
 * The sentence's governing date, unless it is after publication: a report tells what has happened,
 * and a later date in its sentence is the end of what it announces ("a curfew until Monday"); the
 * announcement is then the event, on the report's day. The report's day (`reportDay`) also stands
 * for the publication day that governs a sentence no date is stated for.
 */
export function dateOf(g: GoverningDate | undefined, published: string | null, day: string | null): EventFound['date'] {
  if (!g?.value) return null;
  const today = day ?? published;
  const v = g.from === 'published' && today ? today : published && today && g.value.slice(0, 10) > published ? today : g.value;
  const precision = /^\d{4}-\d{2}-\d{2}/.test(v) ? 'day' : /W\d{2}/.test(v) ? 'week' : /^\d{4}-\d{2}$/.test(v) ? 'month' : 'year';
  return { value: v, precision };
}

export function civilianTargeting(type: string, text: string): boolean | null {
  if (type === 'Violence against civilians') return true;
  if (type === 'Explosions/Remote violence' && CIVILIAN_OBJECTS.test(text)) return true;
  return null;
}
