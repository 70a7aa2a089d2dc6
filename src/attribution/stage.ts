/**
 * The quotes stage: attributions found from cues (src/attribution/clauses.ts), joined with the direct
 * quotations of the text (src/attribution/marks.ts), each given its speaker
 * (src/attribution/speakers.ts). A quotation with no cue of its own takes the speaker of the
 * quotation it continues (next paragraph) or of the cue beside it in its paragraph ("“…,” he said.
 * “…”"); one with none is kept only when it is long enough to be someone's words.
 */
import type { Token } from '../model/types.js';
import { attributionsIn, type CueKind, type RawAttribution } from './clauses.js';
import { governor, introducer } from './subjects.js';
import { quoteSegments, type QuoteSegment } from './marks.js';
import { SpeakerResolver, type MentionRef, type Speaker } from './speakers.js';
import { buildView } from './view.js';
import { partitionPoint } from '../sorted.js';

export interface AttributionInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number; paragraph: number; tokens: [number, number] }>;
  tokens: readonly Token[];
  /** Entity mentions, when the entities stage ran. */
  mentions?: readonly MentionRef[];
}

export interface QuoteOut {
  start: number;
  end: number;
  sentence: number;
  cue: [number, number] | null;
  /** The source phrase as written ("he", "His brother, Wladimir" → "Wladimir"). */
  source: [number, number] | null;
  speaker: Speaker;
  direct: boolean;
  rule: string;
  kind: CueKind;
  confidence: number;
}

