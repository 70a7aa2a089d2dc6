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
import type { CapitalOf } from './others.js';
import type { DemonymCountry } from './institutions.js';
import { loadGazetteer } from '../geo/gazetteer.js';
import { lookupName } from '../geo/lookup.js';
import { docView, type LinkSentence } from './view.js';

export interface LinkInput {
  text: string;
  sentences: readonly LinkSentence[];
  tokens: readonly Token[];
  mentions: ReadonlyArray<{ start: number; end: number; sentence: number; type: EntityType; fine: FineType | null; rule: string; confidence: number }>;
  /** The places stage's resolutions, when it ran. */
  places?: ReadonlyArray<{ start: number; end: number; resolution: { geonameid: number | null; name: string | null; featureType: string | null; country: string | null } }>;
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
  const places: PlaceRef[] = (input.places ?? []).map((p) => ({ start: p.start, end: p.end, ...p.resolution }));
  return linkDocument(view, input.mentions.map((m) => ({ ...m, kind: 'name' as const })), places, input.capitalOf ?? gazetteerCapitals, input.demonymCountry ?? gazetteerDemonyms);
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
