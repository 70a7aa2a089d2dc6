import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../core/analyze.js';
import type { Analysis, Failure } from '../model/types.js';
import { resolveOptions } from '../options.js';
import { feedDate } from './feed-date.js';
import { feedItems, SUMMARY_NOTE } from './feed.js';
import type { RawInput } from './input.js';
import { readSources } from './sources.js';
import { assertSchema, assertSpans } from '../../test/helpers.js';

const para = (n: number) =>
  `<p>Item ${n}: shelling damaged several buildings in the northern suburbs overnight, the regional governor said on Tuesday. Rescue teams worked through the night to clear the rubble in two districts.</p>`;

/** Ten items: six with full content, four with only a description; dates in RFC 822 (pubDate) and ISO (dc:date). */
const DATES: Array<[string, string]> = [
  ['<pubDate>Tue, 15 Mar 2022 07:30:00 GMT</pubDate>', '2022-03-15T07:30:00+00:00'],
  ['<pubDate>Tue, 15 Mar 2022 09:30:00 +0200</pubDate>', '2022-03-15T09:30:00+02:00'],
  ['<pubDate>15 Mar 2022 02:30 EST</pubDate>', '2022-03-15T02:30-05:00'],
  ['<pubDate>Wed, 16 Mar 22 10:00:00 -0400</pubDate>', '2022-03-16T10:00:00-04:00'],
  ['<pubDate>Wed, 16 Mar 2022 12:00:00 UT</pubDate>', '2022-03-16T12:00:00+00:00'],
  ['<dc:date>2022-03-16T14:00:00+01:00</dc:date>', '2022-03-16T14:00:00+01:00'],
  ['<dc:date>2022-03-17T08:00:00Z</dc:date>', '2022-03-17T08:00:00Z'],
  ['<dc:date>2022-03-17</dc:date>', '2022-03-17'],
  ['<pubDate>Thu, 17 Mar 2022 18:45:00 +0000</pubDate>', '2022-03-17T18:45:00+00:00'],
  ['<dc:date>2022-03-18T06:15:00.000+03:00</dc:date>', '2022-03-18T06:15:00.000+03:00'],
];
const FULL = 6;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Northern Desk</title><link>https://desk.example/</link><description>News</description>
${DATES.map(([date], i) => `<item><title>Report ${i + 1} &amp; update</title><link>https://desk.example/r/${i + 1}</link><guid>r-${i + 1}</guid>
<dc:creator>Reporter ${i + 1}</dc:creator>${date}
<description><![CDATA[${i < FULL ? `<p>Short summary ${i + 1}.</p>` : para(i + 1)}]]></description>
${i < FULL ? `<content:encoded><![CDATA[${para(i + 1)}${para(100 + i)}]]></content:encoded>` : ''}</item>`).join('\n')}
</channel></rss>`;

test('feedDate: RFC 822 and ISO 8601 to ISO with the stated offset; anything else null', () => {
  for (const [xml, iso] of DATES) assert.equal(feedDate(/>([^<]+)</.exec(xml)![1]), iso, xml);
  for (const bad of ['yesterday', '32 Mar 2022 10:00 GMT', 'Tue, 15 Foo 2022 07:30:00 GMT', '15 Mar 2022 25:00 GMT', '']) assert.equal(feedDate(bad), null, bad);
});

test('an RSS feed of ten items gives ten documents with titles, links, authors and the feed\'s dates', () => {
  const items = feedItems(RSS, 'desk.rss');
  assert.equal(items.length, 10);
  const docs = items.map((i) => runPipeline(i as RawInput, resolveOptions({ tokens: false })));
  docs.forEach((d, i) => {
    assert.ok(d.ok, `item ${i + 1}: ${(d as Failure).reason}`);
    assertSchema(d);
    assertSpans(d as Analysis);
    const doc = (d as Analysis).document;
    assert.equal(doc.title, `Report ${i + 1} & update`);
    assert.equal(doc.url, `https://desk.example/r/${i + 1}`);
    assert.equal(doc.author, `Reporter ${i + 1}`);
    assert.equal(doc.source, 'Northern Desk');
    assert.deepEqual(doc.published && { value: doc.published.value, source: doc.published.source }, { value: DATES[i]![1], source: 'feed' });
    assert.equal(doc.provenance.title, 'feed');
    assert.equal(doc.origin, `desk.rss#${i + 1} (https://desk.example/r/${i + 1})`);
    assert.match(doc.text, new RegExp(`^Item ${i + 1}: shelling`));
    assert.equal(doc.warnings.includes(SUMMARY_NOTE), i >= FULL, `item ${i + 1}: summary-only note`);
    if (i < FULL) assert.match(doc.text, new RegExp(`Item ${100 + i}:`), 'the full content, not the description');
  });
});

