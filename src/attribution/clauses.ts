/**
 * One cue, one attribution: where its content lies and who its source is, from the shape of the
 * sentence around the cue. The shapes, each a rule name:
 * - `subject`: "SOURCE said (that) CONTENT", "SOURCE told Sky News: CONTENT";
 * - `post-cue`: "CONTENT, SOURCE said (on Telegram)." and the inverted "CONTENT, said SOURCE.";
 * - `apposition`: "NAME, a doctor, said ..." (the source is the name);
 * - `coordinated`: "SOURCE extended the curfew and said CONTENT" (the source is the clause's subject);
 * - `participle`: "SOURCE tweeted a picture, saying: CONTENT";
 * - `according-to`: "According to SOURCE, CONTENT" and "CONTENT, according to SOURCE".
 */
import { partitionPoint } from '../sorted.js';
import { cueCandidate, cueModel, cueScore, sentenceFacts, type SentenceFacts } from './cue-model.js';
import { BELIEF_VERBS, HEARER_VERBS, SPEECH_VERBS, WEAK_CUES } from '../lexicon/speech.js';
import { npEndingAt, npStartingAt, type Range } from './np.js';
import { acrossAside, apposition, beforeBrackets, BETWEEN, clauseSubject, namedApposition, titledName } from './subjects.js';
import { isBoundary, isQuoteMark, lastContentToken, span, type SentenceView, type Tok } from './view.js';

export interface RawAttribution {
  sentence: number;
  /** Character span of the cue. */
  cue: [number, number];
  /** Character span of the source phrase, or null. */
  source: [number, number] | null;
  /** For a relative pronoun source ("leaders who say ..."), the phrase it stands for. */
  antecedent?: [number, number];
  /** Character spans of the content (two when the cue splits it). */
  content: Array<[number, number]>;
  rule: string;
  /** Words (speech), a view (belief), or a stance towards something (PolNeAR's wider sense: "endorsed X"). */
  kind: CueKind;
}

export type CueKind = 'speech' | 'belief' | 'stance';

/** Words that open a content clause without "that" and must not be skipped as adverbs. */
const WH = new Set(['how', 'why', 'when', 'where', 'whether', 'what', 'who', 'if']);
const REFLEXIVE = /sel(f|ves)$/;
/** "is said to", "was reported": a passive cue names no source before it. */
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const COORDINATORS = new Set(['and', 'but', 'then']);
/** "pitched himself to voters by telling them ...", "after saying ...": the speaker is the clause's subject. */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'without']);
const FLOATING = new Set(['all', 'both', 'each']);
/** "this month", "last week", "on Friday": a time that may stand between a subject and its verb. */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'on', 'that', 'earlier', 'later']);
/** Prepositions that open a stance's object ("called for", "complained about"), unlike the times
 * and places of "said on Tuesday in Kyiv". */
const OBJECT_PREPOSITIONS = new Set(['for', 'about', 'against', 'to', 'of', 'with', 'at', 'over']);
/** After a speech verb, only a topic is its object ("complained about his mic", "spoke of a
 * betrayal"): "said at a rally", "spoke to reporters", "talked with aides" name the occasion. */
const TOPIC_PREPOSITIONS = new Set(['about', 'against', 'for', 'over', 'of']);
/** Content before a post-posed cue needs at least this many tokens: "Yes, he said" is not a claim. */
const MIN_BEFORE = 2;

/** `quoted(pos)` says whether a position is inside a closed quotation (its cues are the quoted
 * speaker's, not the article's), an open one (a quote running to the paragraph's end: only a cue after
 * its content, "..., the MoD tweeted.", counts), or neither. */
const model = cueModel();
/** How far above its threshold the trained model puts a token as a cue: negative when it does not
 * take it for one, -Infinity when it is not asked (no model, or a word never a cue in training; the
 * hand lists then decide alone). */
function cueMargin(toks: readonly Tok[], i: number, facts: () => SentenceFacts): number {
  if (model === null || !cueCandidate(toks[i]!) || !model.words.has(toks[i]!.w)) return -Infinity;
  return cueScore(model, toks, i, facts()) - model.threshold;
}

/** The fallback of `objectOfCue` reads no sentence shape, so it takes only cues the model is far
 * surer of: this much above its threshold (chosen on PolNeAR dev so that content precision holds). */
