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
import { ACLED_NAMES, EFFECT_CUE, PROTEST_ACTS, type SubType } from '../lexicon/events.js';
import { IRREGULAR_PAST } from '../lexicon/time.js';
import type { Event, GoverningDate } from '../model/annotations.js';
import { articleFocus, casualties, civilianTargeting, dateOf, eventArguments, placeOf, stated, type PlaceChoice, type PlaceFrom } from './arguments.js';
import { clauseSplits, type Clause } from './clauses.js';
import { reportDay } from './report-day.js';
import { cueSpan, politicalAct, type PoliticalAct } from './political.js';
import { laterTolls, restatements } from './restatements.js';
import { classifyEvent, conflictProbability, type Classification } from './typer/classify.js';
import { eventsModel } from './typer/model.js';
import { remoteByEffect } from './typing.js';

export interface EventInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number }>;
  mentions: ReadonlyArray<{ start: number; end: number; sentence: number; type: string; fine: string | null; entity?: string | null }>;
  /** Resolved places, in `annotations.places` order. */
  places: ReadonlyArray<{ start: number; end: number; sentence: number; lat: number | null; featureType: string | null; country?: string | null }>;
  /** Figures, in `annotations.quantities` order. */
  quantities: ReadonlyArray<{ start: number; end: number; sentence: number; kind: string; value: number | null; min: number | null }>;
  governing: ReadonlyArray<GoverningDate>;
  /** Time expressions (the time stage's), for a date stated in the event's own sentence. */
  times?: ReadonlyArray<{ start: number; end: number; sentence: number; type: string; value: string | null; anchor?: string | null }>;
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
  /** The triggers of later sentences that tell the same event again (restatements.ts). */
  also: Array<[number, number]>;
  placeFrom: PlaceFrom | null;
  dateFrom: DateFrom | null;
}

/** Where an event's date came from: a time of its own sentence, the date governing its paragraph, the
 * publication day, or the document date inferred from the text (src/time/document-date). */
export type DateFrom = 'sentence' | 'paragraph' | 'published' | 'inferred';

/** The weight of a cue that names a sub-type outright (src/lexicon/events.ts). */
const NAMED = 3;
/** Classes of CASE 2021 that are not conflict events: never an event row here. */
const NOT_CONFLICT: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORG_CRIME', 'ATTRIB']);
/** Classes whose words rule out typing a generic attack by its effect (the man-made disaster's accidents are ruled out by `remoteByEffect`). */
const NOT_BY_EFFECT: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'ORG_CRIME', 'ATTRIB']);
/** Strategic developments without violence: a political verb before their cue is the event instead. */
const NON_VIOLENT: ReadonlySet<string> = new Set(['NON_VIOL_TERRIT_TRANSFER', 'HQ_ESTABLISHED', 'ARREST', 'PROPERTY_DISTRUCT']);
/** Rules of an event typed as a conflict event by its cue or the model (not a political act): only these split a sentence in two. */
const CONFLICT_RULES: ReadonlySet<string> = new Set(['events:cue', 'events:effect', 'events:model']);
/** Classes whose ACLED row is "Strategic developments / Other" with a PLOVER category. */
const POLITICAL: ReadonlySet<string> = new Set(['DIPLO', 'AGREEMENT', 'OTHER', 'CHANGE_TO_GROUP_ACT']);

/** An event dated this many days or more before publication is background the report recalls ("was
 * arrested and beheaded in 1943", "shot dead in 1996"), not what it reports. */
const BACKGROUND_DAYS = 365;
/** With only a weak cue ("attack", "blast"), an event rests on the model: its sentence must read as
 * conflict this surely, and the model's sub-type be at least this probable. */
const MODEL_GATE = 0.5;
const MODEL_SURE = 0.6;