/** A signature: a dash, then a name of up to four capitalized words closing the line or sentence. */
const SIGNATURE = /^[.,]?\s*[―—–]\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})(?=[.,]?\s*(?:$|\n|[“"]))/u;
const MAX_SIGNATURE = 60;
/** A quotation with no speaker is kept only with at least this many words (shorter: scare quotes). */
const MIN_ORPHAN_WORDS = 4;
/** Share of a content span inside quotation marks that makes it a direct quote. */
const DIRECT_SHARE = 0.6;

interface Found {
  raw: RawAttribution;
  speaker: Speaker;
}

export function tagQuotes(input: AttributionInput): QuoteOut[] {
  const { text } = input;
  const view = buildView(text, input.sentences, input.tokens, input.mentions ?? []);
  const segments = quoteSegments(text, view.paragraphs);
  // Lookups by position are binary searches (they were a look at every sentence or quotation, which
  // made a long article quadratic).
  const inClosed = covers(segments.filter((s) => s.close !== null));
  const inAny = covers(segments);
  const quoted = (pos: number) => (inClosed(pos) ? 'closed' : inAny(pos) ? 'open' : null);
  const firstEndingAfter = firstAfter(view.sentences.map((s) => s.end));
  const paragraphOf = (pos: number) => view.sentences[firstEndingAfter(pos)]?.paragraph ?? view.paragraphs.length - 1;
  const resolver = new SpeakerResolver(text, input.mentions ?? [], paragraphOf, inAny);
  const found: Found[] = [];
  const foundIn = new Map<number, Found[]>();
  const raws = view.sentences.flatMap((s) => attributionsIn(s, quoted));
  const cueStarts = raws.map((r) => r.cue[0]).sort((x, y) => x - y);
  /** Whether a cue other than `own` starts in [from, to). */
  const cueIn = (from: number, to: number, own: number) => {
    const k = partitionPoint(cueStarts.length, (m) => cueStarts[m]! < from);
    for (let j = k; j < cueStarts.length && cueStarts[j]! < to; j++) if (cueStarts[j] !== own) return true;
    return false;
  };
  for (const raw of raws) {
    const content = raw.kind === 'stance' ? raw.content.map((c) => beforeQuotation(c, segments, text)).filter((c) => c[1] > c[0]) : raw.content.map((c) => widen(c, raw, segments, paragraphOf, cueIn));
    if (content.length === 0) continue;
    const src = raw.antecedent ?? raw.source;
    const enclosing = src ? foundIn.get(raw.sentence)?.find((f) => f.raw.content.some(([a, b]) => a <= src[0] && src[1] <= b)) : undefined;
    const f = { raw: { ...raw, content }, speaker: src ? resolver.resolve(src, enclosing?.speaker ?? null, raw.content) : none() };
    found.push(f);
    append(foundIn, raw.sentence, f);
  }
  const paragraphStarts = new Set(view.paragraphs.map((p) => p.start));
  const opensParagraph = (seg: QuoteSegment) => paragraphStarts.has(seg.open);
  /** News style: a paragraph that is all quotation, with no cue, goes on with the speaker of the quote
   * that ended the paragraph before. */
  const previousOwner = (k: number): Found | null => {
    const p = paragraphOf(segments[k]!.start);
    for (let j = k - 1; j >= 0; j--) {
      const q = paragraphOf(segments[j]!.start);
      if (q === p) continue;
      return q === p - 1 ? owner.get(j) ?? null : null;
    }
    return null;
  };
  /** A quotation announced by the words before it ("Cruz continued:" closing the paragraph before, or
   * "Politico reveals a few facts: “…”" in its own sentence). */
  /** The sentence a quotation opens in, when words of that sentence come before it. */
  const openedIn = (seg: QuoteSegment): number => {
    const k = sentenceOf(seg.open);
    return view.sentences[k]!.start < seg.open ? k : -1;
  };
  /** An owner for a quotation from a speaker found outside any cue's content. */
  const ownerFrom = (sentence: number, by: { cue: [number, number]; source: [number, number] } | null, rule: string): Found | null =>
    by ? { raw: { sentence, cue: by.cue, source: by.source, content: [], rule, kind: 'speech' }, speaker: resolver.resolve(by.source) } : null;
  const introduced = (seg: QuoteSegment): Found | null => {
    const own = openedIn(seg);
    if (own >= 0) return ownerFrom(own, introducer(view.sentences[own]!, seg.open), 'introduced');
    const before = sentenceOf(seg.open) - 1;
    return opensParagraph(seg) && before >= 0 ? ownerFrom(before, introducer(view.sentences[before]!, seg.open), 'introduced') : null;
  };
  /** A partial quotation inside a clause, taken as the words of the clause's subject. */
  const governed = (seg: QuoteSegment): Found | null => {
    const own = openedIn(seg);
    return own >= 0 ? ownerFrom(own, governor(view.sentences[own]!, seg.open), 'governed') : null;
  };
  /** A quotation signed after a dash: "“…” ― Carla Sanchez". */
  const signed = (seg: QuoteSegment): Found | null => {
    if (seg.close === null) return null;
    const after = text.slice(seg.close + 1, seg.close + 1 + MAX_SIGNATURE);
    const m = SIGNATURE.exec(after);
    if (!m) return null;
    const start = seg.close + 1 + m.index + m[0].length - m[1]!.length;
    const source: [number, number] = [start, start + m[1]!.replace(/[\s.]+$/, '').length];
    const dash = seg.close + 1 + after.search(/[―—–]/);
    return ownerFrom(sentenceOf(seg.start), { cue: [dash, dash + 1], source }, 'signed');
  };
  const out: QuoteOut[] = [];
  const sentenceOf = (pos: number) => {
    const k = firstEndingAfter(pos);
    return k < view.sentences.length ? k : 0;
  };
  for (const f of found) for (const [start, end] of f.raw.content) {
    out.push({ start, end, sentence: sentenceOf(start), cue: f.raw.cue, source: f.raw.source, speaker: f.speaker, direct: quotedShare(start, end, segments) >= DIRECT_SHARE, rule: `attribution:${f.raw.rule}`, kind: f.raw.kind, confidence: f.speaker.confidence });
  }
  const owner = new Map<number, Found | null>();
  const covering = segments.map((seg) => found.find((f) => f.raw.content.some(([a, b]) => a < seg.end && seg.start < b)) ?? null);
  const nextInChain = new Map<number, number>();
  segments.forEach((seg, k) => seg.continues >= 0 && nextInChain.set(seg.continues, k));
  /** A quotation is one speaker's words: the first cue covering a later part of it ("“A.\nB,” X said."). */
  const laterCover = (k: number): Found | null => {
    for (let j = nextInChain.get(k); j !== undefined; j = nextInChain.get(j)) if (covering[j]) return covering[j] ?? null;
    return null;
  };
  const lastInChain = (k: number): QuoteSegment => {
    let j = k;
    while (nextInChain.has(j)) j = nextInChain.get(j)!;
    return segments[j]!;
  };
  /** The attributions with a named speaker by the paragraph of their cue, in the order found. */
  const byParagraph = new Map<number, Found[]>();
  for (const f of found) if (f.speaker.name !== null) {
    const p = paragraphOf(f.raw.cue[0]);
    append(byParagraph, p, f);
  }
  segments.forEach((seg, k) => {
    if (covering[k]) {
      owner.set(k, covering[k]);
      return;
    }
    // A quotation's own signature ("“…” ― Carla Sanchez") outranks the speaker of the paragraph before.
    const own = seg.continues >= 0 ? null : signed(lastInChain(k));
    const inherited = own ? null : seg.continues >= 0 ? owner.get(seg.continues) ?? null : laterCover(k) ?? (opensParagraph(seg) ? previousOwner(k) : null);
    const f = own ?? inherited ?? introduced(seg) ?? governed(seg) ?? beside(seg, byParagraph, paragraphOf);
    owner.set(k, f);
    if (!f && seg.single) return;
    if (!f && text.slice(seg.start, seg.end).split(/\s+/).length < MIN_ORPHAN_WORDS) return;
    const rule = f ? (inherited ? 'quote:continued' : ['introduced', 'signed', 'governed'].includes(f.raw.rule) ? `quote:${f.raw.rule}` : 'quote:beside-cue') : 'quote:no-speaker';
    const speaker = f?.speaker ?? none();
    out.push({ start: seg.start, end: seg.end, sentence: sentenceOf(seg.start), cue: f?.raw.cue ?? null, source: f?.raw.source ?? null, speaker, direct: true, rule, kind: f?.raw.kind ?? 'speech', confidence: f ? speaker.confidence * 0.95 : 0.3 });
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const none = (): Speaker => ({ name: null, entity: null, mention: null, confidence: 0.3, reason: null });

/** A content span reaches out to the quotation marks it starts or ends inside ("“A. B,” he said"
 * takes in "A."), but never over its own cue, nor over another cue in a quotation left open (a mark
 * left open in a long run of cued clauses made every cue take in all the clauses before it). */
function widen(c: [number, number], raw: RawAttribution, segments: readonly QuoteSegment[], paragraphOf: (pos: number) => number, cueIn: (from: number, to: number, own: number) => boolean): [number, number] {
  let [a, b] = c;
  for (const s of segments) {
    if (s.end <= a || s.start >= b || paragraphOf(s.start) !== paragraphOf(a)) continue;
    // In a quotation with no close, the cues are the article's: the part past another cue is its words.
    const open = s.close === null;
    if (s.start < a && !(open && cueIn(s.start, a, raw.cue[0]))) a = s.start;
    if (s.end > b && !(raw.cue[0] >= s.start && raw.cue[0] < s.end) && !(open && cueIn(b, s.end, raw.cue[0]))) b = s.end;
  }
  return [a, b];
}

/** A stance ("offered to help ...") holds no one's words: its content stops before a quotation in it,
 * which belongs to the speech cue around it. */
function beforeQuotation(c: [number, number], segments: readonly QuoteSegment[], text: string): [number, number] {
  const inside = segments.find((s) => s.open > c[0] && s.open < c[1]);
  if (!inside) return c;
  let end = inside.open;
  while (end > c[0] && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return [c[0], end];
}

function quotedShare(start: number, end: number, segments: readonly QuoteSegment[]): number {
  let inside = 0;
  for (const s of segments) inside += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return end > start ? inside / (end - start) : 0;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a position is inside one of the spans: a binary search on their starts, and the furthest end
 * among the spans starting at or before it (right whether or not they overlap). */
function covers(spans: ReadonlyArray<{ start: number; end: number }>): (pos: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let max = -Infinity;
  const reach = sorted.map((s) => (max = Math.max(max, s.end)));
  return (pos) => {
    const lo = partitionPoint(sorted.length, (mid) => sorted[mid]!.start <= pos);
    return lo > 0 && reach[lo - 1]! > pos;
  };
}

/** The index of the first value greater than a position (`values.length` when none is): a binary
 * search when the values never go down, else a scan. */
function firstAfter(values: readonly number[]): (pos: number) => number {
  const ascending = values.every((v, k) => k === 0 || v >= values[k - 1]!);
  return (pos) => {
    if (!ascending) {
      const k = values.findIndex((v) => pos < v);
      return k < 0 ? values.length : k;
    }
    const lo = partitionPoint(values.length, (mid) => values[mid]! <= pos);
    return lo;
  };
}

/** The attribution beside a quotation in its paragraph: the last one before it, else the first after. */
function beside(seg: QuoteSegment, byParagraph: ReadonlyMap<number, readonly Found[]>, paragraphOf: (pos: number) => number): Found | null {
  const same = byParagraph.get(paragraphOf(seg.start)) ?? [];
  return [...same].reverse().find((f) => f.raw.cue[0] < seg.start) ?? same.find((f) => f.raw.cue[0] >= seg.end) ?? null;
}
