/**
 * Refiners of the tagger's mentions, run at the end of the entities stage, before places read them.
 * Each fixes one kind of error the sequence model makes on news text by a rule it cannot learn from
 * CoNLL-2003 (whose sentences are short and whose names are mostly short), and appends its name to the
 * mention's rule so that the change shows:
 *
 * 1. `of-name`: an organization whose last word is an institution head takes an "of" complement of
 *    capitalized words ("UK Ministry" + "of Defence").
 * 2. `facility`: a name ending in a facility head takes the capitalized words before it ("Care
 *    Hospital" → "Regional Intensive Care Hospital"), typed LOC/FAC.
 * 3. `seat-of-power`: a seat of government that stands for it ("the Kremlin") is an organization.
 * 4. `kin-appositive`: the name in "his brother, Wladimir," is a person.
 * 5. `acronym`: a short capitalized acronym of an organization named in the article is that
 *    organization's type ("MoD" after "Ministry of Defence").
 * 6. `title`: a person's titles are not the name ("Mayor Vitali Klitschko" → "Vitali Klitschko", as
 *    CoNLL-2003 annotates); linking reads them before the name and keeps them as roles.
 */
import type { EntityType, FineType } from '../model/annotations.js';
import { ORG_HEADS } from '../lexicon/entities.js';
import { FACILITY_HEADS, GOVERNMENT_SEATS, KIN_NOUNS } from '../lexicon/linking.js';
import { acronymLetters, acronymsOf, personName } from './names.js';

export interface RefinableMention {
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  fine: FineType | null;
  rule: string;
  confidence: number;
}

const ORG_HEAD_SET = new Set(ORG_HEADS);
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** " of Defence", " of the Interior", " of Foreign Affairs": at most three capitalized words. */
const OF_TAIL = new RegExp(String.raw`^ of (?:the )?${CAP_WORD}(?: (?:and )?${CAP_WORD}){0,2}`, 'u');
/** "his brother, " right before a name. */
const KIN_BEFORE = new RegExp(String.raw`\b(?:his|her|their)\s+(${[...KIN_NOUNS.keys()].join('|')}),?\s+$`, 'i');
/** Words a facility name never takes in from before it. */
const NOT_IN_NAME = /^(?:The|A|An|In|At|On|Of|And|But|For|From|To|Into|Near|Mr|Mrs|Ms|Dr)$/;

const lastWord = (s: string) => s.split(/\s+/).at(-1)!.toLowerCase();
const mark = (m: RefinableMention, name: string) => ({ ...m, rule: `${m.rule}+refine:${name}` });

export function refineMentions(text: string, sentenceStarts: readonly number[], mentions: readonly RefinableMention[]): RefinableMention[] {
  let out = mentions.map((m) => ({ ...m }));
  out = extendOfNames(text, out);
  out = extendFacilities(text, sentenceStarts, out);
  out = out.map((m) => {
    const name = text.slice(m.start, m.end).toLowerCase();
    if (m.type !== 'ORG' && GOVERNMENT_SEATS.has(name)) return { ...mark(m, 'seat-of-power'), type: 'ORG', fine: null };
    if (m.type !== 'PER' && KIN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && m.end - m.start < 30 && !/\s/.test(text.slice(m.start, m.end))) {
      return { ...mark(m, 'kin-appositive'), type: 'PER', fine: null };
    }
    return m;
  });
  out = out.map((m) => (m.type === 'PER' ? trimTitles(text, m) : m));
  // Organization names by the acronyms they allow, indexed once (one lookup a mention, not one a pair).
  const orgsByAcronym = new Map<string, Set<string>>();
  for (const m of out) {
    if (m.type !== 'ORG') continue;
    const o = text.slice(m.start, m.end);
    for (const a of acronymsOf(o)) (orgsByAcronym.get(a) ?? orgsByAcronym.set(a, new Set()).get(a)!).add(o);
  }
  out = out.map((m) => {
    const name = text.slice(m.start, m.end);
    if (m.type === 'ORG' || name.length > 8 || /\s/.test(name)) return m;
    const letters = acronymLetters(name);
    const orgs = letters === null ? undefined : orgsByAcronym.get(letters);
    return orgs && [...orgs].some((o) => o !== name) ? { ...mark(m, 'acronym'), type: 'ORG', fine: null } : m;
  });
  return out;
}

function extendOfNames(text: string, mentions: RefinableMention[]): RefinableMention[] {
  const drop = new Set<number>();
  const out = mentions.map((m) => {
    if (m.type !== 'ORG' || !ORG_HEAD_SET.has(lastWord(text.slice(m.start, m.end)))) return m;
    const tail = OF_TAIL.exec(text.slice(m.end, m.end + 60));
    if (!tail) return m;
    const end = m.end + tail[0].length;
    mentions.forEach((o, k) => { if (o !== m && o.start >= m.end && o.end <= end) drop.add(k); });
    return { ...mark(m, 'of-name'), end };
  });
  return out.filter((_, k) => !drop.has(k));
}

function extendFacilities(text: string, sentenceStarts: readonly number[], mentions: RefinableMention[]): RefinableMention[] {
  return mentions.map((m) => {
    if (m.type === 'ORG' || m.type === 'PER' || !FACILITY_HEADS.has(lastWord(text.slice(m.start, m.end)))) return m;
    const sentenceStart = sentenceStarts[m.sentence] ?? 0;
    let start = m.start;
    for (;;) {
      const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(sentenceStart, start - 40), start));
      if (!before) break;
      const wordStart = start - before[0].length;
      // The sentence's first word is capitalized anyway: it does not show that it belongs to the name.
      if (wordStart <= sentenceStart || NOT_IN_NAME.test(before[1]!) || mentions.some((o) => o !== m && o.end > wordStart && o.start < start)) break;
      start = wordStart;
    }
    const fine: FineType = 'FAC';
    return start === m.start && m.fine === fine ? m : { ...mark(m, 'facility'), start, type: 'LOC', fine };
  });
}

function trimTitles(text: string, m: RefinableMention): RefinableMention {
  const name = text.slice(m.start, m.end);
  const { titles } = personName(name);
  if (!titles.length) return m;
  const re = new RegExp(`^${titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s+`);
  const cut = re.exec(name);
  return cut ? { ...mark(m, 'title'), start: m.start + cut[0].length } : m;
}
