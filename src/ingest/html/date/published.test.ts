import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, findDateInText, parseStructuredDate } from './parse.js';
import { sameInstantElsewhere } from './reconcile.js';
import { extractHtml } from '../extract.js';
import type { PublishedDate } from '../../../model/types.js';

/** Reference time of every case: dates after 2024-01-02 are in the future. */
const NOW = Date.UTC(2024, 0, 1, 12);

test('parseStructuredDate: machine values to ISO 8601 with their precision', () => {
  const rows: Array<[string, string, string]> = [
    ['2022-03-16', '2022-03-16', 'day'],
    ['2022-03-16T07:05:00+02:00', '2022-03-16T07:05:00+02:00', 'second'],
    ['2022-03-16T07:05:00.000Z', '2022-03-16T07:05:00Z', 'second'],
    ['2022-03-16T07:05+0200', '2022-03-16T07:05+02:00', 'minute'],
    ['2022-03-16 07:05:09', '2022-03-16T07:05:09', 'second'],
    ['2022/3/6', '2022-03-06', 'day'],
    ['20220316', '2022-03-16', 'day'],
    ['2022-03', '2022-03', 'month'],
    ['1647414000', '2022-03-16T07:00:00Z', 'second'],
    ['Wed, 16 Mar 2022 07:00:00 GMT', '2022-03-16T07:00:00Z', 'second'],
    ['Wed, 16 Mar 2022 07:00:00 +0100', '2022-03-16T07:00:00+01:00', 'second'],
    ['March 16, 2022', '2022-03-16', 'day'],
    ['  16 March 2022 ', '2022-03-16', 'day'],
  ];
  for (const [input, value, precision] of rows) {
    assert.deepEqual(parseStructuredDate(input, NOW), { value, precision }, `input: ${JSON.stringify(input)}`);
  }
});

test('parseStructuredDate: impossible, implausible and non-dates give null', () => {
  const rows = [
    '2022-13-01', // month 13
    '2022-02-30', // no such day
    '2022-03-16T25:00:00Z', // no such hour
    '1985-06-01', // before MIN_YEAR
    '2024-01-05', // four days after NOW
    '2024-01-02T10:00:00-14:00', // the same instant is more than a day ahead
    '2022-03-16T07:00:00+15:00', // no such offset
    'yesterday',
    'Updated',
    '',
    '12345',
    'x'.repeat(500),
  ];
  for (const input of rows) assert.equal(parseStructuredDate(input, NOW), null, `input: ${JSON.stringify(input)}`);
});

test('findDateInText: written dates in several languages and orders', () => {
  const rows: Array<[string, string]> = [
    ['Published 16 March 2022, 07:05', '2022-03-16'],
    ['By Jane Doe | March 16, 2022 | 5 min read', '2022-03-16'],
    ['Mar. 6 2022', '2022-03-06'],
    ['16th of March, 2022', '2022-03-16'],
    ['Veröffentlicht am 16. März 2022', '2022-03-16'],
    ['16 de marzo de 2022', '2022-03-16'],
    ['le 16 mars 2022', '2022-03-16'],
    ['16 березня 2022 року', '2022-03-16'],
    ['16 марта 2022 г.', '2022-03-16'],
    ['Datum: 16.03.2022', '2022-03-16'],
    ['posted 2022-03-16 by admin', '2022-03-16'],
    ['25/03/2022', '2022-03-25'],
    ['03/25/2022', '2022-03-25'],
    ['08/08/2017', '2017-08-08'],
    ['Chapter 5 of 12. Written 3 May 2021 and 4 May 2021', '2021-05-03'],
    ['Von Anna Muster | 28.01.22', '2022-01-28'], // a two-digit year with two-digit day and month
  ];
  for (const [text, value] of rows) assert.equal(findDateInText(text, NOW)?.date.value, value, `text: ${JSON.stringify(text)}`);
});

