/**
 * Word lists of the cross-document event merge (src/events/merge.ts): what an actor's name is
 * compared by, what a trigger is compared by, and which ACLED sub-types reports confuse for one event.
 */

/**
 * Words that say what kind of party an actor is, not which one: "Russian forces" and "Russia" are one
 * actor, and "the army" alone names nobody. Titles go too ("Mayor Klitschko" is Klitschko).
 */
export const GENERIC_ACTOR_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'its', 'their', 'his', 'her', 'in', 'on',
  'force', 'forces', 'troop', 'troops', 'army', 'armed', 'military', 'soldier', 'soldiers', 'unit', 'units',
  'government', 'regime', 'authorities', 'authority', 'official', 'officials', 'ministry', 'defence', 'defense',
  'navy', 'air', 'national', 'guard', 'police', 'service', 'services', 'security', 'state', 'federal',
  'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'mayor', 'governor', 'general', 'gen', 'colonel',
  'commander', 'chief', 'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'foreign', 'secretary',
]);

/** Words a headline writes in capitals that are also country codes: not the country ("IN", "IT", "NO"). */
export const CAPITAL_WORDS: ReadonlySet<string> = new Set([
  'AM', 'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OR', 'SO', 'TO', 'WE',
  'ARE', 'CAN', 'FOR', 'HAS', 'NOT', 'THE', 'WAS', 'WHO', 'AND', 'ALL', 'ONE', 'NEW',
]);

/**
 * Words that carry no event in a trigger. Two "Strategic developments / Other" mentions are one event
 * only if their triggers share a word that is left (both say "curfew", both say "evacuated").
 */
export const TRIGGER_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'this', 'that', 'also', 'now', 'into',
  'after', 'before', 'over', 'up', 'out', 'part', 'some', 'all', 'more', 'than', 'city', 'people',
]);

/**
 * Sub-types that two reports of one event may give differently, in groups: a missile strike is an "air
 * strike" to one outlet and "shelling" to another, and the typer reads the words each used. Any other
 * pair of different sub-types is two events.
 */
export const COMPATIBLE_SUBTYPES: readonly (readonly string[])[] = [
  ['Air/drone strike', 'Shelling/artillery/missile attack'],
  ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  ['Peaceful protest', 'Protest with intervention'],
  ['Violent demonstration', 'Mob violence'],
];

/**
 * Words two unrelated sentences share by chance: function words, reporting verbs, and the words of
 * time that every report of a day uses. What is left of two sentences about one event are the things
 * it was done to and with ("Security Council resolution", "apartment block").
 */
export const SENTENCE_STOP_WORDS: ReadonlySet<string> = new Set([
  ...TRIGGER_STOP_WORDS,
  'about', 'above', 'again', 'against', 'ago', 'along', 'already', 'among', 'another', 'any', 'around', 'because',
  'being', 'below', 'between', 'both', 'but', 'can', 'could', 'did', 'does', 'doing', 'down', 'during', 'each',
  'earlier', 'either', 'even', 'ever', 'every', 'few', 'first', 'further', 'get', 'got', 'had', 'having', 'here',
  'her', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'just', 'last', 'late', 'later', 'least', 'less', 'like',
  'made', 'make', 'many', 'may', 'might', 'most', 'much', 'must', 'near', 'new', 'next', 'nor', 'not', 'off', 'once',
  'one', 'only', 'other', 'our', 'ours', 'own', 'per', 'said', 'say', 'says', 'saying', 'she', 'should', 'since',
  'so', 'such', 'take', 'taken', 'them', 'then', 'there', 'these', 'they', 'those', 'though', 'through', 'told',
  'too', 'two', 'three', 'under', 'until', 'upon', 'very', 'what', 'when', 'where', 'which', 'while', 'who', 'whom',
  'why', 'will', 'would', 'year', 'years', 'yet', 'you', 'your', 'according', 'added', 'adding', 'reported', 'reports',
  'statement', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'morning', 'evening', 'night',
  'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'time', 'month',
  'months', 'mr', 'mrs', 'ms', 'around', 'still', 'well', 'we', 'us', 'he', 'him', 'my', 'me', 'no', 'yes',
]);