test('Atom, RDF and JSON Feed items: content before summary, the summary marked, titles as plain text', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title type="html">Strike &amp;amp; aftermath</title><link rel="alternate" href="https://a.example/1"/><id>tag:a,1</id><published>2022-03-16T07:00:00+02:00</published><updated>2022-03-17T07:00:00+02:00</updated><author><name>Jo Smith</name></author><summary>Brief.</summary><content type="html">&lt;p&gt;Full text one.&lt;/p&gt;</content></entry>
<entry><title>Second</title><link href="https://a.example/2"/><id>tag:a,2</id><updated>2022-03-18T07:00:00Z</updated><summary type="text">Only a summary.</summary></entry></feed>`;
  const [a1, a2] = feedItems(atom, 'a.atom') as RawInput[];
  assert.deepEqual([a1!.text, a1!.format, a1!.meta.title, a1!.meta.published, a1!.meta.author, a1!.notes], ['<p>Full text one.</p>', 'html', 'Strike & aftermath', '2022-03-16T07:00:00+02:00', 'Jo Smith', undefined]);
  assert.deepEqual([a2!.text, a2!.format, a2!.meta.url, a2!.meta.published, a2!.notes], ['Only a summary.', 'text', 'https://a.example/2', '2022-03-18T07:00:00Z', [SUMMARY_NOTE]]);

  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.example/"><title>RDF Desk</title><link>https://r.example/</link></channel>
<item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><description>Summary one.</description><dc:date>2022-03-16</dc:date><dc:creator>Ann Lee</dc:creator></item></rdf:RDF>`;
  const [r1] = feedItems(rdf, 'r.rdf') as RawInput[];
  assert.deepEqual([r1!.meta, r1!.notes], [{ title: 'One', url: 'https://r.example/1', author: 'Ann Lee', published: '2022-03-16', source: 'RDF Desk' }, [SUMMARY_NOTE]]);

  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSON Desk', items: [
    { id: '1', url: 'https://j.example/1', title: 'J one', content_html: '<p>Html body.</p>', summary: 'S', date_published: '2022-03-16T10:00:00Z', authors: [{ name: 'Kim Park' }] },
    { id: '2', title: 'J two', content_text: 'Plain body.' },
    { id: '3', title: 'J three', summary: 'Just a summary.' },
  ] });
  const [j1, j2, j3] = feedItems(json, 'feed.json') as RawInput[];
  assert.deepEqual([j1!.text, j1!.format, j1!.meta.author, j1!.meta.published], ['<p>Html body.</p>', 'html', 'Kim Park', '2022-03-16T10:00:00Z']);
  assert.deepEqual([j2!.text, j2!.format, j2!.origin, j2!.notes], ['Plain body.', 'text', 'feed.json#2 (2)', undefined]);
  assert.deepEqual([j3!.text, j3!.format, j3!.notes], ['Just a summary.', 'text', [SUMMARY_NOTE]]);
});

test('feeds: not a feed, an empty feed, an item with no text and an unreadable date each say so', () => {
  assert.equal((feedItems('<html><body>hi</body></html>', 'x.xml')[0] as Failure).code, 'BAD_FEED');
  assert.equal((feedItems('<rss version="2.0"><channel><title>T</title></channel></rss>', 'e.rss')[0] as Failure).code, 'EMPTY');
  const [empty, odd] = feedItems('<rss version="2.0"><channel><title>T</title><item><title>No text</title><link>https://t.example/1</link></item><item><title>Odd date</title><description>Text.</description><pubDate>last Tuesday</pubDate></item></channel></rss>', 't.rss');
  assert.deepEqual([(empty as Failure).code, empty!.origin], ['NO_CONTENT', 't.rss#1 (https://t.example/1)']);
  assert.equal((odd as RawInput).meta.published, undefined);
  assert.match((odd as RawInput).notes!.join(' '), /"last Tuesday" is neither RFC 822 nor ISO 8601/);
});

test('feed files are found in folders (.rss, .atom, .rdf, feed.json) and read when named (.xml); a folder\'s other .xml files are not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    writeFileSync(join(dir, 'desk.rss'), RSS);
    writeFileSync(join(dir, 'sitemap.xml'), '<urlset></urlset>');
    const ignored: string[] = [];
    const items: Array<RawInput | Failure> = [];
    for await (const item of readSources([dir], { maxBytes: 1e7, onIgnored: (p) => ignored.push(p) })) items.push(item);
    assert.equal(items.length, 10);
    assert.deepEqual(ignored, [join(dir, 'sitemap.xml')]);
    const named: Array<RawInput | Failure> = [];
    writeFileSync(join(dir, 'desk.xml'), RSS);
    for await (const item of readSources([join(dir, 'desk.xml')], { maxBytes: 1e7 })) named.push(item);
    assert.equal(named.length, 10);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
