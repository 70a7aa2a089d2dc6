/**
 * Test reports with hand-made event annotations, for the merge tests and the store suite: a report is
 * a few sentences, each with at most one event whose place, actors, figures and stated terms are spans
 * of that sentence, built the way the stages lay them out in `annotations`.
 */
import type { Entity, Event, Place, Quantity, TimeExpression } from '../model/annotations.js';
import type { Analysis, Span } from '../model/types.js';
import { makeAnalysis } from '../store/store.suite.js';

export interface FixturePlace {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country?: string;
  admin1?: string | null;
  featureType?: string;
  precision?: 1 | 2 | 3;
}

export interface FixtureEvent {
  /** The sentence; it must hold the trigger, the place name, the actor words, the figures and the terms. */
  sentence: string;
  trigger: string;
  type: string;
  subtype: string;
  code?: string;
  plover?: string | null;
  date: string | null;
  precision?: 'day' | 'week' | 'month' | 'year';
  place?: FixturePlace | null;
  /** Parties; `entity` links one to an entity of the report (its id, canonical name and type), as the link stage does. */
  actors?: Array<{ text: string; role?: 'actor' | 'target'; actorClass?: string | null; entity?: { id: string; name: string; type: Entity['type'] } }>;
  killed?: number;
  injured?: number;
  civilian?: boolean | null;
  /** Time expressions of the sentence: the words and their TIMEX3 value. */
  terms?: Array<{ text: string; value: string }>;
}

export const PLACES = {
  kyiv: { name: 'Kyiv', geonameid: 703448, lat: 50.4547, lon: 30.5238, country: 'UA', admin1: 'Kyiv City' },
  zhuliany: { name: 'Zhuliany', geonameid: 687116, lat: 50.4017, lon: 30.4497, country: 'UA', admin1: 'Kyiv City' },
  irpin: { name: 'Irpin', geonameid: 707292, lat: 50.5218, lon: 30.2506, country: 'UA', admin1: 'Kyiv' },
  kharkiv: { name: 'Kharkiv', geonameid: 706483, lat: 49.9808, lon: 36.2527, country: 'UA', admin1: 'Kharkiv' },
  lviv: { name: 'Lviv', geonameid: 702550, lat: 49.8383, lon: 24.0232, country: 'UA', admin1: 'Lviv' },
  ukraine: { name: 'Ukraine', geonameid: 690791, lat: 49, lon: 32, country: 'UA', admin1: null, featureType: 'PCLI', precision: 3 },
} as const satisfies Record<string, FixturePlace>;

/** A report from `outlet` published on `published` whose sentences are the events' (one a line). */
export function report(outlet: string, published: string, events: readonly FixtureEvent[], extra = ''): Analysis {
  const text = [...events.map((e) => e.sentence), ...(extra ? [extra] : [])].join('\n');
  const a = makeAnalysis({ text, source: outlet, published, origin: `${outlet}/${published}/${text.length}.txt`, title: `${outlet} report` });
  const places: Place[] = [];
  const quantities: Quantity[] = [];
  const times: TimeExpression[] = [];
  const out: Event[] = [];
  const entities = new Map<string, Entity>();
  for (const e of events) {
    const sentence = a.sentences.findIndex((s) => s.span.text === e.sentence);
    if (sentence < 0) throw new Error(`fixture sentence not split as one sentence: ${e.sentence}`);
    const at = a.sentences[sentence]!.span.start;
    const span = (words: string): Span => {
      const i = e.sentence.indexOf(words);
      if (i < 0) throw new Error(`"${words}" is not in "${e.sentence}"`);
      return { start: at + i, end: at + i + words.length, text: words, raw: [at + i, at + i + words.length] };
    };
    const base = (s: Span, stage: 'tag' | 'extract' | 'resolve', rule: string) => ({ span: s, sentence, stage, rule, confidence: 0.9, stated: [] });
    let place: number | null = null;
    if (e.place) {
      const p = e.place;
      places.push({ ...base(span(p.name), 'resolve', 'fixture'), geonameid: p.geonameid, lat: p.lat, lon: p.lon, featureType: p.featureType ?? 'PPLA', country: p.country ?? null, admin1: p.admin1 ?? null, precision: p.precision ?? 1 });
      place = places.length - 1;
    }
    const figures: number[] = [];
    for (const [kind, n] of [['killed', e.killed], ['injured', e.injured]] as const) {
      if (n === undefined) continue;
      quantities.push({ ...base(span(String(n)), 'extract', 'fixture'), kind, value: n, min: null, max: null, qualifier: null, unit: null, of: null, modality: 'reported', source: null, sourceName: null, place: null, time: null, date: null });
      figures.push(quantities.length - 1);
    }
    for (const x of e.actors ?? []) {
      if (x.entity) entities.set(x.entity.id, { ...x.entity, fine: null, nameRule: 'fullest-form', aliases: [], roles: [], mentions: [], geonameid: null });
    }
    for (const t of e.terms ?? []) {
      times.push({ ...base(span(t.text), 'tag', 'fixture'), type: /^P/.test(t.value) ? 'DURATION' : 'TIME', value: t.value, granularity: 'hour', anchor: null, relative: null, mod: null, range: null });
    }
    out.push({
      ...base(a.sentences[sentence]!.span, 'extract', 'fixture'),
      type: e.type, subtype: e.subtype, code: e.code ?? e.subtype, plover: e.plover ?? null, trigger: span(e.trigger), also: [],
      arguments: (e.actors ?? []).map((x) => ({ role: x.role ?? 'actor', span: span(x.text), entity: x.entity?.id ?? null, actorClass: x.actorClass ?? null })),
      place, placeFrom: place === null ? null : 'sentence', date: e.date ? { value: e.date, precision: e.precision ?? 'day' } : null, dateFrom: e.date ? 'sentence' : null,
      fatalities: e.killed ?? null, injured: e.injured ?? null, figures, civilianTargeting: e.civilian ?? null,
    });
  }
  return { ...a, annotations: { mentions: [], entities: [...entities.values()], times, places, quotes: [], quantities, events: out, governing: [] } };
}

/** Event kinds the tests use, with their ACLED names. */
export const KIND = {
  shelling: { type: 'Explosions/Remote violence', subtype: 'Shelling/artillery/missile attack', code: 'ART_MISS_ATTACK' },
  airStrike: { type: 'Explosions/Remote violence', subtype: 'Air/drone strike', code: 'AIR_STRIKE' },
  clash: { type: 'Battles', subtype: 'Armed clash', code: 'ARMED_CLASH' },
  attack: { type: 'Violence against civilians', subtype: 'Attack', code: 'ATTACK' },
  other: { type: 'Strategic developments', subtype: 'Other', code: 'OTHER' },
} as const;
