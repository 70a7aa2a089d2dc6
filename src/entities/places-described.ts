/**
 * Places named by a description (`place-description`): "the country", "the capital" (or "the
 * Ukrainian capital"), "the city", "the town", "the region", "the peninsula" stand for the nearest place
 * of that kind the article named before them: a country, a capital (of the country a demonym names), a
 * populated place, a division or region, as the places stage resolved it. A description followed by
 * "of" ("the city of Donetsk") names its place itself and is left alone; one with no place of its kind
 * before it refers to none.
 */
import type { LinkState } from './clusters.js';
import type { DemonymCountry } from './institutions.js';

/** A description's link is a guess from recency and kind. */
const CONFIDENCE = 0.7;

type Kind = 'country' | 'capital' | 'town' | 'region';
const NOUNS: ReadonlyMap<string, Kind> = new Map([
  ['country', 'country'], ['capital', 'capital'], ['city', 'town'], ['town', 'town'], ['village', 'town'],
  ['region', 'region'], ['province', 'region'], ['peninsula', 'region'], ['oblast', 'region'],
]);
const REGION_CODES = /^(?:ADM[1-4]D?|ADMD|RGN|PEN|ISL)$/;

function kindOf(featureType: string | null): Kind[] {
  if (!featureType) return [];
  if (/^PCL/.test(featureType)) return ['country'];
  if (featureType === 'PPLC') return ['capital', 'town'];
  if (featureType.startsWith('PPL')) return ['town'];
  return REGION_CODES.test(featureType) ? ['region'] : [];
}

export function linkPlaceDescriptions(state: LinkState, demonymCountry: DemonymCountry): void {
  const { view } = state;
  const n = view.tokens.length;
  for (let k = 0; k + 1 < n; k++) {
    if (view.lower[k] !== 'the') continue;
    let j = k + 1;
    // "the Ukrainian capital": a people's adjective names the capital's country
    const codes = j + 1 < n ? demonymCountry(view.text.slice(view.tokens[j]![0], view.tokens[j]![1])) : [];
    if (codes.length === 1 && NOUNS.get(view.lower[j + 1]!) === 'capital') j++;
    const kind = NOUNS.get(view.lower[j]!);
    if (!kind || view.lower[j + 1] === 'of' || /^\p{Lu}/u.test(view.text.slice(view.tokens[j + 1]?.[0] ?? 0, view.tokens[j + 1]?.[1] ?? 0))) continue;
    const start = view.tokens[k]![0];
    const end = view.tokens[j]![1];
    // the noun itself in no mention (a demonym before it may be one)
    const nounStart = view.tokens[j]![0];
    if (state.mentions.some((m) => m.start < end && nounStart < m.end)) continue;
    const country = j > k + 1 ? codes[0]! : null;
    const candidates = state.live().filter((c) => {
      const p = state.clusters[c]!.place;
      return state.clusters[c]!.type === 'LOC' && p !== null && kindOf(p.featureType).includes(kind) && (country === null || p.country === country);
    });
    // only places named before the description
    const before = candidates.filter((c) => state.clusters[c]!.members.some((m) => state.mentions[m.mention]!.kind === 'name' && state.mentions[m.mention]!.end <= start));
    if (!before.length) continue;
    const c = state.nearest(before, start)!;
    state.addMention({ start, end, sentence: view.sentenceOf[k] ?? 0, type: 'LOC', fine: null, kind: 'description', rule: 'link:place-description', confidence: CONFIDENCE }, c, 'place-description', CONFIDENCE);
  }
}
