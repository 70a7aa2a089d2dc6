import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bbcHalf, roughSentences } from './bbc.js';
import { classifyEvent, conflictProbability } from './classify.js';
import { stem, typerFeatures } from './features.js';
import { decodeEventsModel, encodeEventsModel, probabilities } from './model.js';
import { cleanNote, hash, sampleNotes, type Note } from './notes.js';
import { trainSoftmax } from './softmax.js';

/** [note as ACLED writes it, what the typer learns from]: the date, brackets and coder remarks go. */
const NOTES: Array<[string, string]> = [
  ['On 9 May 2020, clashes erupted between pro-Houthi forces (Yemen) and pro-Hadi forces on the Sirwah frontline. 20 fatalities.', 'Clashes erupted between pro-Houthi forces and pro-Hadi forces on the Sirwah frontline.'],
  ['Around 15 February 2020 (as reported), in Cuauhtemoc municipality, a man was found dead on a road.', 'In Cuauhtemoc municipality, a man was found dead on a road.'],
  ['16 February 2020: Police attacked supporters in Wolanchiti, East Shewa. There were no casualties.', 'Police attacked supporters in Wolanchiti, East Shewa.'],
  ['A soldier was killed by suspected members of the NPA at Barangay Trinidad on November 4, 2018.', 'A soldier was killed by suspected members of the NPA at Barangay Trinidad.'],
  ['On 13 March 2020, Al Shabaab fighters attacked a base near Mahaday (Jowhar, Middle Shabelle). The incident is unverified.', 'Al Shabaab fighters attacked a base near Mahaday.'],
];

test('cleanNote: what only a note has is taken out', () => {
  for (const [note, clean] of NOTES) assert.equal(cleanNote(note), clean, note);
});

test('sampleNotes: at most so many a class and a country within it, the same sample every time', () => {
  const notes: Note[] = Array.from({ length: 60 }, (_, i) => ({ label: i % 2 ? 'ARMED_CLASH' : 'ATTACK', text: `note ${i}`, country: i % 3 ? 'A' : 'B' }));
  const s = sampleNotes(notes, 10, 6);
  const count = (f: (n: Note) => boolean) => s.filter(f).length;
  assert.ok(count((n) => n.label === 'ATTACK') <= 10 && count((n) => n.label === 'ARMED_CLASH') <= 10);
  assert.ok(count((n) => n.label === 'ATTACK' && n.country === 'A') <= 6);
  assert.deepEqual(sampleNotes([...notes].reverse(), 10, 6).map((n) => n.text).sort(), s.map((n) => n.text).sort());
  assert.equal(hash('bbc/sport/001.txt'), hash('bbc/sport/001.txt'));
  assert.ok(['train', 'measured'].includes(bbcHalf('bbc/sport/001.txt')));
});

test('typerFeatures: stems, pairs, the lead, the codebook cues; names and numbers by shape', () => {
  assert.equal(stem('clashes'), 'clash');
  assert.equal(stem('shelled'), 'shell');
  const f = typerFeatures('Rebels shelled Donetsk overnight, killing 12 civilians. Officials said more.');
  for (const x of ['w:rebel', 'w:shell', 'p:shell_Name', 'w:#', 'l:shell', 'cue:ART_MISS_ATTACK:named', 'rule:ART_MISS_ATTACK']) assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
  assert.ok(!f.includes('w:donetsk'), 'a name is not a word to learn');
  assert.deepEqual(roughSentences('One sentence here is long. Another one follows it here.\nA third line stands.'), ['One sentence here is long.', 'Another one follows it here.', 'A third line stands.']);
});

test('trainSoftmax: learns a separable toy problem, the same weights from the same data', () => {
  const data = Array.from({ length: 40 }, (_, i) => ({ ids: Int32Array.from([i % 2, 2]), label: i % 2, weight: 1 }));
  const opts = { epochs: 5, seed: 1, rate: 0.5, l2: 0 };
  const w = trainSoftmax(data, 3, 2, opts);
  assert.deepEqual(w, trainSoftmax(data, 3, 2, opts));
  const head = { labels: ['a', 'b'], features: new Map([['f0', 0], ['f1', 1], ['bias', 2]]), weights: w };
  assert.ok(probabilities(head, ['f0', 'bias'])[0]! > 0.9);
  assert.ok(probabilities(head, ['f1', 'bias'])[1]! > 0.9);
});

test('events model file: encoded and decoded, the probabilities survive quantization', () => {
  const weights = Float32Array.from([1, -1, -1, 1, 0.5, 0.5]);
  const head = { labels: ['a', 'b'], names: ['x', 'y', 'bias'], weights };
  const model = decodeEventsModel(encodeEventsModel(head, head, { note: 'test' }));
  assert.deepEqual(model.subtype.labels, ['a', 'b']);
  assert.equal(model.info.note, 'test');
  assert.ok(Math.abs(probabilities(model.conflict, ['x'])[0]! - 1 / (1 + Math.exp(-2))) < 0.02);
});

test('classifyEvent: a cue that names the sub-type decides; else the trained model', () => {
  const named = classifyEvent('Warplanes carried out an airstrike on the market on Tuesday.');
  assert.equal(named.step, 'cue');
  assert.equal(named.subtype, 'AIR_STRIKE');
  const learned = classifyEvent('Unidentified men opened fire on a minibus carrying villagers, the police said.');
  assert.equal(learned.step === 'model' || learned.step === 'cue', true);
  assert.ok(learned.model.probability > 0 && learned.model.probability <= 1);
  assert.ok(conflictProbability(typerFeatures('Rebels shelled the town and killed four civilians.')) > 0.8);
  assert.ok(conflictProbability(typerFeatures('The striker scored twice as the home side beat France in the final.')) < 0.5);
});
