/**
 * The counts of one layer of the news scorer, for one document or summed over a set, as
 * `score_realistic.py` keeps them: gold items, found (recall), checkable and right (accuracy among
 * found), system items and matched (precision); per attribute [right, of]; per subset of the system
 * items [matched, of]; and the lines that explain misses and false positives.
 */

/** Attributes that are shown but do not decide whether an item is right. */
export const INFO = new Set(['linked-names', 'relative-left-open', 'crowd-typed-other', 'trigger-overlap']);

export interface Counts {
  gold: number;
  found: number;
  checkable: number;
  right: number;
  system: number;
  matched: number;
}

/** [right, of] for an attribute; [matched, of] for a subset. */
export type Tally = [number, number];

function tally(t: Map<string, Tally>, key: string, right: number, of = 1): void {
  const c = t.get(key) ?? [0, 0];
  t.set(key, [c[0] + right, c[1] + of]);
}

export class Rec {
  n: Counts = { gold: 0, found: 0, checkable: 0, right: 0, system: 0, matched: 0 };
  attrs = new Map<string, Tally>();
  subsets = new Map<string, Tally>();
  misses: string[] = [];
  spurious: string[] = [];
  skipped: string[] = [];
  /** Why the layer cannot be scored, when it cannot. */
  na: string | null = null;

  miss(msg: string): void {
    this.n.gold++;
    this.misses.push(`NOT FOUND  ${msg}`);
  }

  /** A found gold item; `checks` {attribute: right?}; those in INFO are not part of "right". */
  hit(checks: Record<string, boolean>, msg: string): void {
    this.n.gold++;
    this.n.found++;
    for (const [k, v] of Object.entries(checks)) tally(this.attrs, k, v ? 1 : 0);
    const counted = Object.entries(checks).filter(([k]) => !INFO.has(k));
    if (counted.length) {
      this.n.checkable++;
      if (counted.every(([, v]) => v)) this.n.right++;
    }
    if (!counted.every(([, v]) => v)) this.misses.push(`WRONG ${counted.filter(([, v]) => !v).map(([k]) => k).join(',')}  ${msg}`);
  }

  system(matched: boolean, msg: string, subset: string | null = null): void {
    this.n.system++;
    if (matched) this.n.matched++;
    if (subset) tally(this.subsets, subset, matched ? 1 : 0);
    if (!matched) this.spurious.push(msg);
  }

  add(o: Rec, doc: string): void {
    for (const k of Object.keys(this.n) as Array<keyof Counts>) this.n[k] += o.n[k];
    for (const [mine, theirs] of [[this.attrs, o.attrs], [this.subsets, o.subsets]] as const) {
      for (const [k, [a, b]] of theirs) tally(mine, k, a, b);
    }
    this.misses.push(...o.misses.map((m) => `${doc}: ${m}`));
    this.spurious.push(...o.spurious.map((m) => `${doc}: ${m}`));
    this.skipped.push(...o.skipped.map((m) => `${doc}: ${m}`));
    this.na = this.na || o.na;
  }
}
