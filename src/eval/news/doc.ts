/**
 * A gold document and sitrep's analysis of it, in the coordinates of the article as written. As in
 * `score_realistic.py`, positions count code points (sitrep's `raw` offsets count UTF-16 units and are
 * converted), so that lengths and overlaps agree with the Python scorer's.
 */
import { findAll, ov, type Pos, words } from './text.js';
import type { Rec } from './record.js';
import { has, type AnalysisJson, type CrossDocument, type GoldDocument, type GoldPlace, type JsonAnnotations, type JsonPlace } from './types.js';
import { descMatch, nameMatch } from './names.js';
import { km } from './text.js';

/** Country code for countries; else within 161 km of the gold point, or within `near` km of its centre. */
export function placeOk(p: JsonPlace, g: GoldPlace): boolean {
  if (has(g, 'country')) return (p.country ?? null) === (g.country ?? null);
  const [lat, lon, lim] = has(g, 'lat') ? [g.lat!, g.lon!, 161] : [g.near!.lat, g.near!.lon, g.near!.km];
  return p.lat != null && p.lon != null && km(p.lat, p.lon, lat, lon) <= lim;
}

export class Doc {
  readonly raw: string;
  readonly ann: JsonAnnotations;
  readonly sents: Pos[];
  readonly boiler: Pos[];
  /** Code point index of each UTF-16 unit of `raw` (and of its end). */
  private readonly cpOf: number[];
  /** UTF-16 index of each code point of `raw` (and of its end). */
  private readonly unitOf: number[];

  constructor(readonly g: GoldDocument, a: AnalysisJson, readonly cross: CrossDocument) {
    this.raw = a.document.raw;
    this.ann = a.annotations ?? {};
    this.cpOf = [];
    this.unitOf = [];
    for (let k = 0; k < this.raw.length; ) {
      const wide = (this.raw.codePointAt(k) ?? 0) > 0xffff;
      this.unitOf.push(k);
      this.cpOf.push(this.unitOf.length - 1);
      if (wide) this.cpOf.push(this.unitOf.length - 1);
      k += wide ? 2 : 1;
    }
    this.cpOf.push(this.unitOf.length);
    this.unitOf.push(this.raw.length);
    this.sents = (a.sentences ?? []).map((s) => this.pos(s.span));
    this.boiler = (g.boilerplate ?? []).flatMap((line) => this.find(line));
  }

  /** A span's place in the article as written, in code points. */
  pos(span: { raw: [number, number] }): Pos {
    return [this.cpOf[span.raw[0]]!, this.cpOf[span.raw[1]]!];
  }

  /** The article's text between two code point positions. */
  slice(a: number, b: number): string {
    const n = this.unitOf.length - 1;
    const at = (x: number) => this.unitOf[Math.max(0, Math.min(n, x))]!;
    return a >= b ? '' : this.raw.slice(at(a), at(b));
  }

  /** Every occurrence of a string, in code points. */
  find(needle: string, wordsOnly = false): Pos[] {
    return findAll(this.raw, needle, wordsOnly).map(([s, e]) => [this.cpOf[s]!, this.cpOf[e]!] as const);
  }

  /** Occurrences of a gold string outside the gold's boilerplate lines. */
  occ(text: string, wordsOnly = false): Pos[] {
    return this.find(text, wordsOnly).filter((o) => !this.boiler.some(([a, b]) => a <= o[0] && o[1] <= b));
  }

  /** A gold item with no occurrence: skipped if it is only in boilerplate, else a miss (a gold error). */
  absent(r: Rec, texts: readonly string[], msg: string): void {
    if (texts.some((t) => this.find(t).length > 0)) r.skipped.push(msg);
    else r.miss(`${msg} (gold text not in the article)`);
  }

  /** What sitrep had in the sentence of the gold item's first occurrence. */
  near(occ: readonly Pos[], items: ReadonlyArray<readonly [Pos, string]>): string {
    const first = occ[0];
    const s = first ? this.sents.find((x) => x[0] <= first[0] && first[0] < x[1]) ?? first : undefined;
    return items.filter(([p]) => s && ov(p, s) > 0).map(([, t]) => t).join('; ') || 'nothing there';
  }

  /** A gold name with the aliases of the gold entity so named and the cross-document same_entity forms. */
  formsOf(name: string): Set<string> {
    const forms = new Set([name]);
    for (const e of this.g.entities ?? []) {
      if (name === e.name || e.aliases.includes(name)) for (const f of [e.name, ...e.aliases]) forms.add(f);
    }
    for (const group of this.cross.same_entity ?? []) {
      const clean = group.map((x) => x.replace(/\s*\(.*\)\s*$/, ''));
      if (clean.includes(name)) for (const f of clean) forms.add(f);
    }
    return forms;
  }

  /** Right speaker or source: by name or alias; by the system entity having a mention on a gold form;
   * or by description overlap (loosely when the gold speaker is a description, not a gold entity). */
  speakerOk(names: ReadonlyArray<string | null | undefined>, entity: string | null | undefined, gold: string): boolean {
    const forms = [...this.formsOf(gold)];
    const given = names.filter((n): n is string => !!n);
    if (given.some((n) => forms.some((f) => nameMatch(n, f) || descMatch(n, f, forms.length === 1)))) return true;
    const ent = (this.ann.entities ?? []).find((e) => e.id === entity);
    const ms = this.ann.mentions ?? [];
    const spans = (ent?.mentions ?? []).filter((i) => i < ms.length).map((i) => this.pos(ms[i]!.span));
    return forms.some((f) => this.find(f, true).some((o) => spans.some((s) => ov(s, o) > 0)));
  }

  /** An event's place against the gold `where`: by the gold place of that name, else by its words. */
  whereOk(p: JsonPlace | null, where: string): boolean {
    const forms = this.formsOf(where);
    const gp = (this.g.places ?? []).filter((x) => forms.has(x.text));
    if (p === null || gp.length) return p !== null && gp.some((x) => placeOk(p, x));
    const have = new Set(words(p.span.text));
    return [...forms].some((f) => words(f).every((w) => have.has(w)));
  }
}
