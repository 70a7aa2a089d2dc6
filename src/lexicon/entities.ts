/**
 * Word lists for the named-entity tagger: they become token-class features (the model learns how much
 * each is worth) and, for titles and roles, the cues of within-document linking. Lower case.
 */

/** Last words of organization names: legal suffixes and the heads of institutions and groups. */
export const ORG_HEADS: readonly string[] = [
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'bv', 'spa', 'ab', 'asa',
  'group', 'holdings', 'bank', 'fund', 'trust', 'ministry', 'council', 'forces', 'army', 'navy', 'police', 'party',
  'union', 'association', 'committee', 'agency', 'commission', 'federation', 'club', 'fc', 'university', 'institute',
  'organisation', 'organization', 'airlines', 'airways', 'news', 'times', 'post', 'press', 'tribune', 'journal',
  'exchange', 'board', 'office', 'department', 'authority', 'court', 'parliament', 'assembly', 'congress', 'senate',
  'front', 'movement', 'brigade', 'battalion', 'regiment', 'guard', 'service', 'services', 'industries', 'international',
  'motors', 'systems', 'technologies', 'partners', 'securities', 'capital', 'investments', 'reserve', 'league',
  'command', 'directorate', 'secretariat', 'foundation', 'society', 'church', 'hospital', 'school', 'college',
];

/** Words that stand before a person's name. */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'president', 'vice-president',
  'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rev',
  'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'admiral', 'commander', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'judge', 'justice', 'secretary',
  'ambassador', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'chief', 'coach', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'leader', 'envoy', 'sheikh', 'ayatollah', 'emir', 'sultan', 'patriarch', 'deputy',
];

/** Verbs and nouns right after a person's name in news ("X said", "X told"). */
export const PERSON_CUES: readonly string[] = [
  'said', 'says', 'told', 'added', 'asked', 'wrote', 'stated', 'announced', 'warned', 'urged', 'claimed', 'denied',
];

/** Words that make a preceding capitalized word a place ("X province", "X district"). */
export const PLACE_HEADS: readonly string[] = [
  'city', 'province', 'region', 'oblast', 'district', 'county', 'state', 'island', 'islands', 'river', 'mountains',
  'valley', 'village', 'town', 'street', 'square', 'airport', 'port', 'border', 'coast', 'peninsula', 'sea', 'lake',
];

/** Last words of a name that make it an organization whatever the tagger said ("Black Sea Fleet" is no
 * sea, "Kaspersky Lab" no person): armed units and bodies. Narrower than ORG_HEADS, which the tagger
 * reads as a feature: no "bank" (West Bank), "union" (Soviet Union) or "front". */
export const UNIT_HEADS: readonly string[] = [
  'fleet', 'flotilla', 'battalion', 'batallion', 'brigade', 'regiment', 'forces', 'army', 'navy', 'police', 'ministry',
  'council', 'committee', 'agency', 'party', 'lab', 'labs', 'guard', 'command', 'directorate', 'militia',
];

/** Armed units written after a name in lower case ("the Vostok battalion", "the Azov regiment"). */
export const LOWER_UNIT_HEADS: readonly string[] = ['battalion', 'batallion', 'brigade', 'regiment', 'militia', 'fleet'];

