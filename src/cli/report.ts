/** The readable report of one analysis, for a person at a terminal. */
import type { Analysis } from '../model/types.js';
import { extractLines } from '../figures/report.js';
import { layerLines } from '../report/article.js';

export function textReport(a: Analysis): string {
  const d = a.document;
  const lines: string[] = [];
  lines.push(d.title ?? firstLine(d.text));
  lines.push('='.repeat(Math.min(72, (d.title ?? firstLine(d.text)).length)));
  lines.push(`id         ${d.id}`);
  lines.push(`origin     ${d.origin}`);
  if (d.source) lines.push(`source     ${d.source}${from(d.provenance.source)}`);
  if (d.url) lines.push(`url        ${d.url}`);
  if (d.author) lines.push(`author     ${d.author}`);
  lines.push(`published  ${d.published ? `${d.published.value} (${d.published.precision}, from ${d.published.source})` : 'unknown'}`);
  if (d.inferredDate) lines.push(`dated      ${d.inferredDate.bound === 'not-before' ? 'not before ' : ''}${d.inferredDate.value} (inferred from the text, ${d.inferredDate.source}: "${oneLine(d.inferredDate.evidence[0]?.text ?? '')}"; not a stated publication date)`);
  if (d.timezone) lines.push(`timezone   ${d.timezone}`);
  lines.push(`encoding   ${d.encoding.name}${d.encoding.detected ? ' (detected)' : ''}`);
  lines.push(`size       ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${a.tokens.length} tokens`);
  for (const w of d.warnings) lines.push(`warning    ${w}`);
  if (d.removed.length) {
    lines.push('', `Removed (${d.removed.length})`);
    for (const r of d.removed) lines.push(`  - [${r.step}:${r.rule}] ${oneLine(r.text)}`);
  }
  if (d.repairs.length) {
    lines.push('', `Repaired (${d.repairs.length})`);
    for (const r of d.repairs) lines.push(`  - [${r.step}:${r.rule}] "${r.from}" → "${r.to}" (confidence ${r.confidence})`);
  }
  lines.push(...layerLines(a));
  lines.push(...extractLines(a));
  lines.push('', 'Text');
  a.paragraphs.forEach((p, i) => {
    lines.push(`  ¶${i + 1}`);
    for (let s = p.sentences[0]; s <= p.sentences[1]; s++) lines.push(`    ${s + 1}. ${oneLine(a.sentences[s]!.span.text)}`);
  });
  return lines.join('\n');
}

const from = (s: string | undefined) => (s ? ` (from ${s})` : '');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstLine = (s: string) => oneLine(s.split('\n')[0] ?? '').slice(0, 100);