const SURE_MARGIN = 20;

export function attributionsIn(s: SentenceView, quoted: (pos: number) => 'closed' | 'open' | null): RawAttribution[] {
  const out: RawAttribution[] = [];
  const toks = s.toks;
  let facts: SentenceFacts | null = null;
  const factsOf = () => (facts ??= sentenceFacts(toks));
  const headline = titleCase(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const inside = quoted(t.start);
    if (inside === 'closed') continue;
    let a: RawAttribution | null = null;
    if (t.w === 'according' && toks[i + 1]?.w === 'to') a = accordingTo(s, i);
    else if (t.pos === 'VERB' || t.pos === 'NOUN' || perfect(toks, i)) {
      const margin = cueMargin(toks, i, factsOf);
      const learned = margin > 0;
      const listed = (SPEECH_VERBS.has(t.w) || BELIEF_VERBS.has(t.w)) && (t.pos === 'VERB' || t.w.endsWith('ed'));
      if (learned || listed) a = verbCue(s, i, learned) ?? (inside === null && margin > SURE_MARGIN ? objectOfCue(s, i) : null);
    } else if (headline && i > 0 && /s$/.test(t.w) && SPEECH_VERBS.has(t.w)) {
      // "Nuland Claims 400-500 Russian Soldiers Killed": the tagger reads a title's verb as a name.
      a = verbCue(s, i, true);
    }
    if (a && a.content.length > 0 && (inside === null || a.rule === 'post-cue')) out.push(a);
  }
  const label = speakerLabel(s);
  if (label) out.push(label);
  sameSpeakerGoesOn(out);
  for (const next of out) {
    const from = next.rule === 'coordinated' || next.rule === 'participle' ? next.cue[0] : next.rule === 'subject' && next.source && (joinedClause(toks, next.source[0]) || afterOpeningClause(toks, next.source[0])) ? next.source[0] : null;
    if (from !== null) for (const a of out) if (a !== next) endBefore(a, from, toks);
    if (next.rule === 'subject' && next.source && subordinate(toks, next.source[0])) for (const a of out) if (a !== next && a.kind === 'stance') endBefore(a, next.source[0], toks);
  }
  return out.length > MAX_CUED ? betweenNeighbours(out, toks) : out;
}

/** More cues than this in one sentence make it a run of clauses (a list, or a page run into one line
 * and cut at MAX_SENTENCE), not one sentence: news sentences have at most 4 (1,164 BBC, dev, seed and
 * web texts). */
export const MAX_CUED = 6;

/** In a run of cued clauses each content keeps to the stretch between the cues beside its own (after
 * the one before and its source, before the one after and its source): each took every clause up to
 * the sentence's start or end, so the contents of a 1,000-character run of "X said A, Y said B, ..."
 * grew with the square of the number of cues. */
function betweenNeighbours(out: RawAttribution[], toks: readonly Tok[]): RawAttribution[] {
  const sorted = [...out].sort((x, y) => x.cue[0] - y.cue[0]);
  const first = (r: RawAttribution) => Math.min(r.cue[0], r.source?.[0] ?? Infinity);
  const last = (r: RawAttribution) => Math.max(r.cue[1], r.source?.[1] ?? -Infinity);
  const isEdge = (t: Tok) => t.pos === 'PUNCT' || COORDINATORS.has(t.w) || t.w === 'that';
  /** A stretch between two cues is the words of one of them: the first to claim it. */
  const claimed = new Set<string>();
  sorted.forEach((a, j) => {
    const lo = j > 0 ? last(sorted[j - 1]!) : -Infinity;
    const hi = j + 1 < sorted.length ? first(sorted[j + 1]!) : Infinity;
    a.content = a.content.flatMap(([c0, c1]): Array<[number, number]> => {
      let k = partitionPoint(toks.length, (m) => toks[m]!.start < Math.max(c0, lo));
      while (k < toks.length && isEdge(toks[k]!)) k++;
      let e = partitionPoint(toks.length, (m) => toks[m]!.end <= Math.min(c1, hi)) - 1;
      while (e > k && isEdge(toks[e]!)) e--;
      if (!(k < toks.length && e >= k && toks[k]!.start < toks[e]!.end)) return [];
      const key = `${toks[k]!.start}-${toks[e]!.end}`;
      if (claimed.has(key)) return [];
      claimed.add(key);
      return [[toks[k]!.start, toks[e]!.end]];
    });
  });
  return out.filter((a) => a.content.length > 0);
}

