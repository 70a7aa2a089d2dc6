/**
 * Cues of attribution: the verbs, phrases and nouns by which news text tells who said, wrote or holds
 * what. Lower case. Each verb is listed by its forms, so that matching is a set lookup and no stemmer
 * is needed. The classes matter for confidence and for the report: a speech verb ("said") reports
 * words, a belief verb ("believes") reports a view, which PolNeAR also counts as an attribution.
 */

/** Speech and writing verbs, each with its inflected forms (base, -s, past, past participle, -ing). */
const SPEECH: readonly string[] = [
  'say says said saying',
  'tell tells told telling',
  'add adds added adding',
  'ask asks asked asking',
  'write writes wrote written writing',
  'state states stated stating',
  'announce announces announced announcing',
  'warn warns warned warning',
  'urge urges urged urging',
  'claim claims claimed claiming',
  'deny denies denied denying',
  'insist insists insisted insisting',
  'argue argues argued arguing',
  'note notes noted noting',
  'explain explains explained explaining',
  'report reports reported reporting',
  'tweet tweets tweeted tweeting',
  'post posts posted posting',
  'declare declares declared declaring',
  'suggest suggests suggested suggesting',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'confirm confirms confirmed confirming',
  'reply replies replied replying',
  'respond responds responded responding',
  'recall recalls recalled recalling',
  'accuse accuses accused accusing',
  'predict predicts predicted predicting',
  'promise promises promised promising',
  'vow vows vowed vowing',
  'pledge pledges pledged pledging',
  'threaten threatens threatened threatening',
  'complain complains complained complaining',
  'comment comments commented commenting',
  'conclude concludes concluded concluding',
  'contend contends contended contending',
  'maintain maintains maintained maintaining',
  'assert asserts asserted asserting',
  'assure assures assured assuring',
  'allege alleges alleged alleging',
  'estimate estimates estimated estimating',
  'reveal reveals revealed revealing',
  'indicate indicates indicated indicating',
  'agree agrees agreed agreeing',
  'concede concedes conceded conceding',
  'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  'stress stresses stressed stressing',
  'mention mentions mentioned mentioning',
  'repeat repeats repeated repeating',
  'reiterate reiterates reiterated reiterating',
  'testify testifies testified testifying',
  'hint hints hinted hinting',
  'caution cautions cautioned cautioning',
  'boast boasts boasted boasting',
  'joke jokes joked joking',
  'quip quips quipped quipping',
  'observe observes observed observing',
  'counter counters countered countering',
  'retort retorts retorted retorting',
  'protest protests protested protesting',
  'demand demands demanded demanding',
  'propose proposes proposed proposing',
  'acknowledge acknowledges acknowledged acknowledging',
  'continue continues continued continuing',
  'describe describes described describing',
  'call calls called calling',
  'criticize criticizes criticized criticizing criticise criticises criticised criticising',
  'praise praises praised praising',
  'insinuate insinuates insinuated insinuating',
  'cite cites cited citing',
  'point points pointed pointing',
  'recount recounts recounted recounting',
  'shout shouts shouted shouting',
  'tout touts touted touting',
  'blame blames blamed blaming',
  'dismiss dismisses dismissed dismissing',
  'question questions questioned questioning',
  'concur concurs concurred concurring',
  'clarify clarifies clarified clarifying',
  'specify specifies specified specifying',
  'speculate speculates speculated speculating',
  'declined',
];

/** Belief, intention and evidence verbs: they attribute a view rather than words. */
const BELIEF: readonly string[] = [
  'believe believes believed believing',
  'think thinks thought thinking',
  'feel feels felt feeling',
  'fear fears feared fearing',
  'hope hopes hoped hoping',
  'expect expects expected expecting',
  'know knows knew known knowing',
  'want wants wanted wanting',
  'worry worries worried worrying',
  'doubt doubts doubted doubting',
  'show shows showed shown showing',
  'find finds found finding',
  'learn learns learned learnt learning',
  'see sees saw seen seeing',
  'understand understands understood understanding',
  'consider considers considered considering',
  'assume assumes assumed assuming',
  'suspect suspects suspected suspecting',
  'calculate calculates calculated calculating',
  'wonder wonders wondered wondering',
  'seem seems seemed seeming',
  'appear appears appeared appearing',
];

const forms = (lines: readonly string[]) => new Set(lines.flatMap((l) => l.split(' ')));

export const SPEECH_VERBS: ReadonlySet<string> = forms(SPEECH);
export const BELIEF_VERBS: ReadonlySet<string> = forms(BELIEF);

/**
 * Verbs that need the reporting sense to be clear before they count: as the main verb of a clause they
 * usually are not cues ("called in the troops", "continued to shell", "pointed at", "found dead",
 * "showed up"). They count only before "that", a colon or a quotation, or after the content
 * ("..., he continued.").
 */
