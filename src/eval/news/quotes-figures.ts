/**
 * The quotes and quantities layers of the news scorer. Quotes: found when a system quote shares a word
 * with the gold quote's words (the largest overlap, then the shortest quote, is checked); right when its
 * speaker is the gold speaker. Quantities: found by overlap; the best of the figures sitrep has there is
 * checked for kind, value or bounds and source; precision over casualty-type figures only (the gold
 * does not list ages, years and distances).
 */
import type { Doc } from './doc.js';
import { INFO, type Rec } from './record.js';
import { head, isAlnum, ov, py, pyStrip, type Pos } from './text.js';
import { has, type GoldQuantity, type JsonQuantity, type JsonQuote } from './types.js';

/** sitrep's casualty kinds: the system items of the quantities layer. */
const CASUALTY = new Set(['killed', 'injured', 'missing', 'detained', 'hostages', 'displaced', 'evacuated', 'trapped']);
/** sitrep kinds that the gold files under 'other'. */
export const AS_OTHER = new Set(['buildings', 'age', 'year', 'distance', 'votes']);

const quoteDesc = (q: JsonQuote) => `“${head(q.content.text, 70)}” by ${py(q.speakerName)} (${py(q.speaker?.text)})`;

export function scoreQuotes(d: Doc, r: Rec): void {
  const Q = d.ann.quotes!.map((q) => [d.pos(q.content), q] as const);
  // shares a word: the overlap holds a letter or digit
  const real = (a: Pos, o: Pos) => ov(a, o) > 0 && [...d.slice(Math.max(a[0], o[0]), Math.min(a[1], o[1]))].some(isAlnum);
  const gocc: Pos[] = [];
  for (const g of d.g.quotes ?? []) {
    const occ = d.occ(g.text);
    gocc.push(...occ);
    const cands = Q.filter(([p]) => occ.some((o) => real(p, o))).map(([p, q]) => [Math.max(...occ.map((o) => ov(p, o))), -(p[1] - p[0]), q] as const);
    const msg = `“${head(g.text, 70)}” by ${g.speaker}${g.indirect ? ' (indirect)' : ''}`;
    if (!occ.length) d.absent(r, [g.text], msg);
    else if (!cands.length) r.miss(`${msg} || sitrep: ${d.near(occ, Q.map(([p, q]) => [p, quoteDesc(q)] as const))}`);
    else {
      // the largest overlap, then the shortest quote; the first of equals, as Python's max
      let best = cands[0]!;
      for (const c of cands) if (c[0] > best[0] || (c[0] === best[0] && c[1] > best[1])) best = c;
      const q = best[2];
      r.hit({ speaker: d.speakerOk([q.speakerName, q.speaker?.text], q.speakerEntity, g.speaker) }, `${msg} || sitrep: ${quoteDesc(q)}`);
    }
  }
  for (const [p, q] of Q) r.system(gocc.some((o) => real(p, o)), quoteDesc(q));
}

const quantityDesc = (q: JsonQuantity) =>
  `"${q.span.text}" ${q.kind} v=${py(q.value)} min=${py(q.min)} max=${py(q.max)} of=${py(q.of)} src=${py(q.sourceName)}`;

function quantityChecks(d: Doc, q: JsonQuantity, g: GoldQuantity): Record<string, boolean> {
  const c: Record<string, boolean> = { kind: (AS_OTHER.has(q.kind) ? 'other' : q.kind) === g.kind };
  if (g.kind === 'crowd') c['crowd-typed-other'] = q.kind === 'other'; // sitrep has no 'crowd' kind
  const v = (k: 'value' | 'min' | 'max') => q[k] ?? null;
  if (has(g, 'value')) c.value = v('value') === (g.value ?? null) || (v('min') === v('max') && v('max') === (g.value ?? null));
  else if (has(g, 'min') || has(g, 'max')) c.value = (['min', 'max'] as const).filter((k) => has(g, k)).every((k) => v(k) === (g[k] ?? null));
  if (has(g, 'source')) c.source = d.speakerOk([q.sourceName, q.source?.text], null, g.source!);
  return c;
}

export function scoreQuantities(d: Doc, r: Rec): void {
  const N = d.ann.quantities!.map((q) => [d.pos(q.span), q] as const);
  const gocc: Pos[] = [];
  for (const g of d.g.quantities ?? []) {
    const occ = d.occ(g.text);
    gocc.push(...occ);
    const hits = N.filter(([p]) => occ.some((o) => ov(p, o) > 0)).map(([, q]) => q);
    const msg = `"${g.text}" ${g.kind} ${(['value', 'min', 'max', 'qualifier', 'source'] as const).filter((k) => has(g, k)).map((k) => `${k}=${py(g[k])}`).join(' ')}`;
    if (!occ.length) d.absent(r, [g.text], msg);
    else if (!hits.length) r.miss(`${msg} || sitrep: ${d.near(occ, N.map(([p, q]) => [p, quantityDesc(q)] as const))}`);
    else {
      // the best of the figures sitrep has there: most attributes right, the first of equals
      const score = (c: Record<string, boolean>) => Object.entries(c).filter(([k, x]) => !INFO.has(k) && x).length;
      let best: [Record<string, boolean>, JsonQuantity] | null = null;
      for (const q of hits) {
        const c = quantityChecks(d, q, g);
        if (!best || score(c) > score(best[0])) best = [c, q];
      }
      r.hit(best![0], `${msg} || sitrep: ${quantityDesc(best![1])}`);
    }
  }
  for (const [p, q] of N) {
    if (!CASUALTY.has(q.kind)) continue;
    const s = d.sents.find((x) => x[0] <= p[0] && p[0] < x[1]) ?? p;
    r.system(gocc.some((o) => ov(p, o) > 0), `${quantityDesc(q)}  in: ${head(pyStrip(d.slice(s[0], s[1])), 160)}`);
  }
}