/** "has alleged", "had claimed": a listed cue's participle after a perfect auxiliary, which the tagger
 * sometimes reads as an adjective. */
const HAVE = new Set(['has', 'have', 'had']);
function perfect(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  let k = i - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  return t.pos === 'ADJ' && /ed$/.test(t.w) && HAVE.has(toks[k]?.w ?? '') && (SPEECH_VERBS.has(t.w) || BELIEF_VERBS.has(t.w));
}

/** A headline written in title case: most words of four letters or more capitalized. */
const TITLE_SHARE = 0.8;
const TITLE_MIN_WORDS = 4;
function titleCase(toks: readonly Tok[]): boolean {
  const words = toks.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length >= TITLE_MIN_WORDS && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= TITLE_SHARE * words.length;
}

/** "X said A, adding B", "“A,” said X, as quoted by Y, adding that B": a participle after another cue
 * of its sentence goes on with that cue's source, not with the first phrase of the clause (which may be
 * inside the quotation, or a time: "Late January, the chief ... acknowledged ..., adding ..."). */
function sameSpeakerGoesOn(out: RawAttribution[]): void {
  for (const a of out) {
    if (a.rule !== 'participle') continue;
    const earlier = out.filter((b) => b !== a && b.cue[0] < a.cue[0] && b.source && b.rule !== 'participle' && b.kind !== 'stance').at(-1);
    if (!earlier) continue;
    a.source = earlier.source;
    if (earlier.antecedent) a.antecedent = earlier.antecedent;
    else delete a.antecedent;
  }
}

