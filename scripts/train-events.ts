/**
 * Trains the events model (src/events/typer/model.ts) and writes models/events.bin:
 *  - the sub-type head on ACLED event notes (`--data`, the folder of notes.tsv.gz), cleaned of what only
 *    notes have and sampled so that no sub-type or country dominates; a twentieth of the notes (by a
 *    hash of their text) is held out and scored after each epoch;
 *  - the conflict head on the notes' sentences against the sentences of the train half of the BBC
 *    corpus's business, entertainment, sport and technology articles (`--bbc`).
 * No evaluation set is read. Deterministic: the same data gives the same bytes.
 *
 *   npm run train:events -- --data ../shared/train/acled-notes [--bbc ../shared/corpus/bbc/bbc.jsonl.gz] [--out models/events.bin]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classificationScores } from '../src/eval/events.js';
import { readBbc, roughSentences } from '../src/events/typer/bbc.js';
import { typerFeatures } from '../src/events/typer/features.js';
import { encodeEventsModel, EVENTS_MODEL_PATH, type TrainedHead } from '../src/events/typer/model.js';
import { hash, readNotes, sampleNotes } from '../src/events/typer/notes.js';
import { scores, softmax, trainSoftmax, type Example } from '../src/events/typer/softmax.js';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const shared = join(import.meta.dirname, '..', '..', 'shared');
const data = flag('--data') ?? join(shared, 'train', 'acled-notes');
const bbcPath = flag('--bbc') ?? join(shared, 'corpus', 'bbc', 'bbc.jsonl.gz');
const out = flag('--out') ?? EVENTS_MODEL_PATH;

/** At most this many notes a sub-type: Peaceful protest alone is a third of the file. */
const PER_CLASS = 3000;
/** At most this many of one country within a sub-type: US protests of 2020 are a sixth of the file. */
const PER_COUNTRY = 400;
/** One note in this many (by hash) is held out to score the sub-type head. */
const HOLD_OUT = 20;
/** A feature seen fewer times than this in training is left out: it cannot be weighed. */
const MIN_COUNT = 2;
/** Class weights are (largest class / this class) to this power: rare sub-types count more, not fully. */
const BALANCE_POWER = 0.5;
/** Notes a sub-type for the conflict head (all sub-types alike), and BBC sentences at most. */
const CONFLICT_PER_CLASS = 1200;
/** The document gate is the mean event probability that this share of non-conflict articles stays under:
 * one in forty gets through either test, and what such an article gives must still pass the rest. */
const DOC_GATE_QUANTILE = 0.975;
/** A sentence the conflict head gives at least this probability is one it is sure of. */
const SURE_SENTENCE = 0.9;
const SGD = { epochs: 3, seed: 2021, rate: 0.2, l2: 1e-3 };

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(0);
const notes = readNotes(join(data, 'notes.tsv.gz'));
const trainNotes = sampleNotes(notes.filter((n) => hash(n.text) % HOLD_OUT !== 0), PER_CLASS, PER_COUNTRY);
const heldOut = sampleNotes(notes.filter((n) => hash(n.text) % HOLD_OUT === 0), 300, 100);
console.log(`notes: ${notes.length} after cleaning, ${trainNotes.length} sampled for training, ${heldOut.length} held out (${seconds()} s)`);

/** Feature ids of texts, keeping features seen at least MIN_COUNT times; the names sorted. */
function vocabulary(featureLists: readonly string[][]): { names: string[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const fs of featureLists) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f).sort();
  return { names, index: new Map(names.map((n, i) => [n, i])) };
}
const encode = (fs: readonly string[], index: Map<string, number>) => Int32Array.from(fs.map((f) => index.get(f)).filter((x): x is number => x !== undefined));

function trainHead(texts: readonly string[], labelOf: readonly string[], onEpoch?: (epoch: number, head: TrainedHead) => void): TrainedHead {
  const features = texts.map((t) => typerFeatures(t));
  const { names, index } = vocabulary(features);
  const labels = [...new Set(labelOf)].sort();
  const count = new Map<string, number>();
  for (const l of labelOf) count.set(l, (count.get(l) ?? 0) + 1);
  const largest = Math.max(...count.values());
  const examples: Example[] = features.map((fs, i) => ({
    ids: encode(fs, index),
    label: labels.indexOf(labelOf[i]!),
    weight: Math.pow(largest / count.get(labelOf[i]!)!, BALANCE_POWER),
  }));
  const weights = trainSoftmax(examples, names.length, labels.length, { ...SGD, onEpoch: onEpoch && ((e, w) => onEpoch(e, { labels, names, weights: w })) });
  return { labels, names, weights };
}

