/**
 * The events layer of the news scorer. A gold event is found when a system event's trigger overlaps
 * one of its triggers (or `also_triggers`), or the system event's sentence holds most of one; the best
 * of those (right type first, then most checks right) is checked for type and sub-type (or the gold's
 * alternative sub-type), date and place. One system event may find several gold events.
 */
import type { Doc } from './doc.js';
import type { Rec } from './record.js';
import { head, ov, py, pyStrip, sameValue, type Pos } from './text.js';
import { pdesc } from './times-places.js';
import { has, type GoldEvent, type JsonEvent, type JsonPlace } from './types.js';

export function scoreEvents(d: Doc, r: Rec): void {
  const E = d.ann.events!.map((e) => [d.pos(e.trigger), d.pos(e.span), e] as const);
  const places = d.ann.places!;
  const place = (e: JsonEvent): JsonPlace | null => (e.place != null && e.place < places.length ? places[e.place]! : null);
  const desc = (e: JsonEvent) => `${e.type}/${e.subtype}${e.plover ? ` ${e.plover}` : ''} "${e.trigger.text}" ${py(e.date?.value)} ${pdesc(place(e))}`;
  const checks = (tp: Pos, e: JsonEvent, g: GoldEvent, occ: readonly Pos[]): Record<string, boolean> => {
    const c: Record<string, boolean> = { type: e.type === g.type && (e.subtype === g.subtype || e.subtype === (g.alt_subtype ?? null)) };
    if (has(g, 'date')) c.date = sameValue(e.date?.value, g.date!);
    if (has(g, 'where')) c.place = d.whereOk(place(e), g.where!);
    c['trigger-overlap'] = occ.some((o) => ov(tp, o) > 0); // stricter than the sentence rule
    return c;
  };
  const used = new Set<number>();
  for (const g of d.g.events ?? []) {
    const texts = [g.trigger, ...(g.also_triggers ?? [])];
    const occ = texts.flatMap((t) => d.occ(t));
    const hits = E.map((x, i) => [x, i] as const).filter(([[tp, sp]]) => occ.some((o) => ov(tp, o) > 0 || 2 * ov(sp, o) >= o[1] - o[0])).map(([, i]) => i);
    const msg = `${g.type}/${g.subtype}${g.plover ? ` ${g.plover}` : ''} "${head(g.trigger, 60)}" ${g.date ?? ''} ${g.where ?? ''}`;
    if (!occ.length) d.absent(r, texts, msg);
    else if (!hits.length) r.miss(`${msg} || sitrep: ${d.near(occ, E.map(([, sp, e]) => [sp, desc(e)] as const))}`);
    else {
      for (const i of hits) used.add(i);
      // right type first, then the most checks right (trigger overlap included); the first of equals
      const key = (c: Record<string, boolean>) => [c.type ? 1 : 0, Object.values(c).filter(Boolean).length] as const;
      let best: [Record<string, boolean>, JsonEvent] | null = null;
      for (const i of hits) {
        const [tp, , e] = E[i]!;
        const c = checks(tp, e, g, occ);
        const [a, b] = key(c);
        const [x, y] = best ? key(best[0]) : [-1, -1];
        if (a > x || (a === x && b > y)) best = [c, e];
      }
      r.hit(best![0], `${msg} || sitrep: ${desc(best![1])}`);
    }
  }
  E.forEach(([, sp, e], i) => r.system(used.has(i), `${desc(e)}  in: ${head(pyStrip(d.slice(sp[0], sp[1])), 160)}`));
}