function verbCue(s: SentenceView, i: number, learned: boolean): RawAttribution | null {
  const toks = s.toks;
  const t = toks[i]!;
  const kind: CueKind = SPEECH_VERBS.has(t.w) ? 'speech' : BELIEF_VERBS.has(t.w) ? 'belief' : 'stance';
  const weak = !learned && (kind === 'belief' || WEAK_CUES.has(t.w));
  let left = i - 1;
  while (left >= 0 && (BETWEEN.has(toks[left]!.pos) && !isQuoteMark(toks[left]))) left--;
  // "Stillhart went on to say": the subject of the verb the cue goes on from.
  if (toks[left]?.w === 'on' && toks[left + 1]?.w === 'to' && toks[left - 1]?.pos === 'VERB') {
    left -= 2;
    while (left >= 0 && (BETWEEN.has(toks[left]!.pos) && !isQuoteMark(toks[left]))) left--;
  }
  // "Wells Fargo just this month announced", "An ad in 2008 questioned": a time between the subject
  // and its verb; "The senators all suggested": a floating quantifier.
  const timeBetween = left > 0 && ((TIME_NOUNS.has(toks[left]!.w) && TIME_DETERMINERS.has(toks[left - 1]!.w)) || (/^(1[89]|20)\d\d$/.test(toks[left]!.text) && toks[left - 1]!.pos === 'ADP'));
  if (timeBetween || (left > 0 && FLOATING.has(toks[left]!.w))) {
    left -= timeBetween ? 2 : 1;
    while (left >= 0 && (BETWEEN.has(toks[left]!.pos) && !isQuoteMark(toks[left]))) left--;
  }
  const progressive = t.w.endsWith('ing');
  if (!progressive && (PASSIVE.has(toks[i - 1]?.w ?? '') || (toks[i - 1]?.pos === 'ADV' && PASSIVE.has(toks[i - 2]?.w ?? '')))) return learned ? passiveWithAgent(s, i, left) : null;
  let source: Range | null = null;
  let antecedent: Range | null = null;
  let subjectStart = -1;
  let rule = 'subject';
  let afterFrom = i + 1;
  const l = toks[left];
  if (t.w.endsWith('ing') && (l?.text === ',' || (l && GERUND_PREPOSITIONS.has(l.w) && left > 0))) {
    source = clauseSubject(toks, left);
    rule = 'participle';
  } else if (l && COORDINATORS.has(l.w)) {
    source = clauseSubject(toks, left);
    rule = 'coordinated';
  } else if (l && l.text === ',' && apposition(toks, left)) {
    source = namedApposition(toks, left);
    subjectStart = apposition(toks, left)![0][0];
    rule = 'apposition';
  } else if (l && l.text === ',' && (source = acrossAside(toks, left))) {
    subjectStart = source[0];
    rule = 'apposition';
  } else if (l && l.text === ')' && (source = beforeBrackets(toks, left))) {
    subjectStart = source[0];
  } else if (l && RELATIVE.has(l.w) && (antecedent = npEndingAt(toks, toks[left - 1]?.text === ',' ? left - 2 : left - 1))) {
    source = [left, left + 1];
    subjectStart = antecedent[0];
    rule = 'relative';
  } else if (l && (source = npEndingAt(toks, left))) {
    source = titledName(toks, source) ?? source;
    subjectStart = source[0];
  } else if (!l || isBoundary(l) || isQuoteMark(l)) {
    source = npStartingAt(toks, i + 1);
    if (source) afterFrom = source[1];
    subjectStart = i;
    rule = 'post-cue';
  }
  if (!source) return null;
  const lastTok = lastContentToken(toks);
  const inverted = rule === 'subject' ? invertedSay(toks, i, lastTok) : null;
  if (inverted) return { sentence: s.index, cue: [t.start, t.end], source: [toks[inverted[0]]!.start, toks[inverted[1] - 1]!.end], content: [span(toks, 0, i)], rule: 'inverted', kind };
  const content: Array<[number, number]> = [];
  const boundary = subjectStart > 0 ? subjectStart - 1 : -1;
  // A stance's object may follow a preposition: "called for the repeal", "complained about his mic".
  const preposition = toks[i + 1]?.w ?? '';
  const objectOpener = kind === 'stance' || WEAK_CUES.has(t.w) ? OBJECT_PREPOSITIONS.has(preposition) : TOPIC_PREPOSITIONS.has(preposition);
  const stanceObject = learned && objectOpener && afterFrom === i + 1 && i + 2 <= lastTok;
  const after = stanceObject ? { from: i + 2, explicit: true } : contentAfter(toks, afterFrom, t.w, lastTok);
  // "While X lauded A, the partners said that B": with "that" after the cue, the words before it are
  // its content only when they quote someone.
  const thatAfter = after !== null && toks[after.from]?.w === 'that' && !toks.slice(0, Math.max(0, boundary)).some((x) => isQuoteMark(x));
  const before = !thatAfter && boundary >= MIN_BEFORE && isBoundary(toks[boundary]) && !adverbial(toks, boundary) && (claimBefore(toks, boundary) || isQuoteMark(toks[boundary]));
  if (before) {
    content.push(span(toks, 0, boundary));
    if (rule === 'subject') rule = 'post-cue';
  }
  if (after !== null) {
    const explicit = after.explicit;
    const opener = toks[after.from]!;
    const clause = explicit || ((learned || hasVerb(toks, after.from, lastTok)) && opener.pos !== 'ADP' && !REFLEXIVE.test(opener.w));
    // After content before the cue, only a quotation split around the cue ("“A,” he said, “B.”") or the
    // rest of a clause the cue interrupts ("Many of them, he said, have closed") goes on after it.
    // ("“A,” he said, adding B": a participle after the comma is a cue of its own, not the rest of A.)
    const goesOn = !before || isQuoteMark(opener) || isQuoteMark(toks[after.from - 1]) || ((opener.pos === 'AUX' || (opener.pos === 'VERB' && !opener.w.endsWith('ing'))) && toks[after.from - 1]?.text === ',');
    if (goesOn && (explicit || !before) && clause && (!weak || explicit)) content.push(span(toks, after.from, lastTok + 1));
  }
  if (content.length === 0) return null;
  const chars = (r: Range): [number, number] => [toks[r[0]]!.start, toks[r[1] - 1]!.end];
  return { sentence: s.index, cue: [t.start, t.end], source: chars(source), ...(antecedent ? { antecedent: chars(antecedent) } : {}), content, rule, kind };
}

/** Forms of "say" that a headline puts after its content with no comma. */
const SAY = new Set(['say', 'says', 'said']);

/** "Death squads in Ukraine says leader of one opposition party": a headline's (a sentence with no
 * closing stop) "say" whose whole
 * complement is one noun phrase has its content before it and its source after it (what "say" says is
 * a clause or a quotation, never a bare phrase). The phrase's range, or null. */
