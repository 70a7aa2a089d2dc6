/**
 * The layers of one analysis that `sitrep analyze --format text` lists besides quotes and figures
 * (src/figures/report.ts): entities with their aliases, places with coordinates, times with values, and
 * events with type, date, place, actors and counts, each saying where its date and place came from.
 */
import type { Annotations } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';
import { round } from './events.js';

export function layerLines(a: Analysis): string[] {
  const ann = a.annotations ?? {};
  return [...entityLines(ann), ...placeLines(ann), ...timeLines(ann), ...eventLines(ann)];
}

function entityLines(ann: Partial<Annotations>): string[] {
  const es = ann.entities;
  if (!es?.length) return [];
  const lines = ['', `Entities (${es.length})`];
  for (const e of es) {
    const parts = [`${e.id} ${e.type}${e.fine ? `/${e.fine}` : ''} ${e.name}${e.nameRule !== 'fullest-form' ? ` (name inferred: ${e.nameRule})` : ''}`];
    if (e.roles.length) parts.push(`roles: ${e.roles.join(', ')}`);
    if (e.aliases.length) parts.push(`aliases: ${e.aliases.map((x) => `${oneLine(x.text)} (${x.rule} ${round(x.confidence)})`).join('; ')}`);
    parts.push(`${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`);
    if (e.geonameid !== null) parts.push(`geonameid ${e.geonameid}`);
    lines.push(`  - ${parts.join(' — ')}`);
  }
  return lines;
}

function placeLines(ann: Partial<Annotations>): string[] {
  const ps = ann.places;
  if (!ps?.length) return [];
  const resolved = ps.filter((p) => p.lat !== null).length;
  const lines = ['', `Places (${ps.length}; ${resolved} with coordinates)`];
  for (const p of ps) {
    const where = p.lat !== null && p.lon !== null ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : 'not resolved';
    const parts = [`s${p.sentence + 1} "${oneLine(p.span.text)}"`, where];
    const admin = [p.featureType, p.country, p.admin1 ? `admin1 ${p.admin1}` : null].filter(Boolean).join(', ');
    if (admin) parts.push(admin);
    if (p.precision !== null) parts.push(`precision ${p.precision}`);
    if (p.geonameid !== null) parts.push(`geonameid ${p.geonameid}`);
    parts.push(`${p.rule} ${round(p.confidence)}`);
    lines.push(`  - ${parts.join(' — ')}`);
  }
  return lines;
}

function timeLines(ann: Partial<Annotations>): string[] {
  const ts = ann.times;
  if (!ts?.length) return [];
  const lines = ['', `Times (${ts.length})`];
  for (const t of ts) {
    const value = t.value ?? (t.relative ? `unresolved (${t.relative})` : 'unresolved');
    const parts = [`s${t.sentence + 1} "${oneLine(t.span.text)}"`, `${t.type} ${value}`];
    if (t.granularity) parts.push(t.granularity);
    if (t.mod) parts.push(`mod ${t.mod}`);
    if (t.range) parts.push(`the ${t.range.role} of ${t.range.start ?? '…'} to ${t.range.end ?? '…'}`);
    if (t.anchor) parts.push(`resolved against ${t.anchor}`);
    parts.push(`${t.rule} ${round(t.confidence)}`);
    lines.push(`  - ${parts.join(' — ')}`);
  }
  return lines;
}

function eventLines(ann: Partial<Annotations>): string[] {
  const evs = ann.events;
  if (!evs?.length) return [];
  const lines = ['', `Events (${evs.length})`];
  for (const e of evs) {
    const place = e.place !== null ? ann.places?.[e.place] : undefined;
    const parts = [`s${e.sentence + 1} ${e.type} / ${e.subtype}${e.plover ? ` (${e.plover})` : ''} "${oneLine(e.trigger.text)}"`];
    parts.push(e.date ? `${e.date.value} (${e.date.precision}${e.dateFrom && e.dateFrom !== 'sentence' ? `, inferred from ${e.dateFrom}` : ''})` : 'undated');
    parts.push(place ? `${oneLine(place.span.text)}${e.placeFrom && e.placeFrom !== 'sentence' ? ` (inferred from ${e.placeFrom})` : ''}` : 'no place');
    if (e.arguments.length) parts.push(e.arguments.map((x) => `${oneLine(x.span.text)} (${x.role}${x.actorClass ? `, ${x.actorClass}` : ''})`).join(', '));
    if (e.fatalities !== null) parts.push(`killed ${e.fatalities}`);
    if (e.injured !== null) parts.push(`injured ${e.injured}`);
    if (e.civilianTargeting) parts.push('civilians targeted');
    if (e.also.length) parts.push(`told again in ${e.also.length} later sentence${e.also.length === 1 ? '' : 's'}`);
    parts.push(`${e.rule} ${round(e.confidence)}`);
    lines.push(`  - ${parts.join(' — ')}`);
  }
  return lines;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
