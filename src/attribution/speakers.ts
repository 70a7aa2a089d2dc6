/**
 * Who a source phrase is: a name in it ("Mayor Vitali Klitschko"), a pronoun's antecedent ("he" →
 * the last person named in the context whose gender fits), an acronym of an earlier source ("the MoD"
 * → "the UK Ministry of Defence"), a definite description of an earlier speaker ("The official" → "a
 * senior US intelligence official", "the Ukrainian president" → "President Zelenskyy"), else the phrase
 * itself: unnamed speakers ("a Ukrainian negotiator") are speakers too.
 */
import { DOCUMENT_NOUNS, FEMALE_TITLES, MALE_TITLES, NAME_TITLES, SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import { nameGender } from './gender.js';
import { partitionPoint } from '../sorted.js';

export interface MentionRef {
  start: number;
  end: number;
  type: string;
  entity?: string | null;
}

export interface Speaker {
  /** The speaker's name as the article gives it in full, or the phrase for an unnamed speaker. */
  name: string | null;
  entity: string | null;
  /** The mention the name was taken from (a name, the antecedent of a pronoun), as a character span. */
  mention: [number, number] | null;
  confidence: number;
  reason: string | null;
}

/** Confidence of a name in the source phrase, a resolved pronoun, a linked description, a bare phrase. */
export const SPEAKER_CONFIDENCE = { name: 0.9, pronoun: 0.8, linked: 0.75, phrase: 0.7, mismatch: 0.5 } as const;
/** How many paragraphs back (besides the current one) a pronoun looks for its person first. */
const PRONOUN_WINDOW = 1;
/** How many paragraphs back "the statement" looks for the document it names. */
const DOCUMENT_WINDOW = 6;

const bare = (name: string | null): Speaker => ({ name, entity: null, mention: null, confidence: SPEAKER_CONFIDENCE.phrase, reason: null });

export class SpeakerResolver {
  private readonly gender = new Map<string, 'male' | 'female'>();
  private readonly spoken: Array<{ at: number; phrase: string; org: boolean; speaker: Speaker }> = [];
  private readonly persons: MentionRef[];
  private readonly names: MentionRef[];

  constructor(
    private readonly text: string,
    mentions: readonly MentionRef[],
    private readonly paragraphOf: (pos: number) => number,
    private readonly quoted: (pos: number) => boolean,
  ) {
    this.persons = mentions.filter((m) => m.type === 'PER');
    this.names = mentions.filter((m) => m.type === 'PER' || m.type === 'ORG' || m.type === 'MISC');
    for (const m of this.persons) {
      const before = text.slice(Math.max(0, m.start - 6), m.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
      if (MALE_TITLES.has(before)) this.gender.set(this.canonical(m), 'male');
      else if (FEMALE_TITLES.has(before)) this.gender.set(this.canonical(m), 'female');
    }
    for (const m of this.persons) {
      const name = this.canonical(m);
      const g = this.gender.has(name) ? null : nameGender(name);
      if (g) this.gender.set(name, g);
    }
    this.orgSpans = new Set(this.names.filter((m) => m.type === 'ORG').map((m) => `${m.start}:${m.end}`));
    this.namesByStart = this.names.map((_, k) => k).sort((a, b) => this.names[a]!.start - this.names[b]!.start || a - b);
    const ordered = (list: readonly MentionRef[]) => list.every((m, k) => k === 0 || (m.start >= list[k - 1]!.start && m.end >= list[k - 1]!.end));
    this.personsOrdered = ordered(this.persons);
  }

  // Indexes, so that each question a source phrase asks reads the few mentions it is about, not every
  // mention of the article (which made a long article quadratic).
  /** Spans of the organizations' mentions, as "start:end". */
  private readonly orgSpans: Set<string>;
  /** Indexes into `names` by start (then index). */
  private readonly namesByStart: number[];
  /** Whether the persons come in text order (starts and ends never going back): then the ones before a
   * point are a prefix, found by a binary search. */
  private readonly personsOrdered: boolean;
  /** Persons by the word a description would match them by: the title before the name, or the name's
   * first word (lower case); built on first use. */
  private personsByWord: Map<string, number[]> | null = null;
  /** Speakers by the head word (last word) of their phrase, in the order they spoke. */
  private readonly spokenByHead = new Map<string, Array<{ phrase: string; speaker: Speaker; prevOther: number }>>();

  /** How many persons end at or before `offset` (persons in text order). */
  private personsBefore(offset: number): number {
    const lo = partitionPoint(this.persons.length, (mid) => this.persons[mid]!.end <= offset);
    return lo;
  }

  /** Who the source phrase is. `enclosing` is the speaker of an attribution whose content holds the
   * phrase: "The Kremlin said it condemned ..." makes "it" the Kremlin. */
  resolve(source: [number, number], enclosing: Speaker | null = null, content: ReadonlyArray<[number, number]> = []): Speaker {
    const phrase = this.text.slice(source[0], source[1]);
    const lower = phrase.toLowerCase();
    const pronoun = SPEAKER_PRONOUNS[lower];
    let out: Speaker;
    if (pronoun === 'male' || pronoun === 'female') out = this.pronoun(source, pronoun, content);
    else if (pronoun === 'neuter' || pronoun === 'plural') out = this.group(source, pronoun, enclosing) ?? bare(null);
    else if (pronoun) out = bare(null);
    else out = this.acronym(phrase) ?? this.named(source, phrase) ?? this.document(source, phrase) ?? this.description(source, phrase) ?? bare(phrase.replace(/^(the|a|an) /i, (m) => m.toLowerCase()));
    if (out.name && !pronoun) {
      this.spoken.push({ at: source[0], phrase, org: this.isOrg(out), speaker: out });
      const head = phrase.toLowerCase().split(/\s+/).at(-1)!;
      const list = this.spokenByHead.get(head) ?? [];
      // The last earlier entry whose phrase differs, so that a run of the same phrase is skipped in one step.
      const last = list.length - 1;
      list.push({ phrase, speaker: out, prevOther: last < 0 ? -1 : list[last]!.phrase !== phrase ? last : list[last]!.prevOther });
      this.spokenByHead.set(head, list);
    }
    return out;
  }

  /** Whether a speaker was named by an organization's mention ("The Kremlin", "Russia's RIA news agency"). */
  private isOrg(s: Speaker): boolean {
    return s.mention !== null && this.orgSpans.has(`${s.mention[0]}:${s.mention[1]}`);
  }

  /** "it" or "they" as a speaker: the organization or group speaking around it (the enclosing
   * attribution's speaker, when not a person), else for "it" the last organization that spoke nearby,
   * else the last organization named in its paragraph or the one before. */
  private group(source: [number, number], pronoun: 'neuter' | 'plural', enclosing: Speaker | null): Speaker | null {
    if (enclosing?.name && this.isOrg(enclosing)) return { ...enclosing, confidence: SPEAKER_CONFIDENCE.pronoun, reason: null };
    if (pronoun === 'plural') return null;
    const paragraph = this.paragraphOf(source[0]);
    const near = (at: number) => paragraph - this.paragraphOf(at) <= PRONOUN_WINDOW;
    let said: (typeof this.spoken)[number] | undefined;
    for (let k = this.spoken.length - 1; k >= 0 && !said; k--) if (this.spoken[k]!.at < source[0] && near(this.spoken[k]!.at)) said = this.spoken[k];
    if (said?.org) return { ...said.speaker, confidence: SPEAKER_CONFIDENCE.pronoun, reason: null };
    const org = [...this.names].reverse().find((m) => m.type === 'ORG' && m.end <= source[0] && near(m.start) && !this.quoted(m.start));
    if (!org) return null;
    return { name: stripThe(this.text.slice(org.start, org.end)), entity: org.entity ?? null, mention: [org.start, org.end], confidence: SPEAKER_CONFIDENCE.linked, reason: `"${this.text.slice(source[0], source[1])}" taken for the organization named last` };
  }

  /** "the statement said", "the appeal added": the author of the last document named before it ("the
   * appeal of President Petro Poroshenko", "Poroshenko's statement", "Burkhalter said in a statement"). */
  private document(source: [number, number], phrase: string): Speaker | null {
    const words = phrase.toLowerCase().split(/\s+/);
    if (words.length !== 2 || !/^(the|this|that)$/.test(words[0]!) || !DOCUMENT_NOUNS.has(words[1]!)) return null;
    const nouns = new RegExp(`\\b(${[...DOCUMENT_NOUNS].join('|')})\\b`, 'gi');
    const paragraph = this.paragraphOf(source[0]);
    const before = [...this.text.slice(0, source[0]).matchAll(nouns)].reverse().filter((m) => paragraph - this.paragraphOf(m.index) <= DOCUMENT_WINDOW);
    for (const m of before) {
      const at = m.index;
      const end = at + m[0].length;
      const of = this.names.find((n) => n.start >= end && n.start - end < 60 && /^\s+(of|by|from)\b[^.;,]*$/i.test(this.text.slice(end, n.start)));
      const owner = of ?? this.names.find((n) => n.end <= at && at - n.end < 24 && /^[’']s\s+(\S+\s+)?$/.test(this.text.slice(n.end, at)));
      if (owner) return this.named([owner.start, owner.end], this.text.slice(owner.start, owner.end));
      const author = [...this.spoken].reverse().find((s) => s.at < at && this.paragraphOf(s.at) === this.paragraphOf(at) && /\bin an? (\w+ )?$/i.test(this.text.slice(Math.max(s.at, at - 20), at)));
      if (author) return { ...author.speaker, confidence: SPEAKER_CONFIDENCE.linked, reason: `"${phrase}" is ${author.speaker.name}'s` };
    }
    return null;
  }

  private named(source: [number, number], phrase: string): Speaker | null {
    // The names inside the phrase, in the article's order: those starting in it, by a binary search.
    const lo = partitionPoint(this.namesByStart.length, (mid) => this.names[this.namesByStart[mid]!]!.start < source[0]);
    const inside: number[] = [];
    for (let k = lo; k < this.namesByStart.length && this.names[this.namesByStart[k]!]!.start <= source[1]; k++) {
      if (this.names[this.namesByStart[k]!]!.end <= source[1]) inside.push(this.namesByStart[k]!);
    }
    inside.sort((a, b) => a - b);
    const found = inside.find((k) => this.names[k]!.type === 'PER') ?? inside[0];
    const m = found === undefined ? undefined : this.names[found]!;
    if (!m) return null;
    if (m.type !== 'PER' && m.end - m.start < phrase.length * 0.5 && !/^(the )?[A-Z]/.test(phrase)) return null;
    const name = m.type === 'PER' ? this.canonical(m) : this.text.slice(m.start, m.end);
    return { name: m.type === 'PER' ? name : stripThe(phrase), entity: m.entity ?? null, mention: [m.start, m.end], confidence: SPEAKER_CONFIDENCE.name, reason: null };
  }

  /** The longest person mention in the article that ends with this one's last word: "Zelenskyy" →
   * "Volodymyr Zelenskyy". Titles are not part of a name. */
  canonical(m: MentionRef): string {
    const own = dropTitles(this.text.slice(m.start, m.end));
    const known = this.canonicalOf.get(own);
    if (known !== undefined) return known;
    // Person names by last word, built once: every lookup reads only the names sharing its last word,
    // not every person of the article (which made a long article quadratic).
    if (!this.byLast) {
      this.byLast = new Map();
      for (const p of this.persons) {
        const name = dropTitles(this.text.slice(p.start, p.end));
        const key = name.split(' ').pop()!;
        const list = this.byLast.get(key);
        if (!list) this.byLast.set(key, [name]);
        else if (!list.includes(name)) list.push(name);
      }
    }
    let best = own;
    for (const name of this.byLast.get(own.split(' ').pop()!) ?? []) if (name.length > best.length && name.endsWith(own)) best = name;
    this.canonicalOf.set(own, best);
    return best;
  }

  private byLast: Map<string, string[]> | null = null;
  private readonly canonicalOf = new Map<string, string>();

  /** A person pronoun: the last person before it whose gender fits, in its paragraph or the one
   * before, never one named in the words it says ("Strelkov could go back whenever he wanted, he
   * noted" is not Strelkov speaking). */
  private pronoun(source: [number, number], gender: 'male' | 'female', content: ReadonlyArray<[number, number]>): Speaker {
    const paragraph = this.paragraphOf(source[0]);
    const said = (m: MentionRef) => content.some(([a, b]) => a <= m.start && m.end <= b);
    const fits = (m: MentionRef) => (this.gender.get(this.canonical(m)) ?? gender) === gender;
    const inWindow = (m: MentionRef) => paragraph - this.paragraphOf(m.start) <= PRONOUN_WINDOW;
    let near: MentionRef[];
    let pick: MentionRef | undefined;
    if (this.personsOrdered) {
      // Backwards from the pronoun: the persons in its window come first (paragraphs follow the text),
      // and the rest are read only when the window holds no one.
      near = [];
      let k = this.personsBefore(source[0]) - 1;
      for (; k >= 0; k--) {
        const m = this.persons[k]!;
        if (this.quoted(m.start) || said(m)) continue;
        if (!inWindow(m)) break;
        near.push(m);
        if (!pick && fits(m)) pick = m;
        if (pick && near.length > 0) break;
      }
      if (near.length === 0) for (; k >= 0 && !pick; k--) if (!this.quoted(this.persons[k]!.start) && !said(this.persons[k]!) && fits(this.persons[k]!)) pick = this.persons[k];
    } else {
      const before = this.persons.filter((m) => m.end <= source[0] && !this.quoted(m.start) && !said(m)).reverse();
      near = before.filter(inWindow);
      pick = near.find(fits) ?? (near.length === 0 ? before.find(fits) : undefined);
    }
    if (pick) {
      const name = this.canonical(pick);
      if (!this.gender.has(name)) this.gender.set(name, gender);
      return { name, entity: pick.entity ?? null, mention: [pick.start, pick.end], confidence: SPEAKER_CONFIDENCE.pronoun, reason: null };
    }
    const only = near[0];
    if (only) {
      const name = this.canonical(only);
      return { name, entity: only.entity ?? null, mention: [only.start, only.end], confidence: SPEAKER_CONFIDENCE.mismatch,
        reason: `"${this.text.slice(source[0], source[1])}" does not fit ${name} (${this.gender.get(name)}), the only person in context: kept as a likely pronoun slip (machine translation)` };
    }
    return { name: null, entity: null, mention: null, confidence: SPEAKER_CONFIDENCE.phrase, reason: 'pronoun with no person before it' };
  }

  /** "the MoD" → an earlier source or name whose capitals spell it ("the UK Ministry of Defence"). */
  private acronym(phrase: string): Speaker | null {
    const word = stripThe(phrase);
    if (!/^[A-Z][A-Za-z]{1,5}$/.test(word) || word === word[0] + word.slice(1).toLowerCase()) return null;
    const letters = word.toLowerCase();
    for (let k = this.spoken.length - 1; k >= 0; k--) {
      const s = this.spoken[k]!.speaker;
      if (!s.name) continue;
      const initials = stripThe(s.name).split(/\s+/).filter((w) => /^[A-Z]/.test(w) || w === 'of').map((w) => w[0]!.toLowerCase()).join('');
      if (initials.endsWith(letters) && letters.length >= 2) return { name: s.name, entity: s.entity, mention: s.mention, confidence: SPEAKER_CONFIDENCE.linked, reason: `acronym of ${s.name}` };
    }
    return null;
  }

  /** "The official" → the last speaker whose phrase has the same head word; "the Ukrainian president"
   * → the last person named right after that title ("President Zelenskyy"). */
  private description(source: [number, number], phrase: string): Speaker | null {
    const words = phrase.toLowerCase().split(/\s+/);
    if (words[0] !== 'the' || words.length < 2) return null;
    const head = words.at(-1)!;
    // The last speaker with this head word and another phrase: a run of the same phrase skipped at once.
    const heads = this.spokenByHead.get(head) ?? [];
    let j = heads.length - 1;
    if (j >= 0 && heads[j]!.phrase === phrase) j = heads[j]!.prevOther;
    if (j >= 0) {
      const { phrase: said, speaker: s } = heads[j]!;
      return { ...s, confidence: SPEAKER_CONFIDENCE.linked, reason: `"${phrase}" is the earlier "${said}"` };
    }
    const hit = (m: MentionRef) => {
      const title = this.text.slice(Math.max(0, m.start - 24), m.start).trim().split(/\s+/).pop()?.toLowerCase();
      const name = this.text.slice(m.start, m.end).toLowerCase();
      return title === head || name.startsWith(`${head} `);
    };
    let m: MentionRef | undefined;
    if (this.personsOrdered) {
      if (!this.personsByWord) {
        this.personsByWord = new Map();
        this.persons.forEach((p, k) => {
          const title = this.text.slice(Math.max(0, p.start - 24), p.start).trim().split(/\s+/).pop()?.toLowerCase();
          const name = this.text.slice(p.start, p.end).toLowerCase();
          const space = name.indexOf(' ');
          for (const w of new Set([title, space >= 0 ? name.slice(0, space) : undefined])) {
            if (w === undefined) continue;
            const list = this.personsByWord!.get(w);
            if (list) list.push(k);
            else this.personsByWord!.set(w, [k]);
          }
        });
      }
      // The last person before the phrase that the head word names: the largest index ending before it.
      const before = this.personsBefore(source[0]);
      const list = this.personsByWord.get(head) ?? [];
      const lo = partitionPoint(list.length, (mid) => list[mid]! < before);
      m = lo > 0 ? this.persons[list[lo - 1]!] : undefined;
    } else m = [...this.persons].reverse().find((p) => p.end <= source[0] && hit(p));
    return m ? { name: this.canonical(m), entity: m.entity ?? null, mention: [m.start, m.end], confidence: SPEAKER_CONFIDENCE.linked, reason: `"${phrase}" is the ${head} named before` } : null;
  }
}

const stripThe = (s: string) => s.replace(/^the\s+/i, '');

export function dropTitles(name: string): string {
  const words = name.replace(/[’']s$/, '').split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && NAME_TITLES.has(words[k]!.toLowerCase())) k++;
  return words.slice(k).join(' ');
}
