/**
 * Toponym resolution in context: each distinct name of a document gets its candidates from the
 * gazetteer, a prior (population, feature type, how the name matched), and three context scores:
 * the share of the document's other names that lie in the candidate's country and in its first-level
 * division, and how near the candidate lies to the other names' likely places. A name written
 * "Town, State" is held to that state. The best candidate wins unless it is not clearly better than a
 * far-away rival, in which case the name stays unresolved (a wrong homonym is worse than none).
 */
import { US_STATE_AP } from '../lexicon/places.js';
import { distanceKm } from './distance.js';
import type { Gazetteer } from './gazetteer.js';
import { nameKey } from './normalize.js';
import type { Candidate, Resolution } from './types.js';

export interface ToponymSpan {
  start: number;
  end: number;
  text: string;
}

/** Weights of the score; named so a change is one line with its reason. */
export const WEIGHTS = {
  /** Per decade of population. */
  population: 1,
  /** A name matched only as an alternate (a spelling in another language, a county without "County"). */
  altPenalty: -2.5,
  /** The same for a city of BIG_CITY people or more, whose alternates include its English exonym
   * ("Geneva" for Genève), in news from abroad (see `abroad` in scoreDocument): a world city is
   * meant over same-name small towns there. */
  bigAltPenalty: -0.5,
  /** Share of the document's names in the same country / first-level division. */
  country: 4,
  admin1: 5,
  /** Nearness to the other names' likely places (sum of a 150 km kernel, capped). */
  coherence: 2.5,
  coherenceKm: 150,
  coherenceCap: 3,
  /** "Town, State": the state named after the comma. */
  statedAdmin1: 8,
  /** A national capital in news from abroad: it names a capital for its government ("talks in
   * Washington"), a division or a small town of the same name much less (local news, where the
   * country's share is high, is left as it was). On LGL, ungated, it cost 0.6 points of Acc@161. */
  foreignCapital: 3,
  foreignShare: 0.25,
  /** Other toponym mentions a document needs before its names say where it is from. */
  foreignMentions: 3,
};

/** Extra prior by feature code: a country or a first-level division is what a bare name most often means. */
export const TYPE_PRIOR: Record<string, number> = {
  PCLI: 3.5, PCLD: 2, CONT: 4, RGN: 3, PEN: 3, ADM1: 2.5, ADMD: 2.5, ISL: 1, ADM2: 0.5,
  PPLC: 1, PPLA: 1, PPLA2: 0.4, PPLX: -0.7, PPLL: -0.3, PPLQ: -2, PPLH: -2, PPLW: -2,
};

/** Population from which an alternate name is taken nearly as readily as the main one. */
export const BIG_CITY = 150_000;

/** Below this margin (score points) between the two best candidates lying farther apart than
 * AMBIGUOUS_KM, the name is left unresolved. On LGL, 0.3 leaves 4.5% more names unresolved and
 * lifts the share of resolved names that are right from 0.884 to 0.915. */
export const ABSTAIN_MARGIN = 0.3;
export const AMBIGUOUS_KM = 161;
/** At most this many candidates a name (the highest priors) take part in the context scores. */
const MAX_CANDIDATES = 40;

export function prior(g: Gazetteer, c: Candidate): number {
  const d = g.data;
  const pop = d.pop[c.row]!;
  return WEIGHTS.population * Math.log10(pop + 100) + (TYPE_PRIOR[d.code[c.row]!] ?? 0) + (c.match === 'alt' ? WEIGHTS.altPenalty : 0);
}

interface NameGroup {
  key: string;
  spans: number[];
  candidates: Candidate[];
  priors: number[];
  /** Softmax of the priors: how likely each candidate is before context. */
  weights: number[];
  /** `CC.A1` stated after a comma ("Alexandria, La."). */
  stated: string | null;
}

const US_STATE_BY_NAME = new Map<string, string>();