/** Right after a trigger, a modal makes it what may or should happen ("attacks may be directed only against ..."). */
const MODAL_AFTER = /^[\s,]*(?:may|might|could|would|should|must|can|cannot)\b/i;
/** A condition makes even a statement hypothetical ("If the Union is true to its values, ..."). */
const CONDITIONAL = /\b(?:if|unless)\b/i;
/** A clause tells something that happened when it has a verb in the past or perfect, a progressive, or
 * a time of its own; a clause in the timeless present ("these devices are designed to intercept calls")
 * tells how things are, not an event. */
const REPORTED = new RegExp(`\\b(?:[a-z]{2,}ed|was|were|been|had|${IRREGULAR_PAST.join('|')})\\b|\\b(?:is|are|am)\\s+(?:\\w+\\s+)?[a-z]+ing\\b`, 'i');
/** Words of the present tense: without one, a clause is not in the timeless present ("A shell hit the market"). */
const PRESENT = /\b(?:is|are|am|does|do|can|cannot|must)\b/i;
/** A passive in the present ("are designed to") says how things are, for all its participle. */
const PRESENT_PASSIVE = /\b(?:is|are|am|be)\s+(?:\w+ly\s+)?[a-z]+ed\b/gi;
/** Words that make a sentence about what did not or has not yet happened. */
const UNREAL = /\b(?:could|would|might|may|(?<!the )will|(?:is|are) (?:expected|due|set|to)|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|if|unless|denied|denies|deny|no|not|n['’]t|never|fears? of|risk of|warned)\b/i;

/** What the events stage reads of each sentence once: its sub-type and how much it reads as conflict. */
interface Reading {
  classification: Classification;
  conflict: number;
}

/** What the events of one article share: the report's day, each sentence's reading, and whether the
 * article as a whole is a conflict report. */
interface Context {
  day: string | null;
  /** The article's setting (`articleFocus`): the place of events whose sentences name none. */
  focus: number | null;
  readings: Reading[];
  conflictReport: boolean;
}

export function detectEvents(input: EventInput): EventFound[] {
  const readings = input.sentences.map((s): Reading => {
    const classification = classifyEvent(input.text.slice(s.start, s.end));
    return { classification, conflict: conflictProbability(classification.features) };
  });
  const context: Context = { day: reportDay(input), focus: articleFocus(input), readings, conflictReport: conflictReport(readings) };
  // An article that does not read as a conflict report (a match report, a film review, a company's
  // results) gives no events: its "clash", "strike" and "arrest" are of another world.
  if (!context.conflictReport) return [];
  const out: EventFound[] = [];
  for (let i = 0; i < input.sentences.length; i++) {
    const s = input.sentences[i]!;
    for (const f of findings(input, i, s, context)) {
      const found = eventOf(input, i, s, f, context);
      if (!found) continue;
      out.push(...(twoEvents(input, i, found, context) ?? [found]));
    }
  }
  return laterTolls(input, restatements(input, out));
}

/**
 * Whether an article is a conflict report: the mean conflict probability of its sentences reaches the
 * document gate, or enough of its sentences are sure ones (a report of war that is mostly diplomacy).
 * Both thresholds are read off non-conflict news at training time (scripts/train-events.ts) and kept
 * in the model file.
 */
function conflictReport(readings: readonly Reading[]): boolean {
  const gate = (eventsModel().info as { conflict: { doc_gate: number; sure_sentence: number; sure_gate: number } }).conflict;
  const mean = readings.reduce((sum, r) => sum + r.conflict, 0) / Math.max(1, readings.length);
  return mean >= gate.doc_gate || readings.filter((r) => r.conflict >= gate.sure_sentence).length >= gate.sure_gate;
}

/**
 * Two events in one sentence: two clauses ("shelled Kharkiv and detained the mayor of Melitopol") that
 * each name a conflict event by its own cue, of two ACLED types, each with its own trigger, place and
 * figures; a second clause that tells what the first did ("and killed five civilians", "and destroyed
 * houses") is not an event of its own. Null when no cut gives two, and the sentence's one event stands.
 */
function twoEvents(input: EventInput, i: number, whole: EventFound, context: Context): [EventFound, EventFound] | null {
  if (!CONFLICT_RULES.has(whole.rule)) return null;
  for (const [a, b] of clauseSplits(input.text, whole.start, whole.end)) {
    const first = clauseEvent(input, i, a, context);
    const second = first && CONFLICT_RULES.has(first.rule) ? clauseEvent(input, i, b, context) : null;
    if (!first || !second || !CONFLICT_RULES.has(second.rule) || first.type === second.type) continue;
    if (!EFFECT_CUE.test(input.text.slice(...second.trigger))) return [first, second];
  }
  return null;
}

/** How an event of a clause was found: the sub-type code, the trigger in the clause, the rule. */
interface Finding {
  code: string;
  trigger: [number, number];
  rule: string;
  plover: string | null;
  cues: string[];
  speech: boolean;
}

/**
 * What makes a clause an event, as a numbered cascade for its violence:
 *  1. a cue that names a conflict sub-type outright, in a sentence that reads as conflict (`events:cue`);
 *  2. a generic "attacks" typed by what it did to a building (`events:effect`);
 *  3. the model: a weak cue ("attack", "blast") in a sentence that reads as conflict, of a sub-type the
 *     model is sure of (`events:model`);
 * and beside it a political act (`events:plover`, or `events:other` for ACLED's "Other" measures), in a
 * conflict report. A sentence may tell both ("The Kremlin condemned the shelling that killed five"),
 * or two acts in two clauses ("said it respected the vote and urged Kiev to do the same"); but violence
 * that is only the object of the act ("condemned the attacks") is no event of its own unless the
 * sentence tells what it did, and a cue that only names people ("protesters") gives way to the act.
 */
function findings(input: EventInput, i: number, clause: Clause, context: Context): Finding[] {
  const whole = clause.start === input.sentences[i]!.start && clause.end === input.sentences[i]!.end;
  const reading = context.readings[i]!;
  const text = input.text.slice(clause.start, clause.end);
  const classification = whole ? reading.classification : classifyEvent(text);
  const acts = politicalActs(input, i, clause, text, classification);
  const violence = violent(text, reading, classification);
  if (!violence) return acts;
  // A cue that only names the people of a protest ("Among the demonstrators was ...") tells of a protest
  // only with what they did (gathered, marched, chanted); beside a political act, it is the act's.
  if (violence.rule === 'events:cue' && violence.cues.every((c) => PARTICIPANTS.test(c)) && (acts.length > 0 || !PROTEST_ACTS.test(text))) return acts;
  const act = acts[0];
  if (!act) return [violence];
  if (act.trigger[0] < violence.trigger[0]) {
    // The violence is what the act is about: "condemned the attacks", "vetoed a resolution demanding a
    // withdrawal". Its own event only when the sentence tells what it did.
    const told = EFFECT_TOLD.test(text.slice(violence.trigger[1])) && !NON_VIOLENT.has(violence.code);
    return told ? [...acts, violence] : acts;
  }
  return [violence, ...acts];
}

/** After a violent act's cue, words that tell what it did: it happened, it is not only talked about. */
const EFFECT_TOLD = /\b(?:killed|killing|kills|dead|deaths?|died|wounded|wounding|injured|injuring|destroyed|destroying|damaged|led to|left)\b/i;
/** Cues that name only the people of a protest or a riot, not what they did. */
const PARTICIPANTS = /^(?:protesters?|demonstrators?|marchers|rioters?|protestors?)$/i;

/** The violence a clause tells, by the cascade above; null when it tells none. */
function violent(text: string, reading: Reading, classification: Classification): Finding | null {
  const { rules, model } = classification;
  // The sub-type of violence the cues name most, even where a diplomatic class scores higher ("The
  // ministry condemned the shelling"): the act and the violence are told side by side.
  const [named, score] = rules.scores.find(([sub]) => !NOT_CONFLICT.has(sub) && !POLITICAL.has(sub)) ?? [null, 0];
  const cues = named ? rules.cuesOf.get(named) ?? [] : [];
  if (named && score >= NAMED && strongCue(cues)) {
    const trigger = cueSpan(text, cues);
    if (trigger && !inName(text, trigger)) return { code: named, trigger, rule: 'events:cue', plover: null, cues, speech: false };
  }
  // No cue names the violence, only a generic "attacks" or "strikes": what it did to a building says long-range fire.
  const effect = !NOT_BY_EFFECT.has(rules.subtype) ? remoteByEffect(text) : null;
  const at = effect && cueSpan(text, [effect.cue]);
  if (effect && at) return { code: effect.subtype, trigger: at, rule: 'events:effect', plover: null, cues: [effect.cue], speech: false };
  // A weak cue ("attack", "blast", "killed") the model reads surely as one sub-type: the model types it.
  const conflictCue = !NOT_CONFLICT.has(rules.subtype) && !POLITICAL.has(rules.subtype);
  const weak = conflictCue && rules.score > 0 && rules.score < NAMED ? cueSpan(text, rules.cues) : null;
  if (weak && reading.conflict >= MODEL_GATE && model.probability >= MODEL_SURE && !POLITICAL.has(model.subtype)) {
    return { code: model.subtype, trigger: weak, rule: 'events:model', plover: null, cues: rules.cues, speech: false };
  }
  return null;
}

/** The political acts of a clause: the first, and one of another category in a later clause of its own. */
function politicalActs(input: EventInput, i: number, clause: Clause, text: string, classification: Classification): Finding[] {
  const { rules } = classification;
  const other = rules.subtype === 'OTHER' && rules.score >= NAMED ? rules.cues : [];
  const first = politicalAct(input, i, clause.start, text, other);
  if (!first) return [];
  const out = [asFinding(first)];
  for (const [, b] of clauseSplits(input.text, clause.start, clause.end)) {
    if (b.start - clause.start <= first.trigger[1]) continue;
    const second = politicalAct(input, i, b.start, input.text.slice(b.start, b.end), []);
    if (second && second.category !== first.category) {
      out.push(asFinding({ ...second, trigger: [second.trigger[0] + b.start - clause.start, second.trigger[1] + b.start - clause.start] }));
      break;
    }
  }
  return out;
}

function asFinding(act: PoliticalAct): Finding {
  const other = act.category === 'OTHER';
  return { code: other ? 'OTHER' : `PLOVER:${act.category}`, trigger: act.trigger, rule: other ? 'events:other' : 'events:plover', plover: other ? null : act.category, cues: [], speech: act.speech };
}

/** The first event of the clause `[clause.start, clause.end)` of sentence `i` (one of two clauses). */
function clauseEvent(input: EventInput, i: number, clause: Clause, context: Context): EventFound | null {
  const [found] = findings(input, i, clause, context);
  return found ? eventOf(input, i, clause, found, context) : null;
}

/** The event a finding gives, with its arguments; null for what did not (yet) happen. */
function eventOf(input: EventInput, i: number, clause: Clause, found: Finding, context: Context): EventFound | null {
  const s = input.sentences[i]!;
  const text = input.text.slice(clause.start, clause.end);
  // What did not happen, or has not yet, is no event; a statement is one whatever it says, unless it
  // is only supposed ("if ..."). A question asks, it does not tell.
  const before = text.slice(0, found.trigger[1]);
  if (!found.speech && (UNREAL.test(before) || MODAL_AFTER.test(text.slice(found.trigger[1])))) return null;
  if (CONDITIONAL.test(before) || /\?["”’)\s]*$/.test(input.text.slice(s.start, s.end))) return null;
  if (!found.speech && !told(input, i, text)) return null;
  const conflict = CONFLICT_RULES.has(found.rule);
  const names = conflict ? ACLED_NAMES[found.code as SubType] : found.plover === 'AGREE' ? ACLED_NAMES.AGREEMENT : ACLED_NAMES.OTHER;
  if (!names) return null;
  const abs: [number, number] = [clause.start + found.trigger[0], clause.start + found.trigger[1]];
  const counts = casualties(input, i, clause);
  const parties = eventArguments(input, i, abs);
  const own = stated(input, i, abs);
  const governing = own ?? input.governing[i];
  const date = dateOf(governing, input.published, context.day);
  if (date && input.published && background(date.value, input.published)) return null;
  return {
    sentence: i,
    start: s.start,
    end: s.end,
    trigger: abs,
    code: found.code,
    type: names.type,
    subtype: names.subtype,
    plover: found.plover,
    arguments: parties,
    ...placeField(placeOf(input, i, abs, clause, parties, context.focus)),
    date,
    dateFrom: date ? dateSource(input, own, governing!) : null,
    fatalities: counts.killed,
    injured: counts.injured,
    figures: counts.figures,
    civilianTargeting: civilianTargeting(names.type, text),
    rule: found.rule,
    // Typing with cue words is about two in three right on CASE 2021 (sitrep eval events); an event the
    // model alone found, or a generic attack typed by its effect, is less sure.
    confidence: found.rule === 'events:cue' ? 0.65 : 0.5,
    cues: found.cues,
    also: [],
  };
}

function dateSource(input: EventInput, own: GoverningDate | null, g: GoverningDate): DateFrom {
  const time = typeof g.from === 'number' ? input.times?.[g.from] : undefined;
  if (g.inferred || g.from === 'inferred' || time?.anchor?.startsWith('inferred')) return 'inferred';
  if (g.from === 'published') return 'published';
  return own ? 'sentence' : 'paragraph';
}

/** Whether a date (a day, month or year) ends `BACKGROUND_DAYS` or more before the publication day. */
function background(value: string, published: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const end = Date.UTC(y!, m === undefined ? 11 : m - 1, d ?? (m === undefined ? 31 : 28));
  return (Date.parse(published.slice(0, 10)) - end) / 86_400_000 >= BACKGROUND_DAYS;
}

/** Whether a clause tells what happened: it is not in the present tense, or it has a verb in the past
 * or perfect (`REPORTED`), or it is in the article's first paragraph (a headline tells in the present:
 * "Russia Sinks Ship"), or its sentence states a time. */
function told(input: EventInput, i: number, text: string): boolean {
  if (input.sentences[i]!.paragraph === 0 || !PRESENT.test(text) || (input.times ?? []).some((t) => t.sentence === i)) return true;
  return REPORTED.test(text.replace(PRESENT_PASSIVE, ''));
}

function placeField(choice: PlaceChoice): Pick<EventFound, 'place' | 'placeFrom'> {
  return { place: choice.place, placeFrom: choice.from };
}

/** What may stand before a word that opens its sentence: quotation marks and brackets, or a dateline or
 * lead-in that ends with a dash or a colon ("KHARKIV, March 3 (Reuters) - Shelling killed ..."). */
const SENTENCE_OPENING = /(?:^[\s"“'‘(]*|\s[-–—]\s*|^[^\n]{0,80}[:–—]\s*|\)\s*-\s*)$/;

/** A cue word capitalized inside a sentence that is not a headline is part of a name: an album called
 * "The Massacre", "Operation Liberation". A capital that opens the sentence after a dateline is not. */
export function inName(text: string, [start]: [number, number]): boolean {
  if (!/^[A-Z]/.test(text.slice(start)) || start === 0 || SENTENCE_OPENING.test(text.slice(0, start))) return false;
  const words = text.match(/\b[a-z][a-z]{3,}\b/g) ?? [];
  return words.length > 2; // a headline has its longer words capitalized
}

/** Whether one of the deciding cues names the sub-type outright, not only a generic word. */
function strongCue(cues: readonly string[]): boolean {
  return cues.some((c) => c.length > 4 || /[A-Z]{3}/.test(c));
}
