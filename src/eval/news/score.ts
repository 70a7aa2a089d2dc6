/**
 * One set of the news scorer: every gold document's six layers against sitrep's analysis of it, summed,
 * and the figures in the shape `score_realistic.py` prints as its last line (so the two can be compared
 * to the item).
 */
import { Doc } from './doc.js';
import { scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { scoreQuantities, scoreQuotes } from './quotes-figures.js';
import { Rec, type Counts, type Tally } from './record.js';
import { scorePlaces, scoreTimes } from './times-places.js';
import { LAYERS, type AnalysisJson, type GoldFile, type JsonAnnotations, type Layer } from './types.js';

/** The annotation keys each layer reads. */
const NEEDS: Partial<Record<Layer, Array<keyof JsonAnnotations>>> = { entities: ['mentions', 'entities'], events: ['events', 'places'] };
const SCORERS: Record<Layer, (d: Doc, r: Rec) => void> = {
  entities: scoreEntities, times: scoreTimes, places: scorePlaces, quotes: scoreQuotes, quantities: scoreQuantities, events: scoreEvents,
};

export interface SetScore {
  gold: GoldFile;
  total: Record<Layer, Rec>;
  perDoc: Record<string, Record<Layer, Counts & { not_scored?: string }>>;
  /** Documents sitrep gave no analysis for, with why. */
  failed: Record<string, string>;
}

/** `analyses`: each document's analysis, or a string saying why there is none. */
export function scoreSet(gold: GoldFile, analyses: ReadonlyMap<string, AnalysisJson | string>): SetScore {
  const total = Object.fromEntries(LAYERS.map((l) => [l, new Rec()])) as Record<Layer, Rec>;
  const perDoc: SetScore['perDoc'] = {};
  const failed: Record<string, string> = {};
  for (const g of gold.documents) {
    const a = analyses.get(g.document) ?? 'no analysis';
    perDoc[g.document] = {} as SetScore['perDoc'][string];
    for (const layer of LAYERS) {
      const r = new Rec();
      const items = (g[layer] ?? []) as Array<{ text?: string; name?: string; trigger?: string }>;
      if (typeof a === 'string') {
        // no analysis: every gold item missed, and the failure reported
        failed[g.document] = a;
        for (const it of items) r.miss(`(sitrep failed) ${it.text || it.name || it.trigger}`);
      } else {
        const d = new Doc(g, a, gold.cross_document ?? {});
        const lack = (NEEDS[layer] ?? [layer]).filter((k) => !(k in d.ann));
        if (lack.length) {
          // the layer cannot be matched: say so rather than score it zero
          r.na = `sitrep's output has no annotations.${lack.join('/')}`;
          r.n.gold = items.length;
        } else SCORERS[layer](d, r);
      }
      total[layer].add(r, g.document);
      perDoc[g.document]![layer] = r.na ? { ...r.n, not_scored: r.na } : { ...r.n };
    }
  }
  return { gold, total, perDoc, failed };
}

export interface LayerFigures extends Counts {
  recall: number | null;
  accuracy: number | null;
  precision: number | null;
  attributes: Record<string, Tally>;
  subsets: Record<string, Tally>;
  skipped: number;
  not_scored: string | null;
}

export type SetFigures = Record<Layer, LayerFigures> & { documents: SetScore['perDoc']; failed: Record<string, string> };

/** The figures of one set, as the Python scorer's JSON line gives them. */
export function setFigures(s: SetScore): SetFigures {
  const out = { documents: s.perDoc, failed: s.failed } as SetFigures;
  for (const layer of LAYERS) {
    const r = s.total[layer];
    const rate = (a: keyof Counts, b: keyof Counts) => (r.n[b] && !r.na ? r.n[a] / r.n[b] : null);
    out[layer] = {
      ...r.n, recall: rate('found', 'gold'), accuracy: rate('right', 'checkable'), precision: rate('matched', 'system'),
      attributes: Object.fromEntries(r.attrs), subsets: Object.fromEntries(r.subsets), skipped: r.skipped.length, not_scored: r.na,
    };
  }
  return out;
}