function invertedSay(toks: readonly Tok[], i: number, last: number): Range | null {
  if (!SAY.has(toks[i]!.w) || i < MIN_BEFORE + 1 || /^[.!?]$/.test(toks.at(-1)!.text)) return null;
  const np = npStartingAt(toks, i + 1, last + 1);
  return np && np[1] === last + 1 && !toks.slice(np[0], np[1]).some((t) => t.pos === 'PRON') ? np : null;
}

/** "X tweeted that A and encouraged Americans to B", "X claimed A, but offered no proof", "X said A,
 * though she acknowledged B", "X said A, while Y argued B": the first cue's content ends where the
 * clause of the second begins (`from`: the second's cue or subject). */
function endBefore(a: RawAttribution, from: number, toks: readonly Tok[]): void {
  const last = a.content[a.content.length - 1]!;
  if (!(a.cue[0] < from && last[0] < from && from < last[1])) return;
  let k = toks.findIndex((t) => t.start === from) - 1;
  while (k >= 0 && (BETWEEN.has(toks[k]!.pos) || COORDINATORS.has(toks[k]!.w) || SUBORDINATORS.has(toks[k]!.w) || toks[k]!.pos === 'SCONJ' || toks[k]!.text === ',')) k--;
  if (k < 0 || toks[k]!.end <= last[0]) return;
  a.content[a.content.length - 1] = [last[0], toks[k]!.end];
}

/** Words that join a second clause with its own speaker: "X said A, while Y argued B". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', ';']);

/** Whether the subject starting at a position follows the comma that closes an opening subordinate
 * clause ("While X lauded A, the partners said B"). */
function afterOpeningClause(toks: readonly Tok[], subjectStart: number): boolean {
  const k = toks.findIndex((t) => t.start === subjectStart);
  return toks[0]?.pos === 'SCONJ' && toks[k - 1]?.text === ',' && !toks.slice(1, k - 1).some((t) => t.text === ',');
}

/** Whether the subject starting at a position opens a clause joined to the one before. */
function joinedClause(toks: readonly Tok[], subjectStart: number): boolean {
  const k = toks.findIndex((t) => t.start === subjectStart);
  const before = toks[k - 1];
  return !!before && (CLAUSE_JOINERS.has(before.w) || before.text === ';') && (before.text === ';' || toks[k - 2]?.text === ',');
}

/** Whether the subject starting at a position follows a subordinating word ("after he appeared to"). */
function subordinate(toks: readonly Tok[], subjectStart: number): boolean {
  const k = toks.findIndex((t) => t.start === subjectStart);
  return SUBORDINATORS.has(toks[k - 1]?.w ?? '');
}
/** Words that open a clause of its own with no comma before them: "X drew criticism after he
 * appeared to suggest B", "Trump made the reference as he discussed B". A stance's object ends there;
 * a speech cue's clause goes on ("Flynn said Trump was right when he said B"). */
const SUBORDINATORS = new Set(['after', 'as', 'when', 'because', 'since', 'before', 'until', 'whereas', 'although', 'though', 'while']);

/** A cue the model is sure of whose sentence none of the shapes reads ("Trump avoids condemning
 * Russia's invasion", "has been a consistent supporter of NATO"): its content is the rest of its
 * clause, its source the subject of the clause, when there is one. */
function objectOfCue(s: SentenceView, i: number): RawAttribution | null {
  const toks = s.toks;
  let end = i + 1;
  while (end < toks.length && !/^[,;:.!?—–]$/.test(toks[end]!.text) && !isQuoteMark(toks[end])) end++;
  let from = i + 1;
  while (from < end && (toks[from]!.pos === 'ADP' || toks[from]!.pos === 'ADV' || toks[from]!.pos === 'PART')) from++;
  if (end - from < MIN_OBJECT) return null;
  let left = i - 1;
  while (left >= 0 && BETWEEN.has(toks[left]!.pos) && !isQuoteMark(toks[left])) left--;
  const source = (left >= 0 ? npEndingAt(toks, left) : null) ?? clauseSubject(toks, i);
  if (!source || source[1] > i) return null;
  const chars = (r: Range): [number, number] => [toks[r[0]]!.start, toks[r[1] - 1]!.end];
  return { sentence: s.index, cue: [toks[i]!.start, toks[i]!.end], source: chars(source), content: [span(toks, from, end)], rule: 'object', kind: 'stance' };
}
/** An object shorter than this many tokens is no claim ("denied it"). */
const MIN_OBJECT = 3;