function predict(head: TrainedHead, index: Map<string, number>, features: readonly string[]): string {
  const z = scores(encode(features, index), head.weights, head.labels.length);
  let best = 0;
  for (let l = 1; l < z.length; l++) if (z[l]! > z[best]!) best = l;
  return head.labels[best]!;
}

const heldScores: Record<string, number> = {};
const heldFeatures = heldOut.map((n) => typerFeatures(n.text));
const subtype = trainHead(trainNotes.map((n) => n.text), trainNotes.map((n) => n.label), (epoch, head) => {
  const index = new Map(head.names.map((n, i) => [n, i]));
  const s = classificationScores(heldOut.map((n) => n.label), heldFeatures.map((fs) => predict(head, index, fs)));
  Object.assign(heldScores, { weighted_f1: s.weightedF1, macro_f1: s.macroF1, accuracy: s.accuracy });
  console.log(`sub-type head, epoch ${epoch}: held-out notes weighted F1 ${s.weightedF1.toFixed(3)}, macro ${s.macroF1.toFixed(3)} (${seconds()} s)`);
});

const positives = sampleNotes(trainNotes, CONFLICT_PER_CLASS, PER_COUNTRY).flatMap((n) => roughSentences(n.text));
const bbc = readBbc(bbcPath, 'train');
const conflictHead = (articles: typeof bbc) => {
  const negatives = articles.flatMap((a) => roughSentences(a.text));
  return trainHead([...positives, ...negatives], [...positives.map(() => 'event'), ...negatives.map(() => 'other')]);
};
/** What makes a document a conflict report, read off articles the head was not trained on (trained on
 * one fold of the BBC train half, reading the other): the mean event probability of its sentences, and
 * the number of sentences it is sure of (a report of war much of which is diplomacy has few, but sure). */
const folds = [bbc.filter((a) => hash(`fold:${a.id}`) % 2 === 0), bbc.filter((a) => hash(`fold:${a.id}`) % 2 === 1)];
const outOfFold = folds.flatMap((fold, k) => {
  const head = conflictHead(folds[1 - k]!);
  const index = new Map(head.names.map((n, i) => [n, i]));
  const event = head.labels.indexOf('event');
  return fold.map((a) => {
    const ps = roughSentences(a.text).map((t) => softmax(scores(encode(typerFeatures(t), index), head.weights, head.labels.length))[event]!);
    return { mean: ps.reduce((x, y) => x + y, 0) / Math.max(1, ps.length), sure: ps.filter((p) => p >= SURE_SENTENCE).length };
  });
});
const means = outOfFold.map((d) => d.mean).sort((a, b) => a - b);
const docGate = means[Math.floor(means.length * DOC_GATE_QUANTILE)]!;
/** The fewest sure sentences that no more than the same share of non-conflict articles reach. */
let sureGate = 1;
while (outOfFold.filter((d) => d.sure >= sureGate).length > (1 - DOC_GATE_QUANTILE) * outOfFold.length) sureGate++;
console.log(`conflict head: ${positives.length} note sentences against the BBC train half; document gate: mean ${docGate.toFixed(3)} or ${sureGate} sentences at ${SURE_SENTENCE} (${seconds()} s)`);
const conflict = conflictHead(bbc);

const info = {
  data: 'ACLED event notes (train/acled-notes/notes.tsv.gz); BBC corpus train half (business, entertainment, sport, tech)',
  terms: 'ACLED data © the Armed Conflict Location & Event Data Project, non-commercial use with attribution (Raleigh et al. 2010)',
  notes: notes.length,
  sampled: trainNotes.length,
  per_class: PER_CLASS,
  per_country: PER_COUNTRY,
  held_out: { notes: heldOut.length, ...heldScores },
  conflict: { positives: positives.length, bbc_articles: bbc.length, doc_gate: Math.round(docGate * 1e4) / 1e4, sure_sentence: SURE_SENTENCE, sure_gate: sureGate, doc_gate_quantile: DOC_GATE_QUANTILE },
  sgd: SGD,
};
const bytes = encodeEventsModel(subtype, conflict, info);
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${subtype.names.length} + ${conflict.names.length} features (${seconds()} s)`);
