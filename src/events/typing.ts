/**
 * Event typing: the ACLED sub-event type (or one of the five CASE 2021 non-ACLED classes) that a
 * sentence or short report describes. Three steps:
 *  1. cue scores: every sub-type's cues (src/lexicon/events.ts) are matched and weighed, cues in the
 *     first sentence counting more, as news puts the event first;
 *  2. families settled by the codebook's own distinctions rather than by score: a protest is peaceful,
 *     met with intervention, met with excessive force, or a riot; remote violence goes to its most
 *     specific means (chemical, suicide, air, grenade, explosive device, then artillery and missiles);
 *     a territorial change is the government's or a non-state actor's by who made it;
 *  3. the highest score wins, ties by `PRECEDENCE`.
 * Each result carries the cues that decided it, so an analyst can see why.
 */
import { literalPairs, requiredLiterals, Sieve, type Literals } from './prefilter.js';
import { CIVILIAN_TARGETS, CUES, INTERVENTION, LETHAL_FORCE, NON_STATE, RIOTING, STATE_FORCES, UNARMED_SIDES, type Cue, type SubType } from '../lexicon/events.js';

export interface EventTyping {
  subtype: SubType;
  /** The winning score; 0 when no cue matched and `OTHER` is a default, not a finding. */
  score: number;
  /** The cues that decided it, as matched text. */
  cues: string[];
  /** Every sub-type with a score, highest first, for inspection. */
  scores: Array<[SubType, number]>;
  /** The cues of each sub-type that has a score (a settled class: those of the classes it took in). */
  cuesOf: Map<SubType, string[]>;
}

/** Weight of a cue in the first sentence against one later. */
const LEAD_WEIGHT = 1.5;

/** Ties go to the more specific class, in this order. */
const PRECEDENCE: readonly SubType[] = [
  'CHEM_WEAP', 'SUIC_BOMB', 'SEX_VIOL', 'GRENADE', 'AIR_STRIKE', 'REM_EXPLOS', 'ART_MISS_ATTACK',
  'ABDUCT_DISSAP', 'FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER', 'VIOL_DEMONSTR', 'MOB_VIOL', 'PEACE_PROTEST',
  'DISR_WEAP', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'HQ_ESTABLISHED',
  'ARMED_CLASH', 'ATTACK', 'ARREST', 'AGREEMENT', 'PROPERTY_DISTRUCT', 'CHANGE_TO_GROUP_ACT',
  'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORG_CRIME', 'ATTRIB', 'DIPLO', 'OTHER',
];
const RANK = new Map(PRECEDENCE.map((s, i) => [s, i]));

/** Cue patterns compiled once, case-insensitive and global, each with the literals any match of it
 * holds (src/events/prefilter.ts): a pattern none of whose literals is in the text is not run. */
const COMPILED: Array<[SubType, Array<[RegExp, number, Literals, Uint16Array[] | null]>]> = Object.entries(CUES).map(([subtype, cues]) => [
  subtype as SubType,
  (cues as readonly Cue[]).map(([pattern, weight]) => {
    const re = new RegExp(pattern.source, 'gi');
    const literals = requiredLiterals(re);
    return [re, weight, literals, literalPairs(literals)];
  }),
]);
const sieve = new Sieve();

const PROTEST_FAMILY: ReadonlySet<SubType> = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR']);
/** The means of remote violence, most specific first. */
const REMOTE_MEANS: readonly SubType[] = ['CHEM_WEAP', 'SUIC_BOMB', 'AIR_STRIKE', 'GRENADE', 'REM_EXPLOS', 'ART_MISS_ATTACK'];
/** A protest must be named this strongly before the protest family settles the class. */
const PROTEST_THRESHOLD = 3;
/** The weight of a cue that names its sub-type outright. */
const NAMED_WEIGHT = 3;

