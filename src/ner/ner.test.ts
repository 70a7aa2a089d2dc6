import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iob1Spans, parseConll } from './conll.js';
import { labelsToSpans, LABELS, spansToLabels, allowed, labelOf } from './labels.js';
import { decodeModel, encodeModel, nerModel } from './model.js';
import { constrained } from './perceptron.js';
import { emptyScore, prf, scoreSentence } from './score.js';
import { tagDocument } from './tagger.js';
import { viterbi } from './viterbi.js';
import { shortShape, longShape } from './shape.js';

test('IOB1 spans by the conlleval rule', () => {
  const rows: Array<[string[], string]> = [
    [['I-PER', 'I-PER', 'O'], '0-2 PER'],
    [['I-LOC', 'B-LOC', 'O'], '0-1 LOC,1-2 LOC'],
    [['I-ORG', 'I-LOC', 'I-LOC'], '0-1 ORG,1-3 LOC'],
    [['O', 'I-MISC'], '1-2 MISC'],
    [['B-PER', 'I-PER'], '0-2 PER'],
  ];
  for (const [tags, want] of rows) assert.equal(iob1Spans(tags).map((s) => `${s.start}-${s.end} ${s.type}`).join(','), want, tags.join(' '));
});

test('CoNLL reader splits documents and sentences', () => {
  const docs = parseConll('-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nX NN I-NP O\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]!.sentences.map((s) => s.words), [['EU', 'rejects'], ['Peter']]);
  assert.deepEqual(docs[0]!.sentences[0]!.spans, [{ start: 0, end: 1, type: 'ORG' }]);
});

test('BIOES labels round-trip to spans', () => {
  const spans = [{ start: 0, end: 1, type: 'PER' as const }, { start: 2, end: 5, type: 'ORG' as const }, { start: 5, end: 7, type: 'LOC' as const }];
  const labels = spansToLabels(8, spans);
  assert.deepEqual([...labels].map((l) => LABELS[l]), ['S-PER', 'O', 'B-ORG', 'I-ORG', 'E-ORG', 'B-LOC', 'E-LOC', 'O']);
  assert.deepEqual(labelsToSpans(labels), spans);
  assert.ok(!allowed(0, labelOf('I', 'PER')), 'I after O');
  assert.ok(!allowed(labelOf('B', 'PER'), labelOf('E', 'LOC')), 'E of another type');
  assert.ok(!allowed(labelOf('B', 'PER'), -1), 'an open name at the end');
});

test('Viterbi never takes a closed transition', () => {
  const L = LABELS.length;
  const em = new Float64Array(2 * L);
  em[labelOf('I', 'PER')] = 10; // best alone, but I cannot start a sentence
  em[L + labelOf('E', 'PER')] = 5;
  const path = viterbi(em, 2, L, constrained(new Float64Array((L + 1) * (L + 1)), L));
  assert.deepEqual([...path].map((l) => LABELS[l]), ['B-PER', 'E-PER']);
});

test('conlleval scoring: exact extent and type', () => {
  const score = emptyScore();
  scoreSentence(score, [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'LOC' }]);
  assert.deepEqual(score.ALL, { gold: 2, system: 3, correct: 1 });
  assert.equal(prf(score.ALL!).f1, 0.4);
});

test('shapes', () => {
  assert.equal(shortShape('Kyiv'), 'Xx');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(longShape('NATO'), 'XXXX');
  assert.equal(longShape('Zelenskyy'), 'Xxxxxx+');
});

