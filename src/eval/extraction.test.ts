import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldText, unwrapCleanEval, wholePageText } from './extraction.js';
import { averageScores, scorePage, shingles } from './shingles.js';

test('shingles: 4-token multisets over \\w+ runs', () => {
  assert.deepEqual([...shingles('The army said, on Monday: the army said')], [
    ['The army said on', 1], ['army said on Monday', 1], ['said on Monday the', 1], ['on Monday the army', 1], ['Monday the army said', 1],
  ]);
  assert.deepEqual([...shingles('Kyiv, Kharkiv')], [['Kyiv Kharkiv', 1]], 'fewer than four tokens make one shingle');
  assert.equal(shingles('— … !').size, 0);
  assert.equal(shingles('a b c d a b c d a b c d').get('a b c d'), 3, 'repeats are counted');
});

test('scorePage: precision and recall of shingles, per page', () => {
  const gold = 'one two three four five six';
  assert.deepEqual(scorePage(gold, gold), { precision: 1, recall: 1 });
  const half = scorePage('one two three four five', gold); // 2 of the 3 gold shingles
  assert.equal(half.precision, 1);
  assert.ok(Math.abs(half.recall - 2 / 3) < 1e-9);
  const extra = scorePage(`${gold} seven eight nine ten`, gold); // 3 true, 4 false
  assert.ok(Math.abs(extra.precision - 3 / 7) < 1e-9);
  assert.equal(extra.recall, 1);
  assert.deepEqual(scorePage('', gold), { precision: 0, recall: 0 }, 'nothing found scores nothing');
  assert.deepEqual(scorePage('', ''), { precision: 1, recall: 1 });
});

test('averageScores: F1 of the averaged precision and recall, every page weighing the same', () => {
  const s = averageScores([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 1 }]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.75);
  assert.equal(s.f1, 0.75);
  assert.equal(averageScores([]).f1, 0);
});

test('goldText: each set\'s gold format', () => {
  assert.equal(goldText('URL: http://example.org/a\n<p>First para\n<h>A heading\n<l>An item').replace(/\s+/g, ' ').trim(), 'First para A heading An item');
  assert.equal(goldText('\uFEFFURL: http://example.org/\n<p>Text').trim(), 'Text', 'a byte-order mark is not text');
  assert.equal(goldText('<div class="page"><p>Readability <b>gold</b></p></div>').trim(), 'Readability gold');
  const annotated = '<html><body><span class="x-nc-sel1">Headline</span><span class="x-nc-sel2">Body one</span>'
    + '<span class="x-nc-sel5">Related</span><div class="x-nc-sel2">Body <span class="x-nc-sel2">two</span></div><span class="x-nc-sel0">Menu</span></body></html>';
  assert.equal(goldText(annotated), 'Body one\nBody two', 'the full text blocks only, nested ones once');
  assert.equal(goldText('Plain gold text.'), 'Plain gold text.');
});

test('unwrapCleanEval and wholePageText: the page as served, text without scripts', () => {
  const wrapped = '<text id="http://example.org/" title="T" encoding="iso-8859-1">\n<table><tr><td>Cell text</td></tr></table>\n</text>\n';
  assert.equal(unwrapCleanEval(wrapped).trim(), '<table><tr><td>Cell text</td></tr></table>');
  assert.equal(unwrapCleanEval('<html><body>x</body></html>'), '<html><body>x</body></html>');
  assert.equal(wholePageText(unwrapCleanEval(wrapped)).trim(), 'Cell text', 'a page without <html> gets a body, as in a browser');
  assert.equal(wholePageText('<html><head><style>p{}</style></head><body><script>var x</script><p>Seen</p></body></html>').trim(), 'Seen');
});
