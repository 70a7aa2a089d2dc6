/**
 * Disagreements: every claim on which the sources conflict, listed together: key figures whose sources
 * give values that cannot both be right, and merged events whose reports differ on a field (two death
 * tolls, whether civilians were the target, the kind of attack).
 */
import type { MergedEvent } from '../events/merged.js';
import { offsetEvidence } from './evidence.js';
import { bounds } from './figures.js';
import type { Disagreement, FigureGroup } from './types.js';

const FIELD_NAMES: Record<string, string> = {
  fatalities: 'fatalities', injured: 'injured', civilian_targeting: 'civilians targeted', sub_event_type: 'kind of event',
};

export function disagreements(figures: readonly FigureGroup[], events: readonly MergedEvent[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const g of figures.filter((f) => f.conflict)) {
    const byValue = new Map<string, Disagreement['values'][number]>();
    for (const v of g.values.filter((x) => x.modality !== 'denied')) {
      const b = bounds(v);
      const key = b[0] === b[1] ? String(b[0]) : b[1] === Infinity ? `${b[0]} or more` : `${b[0]}–${b[1]}`;
      const row = byValue.get(key) ?? byValue.set(key, { value: key, sources: [], evidence: [] }).get(key)!;
      row.sources.push({ document: v.document, outlet: v.outlet, said: v.said });
      row.evidence.push(...v.evidence.slice(0, 1));
    }
    out.push({ claim: `${g.kind}${g.who !== 'people' ? ` (${g.who})` : ''}${g.place ? ` in ${g.place}` : ''}`, values: [...byValue.values()] });
  }
  for (const e of events) {
    for (const c of e.conflicts) {
      out.push({
        claim: `${FIELD_NAMES[c.field] ?? c.field} of the ${e.subtype.toLowerCase()}${e.place ? ` in ${e.place.name}` : ''}${e.date ? ` on ${e.date.value}` : ''}`,
        values: c.values.map((v) => {
          const sources = e.sources.filter((s) => v.docs.includes(s.doc));
          return {
            value: String(v.value),
            sources: [...new Map(sources.map((s) => [s.doc, { document: s.doc, outlet: s.outlet, said: e.figures.find((f) => f.doc === s.doc)?.said ?? null }])).values()],
            evidence: sources.map((s) => offsetEvidence(s.doc, s.sentence.index, s.sentence.span, s.sentence.text)),
          };
        }),
      });
    }
  }
  return out;
}
