import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { declaredCharset, extractHtml, MIN_ARTICLE_CHARS, type HtmlExtraction } from './extract.js';
import { dropBlockWhitespace } from './prepare.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHARED = resolve(ROOT, process.env.SITREP_SHARED ?? '../shared');
const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'html', name), 'utf8');
/** Reference time of every case, so that the future-date rule does not depend on the day the tests run. */
const NOW = Date.UTC(2024, 0, 1);
const extract = (html: string, url?: string) => extractHtml(html, url ? { url, now: NOW } : { now: NOW });

const STORY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: shelling damaged several residential buildings in the northern suburbs overnight, the regional governor said, and emergency crews worked until dawn.</p>`).join('');
/** A small page with `head` markup and an article body long enough for Readability. */
const page = (head: string, body = '', lang = '') =>
  `<!DOCTYPE html><html${lang}><head>${head}</head><body>${body}<article><h1>Strikes hit the suburbs</h1>${STORY}</article></body></html>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (key: string, content: string, attr = 'property') => `<meta ${attr}="${key}" content="${content}">`;

test('extractHtml: paragraph structure of a full article', () => {
  const r = extract(fixture('article.html'));
  assert.deepEqual(r.method, { step: 1, name: 'readability', trimmed: 2 }, 'the byline and the date line are metadata, not text');
  assert.ok(r.text.startsWith('Several residential buildings'), r.text.slice(0, 80));
  const paragraphs = r.text.split('\n\n');
  assert.ok(paragraphs.includes('Evacuation continues'), 'a heading is its own paragraph');
  assert.ok(paragraphs.includes('• restore power to the Saltivka district'), 'a list item is its own paragraph with a bullet');
  assert.ok(paragraphs.includes('• repair the water main on Heroiv Pratsi street'), 'inline markup inside an item is flattened');
  assert.ok(paragraphs.includes('We will rebuild every house, the mayor said.'), 'a blockquote is kept');
  assert.ok(paragraphs.includes('Residents who stayed described a sleepless night.\nSirens sounded four times.'), 'one <br> is a line break');
  assert.ok(paragraphs.includes('Most people spent the night in metro stations.'), 'two <br> end a paragraph');
  assert.ok(r.text.includes('Several residential buildings'), 'white space inside a paragraph is collapsed');
  assert.ok(r.text.includes('“We are still counting,” he told reporters outside the city’s main hospital, where the wounded were taken & treated.'), 'entities are decoded');
  for (const bad of ['<', 'Advertisement', 'not text', 'commented out', 'Politics', 'All rights reserved', '\n\n\n', '  ']) {
    assert.ok(!r.text.includes(bad), `text must not contain ${JSON.stringify(bad)}`);
  }
  assert.deepEqual(r.warnings, []);
});

test('extractHtml: metadata of a full article', () => {
  const r = extract(fixture('article.html'), 'https://ledger.example.com/world/live');
  assert.equal(r.title, 'Strikes hit Kharkiv suburbs overnight');
  assert.equal(r.author, 'Marta Kovalenko', 'the JSON-LD @id reference is followed; the URL in meta author is not a name');
  assert.equal(r.source, 'The Daily Ledger');
  assert.equal(r.url, 'https://ledger.example.com/world/2022/03/16/kharkiv-strikes', 'a relative canonical URL is resolved');
  assert.equal(r.language, 'en');
  assert.deepEqual(r.published, { value: '2022-03-16T07:05:00+02:00', precision: 'second', source: 'json-ld' });
});

type Row = [name: string, html: string, url: string | undefined, expected: Partial<HtmlExtraction>];
const date = (value: string, source: string, precision = value.length === 10 ? 'day' : 'second') => ({ published: { value, precision, source } as HtmlExtraction['published'] });

