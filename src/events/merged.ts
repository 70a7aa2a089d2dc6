/**
 * The merged event: one real event with every report of it. Nothing reported is merged away: each
 * source's figures stay side by side, and where sources disagree (two death tolls) the event says so.
 * The event's own count follows ACLED's rule for conflicting reports, the lowest figure; within one
 * report the highest of its sentences is that report's figure (a later sentence updating a toll).
 */
import { createHash } from 'node:crypto';
import { countryOf, sameEntity } from './actors.js';
import type { DayRange } from './dates.js';
import type { Group } from './merge.js';
import type { EventMention, MentionActor, MentionPlace } from './mention.js';

export interface EventSource {
  key: string;
  doc: string;
  /** Index into the document's `annotations.events`. */
  event: number;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  origin: string;
  sentence: EventMention['sentence'];
  trigger: EventMention['trigger'];
  date: EventMention['date'];
  place: string | null;
  fatalities: number | null;
  injured: number | null;
  rule: string;
  confidence: number;
}

export interface SourceFigure {
  kind: 'killed' | 'injured';
  value: number;
  text: string | null;
  qualifier: string | null;
  /** Who the report says gave it. */
  said: string | null;
  span: [number, number] | null;
  doc: string;
  outlet: string | null;
  published: string | null;
}

export interface Conflict {
  field: 'fatalities' | 'injured' | 'civilian_targeting' | 'sub_event_type';
  /** Each value with the documents that report it. */
  values: Array<{ value: string | number | boolean; docs: string[] }>;
}

export interface MergedActor {
  name: string;
  role: 'actor' | 'target';
  actorClass: string | null;
  keys: string[];
  /** How many mentions name it. */
  mentions: number;
}

export interface MergedEvent {
  /** Stable id: a hash of the mention keys, so the same reports always give the same id. */
  id: string;
  /** ACLED-like `event_id_cnty`: the country's ISO alpha-3 code (XXX when unknown) and the id's first digits. */
  idCnty: string;
  type: string;
  subtype: string;
  code: string;
  plover: string | null;
  /** The most precise date a report gives; `days` is the range every report's date allows. */
  date: EventMention['date'];
  /** Where the date came from in the report that gives it (src/events/detect.ts DateFrom). */
  dateFrom: EventMention['dateFrom'];
  days: DayRange | null;
  place: MentionPlace | null;
  /** Where the place came from in the report that gives it. */
  placeFrom: EventMention['placeFrom'];
  actors: MergedActor[];
  fatalities: number | null;
  injured: number | null;
  civilianTargeting: boolean | null;
  figures: SourceFigure[];
  conflicts: Conflict[];
  sources: EventSource[];
  merge: { rule: string; confidence: number; evidence: string[]; notes: string[] };
}

export function mergedEvent(group: Group): MergedEvent {
  // The first member is the most precise (src/events/merge.ts); sources read oldest report first.
  const first = group.members[0]!;
  const ms = [...group.members].sort(bySource);
  const id = `ev${createHash('sha256').update(ms.map((m) => m.key).sort().join('\n')).digest('hex').slice(0, 16)}`;
  const place = bestPlace(ms);
  const subtype = majority(ms.map((m) => m.subtype)) ?? first.subtype;
  const lead = ms.find((m) => m.subtype === subtype) ?? first;
  const figures = sourceFigures(ms);
  const conflicts: Conflict[] = [];
  const fatalities = countOf(ms, figures, 'killed', 'fatalities', conflicts);
  const injured = countOf(ms, figures, 'injured', 'injured', conflicts);
  const civilian = civilianOf(ms, conflicts);
  const subtypes = valuesByDoc(ms.map((m) => [m.subtype, m.doc]));
  if (subtypes.length > 1) conflicts.push({ field: 'sub_event_type', values: subtypes });
  const days = ms.reduce<DayRange | null>((r, m) => (r && m.days ? [Math.max(r[0], m.days[0]), Math.min(r[1], m.days[1])] : r ?? m.days), null);
  return {
    id,
    idCnty: `${countryOf(place?.country ?? null)?.cca3 ?? 'XXX'}${id.slice(2, 10).toUpperCase()}`,
    type: first.type,
    subtype,
    code: lead.code,
    plover: lead.plover ?? ms.find((m) => m.plover)?.plover ?? null,
    date: first.date,
    dateFrom: first.dateFrom ?? null,
    days,
    place,
    placeFrom: ms.find((m) => m.place === place)?.placeFrom ?? null,
    actors: mergeActors(ms),
    fatalities,
    injured,
    civilianTargeting: civilian,
    figures,
    conflicts,
    sources: ms.map(sourceOf),
    merge: group.weakest
      ? { rule: group.weakest.rule, confidence: group.weakest.score, evidence: [`${group.weakest.between.join(' ~ ')}: ${group.weakest.evidence.join('; ')}`], notes: group.notes }
      : { rule: 'single-mention', confidence: 1, evidence: [], notes: group.notes },
  };
}

