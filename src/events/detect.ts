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
import { ACLED_NAMES, EFFECT_CUE, type SubType } from '../lexicon/events.js';
import type { Event, GoverningDate } from '../model/annotations.js';
import { articleFocus, casualties, civilianTargeting, dateOf, eventArguments, placeOf, stated, type PlaceChoice, type PlaceFrom } from './arguments.js';
import { clauseSplits, type Clause } from './clauses.js';
import { reportDay } from './report-day.js';
import { cueSpan, politicalAct, type PoliticalAct } from './political.js';
import { restatements } from './restatements.js';
import { classifyEvent, conflictProbability, modelTrigger, type Classification } from './typer/classify.js';
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
  /** The triggers of later sentences that tell the same event again (restatements.ts). */
  also: Array<[number, number]>;
  placeFrom: PlaceFrom | null;
}

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

/** In an article that is not a conflict report (below the model's document gate), a cue word tells of
 * violence only in a sentence that reads as conflict this surely (a bombing reported in a business
 * story), not "a clash against France" or "the film's explosive finale". In a conflict report the cue
 * suffices: the conflict head, trained on terse notes, reads some news sentences of war as other news. */
const SURE_GATE = 0.9;
/** Without a cue that names it, an event rests on the model: its sentence must read as conflict this
 * surely, and the model's sub-type be at least this probable. */
const MODEL_GATE = 0.8;
const MODEL_SURE = 0.5;

/** Words that make a sentence about what did not or has not yet happened. */
const UNREAL = /\b(?:could|would|might|may|will|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|if|unless|denied|denies|deny|no (?:\w+ )?(?:were|was) (?:reported|killed|injured)|not|n['’]t|never|fears? of|risk of|warned)\b/i;

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
  const mean = readings.reduce((sum, r) => sum + r.conflict, 0) / Math.max(1, readings.length);
  const context: Context = { day: reportDay(input), focus: articleFocus(input), readings, conflictReport: mean >= documentGate() };
  const out: EventFound[] = [];
  for (let i = 0; i < input.sentences.length; i++) {
    const s = input.sentences[i]!;
    for (const f of findings(input, i, s, context)) {
      const found = eventOf(input, i, s, f, context);
      if (!found) continue;
      out.push(...(twoEvents(input, i, found, context) ?? [found]));
    }
  }
  return restatements(input, out);
}

/** The mean conflict probability of a conflict report's sentences, from the model file (read off
 * non-conflict articles at training time, scripts/train-events.ts). */
function documentGate(): number {
  const info = eventsModel().info as { conflict?: { doc_gate?: number } };
  return info.conflict?.doc_gate ?? 0.2;
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
 *  3. the model: a sentence that reads surely as conflict, of a sub-type the model is sure of, its
 *     trigger the word that speaks most for it (`events:model`);
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
  const acts = context.conflictReport ? politicalActs(input, i, clause, text, classification) : [];
  const violence = violent(text, reading, classification, context);
  if (!violence) return acts;
  const act = acts[0];
  if (!act) return [violence];
  if (act.trigger[0] < violence.trigger[0]) {
    // The violence is what the act is about: "condemned the attacks", "vetoed a resolution demanding a
    // withdrawal". Its own event only when the sentence tells what it did.
    const told = EFFECT_TOLD.test(text.slice(violence.trigger[1])) && !NON_VIOLENT.has(violence.code);
    return told ? [...acts, violence] : acts;
  }
  if (violence.rule === 'events:cue' && violence.cues.every((c) => PARTICIPANTS.test(c))) return acts;
  return [violence, ...acts];
}

/** After a violent act's cue, words that tell what it did: it happened, it is not only talked about. */
const EFFECT_TOLD = /\b(?:killed|killing|kills|dead|deaths?|died|wounded|wounding|injured|injuring|destroyed|destroying|damaged|led to|left)\b/i;
/** Cues that name only the people of a protest or a riot, not what they did. */
const PARTICIPANTS = /^(?:protesters?|demonstrators?|marchers|rioters?|protestors?)$/i;

/** The violence a clause tells, by the cascade above; null when it tells none. */
function violent(text: string, reading: Reading, classification: Classification, context: Context): Finding | null {
  const { rules, model } = classification;
  const reads = context.conflictReport || reading.conflict >= SURE_GATE;
  if (reads && !NOT_CONFLICT.has(rules.subtype) && !POLITICAL.has(rules.subtype) && rules.score >= NAMED && strongCue(rules.cues)) {
    const trigger = cueSpan(text, rules.cues);
    if (trigger) return { code: rules.subtype, trigger, rule: 'events:cue', plover: null, cues: rules.cues, speech: false };
  }
  // No cue names the violence, only a generic "attacks" or "strikes": what it did to a building says long-range fire.
  const effect = reads && !NOT_BY_EFFECT.has(rules.subtype) ? remoteByEffect(text) : null;
  const at = effect && cueSpan(text, [effect.cue]);
  if (effect && at) return { code: effect.subtype, trigger: at, rule: 'events:effect', plover: null, cues: [effect.cue], speech: false };
  if (context.conflictReport && reading.conflict >= MODEL_GATE && model.probability >= MODEL_SURE && !POLITICAL.has(model.subtype)) {
    const trigger = modelTrigger(text, model.subtype);
    if (trigger) return { code: model.subtype, trigger, rule: 'events:model', plover: null, cues: [text.slice(...trigger)], speech: false };
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
  // What did not happen, or has not yet, is no event; a statement is one whatever it says.
  if (!found.speech && UNREAL.test(text.slice(0, found.trigger[1]))) return null;
  const conflict = CONFLICT_RULES.has(found.rule);
  const names = conflict ? ACLED_NAMES[found.code as SubType] : found.plover === 'AGREE' ? ACLED_NAMES.AGREEMENT : ACLED_NAMES.OTHER;
  if (!names) return null;
  const abs: [number, number] = [clause.start + found.trigger[0], clause.start + found.trigger[1]];
  const counts = casualties(input, i, clause);
  const parties = eventArguments(input, i, abs);
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
    date: dateOf(stated(input, i, abs) ?? input.governing[i], input.published, context.day),
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

function placeField(choice: PlaceChoice): Pick<EventFound, 'place' | 'placeFrom'> {
  return { place: choice.place, placeFrom: choice.from };
}

/** Whether one of the deciding cues names the sub-type outright, not only a generic word. */
function strongCue(cues: readonly string[]): boolean {
  return cues.some((c) => c.length > 4 || /[A-Z]{3}/.test(c));
}
