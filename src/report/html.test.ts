/** The HTML report never lets article text become markup: every tag in the page is one the renderer
 * writes, no attribute is an event handler, and the article's own angle brackets come out as text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { buildReport } from './build.js';
import { inputOf, withFigure, withQuote } from '../../test/fixtures/report.js';
import { renderHtml } from './html.js';
import { mapSvg } from './map.js';
import { renderMarkdown } from './markdown.js';
import { resolveReportOptions } from './options.js';
import { assertInert } from '../../test/report-checks.js';

const EVIL = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';

function evil() {
  let a = report('<i onmouseover="alert(3)">Evil</i> News', '2022-03-01', [{
    ...KIND.shelling, sentence: `A missile hit Kyiv, killing 4 people ${EVIL}`, trigger: 'missile hit', date: '2022-03-01', place: PLACES.kyiv, killed: 4,
  }], `Residents said ${IMG} they would stay.`);
  a = withFigure(a, '4', 'killed', 4, { of: '<b>people</b>', sourceName: '<svg onload=alert(4)>' });
  a = withQuote(a, `${IMG} they would stay`, '<script>x()</script> Residents', { direct: false });
  return a;
}

test('HTML: article text with script tags and event handlers comes out as text', () => {
  const html = renderHtml(buildReport(inputOf([evil()]), resolveReportOptions({ format: 'html' })));
  assertInert(html);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag as text');
  assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'), 'the img tag as text');
  assert.ok(html.includes('&lt;svg onload=alert(4)&gt;'), 'the source name as text');
  assert.ok(html.includes('&lt;i onmouseover=&quot;alert(3)&quot;&gt;Evil&lt;/i&gt; News'), 'the outlet as text');
});

test('Markdown: the same text is escaped so that a viewer does not render it as HTML', () => {
  const md = renderMarkdown(buildReport(inputOf([evil()]), resolveReportOptions({})));
  assert.doesNotMatch(md, /(^|[^\\])<(script|img|svg|i|b)\b/);
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
});

test('the map draws an event at its place over Natural Earth outlines, and leaves out events placed only at country level', () => {
  const kyiv = report('Wire', '2022-03-01', [{ ...KIND.shelling, sentence: 'A missile hit Kyiv.', trigger: 'missile hit', date: '2022-03-01', place: PLACES.kyiv }]);
  const country = report('Daily', '2022-03-02', [{ ...KIND.clash, sentence: 'Troops clashed in Ukraine.', trigger: 'clashed', date: '2022-03-02', place: PLACES.ukraine }]);
  const r = buildReport(inputOf([kyiv, country]), resolveReportOptions({ format: 'html' }));
  const svg = mapSvg(r);
  assert.equal([...svg.matchAll(/<circle /g)].length, 1);
  assert.match(svg, /<title>Kyiv: 1 event<\/title>/);
  assert.match(svg, /<path d="M[\d.]+,[\d.]+L/, 'country outlines');
  assert.match(svg, /1 event placed only at country or region level or not placed is not drawn/);
  assert.equal(mapSvg(buildReport(inputOf([country]), resolveReportOptions({}))), '', 'no map without a placed event');
});