export const WEAK_CUES: ReadonlySet<string> = forms([
  'call calls called calling', 'continue continues continued continuing', 'point points pointed pointing',
  'find finds found finding', 'show shows showed shown showing', 'see sees saw seen seeing', 'post posts posted posting',
  'note notes noted noting', 'add adds added adding', 'report reports reported reporting', 'state states stated stating',
  'feel feels felt feeling', 'learn learns learned learnt learning', 'know knows knew known knowing',
  'consider considers considered considering', 'expect expects expected expecting', 'want wants wanted wanting',
  'question questions questioned questioning', 'protest protests protested protesting', 'counter counters countered countering',
  'describe describes described describing', 'cite cites cited citing', 'praise praises praised praising',
  'blame blames blamed blaming', 'dismiss dismisses dismissed dismissing', 'demand demands demanded demanding',
  'propose proposes proposed proposing', 'estimate estimates estimated estimating', 'appear appears appeared appearing',
  'seem seems seemed seeming', 'hope hopes hoped hoping', 'fear fears feared fearing', 'doubt doubts doubted doubting',
  'understand understands understood understanding', 'assume assumes assumed assuming', 'wonder wonders wondered wondering',
  'worry worries worried worrying', 'calculate calculates calculated calculating', 'agree agrees agreed agreeing',
  'accuse accuses accused accusing', 'criticize criticizes criticized criticizing criticise criticises criticised criticising',
  'declined', 'maintain maintains maintained maintaining', 'threaten threatens threatened threatening',
  'promise promises promised promising', 'urge urges urged urging', 'ask asks asked asking', 'tell tells told telling',
]);

/** Verbs whose first object is the hearer, not the content: "told Sky News: ...", "urged citizens to ...". */
export const HEARER_VERBS: ReadonlySet<string> = forms(['tell tells told telling', 'assure assures assured assuring', 'warn warns warned warning', 'urge urges urged urging', 'ask asks asked asking', 'remind reminds reminded reminding', 'inform informs informed informing']);

/** Phrases that introduce a source after them: "according to X", "citing X". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'as reported by', 'in the words of', 'quoted by', 'citing'];

/** Nouns of speech that open a source's words: "in a statement", "in a tweet", "in an interview". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'tweet', 'tweets', 'interview', 'address', 'speech', 'message', 'post', 'briefing',
  'assessment', 'report', 'update', 'letter', 'remarks', 'video', 'recording', 'broadcast', 'announcement', 'telegram',
]);

/** Words that never start a speaker noun phrase though they may be nouns or pronouns. */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'it', 'this', 'that', 'which', 'what', 'there', 'here', 'who', 'whom', 'whose', 'something', 'nothing', 'anything',
  'everything', 'time', 'day', 'week', 'year', 'month', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'night', 'evening',
  'afternoon', 'hours', 'minutes', 'moments', 'days', 'weeks', 'months', 'years',
]);

/** Personal pronouns that may name a speaker, with the gender they imply. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'first' | 'neuter'>> = {
  he: 'male', she: 'female', they: 'plural', we: 'first', i: 'first', it: 'neuter',
};

/** Honorifics and titles that tell a person's gender. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'queen', 'princess', 'mother', 'sister', 'dame']);

/** Titles dropped from a speaker's name when it is compared with or linked to a full name. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'prime', 'minister', 'mayor', 'governor', 'gen.',
  'general', 'secretary', 'senator', 'sen.', 'rep.', 'chancellor', 'king', 'queen', 'prince', 'deputy', 'foreign',
  'defence', 'defense', 'polish', 'ukrainian', 'russian', 'us', 'u.s.', 'uk', 'british', 'american', 'french', 'german',
  'the', 'regional', 'leader', 'head', 'chief', 'spokesman', 'spokeswoman', 'commander', 'colonel', 'col.', 'his', 'her',
  'brother', 'sister', 'wife', 'husband', 'son', 'daughter', 'pope', 'vice', 'lt.', 'sgt.', 'capt.',
]);

/** Surname endings that tell a gender in Slavic and Baltic names (Kurnosova, Tymoshenko's colleague
 * Okuyeva; Putin, Lavrov, Zelensky): a woman's form ends in -a, a man's in a consonant or -y. */
export const FEMALE_SURNAME = /(?:ova|eva|yova|yeva|ina|yna|ska|skaya|tskaya|aya|ienė|aitė|ytė)$/;
export const MALE_SURNAME = /(?:ov|ev|yov|yev|in|yn|sky|skiy|skyi|ski|tsky)$/;
/** Given names outside the English lists: Slavic women's names end in -a ("Yulia", "Iryna"), men's
 * often in -iy or -yi ("Arseniy", "Andriy"). */
export const FEMALE_GIVEN = /(?:ia|ya|a)$/;
export const MALE_GIVEN = /(?:iy|yi|ii|ij)$/;

/** Nouns of documents and statements that may stand as a speaker ("the statement said", "the report
 * says"): the author named with an earlier mention of one is the speaker. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'appeal', 'report', 'letter', 'communique', 'communiqué', 'declaration', 'decree', 'document', 'memo',
  'message', 'address', 'resolution', 'study', 'survey', 'poll', 'release', 'notice', 'order', 'verdict', 'ruling',
]);