const DATE_ROWS: Row[] = [
  ['JSON-LD NewsArticle in @graph', page(ld({ '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2022-03-16' }] })), undefined, date('2022-03-16', 'json-ld')],
  ['JSON-LD array, ReportageNews', page(ld([{ '@type': 'Organization', name: 'x' }, { '@type': 'ReportageNews', datePublished: '2022-03-16T07:05:00Z' }])), undefined, date('2022-03-16T07:05:00Z', 'json-ld')],
  ['JSON-LD article before WebPage', page(ld([{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': 'Article', datePublished: '2022-03-16' }])), undefined, date('2022-03-16', 'json-ld')],
  ['JSON-LD with a raw newline inside a string', page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"a\nb","datePublished":"2022-03-16"}</script>'), undefined, date('2022-03-16', 'json-ld')],
  ['JSON-LD inside a CDATA section', page('<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2022-03-16"}\n//]]></script>'), undefined, date('2022-03-16', 'json-ld')],
  ['JSON-LD that is not JSON', page('<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": "2022-03-16",,}</script>'), undefined, date('2022-03-16', 'json-ld')],
  ['article:published_time, not modified_time', page(meta('article:modified_time', '2022-03-20') + meta('article:published_time', '2022-03-16T07:05:00+02:00')), undefined, date('2022-03-16T07:05:00+02:00', 'meta-tag')],
  ['og:published_time', page(meta('og:published_time', '2022-03-16')), undefined, date('2022-03-16', 'meta-tag')],
  ['itemprop datePublished meta', page(meta('datePublished', '2022-03-16', 'itemprop')), undefined, date('2022-03-16', 'meta-tag')],
  ['itemprop datePublished element', page('', '<span itemprop="datePublished" content="2022-03-16">16 March</span>'), undefined, date('2022-03-16', 'meta-tag')],
  ['pubdate', page(meta('pubdate', '20220316', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['publishdate', page(meta('publishdate', '2022-03-16', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['date', page(meta('date', '2022-03-16', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['dc.date', page(meta('dc.date', '2022-03-16', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['DC.date.issued', page(meta('DC.date.issued', '2022-03-16', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['sailthru.date', page(meta('sailthru.date', 'Wed, 16 Mar 2022 07:05:00 GMT', 'name')), undefined, date('2022-03-16T07:05:00Z', 'meta-tag')],
  ['parsely-pub-date', page(meta('parsely-pub-date', '2022-03-16T07:05:00Z', 'name')), undefined, date('2022-03-16T07:05:00Z', 'meta-tag')],
  ['a meta date that fails to parse is skipped', page(meta('article:published_time', '2022-13-45') + meta('dc.date', '2022-03-16', 'name')), undefined, date('2022-03-16', 'meta-tag')],
  ['<time pubdate>', page('', '<aside><time datetime="2021-01-01">old</time></aside><time pubdate datetime="2022-03-16">16 March</time>'), undefined, date('2022-03-16', 'time-element')],
  ['<time> in the article header', `<html><body><div class="widget"><time datetime="2021-01-01">x</time></div><article><header><h1>T</h1><time datetime="2022-03-16T09:00:00+01:00">x</time></header>${STORY}</article></body></html>`, undefined, date('2022-03-16T09:00:00+01:00', 'time-element')],
  ['URL /yyyy/mm/dd/', page(''), 'https://example.com/world/2022/03/16/strikes', date('2022-03-16', 'url')],
  ['URL /yyyymmdd/', page(''), 'https://example.com/news/20220316/strikes', date('2022-03-16', 'url')],
  ['URL yyyy-mm-dd', page(''), 'https://example.com/2022-03-16-strikes.html', date('2022-03-16', 'url')],
  ['text "16 March 2022" under the headline', `<html><body><h1>Strikes</h1><p class="meta">Kyiv, 16 March 2022</p>${STORY}</body></html>`, undefined, date('2022-03-16', 'text')],
  ['text "March 16, 2022" in a byline', `<html><body><h1>Strikes</h1><div>By Jane Doe · March 16, 2022</div>${STORY}</body></html>`, undefined, date('2022-03-16', 'text')],
  ['URL month, day from the text', `<html><body><h1>Strikes</h1>${STORY}<p>Filed on 16 March 2022.</p></body></html>`, 'https://example.com/2022/03/strikes', date('2022-03-16', 'text')],
  ['no date at all', page(''), 'https://example.com/news/strikes', { published: null }],
  ['only impossible or future dates', page(meta('article:published_time', '2022-02-30') + meta('date', '2031-01-01', 'name') + meta('dc.date', '1970-01-01', 'name')), undefined, { published: null }],
];

const META_ROWS: Row[] = [
  ['author: JSON-LD array of people', page(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, 'John Roe'] })), undefined, { author: 'Jane Doe, John Roe' }],
  ['author: "By" is removed', page(meta('author', 'By Jane Doe', 'name')), undefined, { author: 'Jane Doe' }],
  ['author: a URL is not a name', page(meta('article:author', 'https://facebook.com/jane') + meta('parsely-author', 'Jane Doe', 'name')), undefined, { author: 'Jane Doe' }],
  ['author: menu words are not a name', page(meta('author', 'Home', 'name'), '<a rel="author" href="/j">Jane Doe</a>'), undefined, { author: 'Jane Doe' }],
  ['author: a date is not a name', page(meta('author', '16 March 2022', 'name')), undefined, { author: null }],
  ['source: og:site_name', page(meta('og:site_name', 'Kyiv Independent')), undefined, { source: 'Kyiv Independent' }],
  ['source: JSON-LD publisher', page(ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Ukrainska Pravda' } })), undefined, { source: 'Ukrainska Pravda' }],
  ['source: application-name', page(meta('application-name', 'Meduza', 'name')), undefined, { source: 'Meduza' }],
  ['url: og:url', page(meta('og:url', 'https://example.com/a')), 'https://example.com/a?utm=x', { url: 'https://example.com/a' }],
  ['url: JSON-LD mainEntityOfPage', page(ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://example.com/b' } })), undefined, { url: 'https://example.com/b' }],
  ['url: the one passed in', page(''), 'https://example.com/c', { url: 'https://example.com/c' }],
  ['url: none', page(''), undefined, { url: null }],
  ['language: <html lang>', page('', '', ' lang="uk-UA"'), undefined, { language: 'uk' }],
  ['language: content-language', page(meta('content-language', 'de-AT', 'http-equiv')), undefined, { language: 'de' }],
  ['language: og:locale', page(meta('og:locale', 'en_US')), undefined, { language: 'en' }],
  ['title: site name removed from <title>', page('<title>Strikes hit the suburbs - Kyiv Post</title>' + meta('og:site_name', 'Kyiv Post')), undefined, { title: 'Strikes hit the suburbs' }],
  ['title: JSON-LD headline first', page('<title>x</title>' + ld({ '@type': 'NewsArticle', headline: 'Headline from JSON-LD' })), undefined, { title: 'Headline from JSON-LD' }],
];

test('extractHtml: every metadata source, table-driven', () => {
  for (const [name, html, url, expected] of [...DATE_ROWS, ...META_ROWS]) {
    const r = extract(html, url);
    for (const [key, value] of Object.entries(expected)) {
      assert.deepEqual(r[key as keyof HtmlExtraction], value, `${name}: ${key}\n${html.slice(0, 300)}`);
    }
  }
});

test('extractHtml: a blog page, its <time pubdate> over the sidebar and the update', () => {
  const r = extract(fixture('blog-time.html'));
  assert.deepEqual(r.published, { value: '2022-04-02T18:20', precision: 'minute', source: 'time-element' });
  assert.equal(r.author, 'Olena Shevchenko');
  assert.equal(r.source, 'Field Notes Blog');
  assert.equal(r.title, 'Field notes: the road to Mykolaiv');
  assert.equal(r.language, 'en');
  assert.ok(r.text.startsWith('The road south from Kryvyi Rih'), r.text.slice(0, 80));
});

/** `n` nested <div>: deeper than Readability is given, so the fallback steps run. */
const deep = (inner: string, n = 150) => `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;
const sentence = 'Residents of the city queued for water at the distribution points set up by volunteers. ';

test('extractHtml: the fallback cascade records which step won', () => {
  const rows: Array<[string, string, number, string]> = [
    ['Readability', page(''), 1, 'readability'],
    ['largest block of paragraphs', deep(`<div><p>${sentence.repeat(2)}</p><p>${sentence.repeat(2)}</p></div><div><p>${sentence}</p></div>`), 2, 'largest-block'],
    ['all paragraphs', deep(['a', 'b', 'c', 'd'].map((x) => `<section><div><p>${x}: ${sentence}</p></div></section>`).join('')), 2, 'all-paragraphs'],
    ['whole body text', deep(`<div>${sentence.repeat(2)}<br>${sentence.repeat(2)}</div>`), 3, 'body-text'],
  ];
  for (const [name, html, step, method] of rows) {
    const r = extract(html);
    assert.deepEqual({ step: r.method.step, name: r.method.name }, { step, name: method }, `${name}: ${JSON.stringify(r.warnings)}`);
    assert.ok(r.text.length >= MIN_ARTICLE_CHARS, `${name}: ${r.text.length} characters`);
  }
});

test('extractHtml: broken and hostile pages never throw', () => {
  const unclosed = extract(fixture('unclosed.html'));
  assert.match(unclosed.text, /^The first paragraph of this story/);
  assert.match(unclosed.text, /Last paragraph of the unclosed page/);
  const noBody = extract(fixture('no-body.html'));
  assert.equal(noBody.title, 'Ceasefire talks resume in Istanbul');
  assert.equal(noBody.text.split('\n\n').length, 3, noBody.text);
  const frames = extract(fixture('frameset.html'));
  assert.equal(frames.text, '');
  assert.ok(frames.warnings.some((w) => w.includes('frameset')), frames.warnings.join('; '));
  const nav = extract(fixture('navigation.html'));
  assert.equal(nav.text, '', `a page of links has no article text: ${nav.text.slice(0, 100)}`);
  const junk = extract(String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  assert.equal(junk.text, '');
  assert.ok(junk.warnings.some((w) => w.includes('binary')));
  const comments = extract(`<html><body><!----- ad code -----!><p>${sentence}</p><!--><p>${sentence}</p></body></html>`);
  assert.equal(comments.text, `${sentence.trim()}\n\n${sentence.trim()}`, 'comments closed by --!> and <!--> end where browsers end them');
  const odd = ['', '<', '<html', '<!--', '<script>', '<p>', '</div></div>', '<html><body></body></html>', 'plain text, no tags', '<svg><p>x', deep('x', 5000)];
  for (const html of odd) assert.doesNotThrow(() => extract(html), JSON.stringify(html.slice(0, 40)));
  assert.equal(extract('plain text, no tags').text, 'plain text, no tags');
});

test('extractHtml: a 20 MB page is cut to size, not hung on', () => {
  const para = `<p>${sentence.repeat(5)}</p>\n`;
  const script = `<script>var data = "${'x'.repeat(1000)}";</script>\n`;
  const html = `<html><head><title>Big</title></head><body><article>${(script + para.repeat(20)).repeat(Math.ceil(20e6 / (script.length + para.length * 20)))}</article></body></html>`;
  assert.ok(html.length >= 20e6);
  const started = performance.now();
  const r = extract(html);
  const ms = performance.now() - started;
  assert.ok(ms < 15_000, `took ${Math.round(ms)} ms`);
  assert.ok(r.text.length > 100_000, `${r.text.length} characters`);
  assert.ok(r.warnings.some((w) => w.includes('only the first')), r.warnings.join('; '));
});

test('declaredCharset: <meta charset> and http-equiv, lower-cased', () => {
  const rows: Array<[string, string | null]> = [
    ['<html><head><meta charset="UTF-8">', 'utf-8'],
    ["<meta charset='windows-1251'/>", 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'iso-8859-1'],
    [`<!-- ${'x'.repeat(3000)} --><meta charset=koi8-r>`, 'koi8-r'],
    ['<meta name="description" content="no charset here">', null],
    ['', null],
  ];
  for (const [head, expected] of rows) assert.equal(declaredCharset(new TextEncoder().encode(head)), expected, head.slice(0, 60));
});

test('extractHtml: real pages give text', (t) => {
  const dir = join(SHARED, 'eval', 'extraction', 'readability', 'input');
  if (!existsSync(dir)) {
    t.skip(`real pages not found at ${dir} (set SITREP_SHARED to the shared data folder)`);
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, 10);
  const empty = files.filter((f) => extractHtml(gunzipSync(readFileSync(join(dir, f))).toString('utf8')).text.trim() === '');
  assert.ok(files.length > 0, 'no pages in the folder');
  assert.ok(empty.length <= files.length * 0.2, `no text from ${empty.join(', ')}`);
});

test('extractHtml: a <title> never closed does not swallow the page', () => {
  const html = `<html><head><title>Strikes hit the suburbs\n<script>var a = 1;</script></head><body><article>${STORY}</article></body></html>`;
  const r = extract(html);
  assert.equal(r.title, 'Strikes hit the suburbs');
  assert.match(r.text, /^Paragraph 1: shelling/);
  assert.ok(r.warnings.some((w) => w.includes('<title> element is never closed')), r.warnings.join('; '));
});

test('dropBlockWhitespace: layout white space goes, white space that separates words stays', () => {
  const rows: Array<[string, string]> = [
    ['<div>\n  <p>One.</p>\n  <p>Two.</p>\n</div>', '<div><p>One.</p><p>Two.</p></div>'],
    ['<ul>\n\t<li>a</li>\n\t<li>b</li>\n</ul>', '<ul><li>a</li><li>b</li></ul>'],
    // Between inline elements and inside text, a space is a word break.
    ['<p><b>Kyiv</b> <i>said</i></p>', '<p><b>Kyiv</b> <i>said</i></p>'],
    ['<p>shelling <a href="/x">near</a> the city</p>', '<p>shelling <a href="/x">near</a> the city</p>'],
    // Inside <pre>, all of it is text.
    ['<div>\n<p>a</p>\n<pre>\n  <div>\n  x</div>\n</pre></div>', '<div><p>a</p>\n<pre>\n  <div>\n  x</div>\n</pre></div>'],
    // A space before text (not a tag) is kept.
    ['<p> text</p>', '<p> text</p>'],
  ];
  for (const [input, expected] of rows) assert.equal(dropBlockWhitespace(input), expected, JSON.stringify(input));
});

test('extractHtml: NUL bytes in the text (a UTF-16 part in a UTF-8 page) are dropped, not read as line breaks (fuzz seed 1, input 170)', () => {
  const utf16 = [...'Kyiv was shelled overnight'].join('\u0000');
  // Past the part sniffed for binary data (a NUL there makes the page binary).
  const body = Array.from({ length: 150 }, (_, i) => `Officials said ${i + 1} homes had no power after the shelling of the night.`).join(' ');
  const page = `<html><body><article><p>${body}</p><p>${utf16}\u0000 and residents left the city as the shelling went on for a third day, officials in the region said.</p></article></body></html>`;
  const out = extractHtml(page, {});
  assert.ok(out.text.includes('Kyiv was shelled overnight and residents left the city'), JSON.stringify(out.text.slice(-120)));
  assert.ok(!out.text.includes('\u0000'));
  assert.ok(out.text.split('\n').length <= 3, `${out.text.split('\n').length} lines`);
});
