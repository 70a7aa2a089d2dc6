import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { elementBlocks } from './text.js';
import { blockKind, trimBlocks } from './trim.js';

/** The paragraphs of a fragment, as the trimming step sees Readability's result. */
function blocksOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
  return elementBlocks(document.getElementById('r') as unknown as Element, { skipChrome: false, dropLinkParagraphs: false });
}
const kept = (html: string) => trimBlocks(blocksOf(html)).blocks.map((b) => b.text);

const P = (n: number) => `<p>Paragraph ${n}: shelling damaged several buildings in the northern suburbs overnight, the governor said.</p>`;
const related = (n: number) => `<li><a href="/s${n}">Another story about something else entirely number ${n}</a></li>`;

test('blockKind: prose, neutral and junk paragraphs', () => {
  const rows: Array<[string, string]> = [
    [P(1), 'prose'],
    ['<p>The governor said the shelling went on all night long and into the early morning hours without a pause in between</p>', 'prose'],
    ['<p>Four people were killed, he said.</p>', 'neutral'],
    ['<h2>Evacuation continues after the night of shelling in the suburbs of the city.</h2>', 'neutral'],
    ['<p>16 March 2022</p>', 'neutral'],
    ['<p><a href="/a">Read the full transcript of his interview</a></p>', 'junk'],
    ['<p>Share this article</p>', 'junk'],
    ['<ul><li><a href="/x">Ukraine</a> news</li></ul>', 'junk'],
    ['<ul><li>restore power to the district</li></ul>', 'neutral'],
  ];
  for (const [html, kind] of rows) {
    const blocks = blocksOf(html);
    assert.equal(blocks.length, 1, html);
    assert.equal(blockKind(blocks[0]!), kind, html);
  }
});

test('trimBlocks: breadcrumbs, date line and teasers around the article go', () => {
  const html = `<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul><p>Wednesday, January 09, 2008</p>
    ${P(1)}${P(2)}<h3>More articles in World</h3><ul>${related(1)}${related(2)}${related(3)}</ul>
    <p>Don't miss</p><p>A short teaser line about a show</p><p>Another teaser that ends without a stop</p>`;
  assert.deepEqual(kept(html), [P(1), P(2)].map((p) => p.replace(/<\/?p>/g, '')));
});

test('trimBlocks: a box of links set into the article does not cut its lead off', () => {
  const html = `${P(1)}${P(2)}<ul>${related(1)}${related(2)}${related(3)}</ul>${P(3)}${P(4)}${P(5)}`;
  const texts = kept(html);
  assert.equal(texts.length, 5, texts.join(' | '));
  assert.ok(texts.every((t) => t.startsWith('Paragraph')));
});

test('trimBlocks: prose after a run of headline links is another story', () => {
  const html = `${P(1)}${P(2)}${P(3)}<ul>${related(1)}${related(2)}${related(3)}</ul>${P(4)}`;
  assert.deepEqual(kept(html).map((t) => t.slice(0, 11)), ['Paragraph 1', 'Paragraph 2', 'Paragraph 3']);
});

test('trimBlocks: headings, lists and short lines inside the article stay', () => {
  const html = `<h2>Evacuation</h2>${P(1)}<p>Sirens sounded.</p><h3>What the city needs</h3>
    <ul><li>restore power</li><li><a href="/w">water</a></li></ul>${P(2)}<p>Officials listed the dead:</p><ul><li>Ivan Petrenko, 54</li><li>Olena Petrenko, 51</li></ul>`;
  assert.deepEqual(kept(html), [
    'Evacuation', P(1).replace(/<\/?p>/g, ''), 'Sirens sounded.', 'What the city needs', '• restore power', '• water',
    P(2).replace(/<\/?p>/g, ''), 'Officials listed the dead:', '• Ivan Petrenko, 54', '• Olena Petrenko, 51',
  ]);
});

test('trimBlocks: a page without prose is left as it is', () => {
  const html = '<h1>Gallery</h1><p>Photo one</p><p>Photo two</p>';
  assert.deepEqual(kept(html), ['Gallery', 'Photo one', 'Photo two']);
});
