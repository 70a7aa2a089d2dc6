/**
 * Events, sentence by sentence: a sentence that names a conflict event (a cue that names a sub-type
 * outright, `typeEvent`) or a political act (a PLOVER verb with a state or group as its subject) and
 * reports it as having happened (not "could", "would", "threatened to", not denied) becomes one
 * event; two, when two of its clauses each name a conflict event of another ACLED type (`twoEvents`).
 * Its arguments come from the other layers of the same sentence, never guessed from elsewhere:
 *  - date: the day stated in the sentence nearest the trigger, also one told relative to the story's
 *    date ("the night before"), else the sentence's governing date (the time stage), with its precision;
 *  - place: the first resolved place in the sentence, else in the sentence before it in the same
 *    paragraph (news often names the place first: "In Kharkiv, ... . Missiles hit ..."), else, for
 *    "the city", "the eastern city", "the capital", the town the text named last;
 *  - actor and target: named groups, states, forces and people before and after the trigger, with
 *    ACLED's actor class where the words say it;
 *  - fatalities and injured: the figures of those kinds in the sentence (the figures stage), a toll
 *    restated or a part of it counted once (`casualties`);
 *  - civilian targeting: violence against civilians, or remote violence that hit homes, hospitals,
 *    schools or markets.
 */
import { ACLED_NAMES, CIVILIAN_TARGETS, EFFECT_CUE, PART_OF, PLOVER, type SubType } from '../lexicon/events.js';
import type { Event, GoverningDate } from '../model/annotations.js';
import { clauseSplits, type Clause } from './clauses.js';
import { reportDay } from './report-day.js';
import { remoteByEffect, typeEvent } from './typing.js';

export interface EventInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number }>;
  mentions: ReadonlyArray<{ start: number; end: number; sentence: number; type: string; fine: string | null; entity?: string | null }>;
  /** Resolved places, in `annotations.places` order. */
  places: ReadonlyArray<{ start: number; end: number; sentence: number; lat: number | null; featureType: string | null }>;
  /** Figures, in `annotations.quantities` order. */
  quantities: ReadonlyArray<{ start: number; end: number; sentence: number; kind: string; value: number | null; min: number | null }>;
  governing: ReadonlyArray<GoverningDate>;
  /** Time expressions (the time stage's), for a date stated in the event's own sentence. */
  times?: ReadonlyArray<{ start: number; end: number; sentence: number; type: string; value: string | null }>;
  /** The publication day (YYYY-MM-DD), when known: what a report tells has happened by then. */
  published: string | null;
}

export interface EventArgumentFound {
  role: 'actor' | 'target';
  start: number;
  end: number;
  entity: string | null;
  actorClass: string | null;
}

/** An event as the stage finds it: the annotation's own values, with offsets instead of spans. */
export interface EventFound
  extends Pick<Event, 'sentence' | 'code' | 'type' | 'subtype' | 'plover' | 'place' | 'date' | 'fatalities' | 'injured' | 'figures' | 'civilianTargeting' | 'rule' | 'confidence'> {
  start: number;
  end: number;
  trigger: [number, number];
  arguments: EventArgumentFound[];
  cues: string[];
}

/** The weight of a cue that names a sub-type outright (src/lexicon/events.ts). */
const NAMED = 3;
/** Classes of CASE 2021 that are not conflict events: never an event row here. */
const NOT_CONFLICT: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORG_CRIME', 'ATTRIB']);
/** Classes whose words rule out typing a generic attack by its effect (the man-made disaster's accidents are ruled out by `remoteByEffect`). */
const NOT_BY_EFFECT: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'ORG_CRIME', 'ATTRIB']);
/** Strategic developments without violence: a political verb before their cue is the event instead. */
const NON_VIOLENT: ReadonlySet<string> = new Set(['NON_VIOL_TERRIT_TRANSFER', 'HQ_ESTABLISHED', 'ARREST', 'PROPERTY_DISTRUCT']);
/** Rules of an event typed as a conflict event by its cue (not a political act): only these split a sentence in two. */
const CONFLICT_RULES: ReadonlySet<string> = new Set(['events:cue', 'events:effect']);
/** Classes whose ACLED row is "Strategic developments / Other" with a PLOVER category. */
const POLITICAL: ReadonlySet<string> = new Set(['DIPLO', 'AGREEMENT', 'OTHER', 'CHANGE_TO_GROUP_ACT']);

