/**
 * The working state of within-document linking: every mention being linked (the tagger's names, and the
 * roles and pronouns found on the way), and the clusters they fall into, each member with the rule that
 * put it there. The linkers (persons.ts, others.ts, describe.ts, pronouns.ts) add to it in order.
 */
import type { EntityType, FineType, MentionKind } from '../model/annotations.js';
import type { Gender } from '../lexicon/linking.js';
import type { Role } from './roles.js';
import type { DocView } from './view.js';
import { partitionPoint } from '../sorted.js';

export interface LinkMention {
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  fine: FineType | null;
  kind: MentionKind;
  rule: string;
  confidence: number;
}

/** A resolved place as the places stage gives it, for the mention it overlaps. */
export interface PlaceRef {
  start: number;
  end: number;
  geonameid: number | null;
  name: string | null;
  featureType: string | null;
  country: string | null;
}

export interface Member {
  mention: number;
  rule: string;
  confidence: number;
}

export interface Cluster {
  type: EntityType;
  members: Member[];
  /** Forms that are not one mention's text ("Turkish President Recep Tayyip Erdogan"), with their rule. */
  forms: Map<string, { rule: string; confidence: number }>;
  roles: Role[];
  /** Extra role labels ("brother of Vitali Klitschko"). */
  labels: string[];
  gender: Gender;
  /** For a person: the fullest given names and surname seen. */
  given: string[];
  surname: string | null;
  /** For a place: the place its mentions resolve to. */
  place: PlaceRef | null;
  /** A name the text does not state whole, with the rule that inferred it. */
  inferred: { name: string; rule: string; confidence: number } | null;
  /** Set when the cluster was merged into another. */
  mergedInto: number | null;
}

export class LinkState {
  readonly mentions: LinkMention[];
  readonly clusters: Cluster[] = [];
  readonly clusterOf = new Map<number, number>();
  /** Each cluster's member starts in ascending order, kept as members come and go (for `nearest`). */
  private readonly starts = new Map<number, number[]>();
  /** The places sorted by start when no two overlap (a binary search finds a mention's), else null. */
  private readonly placeIndex: readonly PlaceRef[] | null;

  constructor(readonly view: DocView, names: readonly LinkMention[], readonly places: readonly PlaceRef[]) {
    this.mentions = [...names];
    const sorted = [...places].sort((a, b) => a.start - b.start);
    this.placeIndex = sorted.every((p, k) => k === 0 || p.start >= sorted[k - 1]!.end) ? sorted : null;
  }

  text(i: number): string {
    const m = this.mentions[i]!;
    return this.view.text.slice(m.start, m.end);
  }

  newCluster(type: EntityType, first: Member, extra: Partial<Cluster> = {}): number {
    this.clusters.push({ type, members: [], forms: new Map(), roles: [], labels: [], gender: 'unknown', given: [], surname: null, place: null, inferred: null, mergedInto: null, ...extra });
    const c = this.clusters.length - 1;
    this.join(c, first);
    return c;
  }

  join(c: number, member: Member): void {
    const prev = this.clusterOf.get(member.mention);
    if (prev !== undefined) {
      const from = this.clusters[prev]!;
      from.members = from.members.filter((m) => m.mention !== member.mention);
      this.starts.delete(prev);
    }
    this.clusters[c]!.members.push(member);
    this.clusterOf.set(member.mention, c);
    const starts = this.starts.get(c);
    if (starts) insertSorted(starts, this.mentions[member.mention]!.start);
  }

  /**
   * Moves mentions that already have a cluster, each into its cluster, in one pass: the clusters they
   * leave are filtered once, not once a mention (which made many moves out of one cluster quadratic).
   * Ends as `join` called for each in turn would.
   */
  moveAll(moves: ReadonlyArray<{ cluster: number; member: Member }>): void {
    const left = new Set<number>();
    for (const { cluster, member } of moves) {
      const prev = this.clusterOf.get(member.mention);
      if (prev !== undefined && prev !== cluster) left.add(prev);
      else if (prev === cluster) this.clusters[cluster]!.members = this.clusters[cluster]!.members.filter((m) => m.mention !== member.mention);
      this.clusters[cluster]!.members.push(member);
      this.clusterOf.set(member.mention, cluster);
      this.starts.delete(cluster);
    }
    for (const c of left) {
      this.clusters[c]!.members = this.clusters[c]!.members.filter((m) => this.clusterOf.get(m.mention) === c);
      this.starts.delete(c);
    }
  }

