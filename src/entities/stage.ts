/**
 * The linking stage (resolve, after places): the entities stage's mentions grouped into the article's
 * entities (src/entities/link.ts), each mention given its entity id, and role and pronoun mentions
 * added where they refer to someone.
 */
import type { EntityType, FineType } from '../model/annotations.js';
import type { Token } from '../model/types.js';
import { GAZ, gazetteerMask } from '../ner/gazetteer.js';
import { nerModel } from '../ner/model.js';
import type { PlaceRef } from './clusters.js';
import { linkDocument, type LinkOutput } from './link.js';
import type { DescribedRef } from './places-described.js';
import type { CapitalOf } from './others.js';
import type { DemonymCountry } from './institutions.js';
import { loadGazetteer } from '../geo/gazetteer.js';
import { lookupName } from '../geo/lookup.js';
import { describedPlaces } from '../geo/described.js';
import { overlapIndex } from '../geo/stage.js';
import { docView, type LinkSentence } from './view.js';

export interface LinkInput {
  text: string;
  sentences: readonly LinkSentence[];
  tokens: readonly Token[];
  mentions: ReadonlyArray<{ start: number; end: number; sentence: number; type: EntityType; fine: FineType | null; rule: string; confidence: number }>;
  /** The places stage's resolutions, when it ran. */
  places?: ReadonlyArray<{ start: number; end: number; resolution: { geonameid: number | null; name: string | null; featureType: string | null; country: string | null; row?: number | null }; described?: unknown }>;
  /** Whether a lower-cased word is a demonym; the tagger's gazetteer by default. */
  isDemonym?: (word: string) => boolean;
  /** The countries whose capital has a name; the places gazetteer by default. */
  capitalOf?: CapitalOf;
  /** The countries a people's adjective names; the places gazetteer by default. */
  demonymCountry?: DemonymCountry;
}

export function linkEntities(input: LinkInput): LinkOutput {
  const isDemonym = input.isDemonym ?? defaultDemonyms();
  const view = docView(input.text, input.sentences, input.tokens, isDemonym);
  const all = input.places ?? [];
  // places named by a name are the places of mentions; those named by a description become mentions of their antecedent's entity
  const named = all.filter((p) => !p.described);
  const places: PlaceRef[] = named.map((p) => ({ start: p.start, end: p.end, ...p.resolution }));
  const described = named.length ? describedRefs(input.text, named, input.mentions, input.demonymCountry ?? gazetteerDemonyms) : [];
  return linkDocument(view, input.mentions.map((m) => ({ ...m, kind: 'name' as const })), places, input.capitalOf ?? gazetteerCapitals, input.demonymCountry ?? gazetteerDemonyms, described);
}

/**
 * The places named by a description, as the places stage finds them (src/geo/described.ts), with the
 * descriptions it adds no place for ("the country" is Ukraine again; "the country's military" is about
 * Ukraine, and no place): each is a mention of its antecedent's entity.
 */
function describedRefs(text: string, named: NonNullable<LinkInput['places']>, mentions: ReadonlyArray<{ start: number; end: number }>, demonymCountry: DemonymCountry): DescribedRef[] {
  const taken = overlapIndex<{ start: number; end: number }>([...named, ...mentions]);
  const antecedents = named.map((p) => ({ start: p.start, end: p.end, resolution: { row: p.resolution.row ?? null, featureType: p.resolution.featureType, country: p.resolution.country } }));
  return describedPlaces(loadGazetteer(), text, antecedents, (s, e) => taken(s, e, null), demonymCountry).map((d) => ({ head: d.head, antecedent: named[d.antecedent]! }));
}

/** Capitals by name from the places gazetteer (a `PPLC` row of that name), cached a name. */
const capitals = new Map<string, string[]>();
function gazetteerCapitals(name: string): string[] {
  let codes = capitals.get(name);
  if (!codes) {
    const g = loadGazetteer();
    codes = [...new Set(lookupName(g, name).filter((c) => g.data.code[c.row] === 'PPLC' && c.match === 'name').map((c) => g.data.cc[c.row]!))];
    capitals.set(name, codes);
  }
  return codes;
}

/** Countries by a people's adjective or plural from the places gazetteer (its demonym names), cached a word. */
const demonyms = new Map<string, string[]>();
function gazetteerDemonyms(word: string): string[] {
  let codes = demonyms.get(word);
  if (!codes) {
    const g = loadGazetteer();
    codes = /^\p{Lu}/u.test(word) ? [...new Set(lookupName(g, word).filter((c) => c.match === 'demonym').map((c) => g.data.cc[c.row]!))] : [];
    demonyms.set(word, codes);
  }
  return codes;
}

function defaultDemonyms(): (word: string) => boolean {
  const gaz = nerModel().gazetteer;
  return (w) => (gazetteerMask(gaz, w) & GAZ.demonym) !== 0;
}