export function typeEvent(text: string): EventTyping {
  const lead = firstSentenceEnd(text);
  const score = new Map<SubType, number>();
  /** The heaviest single cue of each sub-type: whether the text names it or only hints at it. */
  const strongest = new Map<SubType, number>();
  const cues = new Map<SubType, string[]>();
  sieve.read(text.toLowerCase());
  for (const [subtype, patterns] of COMPILED) {
    let [total, heaviest] = [0, 0];
    const found: string[] = [];
    for (const [pattern, weight, literals, pairs] of patterns) {
      if (!sieve.may(literals, pairs)) continue;
      pattern.lastIndex = 0;
      // A cue counts once, at its first place: repetition is style, not evidence.
      const m = pattern.exec(text);
      if (!m) continue;
      total += weight * (m.index < lead ? LEAD_WEIGHT : 1);
      heaviest = Math.max(heaviest, weight);
      found.push(m[0]);
    }
    if (total > 0) {
      score.set(subtype, total);
      strongest.set(subtype, heaviest);
      cues.set(subtype, found);
    }
  }
  const named = (s: SubType) => (strongest.get(s) ?? 0) >= NAMED_WEIGHT;
  settleProtest(text, score);
  settleDisrupted(score, named);
  settleRemoteViolence(score, named);
  settleTerritory(text, score);
  settleTargets(text, score);
  settleClash(text, score);
  const ranked = [...score].sort((a, b) => b[1] - a[1] || RANK.get(a[0])! - RANK.get(b[0])!);
  const [best, top] = ranked[0] ?? ['OTHER', 0];
  // A class a family rule settled on may have no cue of its own: the cues of the classes it took in decided it.
  const own = cues.get(best) ?? [];
  const taken = own.length > 0 || top === 0 ? own : [...cues].filter(([s]) => !score.has(s)).flatMap(([, c]) => c);
  const cuesOf = new Map<SubType, string[]>(ranked.map(([sub]) => [sub, sub === best ? taken : cues.get(sub) ?? []]));
  return { subtype: best, score: top, cues: taken, scores: ranked, cuesOf };
}

/**
 * A protest named clearly decides among the protest classes by what happened to or at it: force that
 * killed or injured (excessive force), protesters' own violence (violent demonstration), dispersal or
 * arrests (intervention), else peaceful. The family's total goes to that one class.
 */
function settleProtest(text: string, score: Map<SubType, number>): void {
  const protest = score.get('PEACE_PROTEST') ?? 0;
  if (protest < PROTEST_THRESHOLD) return;
  const lower = text.toLowerCase();
  const family = protest + (score.get('ARREST') ?? 0) + (score.get('ARMED_CLASH') ?? 0) + (score.get('PROPERTY_DISTRUCT') ?? 0) + (score.get('ATTACK') ?? 0);
  const rioting = RIOTING.some((p) => p.test(lower));
  const lethal = LETHAL_FORCE.some((p) => p.test(lower));
  const intervened = INTERVENTION.some((p) => p.test(lower));
  const subtype: SubType = lethal && !rioting ? 'FORCE_AGAINST_PROTEST' : rioting ? 'VIOL_DEMONSTR' : intervened ? 'PROTEST_WITH_INTER' : 'PEACE_PROTEST';
  for (const s of PROTEST_FAMILY) score.delete(s);
  for (const s of ['ARREST', 'ARMED_CLASH', 'PROPERTY_DISTRUCT', 'ATTACK'] as const) score.delete(s);
  score.set(subtype, family);
}

/**
 * Remote violence goes to its most specific means named: a suicide bombing is also an explosion, an
 * airstrike often also "bombs" and "missiles". The lesser means' scores join the specific one.
 */
function settleRemoteViolence(score: Map<SubType, number>, named: (s: SubType) => boolean): void {
  const means = REMOTE_MEANS.filter(named);
  if (means.length === 0) {
    // Only "explosion", "blast", "bomb": an explosion no one is said to have set off is an accident
    // when the text names one (a gas cylinder, a factory, a fire).
    if ((score.get('MAN_MADE_DISASTER') ?? 0) > 0) for (const s of REMOTE_MEANS) score.delete(s);
    return;
  }
  const specific = means[0]!;
  let total = 0;
  for (const s of REMOTE_MEANS) {
    total += score.get(s) ?? 0;
    score.delete(s);
  }
  score.set(specific, total);
}