  /** Adds a mention found by linking (a role or pronoun) and puts it in cluster `c`. */
  addMention(m: LinkMention, c: number, rule: string, confidence: number): number {
    this.mentions.push(m);
    const i = this.mentions.length - 1;
    this.join(c, { mention: i, rule, confidence });
    return i;
  }

  /** Moves every member of `from` into `to` (in one pass: `join` a member would filter `from` each time). */
  merge(to: number, from: number, rule: string, confidence: number): void {
    if (to === from) return;
    const src = this.clusters[from]!;
    const dst = this.clusters[to]!;
    for (const m of src.members) {
      dst.members.push({ ...m, rule: m.rule === 'first' ? rule : m.rule, confidence: Math.min(m.confidence, confidence) });
      this.clusterOf.set(m.mention, to);
    }
    src.members = [];
    this.starts.delete(to);
    this.starts.delete(from);
    for (const [k, v] of src.forms) if (!dst.forms.has(k)) dst.forms.set(k, v);
    dst.roles.push(...src.roles);
    src.mergedInto = to;
  }

  live(): number[] {
    return this.clusters.map((c, k) => (c.mergedInto === null && c.members.length ? k : -1)).filter((k) => k >= 0);
  }

  /**
   * The cluster whose member is nearest before `offset` (else nearest after), among `candidates`; on a
   * tie, the first candidate. Each candidate's member starts are kept sorted, so a call costs a binary
   * search a candidate, not a look at every member (linking a surname said a thousand times was
   * quadratic).
   */
  nearest(candidates: readonly number[], offset: number): number | null {
    let best = this.nearestBefore(candidates, offset);
    if (best !== null) return best;
    let bestAfter = Infinity;
    for (const c of candidates) {
      const starts = this.startsOf(c);
      const k = lowerBound(starts, offset);
      if (k < starts.length && starts[k]! < bestAfter) [bestAfter, best] = [starts[k]!, c];
    }
    return best;
  }

  /** The cluster whose member is nearest before `offset` among `candidates` (the first on a tie), or null. */
  nearestBefore(candidates: readonly number[], offset: number): number | null {
    let best: number | null = null;
    let bestBefore = -1;
    for (const c of candidates) {
      const starts = this.startsOf(c);
      const k = lowerBound(starts, offset) - 1;
      if (k >= 0 && starts[k]! > bestBefore) [bestBefore, best] = [starts[k]!, c];
    }
    return best;
  }

  /** The place a mention starts in: the first in the places' order (a binary search when none overlap). */
  placeOf(i: number): PlaceRef | null {
    const m = this.mentions[i]!;
    const index = this.placeIndex;
    if (index === null) return this.places.find((p) => p.start <= m.start && m.start < p.end) ?? null;
    const p = index[partitionPoint(index.length, (mid) => index[mid]!.start <= m.start) - 1];
    return p && m.start < p.end ? p : null;
  }

  private startsOf(c: number): number[] {
    let starts = this.starts.get(c);
    if (!starts) {
      starts = this.clusters[c]!.members.map((m) => this.mentions[m.mention]!.start).sort((a, b) => a - b);
      this.starts.set(c, starts);
    }
    return starts;
  }
}

/** Index of the first value not below `x` in an ascending array. */
function lowerBound(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (mid) => xs[mid]! < x);
}

/** Puts `x` in its place in an ascending array (at the end, in one step, when mentions come in text order). */
function insertSorted(xs: number[], x: number): void {
  if (xs.length === 0 || xs[xs.length - 1]! <= x) xs.push(x);
  else xs.splice(lowerBound(xs, x), 0, x);
}
