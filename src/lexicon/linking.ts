/**
 * Word lists for linking mentions to entities (src/entities/): honorifics and role nouns that stand
 * before a name or make a role description, kinship nouns, pronouns with their gender, speech verbs
 * that make a pronoun a speaker, locative words that keep a capital a place, seats of government that
 * stand for their government. Lower case.
 */
import { PERSON_TITLES } from './entities.js';

/** Honorifics: dropped from a name, never a role ("Mr Zelenskyy" → "Zelenskyy"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.']);

/** Honorifics that tell a person's gender, for pronoun agreement. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess']);

/** Nouns that name a role or office: a title before a name ("Mayor Klitschko") or the head of a role
 * description ("the mayor of Kyiv", "the Ukrainian president", "regional leader Pavlo Kyrylenko"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES.filter((t) => !HONORIFICS.has(t)),
  'head', 'negotiator', 'official', 'spokesperson', 'commissioner', 'director', 'ceo', 'founder', 'prosecutor',
  'representative', 'diplomat', 'chief of staff', 'foreign minister', 'prime minister', 'defence minister',
  'defense minister', 'interior minister', 'health minister', 'general secretary', 'secretary-general',
  'secretary general', 'commander-in-chief', 'advisor', 'adviser', 'aide', 'politician', 'monarch', 'premier',
]);

/** Words that qualify a role noun before it ("deputy prime minister", "regional leader", "acting mayor"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'acting', 'former', 'regional', 'local', 'prime', 'foreign', 'defence', 'defense', 'interior',
  'health', 'finance', 'senior', 'chief', 'top', 'military', 'city', 'state', 'national', 'district', 'provincial',
  'presidential', 'interim', 'new', 'first', 'lead', 'general', 'supreme', 'army', 'opposition',
]);

/** Kinship nouns of an appositive ("His brother, Wladimir"); the starred ones pass on a family name. */
export const KIN_NOUNS: ReadonlyMap<string, { gender: Gender; surname: boolean }> = new Map([
  ['brother', { gender: 'male', surname: true }], ['son', { gender: 'male', surname: true }],
  ['father', { gender: 'male', surname: true }], ['sister', { gender: 'female', surname: false }],
  ['daughter', { gender: 'female', surname: false }], ['mother', { gender: 'female', surname: false }],
  ['wife', { gender: 'female', surname: false }], ['husband', { gender: 'male', surname: false }],
  ['uncle', { gender: 'male', surname: false }], ['aunt', { gender: 'female', surname: false }],
  ['cousin', { gender: 'unknown', surname: false }], ['nephew', { gender: 'male', surname: false }],
  ['niece', { gender: 'female', surname: false }], ['grandson', { gender: 'male', surname: true }],
]);

export type Gender = 'male' | 'female' | 'unknown';

/** Subject pronouns that can be a speaker, with the gender they require. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);

/** Speech and stance verbs after which (or before which: "said he") a pronoun is the one who speaks. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'wrote', 'stated', 'announced', 'warned', 'urged',
  'claimed', 'claims', 'denied', 'insisted', 'argued', 'noted', 'explained', 'tweeted', 'declared', 'assured',
  'vowed', 'accused', 'stressed', 'replied', 'admitted', 'confirmed', 'promised', 'pledged', 'suggested',
  'believes', 'believed', 'thinks', 'hinted', 'described', 'called', 'recalled', 'emphasised', 'emphasized',
]);

/** Adverbs that may stand between a pronoun and its speech verb ("he also said"). */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'previously', 'earlier', 'has', 'had', 'reportedly', 'again', 'further', 'once']);

/** Words right before a place name that keep it a place (never a stand-in for its government). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'over', 'across', 'toward', 'towards', 'via',
  'through', 'within', 'inside', 'beyond', 'between', 'for', 'of', 'on', 'downtown', 'central', 'leave', 'left',
  'visit', 'visited', 'reach', 'reached', 'entered', 'enter', 'fled', 'northern', 'southern', 'eastern', 'western',
]);

/** Nouns of political action that make "Moscow's X" / "the X of Moscow" the government, not the city. */
export const POLITICAL_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'influence', 'isolation', 'position', 'policy', 'policies', 'demand', 'demands', 'decision',
  'refusal', 'response', 'claim', 'claims', 'ally', 'allies', 'offensive', 'invasion', 'aggression', 'strategy',
  'interests', 'goals', 'aims', 'ambitions', 'sanctions', 'stance', 'approach', 'proposal', 'backing', 'support',
  'war', 'regime', 'government', 'diplomacy', 'relations', 'threats', 'threat', 'veto', 'intentions', 'narrative',
]);

/** Seats of power whose name stands for a government or institution ("the Kremlin said"): organizations. */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'whitehall',
  'quai d\'orsay', 'bankova', 'zhongnanhai', 'blue house', 'capitol hill', 'foggy bottom', 'vatican', 'holy see',
  'knesset', 'duma', 'state duma', 'bundestag', 'rada', 'verkhovna rada', 'majlis',
]);

/** Last words of facilities, which take the capitalized words before them into the name ("Regional
 * Intensive Care Hospital") and are typed FAC. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'airport', 'station', 'stadium', 'bridge', 'dam', 'plant', 'theatre', 'theater', 'mall', 'cathedral',
  'church', 'mosque', 'synagogue', 'school', 'university', 'prison', 'base', 'port', 'harbour', 'harbor', 'factory',
  'refinery', 'clinic', 'museum', 'palace', 'tower', 'centre', 'center', 'market', 'square', 'embassy',
]);