/**
 * A weapon found, seized, defused or intercepted is a disrupted weapons use, not the attack it would
 * have been: the means it names (a bomb, a missile) and "seized" or "recovered" (which also say
 * territory) give way, unless the text also names a change of control outright.
 */
function settleDisrupted(score: Map<SubType, number>, named: (s: SubType) => boolean): void {
  if (!named('DISR_WEAP')) return;
  let total = score.get('DISR_WEAP')!;
  for (const s of [...REMOTE_MEANS, 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'] as const) {
    if (s === 'CHEM_WEAP' || ((s === 'GOV_REGAINS_TERIT' || s === 'NON_STATE_ACTOR_OVERTAKES_TER') && named(s))) continue;
    total += score.get(s) ?? 0;
    score.delete(s);
  }
  score.set('DISR_WEAP', total);
}

/**
 * ACLED's violence against civilians needs unarmed targets: an attack in which no civilian is named
 * (on a post, a convoy, soldiers) is fighting between armed groups, an armed clash.
 */
function settleTargets(text: string, score: Map<SubType, number>): void {
  const attack = score.get('ATTACK');
  if (attack === undefined || CIVILIAN_TARGETS.test(text)) return;
  score.delete('ATTACK');
  score.set('ARMED_CLASH', (score.get('ARMED_CLASH') ?? 0) + attack);
}

/** Who clashed: "clashes between X and Y", "X clashed with Y". */
const CLASH_SIDES = /\bclash(?:es)? (?:between|among|involving) ([^.;]{1,80})|([^.;,]{1,60}) clashed with ([^.;]{1,60})/i;

/**
 * ACLED's battles are between armed, organized groups: "clashes" between activists, supporters,
 * residents or fans, with no force or armed group named, are mob violence.
 */
function settleClash(text: string, score: Map<SubType, number>): void {
  const clash = score.get('ARMED_CLASH');
  if (clash === undefined || ![...score.values()].every((v) => v <= clash)) return;
  const sides = CLASH_SIDES.exec(text);
  const who = sides ? [sides[1], sides[2], sides[3]].filter(Boolean).join(' ') : '';
  if (!UNARMED_SIDES.test(who) || STATE_FORCES.test(who) || NON_STATE.test(who) || /\bforces\b/i.test(who)) return;
  score.delete('ARMED_CLASH');
  score.set('MOB_VIOL', (score.get('MOB_VIOL') ?? 0) + clash);
}

/**
 * A change of territory is the government's when state forces are its subject and it is a recapture,
 * a non-state actor's when rebels or militants took it; the two classes share cue words ("seized
 * control", "took back").
 */
function settleTerritory(text: string, score: Map<SubType, number>): void {
  const gov = score.get('GOV_REGAINS_TERIT') ?? 0;
  const nsa = score.get('NON_STATE_ACTOR_OVERTAKES_TER') ?? 0;
  if (gov + nsa === 0) return;
  const actor = territoryActor(text);
  if (actor === null) return;
  score.delete('GOV_REGAINS_TERIT');
  score.delete('NON_STATE_ACTOR_OVERTAKES_TER');
  score.set(actor === 'state' ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER', gov + nsa);
}

const TERRITORY_VERB = /\b(?:re-?captur\w*|retook|retaken|regain\w*|liberat\w*|recover\w*|took back|seiz\w*|captur\w*|took (?:full )?control|taken (?:full )?control|gain\w* control|overr[au]n|fell|taken over|took over|stormed|entered)\b/i;

/**
 * Who made the change: "by X" after the verb (a passive), else the actor named nearest before it,
 * else the only kind of actor the text names.
 */
function territoryActor(text: string): 'state' | 'non-state' | null {
  const verb = TERRITORY_VERB.exec(text);
  const kind = (s: string): 'state' | 'non-state' | null => {
    const state = lastMatch(STATE_FORCES, s);
    const rebels = lastMatch(NON_STATE, s);
    if (state < 0 && rebels < 0) return null;
    return rebels > state ? 'non-state' : 'state';
  };
  if (verb) {
    const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 80);
    const by = /\bby (?:the )?([^,.;]{1,50})/.exec(after);
    if (by) return kind(by[1]!) ?? kind(text.slice(0, verb.index)) ?? kind(text);
    return kind(text.slice(Math.max(0, verb.index - 120), verb.index)) ?? kind(text);
  }
  return kind(text);
}

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) last = m.index;
  return last;
}