/** Words that make a sentence about what did not or has not yet happened. */
const UNREAL = /\b(?:could|would|might|may|will|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|if|unless|denied|denies|no (?:\w+ )?(?:were|was) (?:reported|killed|injured)|did not|didn't|has not|have not|never|fears? of|risk of|warned)\b/i;
/** Subjects that can act politically: a state, its government or leader, an alliance, a group. */
const POLITICAL_ACTOR_TYPES: ReadonlySet<string> = new Set(['ORG', 'GPE', 'NORP', 'PER']);

const STATE_WORDS = /\b(?:forces|troops|army|military|soldiers|police|government|regime|navy|air force|national guard|security services?|ministry of defen[cs]e|MoD|border guards?)\b/i;
const REBEL_WORDS = /\b(?:rebels?|militants?|insurgents?|separatists?|jihadists?|guerrillas?|fighters|Taliban|Islamic State|ISIS|ISIL|al-Shabaab|Boko Haram|Houthis?)\b/i;
const MILITIA_WORDS = /\b(?:militias?|vigilantes?|self-defen[cs]e groups?|paramilitar(?:y|ies))\b/i;
const PROTESTER_WORDS = /\b(?:protesters?|demonstrators?|marchers)\b/i;
const RIOTER_WORDS = /\b(?:rioters?|mob)\b/i;
/** A nationality or state followed by one of these is that state's forces ("Russian forces"). */
const FORCES_AFTER = /^\s+(?:armed )?(?:forces|troops|army|military|soldiers|police|navy|air force|jets|warplanes|artillery|border guards)\b/i;
/** Things hit that make remote violence civilian targeting. */
const CIVILIAN_OBJECTS = /\b(?:apartment|residential|homes?|houses?|hospitals?|maternity|schools?|kindergartens?|markets?|shops?|theatre|theater|church(?:es)?|mosques?|shelters?|bus(?:es)?|trains? station|civilians?)\b/i;

export function detectEvents(input: EventInput): EventFound[] {
  const out: EventFound[] = [];
  const day = reportDay(input);
  for (let i = 0; i < input.sentences.length; i++) {
    const s = input.sentences[i]!;
    const found = clauseEvent(input, i, s, day);
    if (!found) continue;
    out.push(...(twoEvents(input, i, found, day) ?? [found]));
  }
  return out;
}

/**
 * Two events in one sentence: two clauses ("shelled Kharkiv and detained the mayor of Melitopol") that
 * each name a conflict event by its own cue, of two ACLED types, each with its own trigger, place and
 * figures; a second clause that tells what the first did ("and killed five civilians", "and destroyed
 * houses") is not an event of its own. Null when no cut gives two, and the sentence's one event stands.
 */
function twoEvents(input: EventInput, i: number, whole: EventFound, day: string | null): [EventFound, EventFound] | null {
  if (!CONFLICT_RULES.has(whole.rule)) return null;
  for (const [a, b] of clauseSplits(input.text, whole.start, whole.end)) {
    const first = clauseEvent(input, i, a, day);
    const second = first && CONFLICT_RULES.has(first.rule) ? clauseEvent(input, i, b, day) : null;
    if (!first || !second || !CONFLICT_RULES.has(second.rule) || first.type === second.type) continue;
    if (!EFFECT_CUE.test(input.text.slice(...second.trigger))) return [first, second];
  }
  return null;
}

/** The event of the clause `[clause.start, clause.end)` of sentence `i` (the whole sentence, or one of two clauses). */
function clauseEvent(input: EventInput, i: number, clause: Clause, day: string | null): EventFound | null {
  const s = input.sentences[i]!;
  const text = input.text.slice(clause.start, clause.end);
  const typing = typeEvent(text);
  const typed = typing.subtype;
  let conflict = !NOT_CONFLICT.has(typed) && !POLITICAL.has(typed) && typing.score >= NAMED && strongCue(typing.cues);
  // A political act whose object clause names a move ("vetoed a resolution demanding that Russia
  // withdraw") is the act: a non-violent development's cue after a PLOVER verb gives way to it.
  if (conflict && NON_VIOLENT.has(typed)) {
    const cue = cueSpan(text, typing.cues);
    const political = ploverOf(input, i, clause.start, text, []);
    if (cue && political && political.trigger[0] < cue[0]) conflict = false;
  }
  let plover: string | null = null;
  let trigger: [number, number] | null = null;
  let rule = '';
  let code: string = typed;
  let cues = typing.cues;
  let byEffect = false;
  // No cue names the violence, only a generic "attacks" or "strikes": what it did to a building says
  // long-range fire (a fire that followed an attack is no accident, whatever the typer made of "fire"),
  // unless a political act comes first and the attack is its object ("condemned the attacks").
  const effect = !conflict && !NOT_BY_EFFECT.has(typed) ? remoteByEffect(text) : null;
  if (effect) {
    const at = cueSpan(text, [effect.cue]);
    const political = ploverOf(input, i, clause.start, text, []);
    if (at && !(political && political.trigger[0] < at[0])) [conflict, byEffect, code, cues] = [true, true, effect.subtype, [effect.cue]];
  }
  if (conflict) {
    trigger = cueSpan(text, cues);
    rule = byEffect ? 'events:effect' : 'events:cue';
  } else if (!NOT_CONFLICT.has(code)) {
    const political = ploverOf(input, i, clause.start, text, code === 'OTHER' && typing.score >= NAMED ? typing.cues : []);
    if (!political) return null;
    [plover, trigger] = [political.category, political.trigger];
    rule = political.category === 'OTHER' ? 'events:other' : 'events:plover';
  } else {
    return null;
  }
  if (!trigger) return null;
  // What did not happen, or has not yet, is no event; a threat is its own political event.
  const before = text.slice(0, trigger[1]);
  if (plover !== 'THREATEN' && UNREAL.test(before)) return null;
  const names = conflict ? ACLED_NAMES[code as SubType] : ACLED_NAMES.OTHER;
  if (!names) return null;
  const abs: [number, number] = [clause.start + trigger[0], clause.start + trigger[1]];
  const args = eventArguments(input, i, abs);
  const counts = casualties(input, i, clause);
  const place = placeOf(input, i, abs, clause);
  const date = dateOf(stated(input, i, abs) ?? input.governing[i], input.published, day);
  const civilian = civilianTargeting(names.type, text);
  return {
    sentence: i,
    start: s.start,
    end: s.end,
    trigger: abs,
    code: conflict ? code : plover === 'OTHER' ? 'OTHER' : `PLOVER:${plover}`,
    type: names.type,
    subtype: names.subtype,
    plover: plover === 'OTHER' ? null : plover,
    arguments: args,
    place,
    date,
    fatalities: counts.killed,
    injured: counts.injured,
    figures: counts.figures,
    civilianTargeting: civilian,
    rule,
    // Typing on one sentence with cue words: about two in three right on CASE 2021 (sitrep eval events);
    // a generic attack typed by its effect is a guess at the means.
    confidence: rule === 'events:cue' ? 0.65 : 0.5,
    cues,
  };
}

/** Whether one of the deciding cues names the sub-type outright, not only a generic word. */
function strongCue(cues: readonly string[]): boolean {
  return cues.some((c) => c.length > 4 || /[A-Z]{3}/.test(c));
}

/** The first deciding cue's place in the sentence, widened to the clause around it (a few words each side). */
function cueSpan(text: string, cues: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const cue of cues) {
    const at = text.toLowerCase().indexOf(cue.toLowerCase());
    if (at >= 0 && (!best || at < best[0])) best = [at, at + cue.length];
  }
  return best;
}

