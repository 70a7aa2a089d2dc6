/**
 * Word lists of the figures stage: number words, the qualifiers before a number, and the words that
 * say what a number counts. Lower case.
 */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Vague plurals and the bounds they imply ("hundreds" is at least two hundred, fewer than a thousand). */
export const VAGUE: Readonly<Record<string, [number, number | null]>> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], 'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999], millions: [2e6, null],
};

/** Qualifiers before a number, each with what it does to the bounds. */
export const QUALIFIERS: ReadonlyArray<[string, 'min+' | 'min' | 'max-' | 'max' | 'approx']> = [
  ['more than', 'min+'], ['over', 'min+'], ['in excess of', 'min+'], ['upwards of', 'min+'],
  ['at least', 'min'], ['no fewer than', 'min'], ['no less than', 'min'],
  ['fewer than', 'max-'], ['less than', 'max-'], ['under', 'max-'],
  ['up to', 'max'], ['at most', 'max'], ['as many as', 'max'], ['no more than', 'max'],
  ['around', 'approx'], ['about', 'approx'], ['some', 'approx'], ['nearly', 'approx'], ['almost', 'approx'],
  ['roughly', 'approx'], ['approximately', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['close to', 'approx'],
];

/** Words that type a count, by kind; matched as word starts ("kill" matches "killed", "killing"). */
export const KIND_WORDS: ReadonlyArray<[string, readonly string[]]> = [
  ['killed', ['kill', 'dead', 'died', 'die ', 'dies', 'death', 'fatalit', 'lost their lives', 'lives lost', 'bodies', 'massacr', 'slain', 'perished', 'executed']],
  ['injured', ['injur', 'wound', 'hurt']],
  ['missing', ['missing', 'unaccounted']],
  ['detained', ['detain', 'arrest', 'detention', 'jailed', 'imprisoned', 'prisoners', 'captured', 'custody']],
  ['hostages', ['hostage', 'abduct', 'kidnap', 'held captive']],
  ['displaced', ['displac', 'fled', 'flee', 'fleeing', 'refugee', 'homeless', 'driven from', 'forced from', 'uprooted', 'crossed into', 'left their homes', 'asylum']],
  ['evacuated', ['evacuat', 'escape', 'rescued', 'humanitarian corridor']],
  ['trapped', ['trapped', 'besieged', 'stranded', 'stuck', 'sheltering', 'encircled', 'under siege']],
];

/** Nouns that a number counts as people (a casualty figure counts people or is elliptic). */
export const PEOPLE: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'kids', 'women', 'men', 'soldiers', 'soldier',
  'troops', 'servicemen', 'fighters', 'militants', 'residents', 'refugees', 'migrants', 'journalists', 'journalist',
  'reporters', 'doctors', 'patients', 'workers', 'officers', 'police', 'policemen', 'citizens', 'nationals', 'victims',
  'pedestrians', 'passengers', 'prisoners', 'hostages', 'students', 'inhabitants', 'families', 'babies', 'infants',
  'rescuers', 'volunteers', 'staff', 'personnel', 'members', 'adults', 'elderly', 'others', 'dead', 'wounded',
  'ukrainians', 'russians', 'britons', 'americans', 'palestinians', 'israelis', 'syrians', 'afghans', 'marines', 'sailors',
  'paratroopers', 'mercenaries', 'conscripts', 'recruits', 'cameraman', 'photographer', 'medics', 'nurses', 'aid workers',
]);

export const TROOPS: ReadonlySet<string> = new Set(['troops', 'soldiers', 'servicemen', 'personnel', 'fighters', 'marines', 'paratroopers', 'conscripts', 'reservists', 'mercenaries', 'forces']);
export const MUNITIONS: ReadonlySet<string> = new Set(['missiles', 'missile', 'shells', 'rockets', 'rocket', 'drones', 'bombs', 'mortars', 'rounds', 'grenades', 'munitions', 'projectiles', 'artillery', 'airstrikes', 'strikes', 'cruise']);
export const BUILDINGS: ReadonlySet<string> = new Set(['buildings', 'building', 'homes', 'houses', 'apartments', 'schools', 'hospitals', 'bridges', 'structures', 'dwellings', 'blocks', 'churches', 'mosques']);
export const BUILDING_DAMAGE = ['destroy', 'damag', 'flatten', 'razed', 'levelled', 'leveled', 'hit', 'struck', 'collapsed', 'burned'];

/** Units that make a number something other than a count of people. */
export const DISTANCE_UNITS = /^(km|kms|kilomet(er|re)s?|miles?|met(er|re)s?|m|yards?|feet|ft|nautical)\b/i;
export const MONEY_BEFORE = /[$£€₴¥₽]\s*$|\b(us\$|usd|eur|gbp|uah)\s*$/i;
export const MONEY_AFTER = /^(dollars|pounds|euros|hryvnias?|roubles|rubles|yen|pence|cents|\$|bn\b)/i;
export const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|am|pm|a\.m\.|p\.m\.|o'clock|gmt|bst)\b/i;
export const AGE = /^(-year-old|-years-old| years? old|-month-old)/i;
export const VOTES = /^(votes?|ballots?)\b/i;
export const STOREYS = /^(-?storey|-?story|-?floor|storeys|stories|floors)\b/i;
export const PERCENT = /^(%| per ?cent| percent)/i;

/** Words in the clause that make a figure a projection, a denial or a disputed claim. */
export const PROJECTED = /\b(could|may|might|would|will|expected to|likely to|projected|forecast|predict|estimates? that|set to|on course to|feared to)\b/i;
export const DENIED = /\b(denied|denies|deny|denying|rejected|dismissed|false|fake|not true)\b/i;
export const DISPUTED = /\b(disputed?|unverified|could not (be )?(independently )?verif|not (be )?(independently )?verified|contested|unconfirmed)\b/i;
