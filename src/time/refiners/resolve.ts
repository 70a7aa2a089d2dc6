/**
 * Resolves relative values and gives each sentence its governing date: the last day-precise date the
 * text states in it or in the sentences before it in its paragraph, else the publication date. Values
 * anchored on "the governing date" ("the night before", "earlier in the day") take the date stated
 * before them in their sentence, else the one governing the sentence before; if the paragraph has none,
 * the last one stated earlier in the article. Without a publication date, the document date inferred
 * from the text takes its place when it is the day the article was written, and what hangs on it says so
 * (anchor `inferred`, governing dates `inferred: true`). With neither, relative
 * values stay relative (`describeRelative`), never resolved against today; a year-less month and day
 * keep their year open (`XXXX-03-05`).
 */
import type { GoverningDate } from '../../model/annotations.js';
import { describeRelative, parseDay, partialValue, resolveRelative } from '../calendar.js';
import { sentenceAt } from '../sentences.js';
import type { Candidate, Day, DocumentAnchor, TimeContext } from '../types.js';

export type { GoverningDate };

/** Candidates resolved, plus one governing date a sentence. `paragraphOf` maps a sentence to its paragraph;
 * `anchor` is the publication date or the inferred document date (null: neither). */
export function resolveAll(ctx: TimeContext, candidates: Candidate[], paragraphOf: (sentence: number) => number, anchor: DocumentAnchor | null): { candidates: Candidate[]; governing: GoverningDate[] } {
  const out = candidates.map((c) => ({ ...c }));
  const governing: GoverningDate[] = [];
  const published: GoverningDate = anchor
    ? { sentence: -1, value: dayString(anchor.day), from: anchor.from, ...(anchor.from === 'inferred' ? { inferred: true as const } : {}) }
    : { sentence: -1, value: null, from: null };
  const resolveOne = (c: Candidate, on: GoverningDate, sentence: number) => resolveAgainst(ctx, c, on, sentence);
  let lastStated: GoverningDate | null = null;
  let current: GoverningDate = published;
  let next = 0;
  for (let s = 0; s < ctx.sentences.length || next < out.length; s++) {
    if (s > 0 && paragraphOf(s) !== paragraphOf(s - 1)) current = published;
    let local: GoverningDate | null = null;
    while (next < out.length && (s >= ctx.sentences.length || sentenceAt(ctx, out[next]!.start) <= s)) {
      const c = out[next]!;
      const rangeStart = c.range?.role === 'end' ? out[next - 1] : undefined;
      if (c.relative && rangeStart?.range?.role === 'start' && c.relative.weekday !== undefined && dayOf(rangeStart)) {
        // The end of "from 5 p.m. Saturday to 8 a.m. Monday" is read as any weekday is, unless that falls
        // before the start ("from Sept. 14 to Thursday"): then it is the first such day on or after the start.
        resolveOne(c, published, s);
        const startDay = dayOf(rangeStart)!;
        if (!c.value || c.value.slice(0, 10) < startDay) {
          c.relative = { ...c.relative, direction: 1 };
          resolveOne(c, { sentence: s, value: startDay, from: next - 1, ...onInferred(rangeStart) }, s);
        }
      } else if (c.relative && c.relative.anchor === 'governing' && COARSE_UNITS.has(c.relative.unit)) {
        resolveOne(c, coarseAnchor(out, next, c.relative.unit, s) ?? published, s);
      } else if (c.relative) resolveOne(c, c.relative.anchor === 'governing' ? local ?? (current === published ? lastStated ?? current : current) : published, s);
      const day = c.type === 'DATE' || c.type === 'TIME' ? dayOf(c) : null;
      if (day && c.relative?.anchor !== 'governing') local = { sentence: s, value: day, from: next, ...onInferred(c) };
      next++;
    }
    if (local) current = lastStated = local;
    if (s < ctx.sentences.length) governing.push({ ...current, sentence: s });
  }
  return { candidates: out, governing };
}

/** Units for which "that year", "later that month" hang on any date precise enough, not only a day. */
const COARSE_UNITS = new Set(['year', 'quarter', 'month', 'decade']);
const PRECISE_ENOUGH: Record<string, RegExp> = { year: /^(\d{4})/, decade: /^(\d{4})/, quarter: /^(\d{4})-(\d{2})/, month: /^(\d{4})-(\d{2})/ };

/**
 * The last date stated before candidate `index` that is precise to `unit` ("June 1998" for "later that
 * year"), as an anchor: the first day of what it names. Null when the text states none.
 */
function coarseAnchor(out: Candidate[], index: number, unit: string, sentence: number): GoverningDate | null {
  const re = PRECISE_ENOUGH[unit]!;
  for (let i = index - 1; i >= 0; i--) {
    const c = out[i]!;
    if (c.relative?.anchor === 'governing' || c.type === 'DURATION' || c.type === 'SET' || !c.value) continue;
    const m = re.exec(c.value);
    if (m) return { sentence, value: `${m[1]}-${m[2] ?? '01'}-01`, from: i, ...onInferred(c) };
  }
  return null;
}

/** `{ inferred: true }` when a candidate's value rests on the inferred document date. */
const onInferred = (c: Candidate): { inferred?: true } => (c.anchorOf?.startsWith('inferred') ? { inferred: true } : {});

function resolveAgainst(ctx: TimeContext, c: Candidate, anchor: GoverningDate, sentence: number): void {
  const rel = c.relative!;
  const day = parseDay(anchor.value);
  if (!day) {
    c.value = partialValue(rel);
    c.anchorOf = null;
    if (c.value === null) c.rule += '+unresolved';
    ctx.debug(`resolve: "${ctx.text.slice(c.start, c.end)}" stays relative: ${describeRelative(rel)}`);
    return;
  }
  c.value = resolveRelative(rel, day);
  const n = anchor.sentence === -1 ? sentence : anchor.sentence;
  c.anchorOf = anchor.from === 'published' || anchor.from === 'inferred' ? anchor.from : `${anchor.inferred ? 'inferred:' : ''}sentence:${n}`;
}

/** The day a resolved DATE or TIME value names, if it names one. */
function dayOf(c: Candidate): string | null {
  return c.value && /^\d{4}-\d{2}-\d{2}/.test(c.value) && c.mod === null ? c.value.slice(0, 10) : null;
}

const dayString = (d: Day) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