/**
 * A political event: a PLOVER verb whose subject is a state, group or person named before it in the
 * sentence ("Russia vetoed", "NATO will mobilize"), or ACLED's "Other" measures (curfews, evacuations)
 * that the typer found. `text` is the clause that starts at `from`; the trigger is relative to it.
 */
function ploverOf(input: EventInput, i: number, from: number, text: string, otherCues: readonly string[]): { category: string; trigger: [number, number] } | null {
  const subjects = input.mentions.filter((m) => m.sentence === i && POLITICAL_ACTOR_TYPES.has(m.fine ?? m.type) && m.type !== 'MISC');
  for (const [category, pattern] of PLOVER) {
    const m = pattern.exec(text);
    if (!m) continue;
    const at = m.index;
    if (!subjects.some((x) => x.start - from < at)) continue;
    return { category, trigger: [at, at + m[0].length] };
  }
  if (otherCues.length > 0) {
    const span = cueSpan(text, otherCues);
    if (span) return { category: 'OTHER', trigger: span };
  }
  return null;
}

function eventArguments(input: EventInput, i: number, trigger: [number, number]): EventArgumentFound[] {
  const out: EventArgumentFound[] = [];
  const s = input.sentences[i]!;
  // A town or region is where, not who: only a country (or a group, a person) acts or is targeted.
  const isTown = (m: { start: number; end: number }) => input.places.some((p) => p.start < m.end && m.start < p.end && !!p.featureType && !p.featureType.startsWith('PCL'));
  // A nationality is a party only as its forces ("Russian forces", "Ukrainian troops").
  const forces = (m: { end: number }) => FORCES_AFTER.test(input.text.slice(m.end, Math.min(s.end, m.end + 30)));
  const party = (m: EventInput['mentions'][number]) =>
    m.fine === 'NORP' ? forces(m) : m.type !== 'MISC' && (m.type !== 'LOC' || m.fine === 'GPE') && !isTown(m);
  const candidates = input.mentions.filter((m) => m.sentence === i && party(m));
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
function casualties(input: EventInput, i: number, clause: Clause): { killed: number | null; injured: number | null; figures: number[] } {
  const counted: Record<'killed' | 'injured', number[]> = { killed: [], injured: [] };
  const last: Partial<Record<'killed' | 'injured', number>> = {};
  const figures: number[] = [];
  input.quantities.forEach((q, k) => {
    if (q.sentence !== i || q.start < clause.start || q.end > clause.end || (q.kind !== 'killed' && q.kind !== 'injured')) return;
    const n = q.value ?? q.min;
    if (n === null) return;
    figures.push(k);
    const before = last[q.kind];
    last[q.kind] = q.end;
    if (counted[q.kind].includes(n)) return;
    if (before !== undefined && PART_OF.test(input.text.slice(before, q.start))) return;
    counted[q.kind].push(n);
  });
  const total = (ns: number[]) => (ns.length ? ns.reduce((a, b) => a + b, 0) : null);
  return { killed: total(counted.killed), injured: total(counted.injured), figures };
}

/** Where the trigger says the event was: "in X", "at X", "near X" right after it. */
const LOCATIVE = /^(?:[^.;,]{0,30}?\b(?:in|at|near|on|into|outside|around|across|over)\s*(?:the\s+)?)$/i;

/**
 * The place of an event in `clause` of sentence `i`: after its trigger, else the first of its clause,
 * else the sentence before's, else "the city" (`townAnaphor`). Of two events in one sentence, neither
 * takes the other's place.
 */
function placeOf(input: EventInput, i: number, trigger: [number, number], clause: Clause): number | null {
  const { paragraph } = input.sentences[i]!;
  const after = input.places.findIndex((p) => p.sentence === i && p.lat !== null && p.start >= trigger[1] && p.end <= clause.end && LOCATIVE.test(input.text.slice(Math.max(trigger[0], trigger[1] - 4), p.start)));
  if (after >= 0) return after;
  const here = input.places.findIndex((p) => p.sentence === i && p.lat !== null && p.start >= clause.start && p.end <= clause.end);
  if (here >= 0) return here;
  const inSentence = (j: number) => input.places.findIndex((p) => p.sentence === j && p.lat !== null);
  if (i > 0 && input.sentences[i - 1]!.paragraph === paragraph) {
    const prev = inSentence(i - 1);
    if (prev >= 0) return prev;
  }
  return townAnaphor(input, i);
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
 * A day stated in the sentence, nearest the trigger: the time stage does not let a date told relative
 * to the story ("the night before", "the previous day") govern the sentence, but it is the event's.
 * Dates after publication are what the sentence announces (a curfew "until Monday"), not its event.
 */
function stated(input: EventInput, i: number, trigger: [number, number]): GoverningDate | null {
  let best: { value: string; distance: number; from: number } | null = null;
  for (const [k, t] of (input.times ?? []).entries()) {
    if (t.sentence !== i || (t.type !== 'DATE' && t.type !== 'TIME') || !t.value || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    const day = t.value.slice(0, 10);
    if (input.published && day > input.published) continue;
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
function dateOf(g: GoverningDate | undefined, published: string | null, day: string | null): EventFound['date'] {
  if (!g?.value) return null;
  const today = day ?? published;
  const v = g.from === 'published' && today ? today : published && today && g.value.slice(0, 10) > published ? today : g.value;
  const precision = /^\d{4}-\d{2}-\d{2}/.test(v) ? 'day' : /W\d{2}/.test(v) ? 'week' : /^\d{4}-\d{2}$/.test(v) ? 'month' : 'year';
  return { value: v, precision };
}

function civilianTargeting(type: string, text: string): boolean | null {
  if (type === 'Violence against civilians') return true;
  if (type === 'Explosions/Remote violence' && CIVILIAN_OBJECTS.test(text)) return true;
  return null;
}
