/**
 * Seeds checks for the quotes and figures layers: every gold quote found with its speaker (and the
 * speaker who reports it, when gold gives one), every gold quantity with its kind, value or bounds,
 * qualifier, modality, what it counts, source, place and date; and none of the listed non-casualty
 * numbers typed as a casualty. Speakers match by name, by the aliases gold lists as the same entity,
 * or by a name that is part of the gold name with titles left out ("Mr Zelenskyy" for "Volodymyr
 * Zelenskyy").
 */
import { CASUALTY_KINDS } from '../figures/stage.js';
import { dropTitles } from '../attribution/speakers.js';
import type { Quantity, Quote } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';

export interface GoldQuote { text: string; speaker: string; reported_by?: string }
export interface GoldQuantity {
  text: string; kind: string; value?: number; min?: number; max?: number; qualifier?: string; of?: string;
  modality?: string; source?: string; where?: string; when?: string;
}

/** The seeds' numbers that count no casualties (issue 7): each must never be typed as one. */
export const NON_CASUALTY = ['122,000 Britons', '£210', '15-storey', '30 kilometers', '11 votes to one', 'nine miles'];

const norm = (s: string) => s.toLowerCase().replace(/[’']s$/, '').replace(/^(the|a|an) /, '').trim();

export function speakerMatches(name: string | null, gold: string, sameEntity: ReadonlyArray<readonly string[]>): boolean {
  if (!name) return false;
  const n = norm(name);
  const forms = new Set([norm(gold), ...sameEntity.filter((g) => g.includes(gold)).flat().map(norm)]);
  if (forms.has(n)) return true;
  const words = norm(dropTitles(name)).split(/\s+/);
  return [...forms].some((f) => f.split(/\s+/).length > 1 && words.every((w) => f.split(/\s+/).includes(w)));
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** The innermost quotes holding the gold words, and the quotes around each. */
export function checkQuote(a: Analysis, g: GoldQuote, sameEntity: ReadonlyArray<readonly string[]>): string | null {
  const quotes = a.annotations?.quotes ?? [];
  const spans = occurrences(a.document.text, g.text.replace(/[,.]$/, ''));
  if (spans.length === 0) return `quote "${g.text}" is not in the text`;
  const holding = (s: number, e: number) => quotes.filter((q) => q.content.start <= s + 1 && e - 1 <= q.content.end).sort((x, y) => (x.content.end - x.content.start) - (y.content.end - y.content.start));
  for (const [s, e] of spans) {
    const around = holding(s, e);
    const inner = around[0];
    if (!inner) continue;
    if (!speakerMatches(inner.speakerName, g.speaker, sameEntity)) return `quote "${g.text}": speaker ${inner.speakerName ?? 'none'} (${inner.speaker?.text ?? '-'}), not ${g.speaker}`;
    if (g.reported_by && !around.slice(1).some((q: Quote) => speakerMatches(q.speakerName, g.reported_by!, sameEntity))) return `quote "${g.text}": not reported by ${g.reported_by} (${around.slice(1).map((q) => q.speakerName).join(', ') || 'no outer quote'})`;
    return null;
  }
  return `quote "${g.text}" not found`;
}

export function checkQuantity(a: Analysis, g: GoldQuantity, sameEntity: ReadonlyArray<readonly string[]>): string | null {
  const spans = occurrences(a.document.text, g.text);
  if (spans.length === 0) return `quantity "${g.text}" is not in the text`;
  const found = (a.annotations?.quantities ?? []).filter((q) => spans.some(([s, e]) => q.span.start < e && s < q.span.end));
  if (found.length === 0) return `quantity "${g.text}" not found`;
  const problems = found.map((q) => quantityProblems(a, q, g, sameEntity));
  if (problems.some((p) => p.length === 0)) return null;
  return `quantity "${g.text}": ${problems.map((p, i) => `"${found[i]!.span.text}" ${p.join(', ')}`).join('; ')}`;
}

function quantityProblems(a: Analysis, q: Quantity, g: GoldQuantity, sameEntity: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  if (q.kind !== g.kind) out.push(`kind ${q.kind}, not ${g.kind}`);
  for (const key of ['value', 'min', 'max'] as const) if (g[key] !== undefined && q[key] !== g[key]) out.push(`${key} ${q[key]}, not ${g[key]}`);
  if (g.qualifier !== undefined && q.qualifier?.toLowerCase() !== g.qualifier.toLowerCase()) out.push(`qualifier ${q.qualifier}, not ${g.qualifier}`);
  if (q.modality !== (g.modality ?? 'reported')) out.push(`modality ${q.modality}, not ${g.modality ?? 'reported'}`);
  if (g.of !== undefined && !(q.of ?? '').toLowerCase().includes(g.of.toLowerCase())) out.push(`of ${q.of}, not ${g.of}`);
  if (g.source !== undefined && !speakerMatches(q.sourceName, g.source, sameEntity)) out.push(`source ${q.sourceName}, not ${g.source}`);
  if (g.where !== undefined) {
    const place = q.place !== null ? a.annotations?.places?.[q.place]?.span.text ?? '' : '';
    const w = g.where.toLowerCase();
    const p = place.toLowerCase();
    if (!p || !(w.includes(p) || p.includes(w))) out.push(`place ${place || 'none'}, not ${g.where}`);
  }
  if (g.when !== undefined && q.date !== g.when) out.push(`date ${q.date}, not ${g.when}`);
  return out;
}

/** Non-casualty numbers typed as a casualty, as messages. */
export function checkNonCasualties(a: Analysis): string[] {
  const out: string[] = [];
  for (const text of NON_CASUALTY) for (const [s, e] of occurrences(a.document.text, text)) {
    for (const q of a.annotations?.quantities ?? []) if (q.span.start < e && s < q.span.end && CASUALTY_KINDS.has(q.kind)) out.push(`"${text}" typed as ${q.kind}`);
  }
  return out;
}