function statedAdmin1(g: Gazetteer, text: string, end: number): string | null {
  const m = /^,\s+([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)/.exec(text.slice(end, end + 30));
  if (!m) return null;
  if (US_STATE_BY_NAME.size === 0) {
    for (const [ap, code] of Object.entries(US_STATE_AP)) US_STATE_BY_NAME.set(nameKey(ap), `US.${code}`);
    for (const [key, row] of g.admin1Row) if (g.data.name[row]) US_STATE_BY_NAME.set(nameKey(g.data.name[row]!), key);
  }
  const words = m[1]!;
  return US_STATE_BY_NAME.get(nameKey(words)) ?? US_STATE_BY_NAME.get(nameKey(words.split(' ')[0]!)) ?? null;
}

function softmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

function groupNames(g: Gazetteer, text: string, spans: ToponymSpan[], lookup: (s: ToponymSpan) => Candidate[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  spans.forEach((s, i) => {
    const stated = statedAdmin1(g, text, s.end);
    const key = `${nameKey(s.text)}|${stated ?? ''}`;
    let grp = groups.get(key);
    if (!grp) {
      const all = lookup(s);
      const scored = all.map((c) => ({ c, p: prior(g, c) })).sort((a, b) => b.p - a.p || a.c.row - b.c.row).slice(0, MAX_CANDIDATES);
      grp = { key, spans: [], candidates: scored.map((x) => x.c), priors: scored.map((x) => x.p), weights: softmax(scored.map((x) => x.p)), stated };
      groups.set(key, grp);
    }
    grp.spans.push(i);
  });
  return [...groups.values()];
}

/** For each group: the share of the other groups' belief in each country and division. */
function shares(g: Gazetteer, groups: NameGroup[]): { cc: Array<Map<string, number>>; a1: Array<Map<string, number>> } {
  const d = g.data;
  const totalCc = new Map<string, number>();
  const totalA1 = new Map<string, number>();
  const own = groups.map((grp) => {
    const cc = new Map<string, number>();
    const a1 = new Map<string, number>();
    grp.candidates.forEach((c, k) => {
      const w = grp.weights[k]! * grp.spans.length;
      const country = d.cc[c.row]!;
      if (country) cc.set(country, (cc.get(country) ?? 0) + w);
      if (d.a1[c.row]) a1.set(`${country}.${d.a1[c.row]}`, (a1.get(`${country}.${d.a1[c.row]}`) ?? 0) + w);
    });
    for (const [k, v] of cc) totalCc.set(k, (totalCc.get(k) ?? 0) + v);
    for (const [k, v] of a1) totalA1.set(k, (totalA1.get(k) ?? 0) + v);
    return { cc, a1 };
  });
  const mentions = groups.reduce((n, grp) => n + grp.spans.length, 0);
  const rest = (total: Map<string, number>, mine: Map<string, number>, n: number) => {
    const out = new Map<string, number>();
    if (n <= 0) return out;
    for (const [k, v] of total) out.set(k, (v - (mine.get(k) ?? 0)) / n);
    return out;
  };
  return {
    cc: groups.map((grp, i) => rest(totalCc, own[i]!.cc, mentions - grp.spans.length)),
    a1: groups.map((grp, i) => rest(totalA1, own[i]!.a1, mentions - grp.spans.length)),
  };
}

function coherence(g: Gazetteer, groups: NameGroup[], i: number, row: number): number {
  const d = g.data;
  let sum = 0;
  groups.forEach((other, j) => {
    if (j === i) return;
    let best = 0;
    other.candidates.forEach((c, k) => {
      const code = d.code[c.row]!;
      if (code === 'PCLI' || code === 'PCLD' || code === 'CONT') return; // a country is near everything in it
      const w = other.weights[k]!;
      if (w < best) return;
      const km = distanceKm(d.lat[row]!, d.lon[row]!, d.lat[c.row]!, d.lon[c.row]!);
      best = Math.max(best, w * Math.exp(-km / WEIGHTS.coherenceKm));
    });
    sum += best;
  });
  return Math.min(WEIGHTS.coherenceCap, sum);
}

export interface Scored {
  candidates: Candidate[];
  scores: number[];
}

/** Scores every candidate of every name; `out[i]` belongs to `spans[i]`. */
export function scoreDocument(g: Gazetteer, text: string, spans: ToponymSpan[], lookup: (s: ToponymSpan) => Candidate[]): Scored[] {
  const d = g.data;
  const groups = groupNames(g, text, spans, lookup);
  const share = shares(g, groups);
  // news from abroad for this name: enough other names, which lie mostly outside every country where
  // the name is a main name ("Geneva", Illinois, in an article on Ukraine)
  const abroad = groups.map((grp, i) => {
    if (spans.length - grp.spans.length < WEIGHTS.foreignMentions) return false;
    if ([...share.cc[i]!.values()].reduce((a, b) => a + b, 0) < 0.5) return false;
    return grp.candidates.every((c) => c.match !== 'name' || (share.cc[i]!.get(d.cc[c.row]!) ?? 0) < WEIGHTS.foreignShare);
  });
  const out: Scored[] = new Array(spans.length);
  groups.forEach((grp, i) => {
    const scores = grp.candidates.map((c, k) => {
      const cc = d.cc[c.row]!;
      const a1 = `${cc}.${d.a1[c.row]}`;
      const isA1 = d.code[c.row] === 'ADM1';
      let s = grp.priors[k]! + WEIGHTS.country * (share.cc[i]!.get(cc) ?? 0) + WEIGHTS.coherence * coherence(g, groups, i, c.row);
      if (d.a1[c.row] && !isA1) s += WEIGHTS.admin1 * (share.a1[i]!.get(a1) ?? 0);
      if (grp.stated && d.a1[c.row] && a1 === grp.stated) s += WEIGHTS.statedAdmin1;
      if (abroad[i]) {
        if (d.code[c.row] === 'PPLC') s += WEIGHTS.foreignCapital;
        if (c.match === 'alt' && d.pop[c.row]! >= BIG_CITY) s += WEIGHTS.bigAltPenalty - WEIGHTS.altPenalty;
      }
      return s;
    });
    for (const si of grp.spans) out[si] = { candidates: grp.candidates, scores };
  });
  return out;
}

/** The decision for one scored name: the best candidate, or none when a far rival comes too close. */
export function decide(g: Gazetteer, s: Scored, rule: string): Resolution {
  const d = g.data;
  if (s.candidates.length === 0) return unresolved('no-candidate');
  let best = 0;
  for (let k = 1; k < s.scores.length; k++) if (s.scores[k]! > s.scores[best]!) best = k;
  let rival = -1;
  for (let k = 0; k < s.scores.length; k++) {
    if (k === best) continue;
    const row = s.candidates[k]!.row;
    const b = s.candidates[best]!.row;
    if (distanceKm(d.lat[b]!, d.lon[b]!, d.lat[row]!, d.lon[row]!) <= AMBIGUOUS_KM) continue;
    if (rival < 0 || s.scores[k]! > s.scores[rival]!) rival = k;
  }
  const margin = rival < 0 ? Infinity : s.scores[best]! - s.scores[rival]!;
  if (margin < ABSTAIN_MARGIN) return unresolved('ambiguous');
  const confidence = rival < 0 ? 0.95 : Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100;
  return resolution(g, s.candidates[best]!.row, rule, confidence);
}

export function resolution(g: Gazetteer, row: number, rule: string, confidence: number): Resolution {
  const d = g.data;
  const code = d.code[row]!;
  return {
    row,
    geonameid: d.gid[row] || null,
    name: d.name[row] || null,
    lat: d.lat[row]!,
    lon: d.lon[row]!,
    featureType: code,
    country: d.cc[row] || null,
    admin1: g.admin1Name(row),
    precision: precisionOf(code),
    rule,
    confidence,
  };
}

/** ACLED's geo_precision by what the place is: a town 1, a county or district 2, anything larger 3. */
export function precisionOf(code: string): 1 | 2 | 3 {
  if (code.startsWith('PPL') || code === 'STLMT') return 1;
  if (code === 'ADM2' || code === 'ADMD' || code === 'ISL') return 2;
  return 3;
}

export function unresolved(rule: string): Resolution {
  return { row: null, geonameid: null, name: null, lat: null, lon: null, featureType: null, country: null, admin1: null, precision: null, rule, confidence: 0 };
}
