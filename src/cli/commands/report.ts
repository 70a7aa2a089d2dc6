/** `sitrep report`: the situation report over the stored reports, as Markdown, HTML or JSON. */
import { writeFileSync } from 'node:fs';
import { buildReport } from '../../report/build.js';
import { renderHtml } from '../../report/html.js';
import { readInput } from '../../report/input.js';
import { renderMarkdown } from '../../report/markdown.js';
import { resolveReportOptions, type ReportOptions } from '../../report/options.js';
import { openExistingStore } from '../../store/open.js';
import { EXIT, type Io } from '../io.js';

export interface ReportArgs extends ReportOptions {
  db: string;
  out?: string;
}

export async function reportCommand(args: ReportArgs, io: Io): Promise<number> {
  const { db, out, ...rest } = args;
  const options = resolveReportOptions(rest);
  const store = await openExistingStore(db, { readOnly: true }); // a SQLite file or a postgres:// store

  let text: string;
  try {
    const report = buildReport(await readInput(store, options), options);
    text = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : options.format === 'html' ? renderHtml(report) : renderMarkdown(report);
    io.err(`report: ${report.header.reports} reports, ${report.header.events} events, ${report.figures.length} figures, ${report.speakers.length} speakers, ${report.disagreements.length} disagreements`);
  } finally {
    await store.close();
  }
  if (out) writeFileSync(out, text);
  else io.out(text.replace(/\n$/, ''));
  return EXIT.OK;
}
