/**
 * The seeds' `events` items against the events stage, field by field. The candidates are the events
 * of the sentence that holds the gold trigger text; each gold field is a check:
 * - type, subtype (or the gold's `alt_subtype`), plover (when the gold names one);
 * - date (the gold value, when given); where (a place whose text holds the gold place name);
 * - actor, target: an argument of that role naming the gold party (`partyMatches`);
 * - fatalities, injured: the same count; civilian_targeting: the same flag.
 * The gold event is right when one candidate passes every check; otherwise the candidate with the most
 * checks right (type first) is reported with the checks it fails.
 */
import type { Event } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';
import { speakerMatches } from './seeds-extract.js';

export interface GoldEvent {
  type: string;
  subtype: string;
  alt_subtype?: string;
  plover?: string;
  trigger: string;
  date?: string;
  where?: string;
  actor?: string;
  target?: string;
  injured?: number;
  fatalities?: number;
  civilian_targeting?: boolean;
}

/** Every field of a gold event that is checked; `trigger` finds the sentence. */
export const EVENT_FIELDS = ['type', 'subtype', 'alt_subtype', 'plover', 'trigger', 'date', 'where', 'actor', 'target', 'fatalities', 'injured', 'civilian_targeting'] as const;

/** The checks of the type, sub-type, PLOVER category, date and place: what "right" meant before the
 * arguments were checked (the floor of 15 counts these). */
export const CORE_CHECKS = ['type', 'plover', 'date', 'where'] as const;

export interface EventCheck {
  gold: GoldEvent;
  /** Every check passed by one candidate. */
  right: boolean;
  /** The type, sub-type, PLOVER, date and place checks passed by one candidate. */
  coreRight: boolean;
  /** The checks of the best candidate (field → right?), empty when there is none. */
  checks: Record<string, boolean>;
  /** What sitrep gave in the gold trigger's sentence, or why nothing matched. */
  got: string;
}

/** Nouns for armed forces that name the same party ("Russian troops" = "Russian forces"). */
const FORCE_NOUNS = /\b(?:forces|troops|army|military|soldiers)\b/gi;
const forces = (s: string) => s.replace(FORCE_NOUNS, 'forces');

/** An argument names the gold party: by name, a part of it, a same-entity alias, or the same nation's forces. */
export function partyMatches(text: string, gold: string, sameEntity: ReadonlyArray<readonly string[]>): boolean {
  return speakerMatches(text, gold, sameEntity) || speakerMatches(forces(text), forces(gold), sameEntity);
}

function fieldChecks(a: Analysis, e: Event, g: GoldEvent, same: ReadonlyArray<readonly string[]>): Record<string, boolean> {
  const places = a.annotations?.places ?? [];
  const c: Record<string, boolean> = { type: e.type === g.type && (e.subtype === g.subtype || e.subtype === g.alt_subtype) };
  if (g.plover) c.plover = e.plover === g.plover;
  if (g.date !== undefined) c.date = e.date?.value === g.date;
  if (g.where !== undefined) c.where = e.place !== null && (places[e.place]?.span.text.includes(g.where) ?? false);
  for (const role of ['actor', 'target'] as const) {
    const want = g[role];
    if (want !== undefined) c[role] = e.arguments.some((x) => x.role === role && partyMatches(x.span.text, want, same));
  }
  if (g.fatalities !== undefined) c.fatalities = e.fatalities === g.fatalities;
  if (g.injured !== undefined) c.injured = e.injured === g.injured;
  if (g.civilian_targeting !== undefined) c.civilian_targeting = (e.civilianTargeting ?? false) === g.civilian_targeting;
  return c;
}

function describe(a: Analysis, e: Event): string {
  const places = a.annotations?.places ?? [];
  const place = e.place !== null ? places[e.place]?.span.text ?? '?' : '-';
  const parties = e.arguments.map((x) => `${x.role} ${x.span.text}`).join(', ') || 'no parties';
  return `${e.type} / ${e.subtype}${e.plover ? ` ${e.plover}` : ''}, "${e.trigger.text}", ${e.date?.value ?? 'no date'}, ${place}, ${parties}, killed ${e.fatalities ?? '-'}, injured ${e.injured ?? '-'}, civilians ${e.civilianTargeting ?? '-'}`;
}

export function checkEvents(a: Analysis, gold: readonly GoldEvent[], sameEntity: ReadonlyArray<readonly string[]> = []): EventCheck[] {
  const events = a.annotations?.events ?? [];
  const text = a.document.text;
  return gold.map((g) => {
    const none = (got: string): EventCheck => ({ gold: g, right: false, coreRight: false, checks: {}, got });
    const at = text.indexOf(g.trigger);
    if (at < 0) return none(`the trigger "${g.trigger}" is not in the text`);
    const sentence = a.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
    const here = events.filter((e) => e.sentence === sentence).map((e) => ({ e, c: fieldChecks(a, e, g, sameEntity) }));
    if (here.length === 0) return none('no event in its sentence');
    const passed = (c: Record<string, boolean>) => Object.values(c).filter(Boolean).length;
    const best = here.reduce((x, y) => (Number(y.c.type) > Number(x.c.type) || (y.c.type === x.c.type && passed(y.c) > passed(x.c)) ? y : x));
    const all = here.find((x) => Object.values(x.c).every(Boolean));
    const core = here.some((x) => CORE_CHECKS.every((k) => x.c[k] !== false));
    const shown = all ?? best;
    return { gold: g, right: !!all, coreRight: core, checks: shown.c, got: all ? describe(a, all.e) : here.map((x) => describe(a, x.e)).join('; ') };
  });
}
