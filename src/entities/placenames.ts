/**
 * Names the tagger typed PER or MISC that the gazetteer knows as places and the article gives no sign
 * of being a person: retyped LOC (`refine:known-place`). The CoNLL-trained tagger has seen few names
 * of regions and of small towns of Ukraine; "Crimea", "Yenakiieve", "Donbas" get a person's or a
 * miscellaneous type from their shape alone, and then vanish from the places.
 *
 * A name counts as a known place when the gazetteer has it as a country, a division, a region, or (for
 * a PER only, and of 5,000 people or more) a town that lies in a country the article's other places are in (a town of the same name abroad is
 * no evidence: "Clinton" is a town in Iowa), and the article treats it as a place at least once: after
 * a preposition or verb of place ("in Crimea", "enter Crimea"), before a division word ("Crimea
 * region"), or after a place's possessive ("Ukraine's Crimea"); CoNLL-2003's surnames that are also
 * towns almost never are. A name typed PER that is a division or region of a country the article's other
 * places are in needs no such context. Signs of a person, any of which keeps the type: a given
 * name (the tagger's given-name list), a person's title right before ("President", "Mr"), a speech
 * verb right after ("said"), or the name as a word of a longer person's name in the same article.
 */
import { PERSON_CUES, PERSON_TITLES } from '../lexicon/entities.js';
import { DIVISION_WORDS } from '../lexicon/places.js';
import type { RefinableMention } from './refine.js';

/** What the gazetteer says of a name: a large place (country, division, region), or the countries of its towns. */
export interface PlaceKnowledge {
  /** Countries in which the name is a country, division or region; empty if none. */
  areas(name: string): string[];
  /** Countries in which the name is a populated place; empty if none. */
  towns(name: string): string[];
  /** Whether the name is a given name. */
  given(word: string): boolean;
}

const TITLES = new Set(PERSON_TITLES);
const CUES = new Set(PERSON_CUES);
const RETYPED = new Set(['PER', 'MISC']);
/** A preposition of place right before a name (a "from" or "to" may precede a person as well). */
const LOCATIVE = /\b(?:in|near|outside|across|around|into|throughout|inside|towards?|beyond|enter(?:s|ed|ing)?|annex(?:es|ed|ing)?|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
/** A division word right after a name ("Crimea region", "Donetsk oblast"). */
const DIVISION_AFTER = new RegExp(`^\\s+(?:${DIVISION_WORDS.join('|')})\\b`, 'i');
/** A place's possessive right before a name ("Ukraine's Crimea"). */
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}-]*['’]s\s+$/u;
/** Endings of adjectives of peoples and regions ("European", "Crimean", "British", "Baltic", "Chinese"). */
const ADJECTIVE = /(?:ean|ian|ish|ic|ese)$/i;

export function knownPlaces(text: string, mentions: readonly RefinableMention[], know: PlaceKnowledge): RefinableMention[] {
  const name = (m: RefinableMention) => text.slice(m.start, m.end);
  // countries the article's LOC mentions (and areas) lie in
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    for (const cc of [...know.areas(name(m)), ...know.towns(name(m))]) countries.add(cc);
  }
  const personWords = new Set<string>();
  for (const m of mentions) {
    const words = name(m).split(/\s+/);
    if (m.type === 'PER' && words.length > 1) for (const w of words) personWords.add(w);
  }
  // names the article puts after a preposition of place somewhere ("in Crimea", "near the Urals")
  const locatives = new Set<string>();
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const after = text.slice(m.end, m.end + 20);
    const ofPlace = POSSESSIVE_BEFORE.test(before) && mentions.some((o) => o.type === 'LOC' && o.end <= m.start && m.start - o.end <= 3);
    if ((LOCATIVE.test(before) && !/^['’]s\b/.test(after)) || DIVISION_AFTER.test(after) || ofPlace) locatives.add(name(m));
  }
  return mentions.map((m) => {
    if (!RETYPED.has(m.type)) return m;
    const n = name(m);
    const words = n.split(/\s+/);
    if (words.some((w) => personWords.has(w) && words.length === 1) || know.given(words[0]!)) return m;
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase().replace(/\.$/, '');
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
    if ((before && TITLES.has(before)) || (after && CUES.has(after))) return m;
    // "European", "British", "Baltic" as MISC are adjectives of a people or a region, not its name
    if (m.type === 'MISC' && (m.fine === 'NORP' || ADJECTIVE.test(n))) return m;
    const areas = know.areas(n);
    // a miscellaneous name is a place only as a region or country (an event or a product is often named after a town)
    const town = m.type === 'PER' && know.towns(n).some((cc) => countries.has(cc));
    // a division or region of a country the article's places are in needs no locative ("Crimea" typed PER)
    const homeArea = m.type === 'PER' && areas.some((cc) => countries.has(cc));
    if (!homeArea && ((areas.length === 0 && !town) || !locatives.has(n))) return m;
    return { ...m, type: 'LOC', fine: null, rule: `${m.rule}+refine:known-place` };
  });
}
