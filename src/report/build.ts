/**
 * The report from its input: the sections in the order a sitrep reads (header, key figures, events by
 * day and place, who said what, disagreements), then the reports and sentences they cite. Pure: the same
 * input and options give the same report.
 */
import type { Analysis } from '../model/types.js';
import { disagreements } from './disagreements.js';
import { allEvidence, citedSentences, sentenceEvidence } from './evidence.js';
import { eventsByDay } from './events.js';
import { keyFigures } from './figures.js';
import { dayOf, placeMatcher } from './filters.js';
import type { ReportInput } from './input.js';
import type { ResolvedReportOptions } from './options.js';
import { cmp } from './format.js';
import { placeNames } from './places.js';
import { whoSaidWhat } from './statements.js';
import type { Header, Report, ReportSource } from './types.js';

export function buildReport(input: ReportInput, options: ResolvedReportOptions): Report {
  const docs = [...input.documents].sort((x, y) => cmp(dayOf(x) ?? '', dayOf(y) ?? '') || cmp(x.id, y.id));
  const area = options.place ? placeMatcher(options.place) : null;
  const { figures, projections } = keyFigures(docs, options, area);
  const analyses = new Map<string, Analysis>(docs.map((d) => [d.id, d.analysis]));
  const sentenceAt = (doc: string, offset: number) => {
    const a = analyses.get(doc);
    const i = a ? a.sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end) : -1;
    return a && i >= 0 ? sentenceEvidence(a, i) : null;
  };
  const days = eventsByDay(input.events, placeNames(docs.map((d) => d.analysis)), sentenceAt);
  const { speakers, more } = whoSaidWhat(docs, input.entityNames);
  const conflicts = disagreements(figures, input.events);
  const sections = { figures, projections, days, speakers, disagreements: conflicts };
  const sources: ReportSource[] = docs.map((d) => ({
    id: d.id, outlet: d.source ?? d.analysis.document.source, title: d.title ?? d.analysis.document.title, published: dayOf(d),
    url: d.analysis.document.url, origin: d.origin,
  }));
  return {
    schema: 1,
    header: header(input, options, docs.map(dayOf), days.map((d) => d.day)),
    ...sections,
    moreSpeakers: more,
    sources,
    sentences: citedSentences(allEvidence(sections), analyses, docs.map((d) => d.id)),
  };
}

function header(input: ReportInput, o: ResolvedReportOptions, docDays: Array<string | null>, eventDays: string[]): Header {
  const days = [...docDays, ...eventDays].filter((d): d is string => !!d && d !== 'undated').map((d) => d.slice(0, 10)).sort();
  const outlets = [...new Set(input.documents.map((d) => d.source ?? d.analysis.document.source).filter((s): s is string => !!s))].sort();
  const asOf = input.documents.map((d) => d.ingestedAt).sort().at(-1) ?? null;
  return {
    period: { from: o.from ?? days[0] ?? null, to: o.to ?? days.at(-1) ?? null },
    area: o.place,
    reports: input.documents.length,
    outlets,
    events: input.events.length,
    asOf,
  };
}