/** "The registration issue was first reported by The Washington Post", "Clinton has been endorsed by
 * the Times": the agent after "by" is the source, the subject the content. `left` is the last token
 * before the cue that is not an auxiliary or adverb. */
function passiveWithAgent(s: SentenceView, i: number, left: number): RawAttribution | null {
  const toks = s.toks;
  if (toks[i + 1]?.w !== 'by') return null;
  const agent = npStartingAt(toks, i + 2);
  const subject = npEndingAt(toks, left);
  if (!agent || !subject || toks[agent[0]]!.pos === 'PRON') return null;
  const chars = (r: Range): [number, number] => [toks[r[0]]!.start, toks[r[1] - 1]!.end];
  return { sentence: s.index, cue: [toks[i]!.start, toks[i + 1]!.end], source: chars(agent), content: [chars(subject)], rule: 'passive', kind: 'stance' };
}

/** Words that head a line with a colon but name no speaker ("UPDATE: ..."). */
const NOT_LABELS = new Set(['update', 'updated', 'breaking', 'watch', 'read', 'note', 'editor', "editor's", 'photos', 'video', 'live', 'exclusive', 'analysis', 'opinion', 'correction', 'related', 'source', 'sources', 'q', 'a']);
/** A speaker label is at most this many tokens. */
const MAX_LABEL = 4;

/** A transcript's or headline's speaker label: a name opening the sentence and closed by a colon
 * ("PENCE: Well, look, ...", "Graham: Trump's rhetoric is destroying ..."). */
function speakerLabel(s: SentenceView): RawAttribution | null {
  const toks = s.toks;
  let k = 0;
  while (k < toks.length && isQuoteMark(toks[k])) k++;
  const colon = toks.findIndex((t, j) => j > k && j <= k + MAX_LABEL && t.text === ':');
  const last = lastContentToken(toks);
  if (colon < 0 || colon >= last) return null;
  const name = toks.slice(k, colon);
  if (!name.every((t) => t.pos === 'PROPN' || /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text)) || NOT_LABELS.has(name[0]!.w)) return null;
  return { sentence: s.index, cue: [toks[colon]!.start, toks[colon]!.end], source: [name[0]!.start, name.at(-1)!.end], content: [span(toks, colon + 1, last + 1)], rule: 'label', kind: 'speech' };
}

function accordingTo(s: SentenceView, i: number): RawAttribution | null {
  const toks = s.toks;
  const np = npStartingAt(toks, i + 2);
  if (!np) return null;
  const lastTok = lastContentToken(toks);
  let first = 0;
  while (first < i && isQuoteMark(toks[first])) first++;
  const content: Array<[number, number]> = [];
  if (i === first) {
    let k = np[1];
    while (k <= lastTok && toks[k]!.text !== ',') k++;
    if (k < lastTok) content.push(span(toks, k + 1, lastTok + 1));
  } else {
    let end = i - 1;
    while (end >= 0 && isBoundary(toks[end])) end--;
    if (end >= first) content.push(span(toks, first, end + 1));
  }
  if (content.length === 0) return null;
  return { sentence: s.index, cue: [toks[i]!.start, toks[i + 1]!.end], source: [toks[np[0]]!.start, toks[np[1] - 1]!.end], content, rule: 'according-to', kind: 'speech' };
}

/** Text before a comma that opens the sentence as an adverbial ("In a video message, he said",
 * "Speaking on Sunday, he said") is no content: it starts with a preposition, adverb, conjunction or
 * participle and holds no quotation and no finite verb. */
function adverbial(toks: readonly Tok[], boundary: number): boolean {
  let k = 0;
  while (k < boundary && isQuoteMark(toks[k])) k++;
  if (k > 0) return false;
  const first = toks[0]!;
  const participle = first.pos === 'VERB' && /(ing|ed)$/.test(first.w);
  if (!(first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'CCONJ' || participle)) return false;
  if (quotesWords(toks, boundary)) return false;
  if (participle && gerundSubject(toks, boundary)) return false;
  // "But a campaign operative decided to ..., sources said" is a claim: it has a verb of its own;
  // "Writing for a panel that agreed Pence won, Barabak noted" stays an adverbial.
  return participle || !toks.slice(1, boundary).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.w)));
}

