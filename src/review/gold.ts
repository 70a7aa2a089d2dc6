/**
 * `sitrep export --format gold`: the reviewed articles in the format of corpus/seeds/gold.json, so that
 * what analysts checked can score the pipeline (`sitrep eval seeds --data`) and later train it. An
 * article appears when a review touches it; it lists only what was accepted or edited (rejected items
 * are left out, unreviewed ones too: the file claims nothing an analyst did not check), and says so
 * in `reviewed`, since an article partly reviewed is not a full gold annotation.
 */
import { basename, extname } from 'node:path';
import type { Analysis } from '../model/types.js';
import type { Review } from '../store/reviews.js';
import type { Store } from '../store/store.js';
import { reviewEvent, reviewItem, type ReviewedEvent } from './apply.js';

export const GOLD_FORMAT_NOTE = 'Written by "sitrep export --format gold" from analysts\' reviews: each document lists only the events, figures and quotes an analyst accepted or edited (see "reviewed"); match by text as in corpus/seeds/gold.json.';

interface GoldEvent { type: string; subtype: string; trigger: string; date?: string; where?: string; actor?: string; fatalities?: number; injured?: number; civilian_targeting?: boolean; reviewed: string }
interface GoldQuantity { text: string; kind: string; value: number | null; of?: string; source?: string; when?: string; reviewed: string }
interface GoldQuote { text: string; speaker: string | null; reviewed: string }

export interface GoldDocument {
  document: string;
  id: string;
  published: string | null;
  reviewed: { events: number; quantities: number; quotes: number };
  events: GoldEvent[];
  quantities: GoldQuantity[];
  quotes: GoldQuote[];
}

export async function goldExport(store: Store, reviews: readonly Review[]) {
  const docs = new Map<string, GoldDocument>();
  const entry = async (id: string): Promise<[GoldDocument, Analysis] | null> => {
    const stored = await store.get(id);
    if (!stored) return null;
    let d = docs.get(id);
    if (!d) {
      const origin = stored.origin.replace(/^upload:/, '').replace(/:\d+$/, '');
      d = { document: basename(origin, extname(origin)) || id, id, published: stored.published?.slice(0, 10) ?? null, reviewed: { events: 0, quantities: 0, quotes: 0 }, events: [], quantities: [], quotes: [] };
      docs.set(id, d);
    }
    return [d, stored.analysis];
  };
  const eventReviews = reviews.filter((r) => r.kind === 'event');
  if (eventReviews.length) {
    for await (const e of store.events()) {
      const reviewed = reviewEvent(e, eventReviews);
      if (reviewed.review.status !== 'accepted' && reviewed.review.status !== 'edited') continue;
      for (const s of reviewed.sources) {
        const got = await entry(s.doc);
        if (!got) continue;
        got[0].events.push(goldEvent(reviewed, s.trigger.text));
        got[0].reviewed.events++;
      }
    }
  }
  const seen = new Set<string>();
  for (const r of reviews) {
    const m = /^(.+)#(figure|quote)(\d+)$/.exec(r.target);
    if (!m || (r.kind !== 'figure' && r.kind !== 'quote') || seen.has(r.target)) continue;
    seen.add(r.target);
    const got = await entry(m[1]!);
    if (!got) continue;
    const [d, a] = got;
    const index = Number(m[3]);
    const state = reviewItem(r.target, reviews);
    if (state.status !== 'accepted' && state.status !== 'edited') continue;
    if (m[2] === 'figure') {
      const f = a.annotations?.quantities?.[index];
      if (!f) continue;
      const value = 'value' in state.values ? (state.values.value as number | null) : f.value;
      d.quantities.push({ text: f.span.text, kind: f.kind, value, ...(f.of ? { of: f.of } : {}), ...(f.sourceName ? { source: f.sourceName } : {}), ...(f.date ? { when: f.date } : {}), reviewed: state.status });
      d.reviewed.quantities++;
    } else {
      const q = a.annotations?.quotes?.[index];
      if (!q) continue;
      const speaker = 'speaker' in state.values ? (state.values.speaker as string | null) : q.speakerName ?? q.speaker?.text ?? null;
      d.quotes.push({ text: q.content.text, speaker, reviewed: state.status });
      d.reviewed.quotes++;
    }
  }
  return { format: GOLD_FORMAT_NOTE, documents: [...docs.values()], cross_document: {} };
}

function goldEvent(e: ReviewedEvent, trigger: string): GoldEvent {
  const actor = e.actors.find((a) => a.role === 'actor')?.name;
  return {
    type: e.type, subtype: e.subtype, trigger,
    ...(e.date ? { date: e.date.value } : {}),
    ...(e.place ? { where: e.place.name } : {}),
    ...(actor ? { actor } : {}),
    ...(e.fatalities !== null ? { fatalities: e.fatalities } : {}),
    ...(e.injured !== null ? { injured: e.injured } : {}),
    ...(e.civilianTargeting !== null ? { civilian_targeting: e.civilianTargeting } : {}),
    reviewed: e.review.status!,
  };
}
