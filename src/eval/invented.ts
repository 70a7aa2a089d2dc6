/**
 * `sitrep eval invented`: the events sitrep invents on news that is not about conflict. The BBC
 * corpus's business, entertainment, sport and technology articles of the `measured` half (a fixed
 * split by a hash of their ids, src/events/typer/bbc.ts; the other half trains the events model) go
 * through the whole pipeline, as `sitrep analyze` runs it, with the corpus's publication period as
 * their date; every event found there is a false one. Lower is better: it is pinned as a ceiling.
 */
import { existsSync } from 'node:fs';
import { createError } from '../errors.js';
import { NON_CONFLICT_CATEGORIES, readBbc } from '../events/typer/bbc.js';
import { analyzeText } from './pipeline.js';
import type { EvalResult, Suite } from './suites.js';

/** The BBC articles date from 2004–05; a day in that period stands for their publication date, so that
 * dates stated in them are read as the reports' readers read them. */
const PUBLISHED = '2005-01-01';
/** How many of the invented events the table lists. */
const LISTED = 20;

export function inventedEvents(path: string) {
  if (!existsSync(path)) throw createError('NO_DATA', `${path} not found; pass --data PATH/TO/shared/corpus/bbc/bbc.jsonl.gz`);
  const articles = readBbc(path, 'measured');
  const byCategory = new Map<string, number>(NON_CONFLICT_CATEGORIES.map((c) => [c, 0]));
  const found: string[] = [];
  for (const a of articles) {
    const analysis = analyzeText(a.text, a.id, { published: PUBLISHED });
    const events = analysis.annotations?.events ?? [];
    byCategory.set(a.category, (byCategory.get(a.category) ?? 0) + events.length);
    for (const e of events) found.push(`${a.id}: ${e.subtype}${e.plover ? ` ${e.plover}` : ''} "${e.trigger.text}" (${e.rule}) in: ${analysis.document.text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  return { articles: articles.length, byCategory, found };
}

export const inventedSuite: Suite = {
  description: 'events invented on news that is not about conflict (BBC business, entertainment, sport, tech; the measured half), a ceiling',
  defaultData: 'corpus/bbc/bbc.jsonl.gz',
  async run(data): Promise<EvalResult> {
    const r = inventedEvents(data);
    const total = r.found.length;
    const table = [
      `${r.articles} articles of the BBC corpus's measured half (business, entertainment, sport, tech): every event is a false one`,
      ...[...r.byCategory].map(([c, n]) => `  ${c.padEnd(14)} ${String(n).padStart(4)} events`),
      `  ${'all'.padEnd(14)} ${String(total).padStart(4)} events (${((1000 * total) / Math.max(1, r.articles)).toFixed(1)} per 1,000 articles)`,
      `the first ${Math.min(LISTED, total)}:`,
      ...r.found.slice(0, LISTED).map((f) => `  ${f}`),
    ];
    return {
      table,
      figures: { events: total, articles: r.articles, ...Object.fromEntries([...r.byCategory].map(([c, n]) => [`${c}_events`, n])) },
      summary: `invented: ${total} events on ${r.articles} non-conflict BBC articles (business ${r.byCategory.get('business')}, entertainment ${r.byCategory.get('entertainment')}, sport ${r.byCategory.get('sport')}, tech ${r.byCategory.get('tech')})`,
    };
  },
};
