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
  'hundreds of thousands': [200000, 999999], millions: [2e6, null], tens: [20, 99],
  several: [3, 9], 'several dozen': [36, 119], 'several hundred': [300, 999], 'several thousand': [3000, 9999], 'several million': [3e6, 9999999],
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
  ['displaced', ['displac', 'fled', 'flee', 'fleeing', 'refugee', 'homeless', 'driven from', 'forced from', 'forced out', 'uprooted', 'crossed into', 'left their homes', 'asylum', 'relocat']],
  ['evacuated', ['evacuat', 'escape', 'rescued', 'humanitarian corridor']],
  ['trapped', ['trapped', 'besieged', 'stranded', 'stuck', 'sheltering', 'encircled', 'under siege']],
];

/** Nouns that a number counts as people (a casualty figure counts people or is elliptic). Capitalized
 * plurals ("Spaniards", "Chechens") and words of the entity tagger's NORP/MISC names count too
 * (src/figures/people.ts). */
export const PEOPLE: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'kids', 'women', 'men', 'soldiers', 'soldier',
  'troops', 'servicemen', 'fighters', 'militants', 'residents', 'refugees', 'migrants', 'journalists', 'journalist',
  'reporters', 'doctors', 'patients', 'workers', 'officers', 'police', 'policemen', 'citizens', 'nationals', 'victims',
  'pedestrians', 'passengers', 'prisoners', 'hostages', 'students', 'inhabitants', 'families', 'babies', 'infants',
  'rescuers', 'volunteers', 'staff', 'personnel', 'members', 'adults', 'elderly', 'others', 'dead', 'wounded',
  'ukrainians', 'russians', 'britons', 'americans', 'palestinians', 'israelis', 'syrians', 'afghans', 'marines', 'sailors',
  'paratroopers', 'mercenaries', 'conscripts', 'recruits', 'cameraman', 'photographer', 'medics', 'nurses', 'aid workers',
  'protesters', 'protestors', 'demonstrators', 'marchers', 'activists', 'supporters', 'opponents', 'critics', 'dissidents',
  'rebels', 'separatists', 'insurgents', 'militiamen', 'gunmen', 'guerrillas', 'partisans', 'guards', 'pilots', 'crew',
  'crewmembers', 'observers', 'monitors', 'peacekeepers', 'officials', 'diplomats', 'miners', 'farmers', 'villagers',
  'locals', 'pensioners', 'detainees', 'suspects', 'tourists', 'fans', 'spectators', 'voters', 'lawmakers', 'deputies',
  'employees', 'teachers', 'priests', 'youths', 'teenagers', 'boys', 'girls', 'individuals', 'defenders', 'combatants',
]);

/** Nouns that count the dead when nothing else in the clause says what befell them ("dozens of victims"). */
export const VICTIMS: ReadonlySet<string> = new Set(['victims']);

export const TROOPS: ReadonlySet<string> = new Set([
  'troops', 'soldiers', 'servicemen', 'personnel', 'fighters', 'marines', 'paratroopers', 'conscripts', 'reservists', 'mercenaries',
  'forces', 'rebels', 'separatists', 'insurgents', 'militants', 'militiamen', 'militia', 'gunmen', 'guerrillas', 'partisans', 'combatants',
  'battalions', 'brigades', 'regiments', 'platoons', 'sailors', 'commandos',
]);
/** Nouns of a crowd: a count of them, or of people in a clause about a gathering, is a crowd's size. */
export const CROWD: ReadonlySet<string> = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'picketers', 'rallygoers', 'crowd', 'crowds']);
/** Clause words (whole words or phrases) that make a count of people a crowd: "100,000 people would
 * come to a rally", "the crowd ... between 1,000 and 2,000 people". */