/** Where the first sentence ends: the first full stop, question or exclamation mark before a space and a capital. */
function firstSentenceEnd(text: string): number {
  const m = /[.!?]["”’)]?\s+(?=[A-Z"“])/.exec(text);
  return m ? m.index + 1 : text.length;
}

/** A word that says there was an attack and no more: not a cyber, heart or panic attack, a labour or hunger strike. */
const GENERIC_ATTACK = /\b(?<!(?:cyber|heart|panic|asthma|terror) )attack(?:s|ed)?\b|\b(?<!(?:on|hunger|general|labou?r|workers'?) )strikes\b/i;
/** What long-range fire hits: buildings and structures, not people. */
const STRUCTURE = String.raw`(?:[\w-]+ ){0,3}(?:buildings?|blocks?|tower|high-rise|homes?|houses?|power (?:station|plant)s?|substations?|infrastructure|depots?|airport|railway station|bridges?|factory|plant|warehouses?|hospital|school)`;
/** The structure hit, burning or wrecked: "a fire breaking out in a 15-storey apartment building", "hit a residential block". */
const STRUCTURE_HIT = new RegExp(
  String.raw`\b(?:fires?|blaze)(?: that| which)? (?:broke|breaking|breaks|break) out (?:in|at) (?:a |an |the |several )?${STRUCTURE}\b` +
    String.raw`|\b(?:hit|struck|damaged|destroyed|wrecked|levelled|leveled|flattened) (?:a |an |the |several |two |three |many )?${STRUCTURE}\b` +
    String.raw`|\b${STRUCTURE} (?:was |were )?(?:hit|struck|damaged|destroyed|ablaze|on fire|caught fire|collapsed)\b`,
  'i',
);
/** Words of violence up close, by people on the spot, which make an attack anything but long-range fire. */
const CLOSE_VIOLENCE = /\b(?:gunmen|gunman|assailants?|attackers stormed|stormed|raid(?:ed|s)?|shot|opened fire|stabb\w*|set (?:on )?fire|torched|burn(?:ed|t)|loot\w*|arson|clash\w*|fighting|fought|battles?|ambush\w*|mob|protest\w*|rioters?|suicide|grenades?|bomb(?:er|ers|ing|ings|s)?|explosive|mines?|IEDs?)\b/i;
/** Words that make a fire or a collapse an accident, or say there was no attack. */
const ACCIDENT = /\b(?:accident\w*|gas (?:leak|explosion|cylinder)|short[- ]circuit|faulty|electrical fault|no (?:sign|evidence|indication) of (?:an? )?attack|not (?:an?|the result of an?) attack)/i;

/**
 * A generic attack word typed by what it did: an attack that set a building on fire or wrecked it,
 * with no sign of violence up close (gunmen, a raid, shots, arson, a bomb), is remote violence whose
 * means the text does not name; ACLED's sub-type for long-range fire of unnamed means is shelling,
 * artillery and missiles (an air strike needs aircraft or drones named). For sentences `typeEvent`
 * finds no violence cue strong enough in; null when the words do not say so.
 */
export function remoteByEffect(text: string): { subtype: SubType; cue: string } | null {
  const attack = GENERIC_ATTACK.exec(text);
  if (!attack || !STRUCTURE_HIT.test(text) || CLOSE_VIOLENCE.test(text) || ACCIDENT.test(text)) return null;
  return { subtype: 'ART_MISS_ATTACK', cue: attack[0] };
}
