/** Words and numbers shared by the Markdown and HTML renderings, as plain text (each renderer escapes). */
import type { FigureGroup, FigureValue, Header, Inferred, ReportEvent } from './types.js';

/** 120000 as "120,000", whatever the machine's locale. */
export function num(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A figure's amount: 198; 200–999; 120,001 or more. */
export function amount(v: Pick<FigureValue, 'value' | 'min' | 'max'>): string {
  if (v.value !== null) return num(v.value);
  if (v.min !== null && v.max !== null) return `${num(v.min)}–${num(v.max)}`;
  if (v.min !== null) return `${num(v.min)} or more`;
  if (v.max !== null) return `up to ${num(v.max)}`;
  return 'an unknown number';
}

export const range = (g: FigureGroup) => (g.range[0] === g.range[1] ? num(g.range[0]) : `${num(g.range[0])}–${num(g.range[1])}`);

/** How the figure moved from report to report, latest first ("15 (Daily, 2022-02-27) ← 12 (Wire, 2022-02-26)"),
 * each report's highest value; null when one report gives it all. */
export function movement(g: FigureGroup): string | null {
  const perReport = new Map<string, FigureValue>();
  for (const v of g.values) {
    const old = perReport.get(v.document);
    if (!old || (v.value ?? v.min ?? 0) > (old.value ?? old.min ?? 0)) perReport.set(v.document, v);
  }
  if (perReport.size < 2) return null;
  return [...perReport.values()].map((v) => `${amount(v)} (${[v.outlet, v.published].filter(Boolean).join(', ')})`).join(' ← ');
}

export function groupTitle(g: FigureGroup): string {
  return `${g.place ?? 'place not given'}${g.who !== 'people' ? ` (${g.who})` : ''}`;
}

/** "198 killed (“198” people)" with who gave it, the outlet and the day. */
export function figureText(v: FigureValue): { what: string; source: string } {
  const as = `“${v.text}”${v.of && !v.text.includes(v.of) ? ` ${v.of}` : ''}`;
  const modality = v.modality === 'reported' ? '' : ` (${v.modality})`;
  const parts = [v.said ? v.said : 'the outlet itself', v.outlet ? `via ${v.outlet}` : null, v.published ?? null, v.date && v.date !== v.published ? `for ${v.date}` : null];
  return { what: `${amount(v)} ${v.kind} (${as})${modality}`, source: parts.filter(Boolean).join(', ') };
}

export function inferredText(xs: readonly Inferred[]): string {
  return xs.map((x) => `${x.field} inferred: ${x.rule}`).join('; ');
}

export function periodText(h: Header): string {
  if (!h.period.from && !h.period.to) return 'undated';
  return h.period.from === h.period.to ? h.period.from! : `${h.period.from ?? '…'} to ${h.period.to ?? '…'}`;
}

export function eventParts(e: ReportEvent): string[] {
  const parts = [`${e.type} / ${e.subtype}`];
  if (e.date && e.precision !== 'day') parts.push(`date ${e.date} (to the ${e.precision})`);
  if (e.actors.length) parts.push(e.actors.map((a) => `${a.name} (${a.role})`).join(', '));
  if (e.fatalities !== null) parts.push(`${num(e.fatalities)} killed`);
  if (e.injured !== null) parts.push(`${num(e.injured)} injured`);
  parts.push(`${e.reports} report${e.reports === 1 ? '' : 's'} (${e.outlets.join('; ')})`);
  parts.push(`confidence ${e.confidence}`);
  return parts;
}

/** Code-point order: the same on every machine, whatever its locale (the report is deterministic). */
export const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
