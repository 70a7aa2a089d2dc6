/**
 * Trains the attribution-cue model (src/attribution/cue-model.ts) on PolNeAR's train split and writes
 * models/cues.json. Every verb of every text is an example; it is a cue when it lies inside a gold
 * Cue span of any of the text's annotators. An averaged perceptron, a fixed number of passes in a
 * seeded order, so the file is rebuilt byte for byte. A tenth of the texts is held out first to
 * choose the threshold (best cue F1 there at a fixed least precision); the stored model is then trained on all of them.
 * `npm run train:cues -- --data ../shared/eval/attribution/polnear` (dev is never read).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_MODEL_PATH, cueCandidate, cueFeatures, sentenceFacts, type CueModel } from '../src/attribution/cue-model.js';
import { buildView } from '../src/attribution/view.js';
import { readBrat } from '../src/eval/brat.js';
import { tagEntities } from '../src/ner/stage.js';
import { segment } from '../src/segment/segment.js';

const EPOCHS = 8;
/** The threshold kept is the one with the best cue F1 on the held-out tenth among those whose cue
 * precision there is at least MIN_PRECISION: a claim given to the wrong words costs a reader more than
 * a claim missed. */
const THRESHOLDS = [-4, -3, -2, -1, 0, 1, 2];
const MIN_PRECISION = 0.79;
/** Training separates cues from the rest at zero. */
const THRESHOLD = 0;
/** Features seen fewer times than this are dropped from the stored model. */
const MIN_COUNT = 2;

const dataArg = process.argv.indexOf('--data');
const dir = join(dataArg > 0 ? process.argv[dataArg + 1]! : '../shared/eval/attribution/polnear', 'train');

interface Example { word: string; features: string[]; cue: boolean; }
/** A word is asked about at tagging only when it was a cue at least this many times here. */
const MIN_CUE_WORD = 2;

const byText = new Map<string, string[]>();
for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
  const name = f.replace(/_[0-9a-f]+\.ann$/, '');
  (byText.get(name) ?? byText.set(name, []).get(name)!).push(f);
}
const docs: Example[][] = [];
for (const [name, anns] of byText) {
  const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
  const seg = segment(text);
  const mentions = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }).mentions;
  const cueSpans = anns.flatMap((f) => [...readBrat(readFileSync(join(dir, 'attributions', f), 'utf8')).spans.values()].filter((s) => s.type === 'Cue').flatMap((s) => s.fragments));
  const examples: Example[] = [];
  for (const s of buildView(text, seg.sentences, seg.tokens, mentions).sentences) {
    const facts = sentenceFacts(s.toks);
    s.toks.forEach((t, i) => {
      if (!cueCandidate(t)) return;
      examples.push({ word: t.w, features: cueFeatures(s.toks, i, facts), cue: cueSpans.some(([a, b]) => t.start >= a && t.start < b) });
    });
  }
  docs.push(examples);
}

function train(examples: readonly Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let c = 1;
  let seed = 7;
  const order = examples.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (k + 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      const score = ex.features.reduce((n, f) => n + (w.get(f) ?? 0), 0);
      const y = ex.cue ? 1 : -1;
      if (y * (score - THRESHOLD) <= 0) for (const f of ex.features) {
        w.set(f, (w.get(f) ?? 0) + y);
        u.set(f, (u.get(f) ?? 0) + y * c);
      }
      c++;
    }
  }
  const avg = new Map<string, number>();
  for (const [f, x] of w) avg.set(f, x - (u.get(f) ?? 0) / c);
  return avg;
}

const heldOut = docs.filter((_, k) => k % 10 === 0).flat();
const probe = train(docs.filter((_, k) => k % 10 !== 0).flat());
const scores = heldOut.map((ex) => ex.features.reduce((n, f) => n + (probe.get(f) ?? 0), 0));
let threshold = 0;
let best = -1;
for (const t of THRESHOLDS) {
  let tp = 0, fp = 0, fn = 0;
  heldOut.forEach((ex, k) => {
    const yes = scores[k]! > t;
    if (yes && ex.cue) tp++; else if (yes) fp++; else if (ex.cue) fn++;
  });
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  console.log(`held-out tenth, threshold ${t}: cue precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}, F1 ${f1.toFixed(3)} (${heldOut.length} candidates)`);
  if (f1 > best && tp / (tp + fp) >= MIN_PRECISION) [best, threshold] = [f1, t];
}

const all = docs.flat();
const counts = new Map<string, number>();
for (const ex of all) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
const weights = train(all);
const kept: Record<string, number> = {};
for (const f of [...weights.keys()].sort()) {
  const x = weights.get(f)!;
  if ((counts.get(f) ?? 0) >= MIN_COUNT && Math.abs(x) >= 0.01) kept[f] = Math.round(x * 100) / 100;
}
const cueCounts = new Map<string, number>();
for (const ex of all) if (ex.cue) cueCounts.set(ex.word, (cueCounts.get(ex.word) ?? 0) + 1);
const words = [...cueCounts].filter(([, n]) => n >= MIN_CUE_WORD).map(([w]) => w).sort();
const model: CueModel = { threshold, words, weights: kept };
writeFileSync(CUE_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(`threshold ${threshold}; ${Object.keys(kept).length} features written to ${CUE_MODEL_PATH} (${all.length} verbs, ${all.filter((e) => e.cue).length} cues)`);