test('findDateInText: text that must not give a date', () => {
  const rows = [
    'The 300 residents left at 7:30 on foot.',
    '03/04/2022', // day and month could be either
    'Chapter 16, 2022 pages', // not a month
    '31 February 2022',
    '16 March 1812',
    'Flight LH2022 leaves from gate 16',
    'ISBN 978-3-16-148410-0',
    '16 March 2030', // future
    'Version 1.2.3 released', // single digits: a version, not a short date
    'Tabelle 10.12.199', // three digits after the month
    '31.12.24', // a short year after the reference time
  ];
  for (const text of rows) assert.equal(findDateInText(text, NOW), null, `text: ${JSON.stringify(text)}`);
});

test('dateFromUrl: dates in paths, the month alone, and paths without one', () => {
  const rows: Array<[string, string | null]> = [
    ['https://example.com/world/2022/03/16/kharkiv-strikes', '2022-03-16'],
    ['https://example.com/2022-03-16-kharkiv-strikes.html', '2022-03-16'],
    ['https://example.com/news/20220316/kharkiv', '2022-03-16'],
    ['https://example.com/2022/3/6/story', '2022-03-06'],
    ['https://example.com/blog/2022/03/story-title', '2022-03'],
    ['/2022/03/16/relative', '2022-03-16'],
    ['https://example.com/news/world-60712345', null],
    ['https://example.com/article/12345678', null],
    ['https://example.com/2022/13/40/bad', null],
    ['https://20220316.example.com/story', null], // the host is not read
  ];
  for (const [url, value] of rows) assert.equal(dateFromUrl(url, NOW)?.value ?? null, value, `url: ${url}`);
});

test('findDateInText: a found date reports where it ends', () => {
  assert.deepEqual(findDateInText('Stand: 21.01.2022, 09:30', NOW), { date: { value: '2022-01-21', precision: 'day' }, index: 7, end: 17 });
});

test('sameInstantElsewhere: a UTC time and the day it falls on in some time zone', () => {
  const at = (value: string): PublishedDate => ({ value, precision: value.length > 10 ? 'second' : 'day', source: 'json-ld' });
  const rows: Array<[string, string, boolean]> = [
    ['2023-11-09T03:28:35Z', '2023-11-08', true], // 22:28 in New York
    ['2021-11-04T23:00Z', '2021-11-05', true], // midnight in Berlin
    ['2018-12-31T23:11:59+00:00', '2019-01-01', true],
    ['2015-12-12T05:00:37+00:00', '2015-12-13', false], // no zone is 19 hours ahead
    ['2023-11-09T03:28:35Z', '2023-11-07', false],
    ['2023-11-09T03:28:35-05:00', '2023-11-08', false], // the page gave its own offset: its day stands
    ['2023-11-09', '2023-11-08', false], // no time
  ];
  for (const [stated, shown, expected] of rows) assert.equal(sameInstantElsewhere(at(stated), at(shown)), expected, `${stated} vs ${shown}`);
});