test('the model file round-trips and writes the same bytes twice', () => {
  const L = LABELS.length;
  const emission = new Float32Array(3 * L);
  emission[0] = 2;
  emission[L + 3] = -1.5;
  const weights = { emission, transition: new Float32Array((L + 1) * (L + 1)), labels: L };
  const a = encodeModel(weights, ['w=a', 'w=b', 'w=zero'], ['1\tkyiv'], false, {});
  assert.deepEqual(a, encodeModel(weights, ['w=a', 'w=b', 'w=zero'], ['1\tkyiv'], false, {}));
  const m = decodeModel(a);
  assert.deepEqual([...m.features.keys()], ['w=a', 'w=b'], 'a feature whose weights are all zero is left out');
  assert.ok(Math.abs(m.emission[L + 3]! + 1.5) < 0.02);
  assert.equal(m.gazetteer.phrases.get('kyiv'), 1);
  assert.equal(m.featureSet, 1, 'a file that names no feature set is of set 1');
  assert.equal(decodeModel(encodeModel(weights, ['w=a'], ['1\tkyiv'], false, {}, 2)).featureSet, 2);
});

test('the committed model tags names and their types', () => {
  const sentences = [
    'Ukrainian President Volodymyr Zelenskyy spoke to Boris Johnson in Kyiv on Saturday .',
    'NATO and the United Nations met in Brussels .',
  ].map((s) => ({ words: s.split(' '), pos: null }));
  const spans = tagDocument(nerModel(), sentences);
  const shown = spans.map((list, i) => list.map((s) => `${sentences[i]!.words.slice(s.start, s.end).join(' ')}/${s.type}`));
  assert.deepEqual(shown[0], ['Ukrainian/MISC', 'Volodymyr Zelenskyy/PER', 'Boris Johnson/PER', 'Kyiv/LOC'], shown[0]!.join(' '));
  assert.deepEqual(shown[1], ['NATO/ORG', 'United Nations/ORG', 'Brussels/LOC'], shown[1]!.join(' '));
});

test('a one-word name that ends a person\'s full name in the article is that person', async () => {
  const { consistentTypes } = await import('./consistency.js');
  const sentences = [['Volodymyr', 'Zelenskyy', 'spoke'], ['Zelenskyy', 'said']];
  const out = consistentTypes(sentences, [[{ start: 0, end: 2, type: 'PER' }], [{ start: 0, end: 1, type: 'ORG' }]]);
  assert.equal(out[1]![0]!.type, 'PER');
});

