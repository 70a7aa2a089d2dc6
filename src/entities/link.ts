/**
 * Within-document linking: the tagger's mentions, the places stage's resolutions and the article's
 * words to entities. The linkers run in a fixed order, each reading what the ones before it found:
 *
 * 1. persons (persons.ts): full names, then surnames and titled surnames; titles become roles.
 * 2. others (others.ts): places by GeoNames id, names by key, acronyms, qualified names, capitals;
 *    then a country's adjectives and institutions by description (institutions.ts), a ship's name
 *    without its prefix (vessels.ts); self-proclaimed republics named after a place, "people's
 *    republics of Donetsk and Luhansk" (republics.ts).
 * 3. descriptions (describe.ts): role descriptions and kinship appositives, which need the roles of 1.
 * 4. a name's head noun as its description (head-nouns.ts): "the ministry" after "the Foreign
 *    Ministry"; events, agreements and laws by description (occasions.ts): "the ceasefire".
 * 5. places by description (places-described.ts): "the country", "the capital", "the region", as the
 *    places stage resolved them (src/geo/described.ts).
 * 6. pronouns (pronouns.ts): last, so that a pronoun can follow a role or an earlier pronoun.
 *
 * Then each cluster becomes an `Entity` (ids in order of first mention), and the role, description and
 * pronoun mentions are listed after the tagger's, so its mentions keep their indexes.
 */
import type { Entity, EntityAlias, FineType } from '../model/annotations.js';
import { LinkState, type Cluster, type LinkMention, type PlaceRef } from './clusters.js';
import { linkDescriptions } from './describe.js';
import { personName } from './names.js';
import { linkInstitutions, type DemonymCountry } from './institutions.js';
import { linkOthers, type CapitalOf } from './others.js';
import { linkPersons } from './persons.js';
import { linkVessels } from './vessels.js';
import { linkHeadNouns } from './head-nouns.js';
import { linkOccasions } from './occasions.js';
import { linkRepublics } from './republics.js';
import { linkPlaceDescriptions, type DescribedRef } from './places-described.js';
import { linkPronouns } from './pronouns.js';
import { roleLabel } from './roles.js';
import type { DocView } from './view.js';

export interface LinkedMention extends LinkMention {
  entity: string | null;
}

export interface LinkOutput {
  /** The input mentions in their order, then the role, description and pronoun mentions in text order. */
  mentions: LinkedMention[];
  entities: Entity[];
}

export function linkDocument(view: DocView, names: readonly LinkMention[], places: readonly PlaceRef[], capitalOf: CapitalOf = () => [], demonymCountry: DemonymCountry = () => [], described: readonly DescribedRef[] = []): LinkOutput {
  const state = new LinkState(view, names, places);
  linkPersons(state);
  linkOthers(state, capitalOf);
  linkInstitutions(state, demonymCountry);
  linkVessels(state);
  linkRepublics(state);
  linkDescriptions(state);
  linkHeadNouns(state);
  linkOccasions(state);
  linkPlaceDescriptions(state, described);
  linkPronouns(state);
  return assemble(state, names.length);
}

function assemble(state: LinkState, named: number): LinkOutput {
  // Extra mentions after the named ones, in text order.
  const extra = state.mentions.map((_, i) => i).slice(named).sort((a, b) => state.mentions[a]!.start - state.mentions[b]!.start || a - b);
  const order = [...state.mentions.keys()].slice(0, named).concat(extra);
  const index = new Map(order.map((i, k) => [i, k]));
  // Each cluster's first start once (not once a comparison, and no Math.min(...members): a cluster of
  // 100,000 members is more arguments than a call takes).
  const first = new Map(state.live().map((c) => [c, firstStart(state, c)]));
  const live = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || a - b);
  const ids = new Map(live.map((c, k) => [c, `e${k + 1}`]));
  const entities = live.map((c) => toEntity(state, c, ids.get(c)!, index));
  const mentions = order.map((i) => {
    const c = state.clusterOf.get(i);
    return { ...state.mentions[i]!, entity: c !== undefined ? ids.get(c) ?? null : null };
  });
  return { mentions, entities };
}

const firstStart = (state: LinkState, c: number) => state.clusters[c]!.members.reduce((min, m) => Math.min(min, state.mentions[m.mention]!.start), Infinity);

function toEntity(state: LinkState, c: number, id: string, index: Map<number, number>): Entity {
  const cl = state.clusters[c]!;
  const members = [...cl.members].sort((a, b) => state.mentions[a.mention]!.start - state.mentions[b.mention]!.start);
  const { name, nameRule } = canonicalName(state, cl, members.map((m) => m.mention));
  const aliases: EntityAlias[] = [];
  const seen = new Set([name]);
  for (const m of members) {
    const text = state.text(m.mention);
    if (seen.has(text)) continue;
    seen.add(text);
    aliases.push({ text, rule: m.rule === 'first' ? 'first-mention' : m.rule, confidence: m.confidence });
  }
  for (const [text, v] of cl.forms) if (!seen.has(text)) (seen.add(text), aliases.push({ text, ...v }));
  const roles = [...new Set([...cl.roles.map(roleLabel), ...cl.labels])];
  return {
    id,
    name,
    type: cl.type,
    fine: commonFine(state, members.map((m) => m.mention)),
    nameRule,
    aliases,
    roles,
    mentions: members.map((m) => index.get(m.mention)!).sort((a, b) => a - b),
    geonameid: cl.place?.geonameid ?? null,
  };
}

/** The fullest stated form, titles stripped; a place's gazetteer name; or the inferred name. */
function canonicalName(state: LinkState, cl: Cluster, members: number[]): { name: string; nameRule: string } {
  if (cl.inferred) return { name: cl.inferred.name, nameRule: cl.inferred.rule };
  const named = members.filter((i) => state.mentions[i]!.kind === 'name' && !(cl.type === 'LOC' && state.placeOf(i)?.featureType === 'PPLC' && cl.place?.featureType !== 'PPLC'));
  if (cl.place?.name && named.some((i) => state.placeOf(i)?.geonameid === cl.place!.geonameid)) return { name: cl.place.name, nameRule: 'gazetteer' };
  const forms = named.map((i) => {
    const text = state.text(i).replace(/^(?:the|The)\s+/, '');
    return cl.type === 'PER' ? personName(text).name : text;
  });
  const best = forms.reduce((a, b) => (b.split(' ').length > a.split(' ').length || (b.split(' ').length === a.split(' ').length && b.length > a.length) ? b : a), forms[0] ?? state.text(members[0]!));
  return { name: best, nameRule: 'fullest-form' };
}

function commonFine(state: LinkState, members: number[]): FineType | null {
  const counts = new Map<FineType, number>();
  for (const i of members) {
    const m = state.mentions[i]!;
    if (m.kind === 'name' && m.fine) counts.set(m.fine, (counts.get(m.fine) ?? 0) + 1);
  }
  let best: FineType | null = null;
  for (const [f, n] of counts) if (best === null || n > counts.get(best)!) best = f;
  return best;
}

export type { DocView };