/** Oldest report first, then by document and sentence order. */
function bySource(a: EventMention, b: EventMention): number {
  const [pa, pb] = [a.source.published ?? '9999', b.source.published ?? '9999'];
  return pa < pb ? -1 : pa > pb ? 1 : a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.index - b.index;
}

function sourceOf(m: EventMention): EventSource {
  return {
    key: m.key, doc: m.doc, event: m.index, outlet: m.source.outlet, url: m.source.url, title: m.source.title,
    published: m.source.published, origin: m.source.origin, sentence: m.sentence, trigger: m.trigger, date: m.date,
    place: m.place?.name ?? null, fatalities: m.fatalities, injured: m.injured, rule: m.rule, confidence: m.confidence,
  };
}

/** The most precise place; among equals the one most reports name, then the first. */
function bestPlace(ms: readonly EventMention[]): MentionPlace | null {
  const places = ms.map((m) => m.place).filter((p): p is MentionPlace => !!p && p.lat !== null);
  const count = (p: MentionPlace) => places.filter((q) => q.geonameid === p.geonameid).length;
  return places.reduce<MentionPlace | null>((best, p) => {
    if (!best) return p;
    const [pp, bp] = [p.precision ?? 1, best.precision ?? 1];
    return pp < bp || (pp === bp && count(p) > count(best)) ? p : best;
  }, null);
}

function sourceFigures(ms: readonly EventMention[]): SourceFigure[] {
  const out: SourceFigure[] = [];
  const seen = new Set<string>();
  for (const m of ms) {
    for (const f of m.figures) {
      const key = `${m.doc}|${f.kind}|${f.span ? f.span.join('-') : `${m.index}:${f.value}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: f.kind, value: f.value, text: f.text, qualifier: f.qualifier, said: f.said, span: f.span, doc: m.doc, outlet: m.source.outlet, published: m.source.published });
    }
  }
  return out;
}

/** Each report's count (its highest), the event's count (the lowest report), and a conflict when reports differ. */
function countOf(ms: readonly EventMention[], figures: readonly SourceFigure[], kind: 'killed' | 'injured', field: Conflict['field'], conflicts: Conflict[]): number | null {
  const perDoc = new Map<string, number>();
  for (const m of ms) {
    const n = kind === 'killed' ? m.fatalities : m.injured;
    if (n !== null) perDoc.set(m.doc, Math.max(perDoc.get(m.doc) ?? 0, n));
  }
  for (const f of figures) if (f.kind === kind && !perDoc.has(f.doc)) perDoc.set(f.doc, f.value);
  if (perDoc.size === 0) return null;
  const values = valuesByDoc([...perDoc].map(([doc, n]) => [n, doc]));
  if (values.length > 1) conflicts.push({ field, values });
  return Math.min(...perDoc.values());
}

function civilianOf(ms: readonly EventMention[], conflicts: Conflict[]): boolean | null {
  const stated = ms.filter((m) => m.civilianTargeting !== null);
  if (stated.length === 0) return null;
  const values = valuesByDoc(stated.map((m) => [m.civilianTargeting!, m.doc]));
  if (values.length > 1) conflicts.push({ field: 'civilian_targeting', values });
  return stated.some((m) => m.civilianTargeting);
}

/** Distinct values, each with the documents that give it, in order of first appearance. */
function valuesByDoc<T extends string | number | boolean>(pairs: Array<[T, string]>): Array<{ value: T; docs: string[] }> {
  const out: Array<{ value: T; docs: string[] }> = [];
  for (const [value, doc] of pairs) {
    const row = out.find((r) => r.value === value) ?? (out.push({ value, docs: [] }), out.at(-1)!);
    if (!row.docs.includes(doc)) row.docs.push(doc);
  }
  return out;
}

function majority(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}

/**
 * Actors that are one entity (`sameEntity`), or whose keys meet where the entities do not tell, are one;
 * the name most mentions use (then the longest) stands for it.
 */
function mergeActors(ms: readonly EventMention[]): MergedActor[] {
  const out: Array<MergedActor & { names: Map<string, number>; parties: MentionActor[] }> = [];
  const meet = (x: MentionActor, a: MentionActor) => sameEntity(x, a) ?? x.keys.some((k) => a.keys.includes(k));
  for (const a of ms.flatMap((m) => m.actors)) {
    const same = out.find((x) => x.role === a.role && x.parties.some((p) => meet(p, a)));
    if (!same) {
      out.push({ name: a.name, role: a.role, actorClass: a.actorClass, keys: [...a.keys], mentions: 1, names: new Map([[a.name, 1]]), parties: [a] });
      continue;
    }
    same.parties.push(a);
    same.mentions++;
    same.names.set(a.name, (same.names.get(a.name) ?? 0) + 1);
    same.keys = [...new Set([...same.keys, ...a.keys])].sort();
    same.actorClass ??= a.actorClass;
  }
  return out.map(({ names, parties: _, ...actor }) => ({ ...actor, name: preferredName(names) }));
}

function preferredName(names: Map<string, number>): string {
  return [...names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
}