test('the entities stage trims punctuation off mentions and maps them to text offsets', async () => {
  const { tagEntities } = await import('./stage.js');
  const { segment } = await import('../segment/segment.js');
  const text = 'Shelling hit Kyiv.\n\n• Boris Johnson met Vladimir Putin’s envoy in Moscow.';
  const seg = segment(text);
  const out = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens });
  const shown = out.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}${m.fine ? `/${m.fine}` : ''}`);
  assert.deepEqual(shown, ['Kyiv/LOC/GPE', 'Boris Johnson/PER', 'Vladimir Putin/PER', 'Moscow/LOC/GPE'], shown.join(' '));
});

test('run cues: the contexts a capitalized run stands in, on each of its words', async () => {
  const { runCues, documentEvidence, contextFeatures, sentenceView } = await import('./features.js');
  const { gazetteerFromLines, GAZ } = await import('./gazetteer.js');
  const gaz = gazetteerFromLines([`${GAZ.given}\tbarack`]);
  const words = 'President Barack Obama said Boeing Co would go to Lake Tahoe .'.split(' ');
  const cues = runCues(words, words.map((w) => w.toLowerCase()), gaz);
  assert.deepEqual(cues[0], [], 'a title starting the run is its context, not part of it');
  assert.deepEqual(cues[1], ['title<', '>said', 'multi']);
  assert.deepEqual(cues[2], ['title<', '>said', 'multi', 'given<'], 'after a given name');
  assert.deepEqual(cues[4], ['>orghead', 'multi'], 'an organization head closing the run');
  assert.deepEqual(cues[9], ['multi'], 'a place head opening the name is no cue');
  const dpr = "the Donetsk People 's Republic 's leader".split(' ');
  const dprCues = runCues(dpr, dpr.map((w) => w.toLowerCase()), gaz);
  assert.deepEqual([dprCues[1], dprCues[2], dprCues[4]], [['the<', 'multi'], ['the<', 'multi'], ['>poss']], 'a possessive before a capitalized word may be inside the name');
  assert.deepEqual(runCues(['BOEING', 'CO', 'SAID'], ['boeing', 'co', 'said'], gaz), [[], [], []], 'a headline gives none');
  // the same word elsewhere in the document: D: cues, not counting its own occurrence
  const doc = [words, 'Boeing won .'.split(' ')];
  const evidence = documentEvidence(doc, gaz, 2);
  const f = contextFeatures(sentenceView(doc[1]!), null, evidence, gaz);
  assert.ok(f[0]!.includes('D:>orghead'), f[0]!.join(' '));
  const self = contextFeatures(sentenceView(words), null, evidence, gaz);
  assert.ok(self[4]!.includes('R:>orghead') && !self[4]!.includes('D:>orghead'), 'its own cue is R:, not D:');
  const set1 = contextFeatures(sentenceView(words), null, documentEvidence(doc, gaz, 1), gaz);
  assert.ok(!set1.flat().some((x) => /^[RD]:/.test(x)), 'feature set 1 has no run cues');
});

test('word dropout hides identity features at some visits, deterministically', async () => {
  const { trainPerceptron } = await import('./perceptron.js');
  const { isWordIdentity } = await import('./train.js');
  assert.ok(isWordIdentity('w=Kyiv') && isWordIdentity('ll+1=kyiv|said') && !isWordIdentity('s=Xx') && !isWordIdentity('g2S'));
  const L = LABELS.length;
  // feature 0 names the word, feature 1 is its gazetteer class; both always present, gold S-LOC
  const data = [{ ids: Int32Array.from([0, 1]), offsets: Int32Array.from([0, 2]), gold: Uint8Array.from([labelOf('S', 'LOC')]) }];
  const run = (dropout: number) => trainPerceptron(data, 2, L, { epochs: 20, seed: 1, dropout, droppable: Uint8Array.from([1, 0]) });
  const loc = labelOf('S', 'LOC');
  const plain = run(0);
  assert.ok(plain.emission[loc]! > 0 && plain.emission[L + loc]! > 0, 'without dropout both features learn');
  const always = run(1);
  assert.ok(always.emission[loc] === 0 && always.emission[L + loc]! > 0, 'always hidden, the word learns nothing and its class all');
  assert.deepEqual(run(0.5), run(0.5), 'the same seed, the same weights');
});

test('runs averaged: the mean of their weights', async () => {
  const { averageWeights } = await import('./train.js');
  const w = (x: number) => ({ emission: Float32Array.from([x, 2 * x]), transition: Float32Array.from([x]), labels: 1 });
  const mean = averageWeights([w(1), w(3)]);
  assert.deepEqual([...mean.emission, ...mean.transition], [2, 4, 2]);
  const one = w(5);
  assert.equal(averageWeights([one]), one);
});

test('the gazetteer of feature set 2 knows organizations, persons, regions, large cities and country abbreviations', async () => {
  const { buildGazetteer } = await import('./gazetteer-build.js');
  const { GAZ, gazetteerFromLines, gazetteerMask } = await import('./gazetteer.js');
  const gaz = gazetteerFromLines(await buildGazetteer(2));
  const has = (phrase: string, bit: number) => (gazetteerMask(gaz, phrase) & bit) !== 0;
  assert.ok(has('Facebook', GAZ.org), 'an organization');
  assert.ok(has('Stalin', GAZ.person), 'a surname');
  assert.ok(has('Crimea', GAZ.region), 'a region');
  assert.ok(has('Yerevan', GAZ.metro) && has('St Petersburg', GAZ.metro), 'cities of a million');
  assert.ok(!has('Kramatorsk', GAZ.metro) && has('Kramatorsk', GAZ.city), 'a city under a million');
  assert.ok(has('US', GAZ.country) && has('UK', GAZ.country), 'abbreviations');
  assert.ok(!has('st', GAZ.region), 'an abbreviation of a head is no name');
});
