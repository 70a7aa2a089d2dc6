/**
 * The report as one self-contained HTML page: no script (a Content-Security-Policy forbids any), no
 * outside resource, styles inline, pictures as inline SVG. Every piece of text passes through `esc`, so
 * article text (untrusted) is only ever text, never markup. Each line links to the sentences it rests
 * on, shown at the end of the page with the sentences around them.
 */
import { sentenceKey } from './evidence.js';
import { amount, eventParts, figureText, groupTitle, inferredText, movement, num, periodText, range } from './format.js';
import { STYLE } from './html-style.js';
import { mapSvg } from './map.js';
import { timelineSvg } from './timeline.js';
import type { Evidence, FigureValue, Report } from './types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value: the five characters that could end either are escaped. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function renderHtml(r: Report): string {
  const notes = new Map(r.sentences.map((s, i) => [sentenceKey(s), i + 1]));
  const refs = (ev: readonly Evidence[]) => [...new Set(ev.map(sentenceKey))]
    .map((k) => `<a class="ref" href="#s-${esc(k)}">[${notes.get(k)}]</a>`).join('');
  const h = r.header;
  const title = `Situation report: ${h.area ?? 'all places'}, ${periodText(h)}`;
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`, `<h1>${esc(title)}</h1>`);
  out.push('<dl class="header">',
    `<dt>Period</dt><dd>${esc(periodText(h))}</dd>`,
    `<dt>Area</dt><dd>${esc(h.area ?? 'all places')}</dd>`,
    `<dt>Reports</dt><dd>${h.reports} from ${h.outlets.length} outlet${h.outlets.length === 1 ? '' : 's'}${h.outlets.length ? ` (${esc(h.outlets.join('; '))})` : ''}</dd>`,
    `<dt>Events</dt><dd>${h.events}</dd>`,
    `<dt>As of</dt><dd>${esc(h.asOf ?? 'no reports')} (the latest report stored)</dd>`, '</dl>');

  out.push('<h2>Key figures</h2>', '<p class="note">Latest report first, so a figure\'s movement reads down the list. The conservative figure is the lowest reported, as ACLED codes conflicting reports.</p>');
  if (!r.figures.length) out.push('<p>No figures.</p>');
  else {
    out.push('<table class="figures"><thead><tr><th>Kind</th><th>Place</th><th>Range</th><th>Conservative</th><th>Values, latest report first</th></tr></thead><tbody>');
    for (const g of r.figures) {
      out.push(`<tr${g.conflict ? ' class="conflict"' : ''}><td>${esc(g.kind)}</td><td>${esc(groupTitle(g))}</td><td>${esc(range(g))}</td><td>${num(g.conservative)}${g.conflict ? '<br><strong>sources disagree</strong>' : ''}</td><td><ul>${g.values.map((v) => `<li>${figureHtml(v, refs)}</li>`).join('')}</ul>${movement(g) ? `<p class="note">Across reports, latest first: ${esc(movement(g)!)}</p>` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (r.projections.length) {
    out.push('<h3>Projections</h3>', '<p class="note">What sources say a figure could reach; not counts.</p>', '<ul>');
    for (const v of r.projections) out.push(`<li>${figureHtml(v, refs)}</li>`);
    out.push('</ul>');
  }

  out.push('<h2>Events by day and place</h2>', mapSvg(r), timelineSvg(r));
  if (!r.days.length) out.push('<p>No events.</p>');
  for (const d of r.days) {
    out.push(`<h3>${esc(d.day)}</h3>`, '<dl class="events">');
    for (const p of d.places) {
      out.push(`<dt>${esc(p.place)}</dt>`);
      for (const e of p.events) {
        const at = e.placeAsWritten && e.placeAsWritten !== p.place ? ` at “${esc(e.placeAsWritten)}”` : '';
        const marks = [inferredText(e.inferred), ...e.conflicts.map((c) => `reports differ on ${c.field}: ${c.values.map((v) => String(v.value)).join(' vs ')}`)].filter(Boolean);
        out.push(`<dd>${eventParts(e).map(esc).join(' — ')}; “${esc(e.trigger)}”${at}${marks.length ? ` <em class="inferred">(${esc(marks.join('; '))})</em>` : ''} ${refs(e.evidence)}</dd>`);
      }
    }
    out.push('</dl>');
  }

  out.push('<h2>Who said what</h2>');
  if (!r.speakers.length) out.push('<p>No attributed statements.</p>');
  for (const s of r.speakers) {
    out.push(`<h3>${esc(s.name)}</h3>`, '<ul class="statements">');
    for (const st of s.statements) {
      const as = st.as && st.as !== s.name ? ` (as “${esc(st.as)}”)` : '';
      const said = st.direct ? `<q>${esc(st.text)}</q>` : `${esc(st.cue ?? (st.kind === 'belief' ? 'believes' : 'said'))}: ${esc(st.text)}`;
      out.push(`<li>${said}${as} — ${esc(st.outlet ?? 'unknown outlet')}, ${esc(st.published ?? 'undated')} ${refs(st.evidence)}</li>`);
    }
    if (s.total > s.statements.length) out.push(`<li class="note">… and ${s.total - s.statements.length} more</li>`);
    out.push('</ul>');
  }

  if (r.moreSpeakers) out.push(`<p class="note">… and ${r.moreSpeakers} more speakers with fewer statements.</p>`);
  out.push('<h2>Disagreements</h2>');
  if (!r.disagreements.length) out.push('<p>No claim on which the sources conflict.</p>');
  else {
    out.push('<ul class="disagreements">');
    for (const d of r.disagreements) {
      const values = d.values.map((v) => `<span class="value">${esc(v.value)}</span> (${esc(v.sources.map((s) => [s.said, s.outlet].filter(Boolean).join(', ') || s.document).join('; '))}) ${refs(v.evidence)}`);
      out.push(`<li><strong>${esc(d.claim)}</strong>: ${values.join(' · ')}</li>`);
    }
    out.push('</ul>');
  }

  out.push('<h2>Reports</h2>', '<ol class="sources">');
  for (const s of r.sources) out.push(`<li id="d-${esc(s.id)}">${esc(s.outlet ?? 'unknown outlet')}, ${esc(s.published ?? 'undated')}${s.title ? `: ${esc(s.title)}` : ''} <span class="id">(document ${esc(s.id)}, ${esc(s.origin)})</span></li>`);
  out.push('</ol>', '<h2>Sentences cited</h2>', '<ol class="sentences">');
  for (const s of r.sentences) {
    const src = r.sources.find((x) => x.id === s.document);
    out.push(`<li id="s-${esc(sentenceKey(s))}"><span class="id"><a href="#d-${esc(s.document)}">${esc(src?.outlet ?? s.document)}</a>, sentence ${s.sentence + 1}, offsets ${s.span[0]}–${s.span[1]}</span><br>`
      + `${s.before ? `<span class="context">${esc(s.before)}</span> ` : ''}<mark>${esc(s.text)}</mark>${s.after ? ` <span class="context">${esc(s.after)}</span>` : ''}</li>`);
  }
  out.push('</ol>', '</body></html>');
  return out.join('\n') + '\n';
}

function figureHtml(v: FigureValue, refs: (ev: readonly Evidence[]) => string): string {
  const { what, source } = figureText(v);
  const incl = v.including.map((p) => `${amount(p)}${p.of ? ` ${p.of}` : ''} (“${p.text}”)`).join(', ');
  const inferred = inferredText(v.inferred);
  return `${esc(what)}${incl ? `, including ${esc(incl)}` : ''} — ${esc(source)}${inferred ? ` <em class="inferred">(${esc(inferred)})</em>` : ''} ${refs(v.evidence)}`;
}
