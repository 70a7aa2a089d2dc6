/**
 * The times and places layers of the news scorer. Times: found by overlap; right when one overlapping
 * expression has the gold value (or, where the text fixes none, when sitrep made no full date up).
 * Places: found by overlap with an occurrence that is not inside a longer gold toponym; right when every
 * mention sitrep resolved there is right; precision over distinct toponym strings, as the gold lists
 * each toponym once.
 */
import { Doc, placeOk } from './doc.js';
import type { Rec } from './record.js';
import { ov, py, sameValue, type Pos } from './text.js';
import { has, type JsonPlace } from './types.js';

export function scoreTimes(d: Doc, r: Rec): void {
  const T = d.ann.times!.map((t) => [d.pos(t.span), t] as const);
  const gocc: Pos[] = [];
  for (const g of d.g.times ?? []) {
    const occ = d.occ(g.text);
    gocc.push(...occ);
    const hits = T.filter(([p]) => occ.some((o) => ov(p, o) > 0)).map(([, t]) => t);
    const msg = `"${g.text}" = ${has(g, 'value') ? py(g.value) : 'relative'} || sitrep: ${d.near(occ, T.map(([p, t]) => [p, `${t.span.text}=${py(t.value)}`] as const))}`;
    if (!occ.length) d.absent(r, [g.text], msg);
    else if (!hits.length) r.miss(msg);
    else if (has(g, 'value')) r.hit({ value: hits.some((t) => sameValue(t.value, g.value!)) }, msg);
    // the text fixes no value: a full date from sitrep would be made up
    else r.hit({ 'relative-left-open': !hits.some((t) => /^\d{4}-\d\d/.test(t.value ?? '')) }, msg);
  }
  for (const [p, t] of T) r.system(gocc.some((o) => ov(p, o) > 0), `"${t.span.text}" = ${py(t.value)}`);
}

export function pdesc(p: JsonPlace | null): string {
  return p ? `${p.span.text}→${py(p.country)} ${py(p.lat)},${py(p.lon)}` : 'no place';
}

export function scorePlaces(d: Doc, r: Rec): void {
  const G = d.g.places ?? [];
  const P = d.ann.places!.map((p) => [d.pos(p.span), p] as const);
  const occ = G.map((g) => d.occ(g.text, true));
  G.forEach((g, i) => {
    // occurrences inside a longer gold toponym ('Donetsk' in 'Donetsk region') belong to that one
    const others = occ.flatMap((oc, j) => (j !== i ? oc : []));
    const inside = occ[i]!.filter((o) => !others.some(([a, b]) => a <= o[0] && o[1] <= b && b - a > o[1] - o[0]));
    const sp = inside.length ? inside : occ[i]!;
    const hits = P.filter(([q]) => sp.some((o) => ov(q, o) > 0)).map(([, p]) => p);
    const where = g.country || (g.near ? JSON.stringify(g.near) : `(${py(g.lat)}, ${py(g.lon)})`);
    const msg = `${g.text} = ${where}`;
    if (!occ[i]!.length) return d.absent(r, [g.text], msg);
    if (!hits.length) return r.miss(`${msg} || sitrep: ${d.near(sp, P.map(([q, p]) => [q, pdesc(p)] as const))}`);
    const oks = hits.map((p) => placeOk(p, g));
    const right = oks.filter(Boolean).length;
    r.hit({ resolved: oks.every(Boolean) }, `${msg} || sitrep (${right}/${oks.length} right): ${[...new Set(hits.map(pdesc))].sort().join(' | ')}`);
  });
  const allocc = occ.flat();
  const groups = new Map<string, boolean[]>();
  for (const [q, p] of P) groups.set(p.span.text, [...(groups.get(p.span.text) ?? []), allocc.some((o) => ov(q, o) > 0)]);
  for (const [t, oks] of groups) r.system(oks.some(Boolean), t);
}