const LEDE = '<p>Shelling damaged several residential buildings in the northern suburbs overnight, the regional governor said.</p>';
const ld = (fields: Record<string, string>) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...fields })}</script>`;
const html = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const published = (page: string, url?: string) => {
  const r = extractHtml(page, url ? { url, now: NOW } : { now: NOW }).published;
  return r && `${r.value} ${r.source}`;
};

test('readPublished: stated, shown, URL and written evidence reconciled', () => {
  const rows: Array<[name: string, page: string, url: string | undefined, expected: string | null]> = [
    ['stated and shown agree: the stated value, with its time',
      html(ld({ datePublished: '2022-03-16T07:05:00+02:00' }), '<article><h1>Strikes</h1><p class="date">16 March 2022</p>' + LEDE + '</article>'), undefined, '2022-03-16T07:05:00+02:00 json-ld'],
    ['a stated UTC time is the shown local day',
      html(ld({ datePublished: '2023-11-09T03:28:35Z' }), '<article><h1>Vote count</h1><p class="byline">November 8, 2023</p>' + LEDE + '</article>'), undefined, '2023-11-08 text'],
    ['a stated time with its own offset keeps its day',
      html(ld({ datePublished: '2023-11-09T03:28:35+02:00' }), '<article><h1>Vote count</h1><p class="byline">November 8, 2023</p>' + LEDE + '</article>'), undefined, '2023-11-09T03:28:35+02:00 json-ld'],
    ['the URL breaks a tie for the shown date',
      html(ld({ datePublished: '2022-03-20' }), '<article><h1>Strikes</h1><p class="date">16 March 2022</p>' + LEDE + '</article>'), 'https://example.com/2022/03/16/strikes', '2022-03-16 text'],
    ['the URL breaks a tie for the stated date',
      html(ld({ datePublished: '2022-03-20' }), '<article><h1>Strikes</h1><p class="date">16 March 2022</p>' + LEDE + '</article>'), 'https://example.com/2022/03/20/strikes', '2022-03-20 json-ld'],
    ['a shown date that is the stated update date wins',
      html(ld({ datePublished: '2020-01-10', dateModified: '2023-01-01T14:00:00+01:00' }), '<article><h1>Funds</h1><p class="date">01.01.2023</p>' + LEDE + '</article>'), undefined, '2023-01-01 text'],
    ['a shown date that a "Published:" label confirms wins',
      html('<meta property="article:published_time" content="2021-10-15">', '<article><h1>New president</h1><p class="date">13.10.2021</p>' + LEDE + '<p>Published: 13.10.2021</p></article>'), undefined, '2021-10-13 text'],
    ['a meta tag a few days off the shown date, with no modification date: the shown date',
      html('<meta property="article:published_time" content="2022-01-26T14:32:06+02:00">', '<article><h1>Freeride</h1><p class="date">21.01.2022 - 13:30</p>' + LEDE + '</article>'), undefined, '2022-01-21 text'],
    ['the same gap with a stated modification date: the meta tag stands',
      html('<meta property="article:published_time" content="2022-01-26"><meta property="article:modified_time" content="2022-01-26">', '<article><h1>Freeride</h1><p class="date">21.01.2022</p>' + LEDE + '</article>'), undefined, '2022-01-26 meta-tag'],
    ['a meta tag far off the shown date stands',
      html('<meta property="article:published_time" content="2021-12-01">', '<article><h1>Freeride</h1><p class="date">21.01.2022</p>' + LEDE + '</article>'), undefined, '2021-12-01 meta-tag'],
    ['otherwise the stated date stands',
      html(ld({ datePublished: '2022-03-16' }), '<article><h1>Strikes</h1><p class="date">20 March 2022</p>' + LEDE + '</article>'), undefined, '2022-03-16 json-ld'],
    ['a full URL date outranks a date written in the text',
      html('', '<article><h1>Strikes</h1><p>Updated 18 October 2021.</p>' + LEDE + '</article>'), 'https://example.com/2021-10-20/strikes', '2021-10-20 url'],
    ['a month-only URL does not overrule the shown date',
      html('', '<article><h1>Strikes</h1><p class="date">10 November 2021</p>' + LEDE + '</article>'), 'https://example.com/2021/10/strikes', '2021-11-10 text'],
    ['a month-only URL gets its day from the page text',
      html('', '<div><h3>Notes</h3>' + LEDE + '<p>Sources: 3 March 2020; written 19 May 2010.</p></div>'), 'https://example.com/2010/05/typography', '2010-05-19 text'],
    ['no evidence at all: the first date in the page text',
      html('', '<div><h3>Notes</h3>' + LEDE + '<p>Written by Anna on 14 December 2015 at 14:48.</p></div>'), undefined, '2015-12-14 text'],
    ['a month-only URL gets its day from a sidebar when the article text has none',
      html('', '<div id="content"><h3>Notes</h3>' + LEDE + '</div><div id="sidebar"><h2>About</h2><p class="news"><a href="/x">Literature and animated typography in the age of screens</a> on 19 May 2010</p></div>'), 'https://example.com/2010/05/typography', '2010-05-19 text'],
    ['no date in the article text: the first in the whole page, links included',
      html('', '<div class="teaser"><a href="/appeal"><div class="authored">10.11.2021</div><h2>Appeal</h2></a></div><div>' + LEDE + '</div>'), undefined, '2021-11-10 text'],
    ['...but never a date labelled as an edit\'s',
      html('', '<div>' + LEDE + '</div><footer><ul><li>This page was last modified on 4 November 2020, at 19:23</li></ul></footer>'), undefined, null],
    ['nothing dated: no answer', html('', '<div>' + LEDE + '</div>'), undefined, null],
  ];
  for (const [name, page, url, expected] of rows) assert.equal(published(page, url), expected, name);
});

test('readPublished: which <time> and date line belong to the article', () => {
  const rows: Array<[name: string, page: string, expected: string | null]> = [
    ['a <time> in the comments is not the article\'s',
      html('', '<main><h1>Strikes</h1>' + LEDE + '<ol class="comment-list"><li><time datetime="2019-08-24T03:36:11+02:00">24 August</time></li></ol><p>Released 16.08.2019</p></main>'), '2019-08-16 text'],
    ['a <time> in an aside is not the article\'s',
      html('', '<main><h1>Strikes</h1>' + LEDE + '<aside><time datetime="2019-07-30">30 July</time></aside></main><p>27.06.2019</p>'), '2019-06-27 text'],
    ['today\'s date in the banner is not the article\'s',
      html('', '<header><div class="navtop"><time datetime="2023-11-01">1 November 2023</time></div></header><div><h2>Drag queens</h2><p><span class="text_datum">31. Oktober 2023.</span></p>' + LEDE + '</div>'), '2023-10-31 text'],
    ['a marked <time> of the article before a marked one elsewhere',
      html('', '<div class="teaser"><p class="publication"><time datetime="2019-09-22T07:30:29Z">22 Sept</time></p></div><article><header><h1>Strikes</h1><p class="publication"><time datetime="2019-06-28T13:49:45Z">28 June</time></p></header>' + LEDE + '</article>'), '2019-06-28T13:49:45Z time-element'],
    ['the date line nearest the headline, even above it',
      html('', '<div><ul><li class="artikeldatum">25. November 2021 16:11 Uhr</li></ul><h2>Somersault</h2>' + LEDE + '<div><div><div><div><ul><li class="artikeldatum">1. Dezember 2021</li></ul><h2>Other story</h2></div></div></div></div></div>'), '2021-11-25 text'],
    ['a Drupal "submitted" line is a date line',
      html('', '<div><h1>FairCoin</h1><div class="submitted">Saved by rasos on 24. Juli 2017 - 18:55</div>' + LEDE + '</div>'), '2017-07-24 text'],
  ];
  for (const [name, page, expected] of rows) assert.equal(published(page), expected, name);
});

test('readPublished: a date held as data by a page script, after JSON-LD and meta tags', () => {
  const app = (data: string) => `<script>window.__STATE__ = ${data};</script>`;
  const rows: Array<[string, string, string | null, string | null]> = [
    ['a JSON state object', app('{"article":{"id":7,"publishedAt":"2021-03-04T10:00:00+01:00"}}'), '2021-03-04T10:00:00+01:00', 'script'],
    ['a JavaScript object literal', app("{title: 'x', published_date: '2020-11-02'}"), '2020-11-02', 'script'],
    ['JSON-LD wins over script data', ld({ datePublished: '2019-05-01' }) + app('{"publishedAt":"2021-03-04"}'), '2019-05-01', 'json-ld'],
    ['a date under another key is not read', app('{"registration_date":"2013-02-16T01:56:01-05:00"}'), null, null],
    ['a future date is not read', app('{"publishedAt":"2031-01-01"}'), null, null],
  ];
  for (const [name, head, value, source] of rows) {
    const r = extractHtml(html(head, `<article>${LEDE.repeat(3)}</article>`), { now: NOW });
    assert.equal(r.published?.value ?? null, value, name);
    assert.equal(r.published?.source ?? null, source, name);
  }
});
