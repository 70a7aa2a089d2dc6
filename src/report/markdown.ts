/**
 * The report as Markdown: one section a heading, every line ending in footnotes that give its sentences
 * (document, sentence number, offsets, the sentence itself). Article text is escaped so that a Markdown
 * viewer shows it as written and never renders it as markup or HTML.
 */
import { sentenceKey } from './evidence.js';
import { amount, eventParts, figureText, groupTitle, inferredText, movement, num, periodText, range } from './format.js';
import type { Evidence, FigureValue, Report } from './types.js';

/** Characters Markdown would read as markup (or raw HTML), escaped with a backslash. */
export const mdText = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~!&]/g, (c) => `\\${c}`);

export function renderMarkdown(r: Report): string {
  const notes = new Map(r.sentences.map((s, i) => [sentenceKey(s), i + 1]));
  const refs = (ev: readonly Evidence[]) => [...new Set(ev.map((e) => notes.get(sentenceKey(e))))].map((n) => `[^${n}]`).join('');
  const out: string[] = [];
  const h = r.header;
  out.push(`# Situation report: ${mdText(h.area ?? 'all places')}, ${periodText(h)}`, '');
  out.push(`- **Period:** ${periodText(h)}`);
  out.push(`- **Area:** ${h.area ? mdText(h.area) : 'all places'}`);
  out.push(`- **Reports:** ${h.reports} from ${h.outlets.length} outlet${h.outlets.length === 1 ? '' : 's'}${h.outlets.length ? ` (${h.outlets.map(mdText).join('; ')})` : ''}`);
  out.push(`- **Events:** ${h.events}`);
  out.push(`- **As of:** ${h.asOf ?? 'no reports'} (the latest report stored)`, '');

  out.push('## Key figures', '', 'Latest report first, so a figure\'s movement reads down the list. The conservative figure is the lowest reported, as ACLED codes conflicting reports.', '');
  if (!r.figures.length) out.push('No figures.', '');
  let kind = '';
  for (const g of r.figures) {
    if (g.kind !== kind) out.push(...(kind ? [''] : []), `### ${cap(g.kind)}`, '');
    kind = g.kind;
    const sides = new Set(g.values.map((v) => `${v.document}|${v.said}`)).size;
    out.push(`- **${mdText(groupTitle(g))}**: ${range(g)}; conservative ${num(g.conservative)}${sides > 1 ? `; ${sides} sources` : ''}${g.conflict ? '; **sources disagree**' : ''}`);
    for (const v of g.values) out.push(`  - ${figureLine(v, refs)}`);
    const moved = movement(g);
    if (moved) out.push(`  - _across reports, latest first:_ ${mdText(moved)}`);
  }
  if (r.figures.length) out.push('');
  if (r.projections.length) {
    out.push('### Projections', '', 'What sources say a figure could reach; not counts.', '');
    for (const v of r.projections) out.push(`- ${figureLine(v, refs)}`);
    out.push('');
  }

  out.push('## Events by day and place', '');
  if (!r.days.length) out.push('No events.', '');
  for (const d of r.days) {
    out.push(`### ${d.day}`, '');
    for (const p of d.places) {
      out.push(`- **${mdText(p.place)}**`);
      for (const e of p.events) {
        const marks = [inferredText(e.inferred), ...e.conflicts.map((c) => `reports differ on ${c.field}: ${c.values.map((v) => String(v.value)).join(' vs ')}`)].filter(Boolean);
        const at = e.placeAsWritten && e.placeAsWritten !== p.place ? ` at “${mdText(e.placeAsWritten)}”` : '';
        out.push(`  - ${eventParts(e).map(mdText).join(' — ')}; “${mdText(e.trigger)}”${at}${marks.length ? ` (_${mdText(marks.join('; '))}_)` : ''} ${refs(e.evidence)}`);
      }
    }
    out.push('');
  }

  out.push('## Who said what', '');
  if (!r.speakers.length) out.push('No attributed statements.', '');
  for (const s of r.speakers) {
    out.push(`### ${mdText(s.name)}`, '');
    for (const st of s.statements) {
      const as = st.as && st.as !== s.name ? ` (as “${mdText(st.as)}”)` : '';
      const said = st.direct ? `“${mdText(st.text)}”` : `${mdText(st.cue ?? (st.kind === 'belief' ? 'believes' : 'said'))}: ${mdText(st.text)}`;
      out.push(`- ${said}${as} — ${mdText(st.outlet ?? 'unknown outlet')}, ${st.published ?? 'undated'} ${refs(st.evidence)}`);
    }
    if (s.total > s.statements.length) out.push(`- … and ${s.total - s.statements.length} more`);
    out.push('');
  }

  if (r.moreSpeakers) out.push(`… and ${r.moreSpeakers} more speakers with fewer statements.`, '');
  out.push('## Disagreements', '');
  if (!r.disagreements.length) out.push('No claim on which the sources conflict.', '');
  for (const d of r.disagreements) {
    const values = d.values.map((v) => `${mdText(v.value)} (${v.sources.map((s) => mdText([s.said, s.outlet].filter(Boolean).join(', ') || s.document)).join('; ')}) ${refs(v.evidence)}`);
    out.push(`- **${mdText(d.claim)}**: ${values.join(' · ')}`);
  }
  if (r.disagreements.length) out.push('');

  out.push('## Reports', '');
  r.sources.forEach((s, i) => out.push(`${i + 1}. ${mdText(s.outlet ?? 'unknown outlet')}, ${s.published ?? 'undated'}${s.title ? `: ${mdText(s.title)}` : ''} (document ${s.id}, ${mdText(s.origin)})`));
  out.push('');
  for (const [i, s] of r.sentences.entries()) {
    const src = r.sources.find((x) => x.id === s.document);
    out.push(`[^${i + 1}]: ${mdText(src?.outlet ?? 'unknown outlet')}, ${src?.published ?? 'undated'}, document ${s.document}, sentence ${s.sentence + 1} (offsets ${s.span[0]}–${s.span[1]}): “${mdText(s.text)}”`);
  }
  return out.join('\n') + '\n';
}

function figureLine(v: FigureValue, refs: (ev: readonly Evidence[]) => string): string {
  const { what, source } = figureText(v);
  const incl = v.including.map((p) => `${amount(p)} ${mdText(p.of ?? '')} (“${mdText(p.text)}”)`.replace(/\s+\(/, ' (')).join(', ');
  const inferred = inferredText(v.inferred);
  return `${mdText(what)}${incl ? `, including ${incl}` : ''} — ${mdText(source)}${inferred ? ` (_${mdText(inferred)}_)` : ''} ${refs(v.evidence)}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