export const CROWD_CONTEXT: ReadonlySet<string> = new Set([
  'rally', 'rallies', 'rallied', 'protest', 'protests', 'protested', 'protesting', 'demonstration', 'demonstrations', 'demonstrated',
  'march', 'marches', 'marched', 'marching', 'gathered', 'gathering', 'crowd', 'crowds', 'turned out', 'turnout', 'took to the streets',
  'picket', 'vigil', 'sit-in',
]);
/** Clause words that make a count of people (or an elliptic count) armed men: "thousands of Chechens
 * would fight for Ukraine", "His battalion includes dozens of Chechens". */
export const TROOP_CONTEXT = ['fight', 'fought', 'battalion', 'brigade', 'regiment', 'deployed', 'deploy', 'garrison', 'mobiliz', 'mobilis', 'enlist', 'front line', 'frontline', 'in combat'];
/** Vehicles are military hardware only so described: "armoured vehicles", not "vehicles". */
export const MILITARY_VEHICLE = /\b(armou?red|military|combat|infantry|personnel carriers?|fighting)\b/i;
/** Nouns of groups that carry what they count: "two trains of troops", "a convoy of 40 tanks". */
export const CONTAINERS: ReadonlySet<string> = new Set(['trains', 'train', 'convoys', 'convoy', 'columns', 'column', 'busloads', 'truckloads', 'groups', 'group', 'waves', 'planeloads', 'shiploads']);
export const MUNITIONS: ReadonlySet<string> = new Set([
  'missiles', 'missile', 'shells', 'rockets', 'rocket', 'drones', 'bombs', 'mortars', 'rounds', 'grenades', 'munitions', 'projectiles',
  'artillery', 'airstrikes', 'strikes', 'cruise', 'helicopters', 'helicopter', 'jets', 'planes', 'aircraft', 'warplanes', 'bombers',
  'warships', 'ships', 'frigates', 'cruisers', 'destroyers', 'corvettes', 'submarines', 'tanks', 'apcs', 'apc', 'howitzers',
  'launchers', 'guns', 'rifles', 'kalashnikovs', 'bullets', 'cartridges', 'mines', 'warheads', 'weapons', 'firearms', 'explosives',
]);
export const BUILDINGS: ReadonlySet<string> = new Set(['buildings', 'building', 'homes', 'houses', 'apartments', 'schools', 'hospitals', 'bridges', 'structures', 'dwellings', 'blocks', 'churches', 'mosques']);
export const BUILDING_DAMAGE = ['destroy', 'damag', 'flatten', 'razed', 'levelled', 'leveled', 'hit', 'struck', 'collapsed', 'burned'];

/** Units that make a number something other than a count of people. */
export const DISTANCE_UNITS = /^(km|kms|kilomet(er|re)s?|miles?|met(er|re)s?|m|yards?|feet|ft|nautical)\b/i;
export const MONEY_BEFORE = /[$£€₴¥₽]\s*$|\b(us\$|usd|eur|gbp|uah)\s*$/i;
export const MONEY_AFTER = /^(dollars|pounds|euros|hryvnias?|roubles|rubles|yen|pence|cents|\$|bn\b)/i;
/** Month names, capitalized (not the verb "may"): a number of 31 or less beside one is a day ("April
 * 16-17", "16 April"), not a count. */
export const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
export const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|am|pm|a\.m\.|p\.m\.|o'clock|gmt|bst)\b/i;
export const AGE = /^(-year-old|-years-old| years? old|-month-old)/i;
export const VOTES = /^(votes?|ballots?)\b/i;
export const STOREYS = /^(-?storey|-?story|-?floor|storeys|stories|floors)\b/i;
export const PERCENT = /^(%| per ?cent| percent)/i;

/** Words in the clause that make a figure a projection, a denial or a disputed claim. */
export const PROJECTED = /\b(could|may|might|would|will|expected to|likely to|projected|forecast|predict|estimates? that|set to|on course to|feared to)\b/i;
export const DENIED = /\b(denied|denies|deny|denying|rejected|dismissed|false|fake|not true)\b/i;
export const DISPUTED = /\b(disputed?|unverified|could not (be )?(independently )?verif|not (be )?(independently )?verified|contested|unconfirmed)\b/i;