/** Words that open a clause inside an opening participle phrase ("Speaking to reporters who ...",
 * "Writing after the vote ended"): a verb after one of them is not the sentence's own. */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'that', 'who', 'whom', 'which', 'where', 'if']);

/** "Shelling killed four civilians, the governor said": an -ing word that opens the sentence is its
 * subject (a gerund), not an adverbial, when a finite verb of its own follows before any subordinate
 * clause or a comma ("Speaking on Sunday, he said" has none; "Writing for a panel that agreed" has one
 * only inside its relative clause; "Giving a speech in Toledo, Clinton says" has its comma first). */
function gerundSubject(toks: readonly Tok[], boundary: number): boolean {
  if (!/ing$/i.test(toks[0]!.w)) return false;
  for (let k = 1; k < boundary; k++) {
    const t = toks[k]!;
    if (CLAUSE_OPENERS.has(t.w) || t.pos === 'SCONJ' || /^[,;:–—-]$/.test(t.text)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.w))) return true;
  }
  return false;
}

/** A title in quotation marks ("In an interview on CBS's “Face the Nation,”") is no one's words:
 * only a quotation of this many words or more makes an opening adverbial a claim. */
const MIN_QUOTED_WORDS = 4;

/** Whether the tokens before `boundary` hold a quotation of MIN_QUOTED_WORDS words or more (an
 * unclosed one counts). */
function quotesWords(toks: readonly Tok[], boundary: number): boolean {
  let open = false;
  let words = 0;
  for (let k = 0; k <= boundary && k < toks.length; k++) {
    if (isQuoteMark(toks[k])) {
      if (open && words >= MIN_QUOTED_WORDS) return true;
      open = !open;
      words = 0;
    } else if (open && /\p{L}/u.test(toks[k]!.text)) words++;
  }
  return open;
}

/** Text before the subject is a claim only when it quotes someone or holds a verb: a dateline
 * ("MACAU (Reuters) – Adelson said ...") is neither. */
function claimBefore(toks: readonly Tok[], boundary: number): boolean {
  return toks.slice(0, boundary).some((t) => isQuoteMark(t) || t.pos === 'AUX' || t.pos === 'VERB');
}

/** Relative pronouns whose antecedent is a cue's subject: "business leaders who say ...". */
const RELATIVE = new Set(['who', 'which', 'that']);
/** Where the content after a cue starts: past the hearer ("told Sky News"), prepositional phrases
 * ("on Tuesday", "in a statement"), adverbs, and "that" or a colon; null when nothing is left. */
function contentAfter(toks: readonly Tok[], from: number, cue: string, last: number): { from: number; explicit: boolean } | null {
  let k = from;
  if (HEARER_VERBS.has(cue)) {
    const np = npStartingAt(toks, k, last + 1);
    if (np) k = np[1];
    // "urged his fellow citizens to ...", "told them to ..."
    if (np && toks[k]?.w === 'to' && k < last) return { from: k, explicit: true };
  }
  for (let guard = 0; guard < 6 && k <= last; guard++) {
    const t = toks[k]!;
    if (WH.has(t.w)) break;
    if (t.pos === 'ADV' || (t.pos === 'PART' && t.w !== 'to') || t.w === 'out') k++;
    else if (t.pos === 'ADP' && t.w !== 'that') {
      const np = npStartingAt(toks, k + 1, last + 1, false);
      if (!np) break;
      k = np[1];
    } else break;
  }
  if (k > last) return null;
  const t = toks[k]!;
  if (t.w === 'that' || t.text === ':' || t.text === ',') {
    const next = k + 1;
    return next <= last ? { from: t.w === 'that' ? k : next, explicit: true } : null;
  }
  return { from: k, explicit: isQuoteMark(t) };
}

/** A finite verb: content without "that" must be a clause ("said Russian forces had driven ..."), not
 * an object ("tweeted a picture of the group, saying ..."). */
const hasVerb = (toks: readonly Tok[], from: number, last: number) => toks.slice(from, last + 1).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.w.endsWith('ing')));

