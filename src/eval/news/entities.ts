/**
 * The entities layer of the news scorer. A gold entity is found when a system mention on one of its
 * forms has its type (or belongs to an entity of its type); right when all its forms in the text fall in
 * one system entity. A system entity is matched when one of its mentions belongs to a gold entity of
 * its type. Each mention belongs to the gold entity whose occurrence it fits best (Jaccard).
 */
import type { Doc } from './doc.js';
import { CUT, namelike } from './names.js';
import type { Rec } from './record.js';
import { ov, pySplit, startsPossessive, type Pos } from './text.js';

const BEFORE_NESTED = new Set([...CUT, 'near', 'outside']);

export function scoreEntities(d: Doc, r: Rec): void {
  const G = d.g.entities ?? [];
  const ms = d.ann.mentions!;
  const etype = new Map((d.ann.entities ?? []).map((e) => [e.id, e.type]));
  const forms = G.map((g) => [...new Set([g.name, ...g.aliases])].sort());
  const key = (i: number, f: string) => `${i}\u0000${f}`;
  const raw = new Map<string, Pos[]>();
  forms.forEach((fs, i) => fs.forEach((f) => raw.set(key(i, f), d.occ(f, true))));
  const entityOf = (k: string) => Number(k.slice(0, k.indexOf('\u0000')));
  // An occurrence inside a longer form of another gold entity of the same type is that one's ('Donetsk'
  // in 'the Donetsk region'), unless a possessive or after a preposition ("Crimea's capital Simferopol").
  const nested = (o: Pos, i: number, [a, b]: Pos, j: number) => {
    if (!(j !== i && G[j]!.type === G[i]!.type && a <= o[0] && o[1] <= b && b - a > o[1] - o[0])) return false;
    const before = pySplit(d.slice(a, o[0]));
    return !startsPossessive(d.slice(o[1], b)) && !(before.length > 0 && BEFORE_NESTED.has(before.at(-1)!.toLowerCase()));
  };
  const big: Array<[Pos, number]> = [...raw].flatMap(([k, v]) => v.map((o) => [o, entityOf(k)] as [Pos, number]));
  const alone = new Map([...raw].map(([k, v]) => [k, v.filter((o) => !big.some(([span, j]) => nested(o, entityOf(k), span, j)))]));
  const occ = new Map<string, Pos[]>();
  forms.forEach((fs, i) => {
    // an entity named only inside others keeps all its occurrences
    const from = fs.some((f) => alone.get(key(i, f))!.length > 0) ? alone : raw;
    for (const f of fs) occ.set(key(i, f), from.get(key(i, f))!);
  });
  const occs: Array<[Pos, number]> = [...occ].flatMap(([k, v]) => v.map((o) => [o, entityOf(k)] as [Pos, number]));
  const M = ms.map((m) => d.pos(m.span));
  const owner = M.map((p) => {
    const fit = occs.filter(([o]) => ov(p, o) > 0).map(([o, i]) => [ov(p, o) / (Math.max(p[1], o[1]) - Math.min(p[0], o[0])), i] as const);
    const best = Math.max(...fit.map(([j]) => j));
    return new Set(fit.filter(([j]) => j === best).map(([, i]) => i));
  });
  G.forEach((g, i) => {
    const present = forms[i]!.filter((f) => occ.get(key(i, f))!.length > 0);
    const msg = `${g.name} (${g.type})`;
    if (!present.length) return d.absent(r, forms[i]!, msg);
    const hits = new Map(present.map((f) => [f, ms.filter((m, k) => owner[k]!.has(i) && occ.get(key(i, f))!.some((o) => ov(M[k]!, o) > 0))]));
    const got = [...hits].map(([f, hs]) => `"${f}"→${[...new Set(hs.map((m) => `${m.span.text} ${m.type} ${m.entity ?? 'None'}`))].sort().join('/') || 'nothing'}`).join('; ');
    if (![...hits.values()].some((hs) => hs.some((m) => g.type === m.type || g.type === etype.get(m.entity ?? '')))) return r.miss(`${msg} || sitrep: ${got}`);
    const ids = new Map([...hits].map(([f, hs]) => [f, new Set(hs.map((m) => m.entity).filter((x): x is string => x != null))]));
    const shared = (fs: string[]) => [...ids.get(fs[0]!)!].some((id) => fs.every((f) => ids.get(f)!.has(id)));
    const names = present.filter(namelike);
    const checks: Record<string, boolean> = present.length > 1 ? { linked: shared(present) } : {};
    if (names.length > 1) checks['linked-names'] = shared(names);
    r.hit(checks, `${msg} || sitrep: ${got}`);
  });
  for (const e of d.ann.entities!) {
    const ok = e.mentions.some((k) => k < owner.length && [...owner[k]!].some((i) => G[i]!.type === e.type));
    r.system(ok, `${e.name} (${e.type})`, e.type === 'MISC' ? null : 'without MISC');
  }
}
