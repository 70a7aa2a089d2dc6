/**
 * The working state of within-document linking: every mention being linked (the tagger's names, and the
 * roles and pronouns found on the way), and the clusters they fall into, each member with the rule that
 * put it there. The linkers (persons.ts, others.ts, describe.ts, pronouns.ts) add to it in order.
 */
import type { EntityType, FineType, MentionKind } from '../model/annotations.js';
import type { Gender } from '../lexicon/linking.js';
import type { Role } from './roles.js';
import type { DocView } from './view.js';

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

  constructor(readonly view: DocView, names: readonly LinkMention[], readonly places: readonly PlaceRef[]) {
    this.mentions = [...names];
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
    }
    this.clusters[c]!.members.push(member);
    this.clusterOf.set(member.mention, c);
  }

  /** Adds a mention found by linking (a role or pronoun) and puts it in cluster `c`. */
  addMention(m: LinkMention, c: number, rule: string, confidence: number): number {
    this.mentions.push(m);
    const i = this.mentions.length - 1;
    this.join(c, { mention: i, rule, confidence });
    return i;
  }

  /** Moves every member of `from` into `to`. */
  merge(to: number, from: number, rule: string, confidence: number): void {
    if (to === from) return;
    const src = this.clusters[from]!;
    const dst = this.clusters[to]!;
    for (const m of [...src.members]) this.join(to, { ...m, rule: m.rule === 'first' ? rule : m.rule, confidence: Math.min(m.confidence, confidence) });
    for (const [k, v] of src.forms) if (!dst.forms.has(k)) dst.forms.set(k, v);
    dst.roles.push(...src.roles);
    src.mergedInto = to;
  }

  live(): number[] {
    return this.clusters.map((c, k) => (c.mergedInto === null && c.members.length ? k : -1)).filter((k) => k >= 0);
  }

  /** The cluster whose member is nearest before `offset` (else nearest after), among `candidates`. */
  nearest(candidates: readonly number[], offset: number): number | null {
    let best: number | null = null;
    let bestBefore = -1;
    let bestAfter = Infinity;
    for (const c of candidates) {
      for (const m of this.clusters[c]!.members) {
        const s = this.mentions[m.mention]!.start;
        if (s < offset && s > bestBefore) [bestBefore, best] = [s, c];
      }
    }
    if (best !== null) return best;
    for (const c of candidates) {
      for (const m of this.clusters[c]!.members) {
        const s = this.mentions[m.mention]!.start;
        if (s >= offset && s < bestAfter) [bestAfter, best] = [s, c];
      }
    }
    return best;
  }

  placeOf(i: number): PlaceRef | null {
    const m = this.mentions[i]!;
    return this.places.find((p) => p.start <= m.start && m.start < p.end) ?? null;
  }
}
