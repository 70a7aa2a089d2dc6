/** The news scorer's text rules, each as Python's `score_realistic.py` decides it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { descMatch, headWord, nameMatch, namelike } from './names.js';
import { findAll, pySplit, sameValue, words } from './text.js';

test('findAll: every occurrence; with words, not inside a longer word', () => {
  const rows: Array<[string, string, boolean, Array<[number, number]>]> = [
    ['Russia and Russian troops', 'Russia', false, [[0, 6], [11, 17]]],
    ['Russia and Russian troops', 'Russia', true, [[0, 6]]],
    ['aaa', 'aa', false, [[0, 2], [1, 3]]],
    ['x (Kyiv) y', '(Kyiv)', true, [[2, 8]]],
    ['Kyivé Kyiv', 'Kyiv', true, [[6, 10]]],
    ['anything', '', false, []],
  ];
  for (const [hay, needle, w, want] of rows) assert.deepEqual(findAll(hay, needle, w), want, `${needle} in ${hay}`);
});

test('words and pySplit: letters and numbers of any script, "\'s" dropped; Python white space', () => {
  assert.deepEqual(words("Ukraine's President Poroshenko"), ['ukraine', 'president', 'poroshenko']);
  assert.deepEqual(words('Kyiv’s 2 mayors, Кличко'), ['kyiv', '2', 'mayors', 'кличко']);
  assert.deepEqual(words(null), []);
  assert.deepEqual(pySplit(' a\u00a0b\n c\ufeffd '), ['a', 'b', 'c\ufeffd']);
});

test('sameValue: X padding dropped, a value inside a gold interval', () => {
  const rows: Array<[string | null, string, boolean]> = [
    ['2014-04-26', '2014-04-26', true], ['193X', '193', true], ['2014-05', '2014-04/2014-06', true],
    ['2014-07', '2014-04/2014-06', false], [null, '2014', false], ['', '', false], ['2014-04-26', '2014-04-27', false],
  ];
  for (const [s, g, want] of rows) assert.equal(sameValue(s, g), want, `${s} vs ${g}`);
});

test('names: heads, name-likeness, name and description matches', () => {
  assert.equal(headWord('governors of three regions'), 'governors');
  assert.equal(headWord('the'), null);
  assert.deepEqual(['Arsen Avakov', 'the Senate', 'the capital', 'He', 'Bank of America'].map(namelike), [true, true, false, false, true]);
  assert.equal(nameMatch('Zelenskyy', 'Volodymyr Zelenskyy'), true, 'a part of a full name');
  assert.equal(nameMatch('zelenskyy', 'Volodymyr Zelenskyy'), false, 'a part only when written as a name');
  assert.equal(nameMatch('Mr Zelenskyy', 'Volodymyr Zelenskyy'), true);
  assert.equal(nameMatch('the Senate', 'Senate'), true);
  assert.equal(nameMatch("the Senate's deputy speaker Yevgeny Bushmin", 'Yevgeny Bushmin'), true);
  assert.equal(descMatch('the interior minister', 'interior minister Arsen Avakov', false), true);
  assert.equal(descMatch('Interior Minister', 'the interior minister', false), false, 'a head written as a name is no description');
  assert.equal(descMatch('a spokesman for the ministry', 'the ministry', true), true, 'loose: the gold head in the phrase');
});

test('Doc: positions count code points, as Python indexes the article', () => {
  const raw = '😀 Kyiv said 😀 Kyiv';
  const d = new Doc({ document: 'x' }, { document: { raw }, sentences: [{ span: { text: raw, raw: [0, raw.length] } }] }, {});
  assert.deepEqual(d.find('Kyiv'), [[2, 6], [14, 18]]);
  assert.deepEqual(d.pos({ raw: [3, 7] }), [2, 6]);
  assert.equal(d.slice(2, 6), 'Kyiv');
  assert.deepEqual(d.sents, [[0, 18]]);
});
