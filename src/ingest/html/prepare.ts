/**
 * Cheap work on the HTML string before it is parsed, each part linear in the page size even when
 * tags are left open: take out comments and the elements that never hold article text (scripts,
 * styles, inline SVG, templates, noscript, navigation, form controls, iframes) while keeping the
 * JSON-LD blocks aside for the metadata readers; give the page one html/head/body skeleton; cut
 * pages too large to parse in reasonable time; flatten pages nested too deep to parse.
 */

export interface Prepared {
  /** The HTML to parse. */
  html: string;
  /** Contents of `<script type="application/ld+json">` blocks, in page order. */
  jsonLd: string[];
  /** Publication dates that other scripts hold as data (`"publishedAt": "2021-03-04T10:00:00Z"`), in
   * page order: many pages built by JavaScript state their date only there. */
  scriptDates: string[];
  warnings: string[];
}

/**
 * Longest HTML parsed, in characters, after scripts and styles are gone: four times the largest real
 * article page measured (1 MB, a long Wikipedia article); parsing this much takes about 2 s at most.
 */
export const MAX_PARSE_CHARS = 4_000_000;

/**
 * Deepest nesting parsed as it is: 25 times the deepest real page measured (40). linkedom's parser
 * takes time in the square of the depth (0.26 s at 20,000 levels, 4.3 s at 80,000).
 */
export const MAX_PARSE_DEPTH = 1_000;

/** Elements dropped with their content. Script and style end only at their end tag, as in a browser. */
const DROPPED = ['script', 'style', 'svg', 'template', 'noscript', 'nav', 'select', 'button', 'textarea', 'iframe'] as const;
type Dropped = (typeof DROPPED)[number];
const RAW_TEXT: ReadonlySet<Dropped> = new Set(['script', 'style']);
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

export function prepareHtml(page: string): Prepared {
  const warnings: string[] = [];
  const input = closeTitle(page, warnings);
  const jsonLd: string[] = [];
  const scriptDates: string[] = [];
  const kept: string[] = [];
  const opener = new RegExp(`<!--|<(${DROPPED.join('|')})(?=[\\s/>])`, 'gi');
  const closers = new Map(DROPPED.map((tag) => [tag, new RegExp(`</${tag}\\s*>`, 'gi')]));
  let from = 0;
  for (let m = opener.exec(input); m; m = opener.exec(input)) {
    const start = m.index;
    kept.push(input.slice(from, start));
    if (m[0] === '<!--') {
      const end = commentEnd(input, start + 4);
      if (end < 0) return finish(kept, jsonLd, scriptDates, warnings, 'an HTML comment is never closed; the page after it was ignored');
      from = opener.lastIndex = end;
      continue;
    }
    const tag = m[1]!.toLowerCase() as Dropped;
    const tagEnd = input.indexOf('>', start);
    const closer = closers.get(tag)!;
    closer.lastIndex = tagEnd < 0 ? input.length : tagEnd + 1;
    const close = tagEnd < 0 ? null : closer.exec(input);
    if (!close) {
      if (RAW_TEXT.has(tag)) return finish(kept, jsonLd, scriptDates, warnings, `a <${tag}> element is never closed; the page after it was ignored`);
      from = opener.lastIndex = tagEnd < 0 ? input.length : tagEnd + 1; // drop the lone start tag only
      continue;
    }
    if (tag === 'script') {
      if (JSON_LD_TYPE.test(input.slice(start, tagEnd))) jsonLd.push(input.slice(tagEnd + 1, close.index));
      else if (scriptDates.length < MAX_SCRIPT_DATES) readScriptDates(input.slice(tagEnd + 1, close.index), scriptDates);
    }
    from = opener.lastIndex = close.index + close[0].length;
  }
  kept.push(input.slice(from));
  return finish(kept, jsonLd, scriptDates, warnings, null);
}

/**
 * A `<title>` without its end tag swallows the rest of the page (a parser reads everything up to
 * `</title>` as its text). Such a title is closed where its first line or its first tag begins.
 */
function closeTitle(input: string, warnings: string[]): string {
  const open = /<title(?:\s[^>]*)?>/i.exec(input);
  if (!open || /<\/title\s*>/i.test(input)) return input;
  const from = open.index + open[0].length;
  const ends = [input.indexOf('\n', from), input.indexOf('<', from)].filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : input.length;
  warnings.push('the <title> element is never closed; it was closed at the end of its first line');
  return `${input.slice(0, end)}</title>${input.slice(end)}`;
}

/** Where a comment whose body starts at `from` ends, as browsers read it: `-->`, `--!>`, or at
 * once for `<!-->` and `<!--->`; -1 when it never does. */
function commentEnd(input: string, from: number): number {
  if (input.startsWith('>', from)) return from + 1;
  if (input.startsWith('->', from)) return from + 2;
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(input);
  return m ? m.index + m[0].length : -1;
}

/** Most script dates kept: the first ones are the page's own; later ones are lists of other stories. */
const MAX_SCRIPT_DATES = 4;
/** A publication-date key and its quoted value in script data (JSON or JavaScript object literals). */
const SCRIPT_DATE = /["']?\b(?:datePublished|date_published|publishedAt|published_at|publishDate|publish_date|publishedDate|published_date|pubDate|pub_date|publicationDate|publication_date|firstPublished(?:At|Date)?|first_published_at)\b["']?\s*[:=]\s*["']([^"'<>]{8,40})["']/g;

function readScriptDates(script: string, out: string[]): void {
  if (!/publi|pubdate|pub_date/i.test(script)) return;
  SCRIPT_DATE.lastIndex = 0;
  for (let m = SCRIPT_DATE.exec(script); m && out.length < MAX_SCRIPT_DATES; m = SCRIPT_DATE.exec(script)) out.push(m[1]!);
}

function finish(kept: string[], jsonLd: string[], scriptDates: string[], warnings: string[], problem: string | null): Prepared {
  if (problem) warnings.push(problem);
  let html = dropBlockWhitespace(skeleton(kept.join('')));
  if (html.length > MAX_PARSE_CHARS) {
    const cut = html.lastIndexOf('<', MAX_PARSE_CHARS);
    html = html.slice(0, cut > 0 ? cut : MAX_PARSE_CHARS);
    warnings.push(`the page has ${mb(kept.reduce((n, s) => n + s.length, 0))} of HTML besides scripts and styles; only the first ${mb(MAX_PARSE_CHARS)} were read`);
  }
  if (nestingDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) {
    html = flatten(html);
    warnings.push(`the page nests elements more than ${MAX_PARSE_DEPTH} deep (unclosed tags); its markup was flattened to paragraphs`);
  }
  return { html, jsonLd, scriptDates, warnings };
}

/** Elements with no end tag, which never nest. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements the parser closes when a sibling opens (an unclosed <p> before the next <p>). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'rt', 'rp']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * How deep the page's elements nest, counted from the tags alone, stopping once past `limit`. An
 * upper estimate: it does not apply all of the parser's implied end tags. A scan with `indexOf`
 * rather than a pattern: it runs on every page.
 */
export function nestingDepth(html: string, limit: number): number {
  let [depth, max] = [0, 0];
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const closing = html.charCodeAt(i + 1) === SLASH;
    const start = closing ? i + 2 : i + 1;
    let end = start;
    while (end < html.length && isNameChar(html.charCodeAt(end), end === start)) end++;
    if (end === start) continue; // "<" in text, "<!doctype"
    const name = html.slice(start, end).toLowerCase();
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name)) continue;
    const gt = html.indexOf('>', end);
    if (gt < 0) break;
    if (closing) depth = Math.max(0, depth - 1);
    else if (html.charCodeAt(gt - 1) !== SLASH && ++depth > max && (max = depth) > limit) break;
    i = gt;
  }
  return max;
}

const SLASH = 47;
/** ASCII letter, or after the first character also digit or '-'. */
function isNameChar(c: number, first: boolean): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letter || (!first && ((c >= 48 && c <= 57) || c === 45));
}

/** Tags the flattened page keeps: metadata, headings, paragraphs, list items, line breaks. */
const FLAT_KEEP = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'time', 'a']);
/** Tags that become a line break when flattened, so that their text stays apart. */
const FLAT_BREAK = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'form', 'center', 'font']);

/** The page with every tag but `FLAT_KEEP` removed (or made a `<br>`): nesting depth at most a few. */
function flatten(html: string): string {
  return html.replace(TAG, (tag, _close: string, name: string) => {
    const lower = name.toLowerCase();
    return FLAT_KEEP.has(lower) ? tag : FLAT_BREAK.has(lower) ? '<br>' : '';
  });
}

/** How far into the page a charset declaration is looked for: well past the 1,024 bytes browsers
 * scan, because real pages put long comments and scripts first. */
const CHARSET_SNIFF_BYTES = 16_384;

/**
 * The page with exactly one `<html>`, `<head>` and `<body>`. linkedom does not build the implied
 * elements an HTML parser would: without this, a page with no `<body>` tag has an empty body and
 * text after `</html>` lies outside it.
 */
/** Block-level tags: white space right after one is never rendered, outside `<pre>`. */
const BLOCK_THEN_SPACE = /(<\/?(?:address|article|aside|blockquote|body|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|li|link|main|meta|ol|p|section|table|tbody|td|tfoot|th|thead|title|tr|ul)\b[^<>]*>)\s+(?=<)/gi;
const PRE = /<pre\b[\s\S]*?<\/pre\s*>/gi;

/**
 * The page with the white space between a block tag and the next tag left out: line breaks and
 * indentation that the parser would turn into text nodes no one reads (on real pages, a third of
 * all nodes), each one built, walked by Readability and collected. White space inside `<pre>`, and
 * between inline elements, is kept: there it can separate words.
 */
export function dropBlockWhitespace(html: string): string {
  let out = '';
  let last = 0;
  for (const pre of html.matchAll(PRE)) {
    out += html.slice(last, pre.index).replace(BLOCK_THEN_SPACE, '$1') + pre[0];
    last = pre.index + pre[0].length;
  }
  return out + html.slice(last).replace(BLOCK_THEN_SPACE, '$1');
}

export function skeleton(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const headTag = /<head\b[^>]*>/i.exec(html);
  const headEnd = /<\/head\s*>/i.exec(html);
  const bodyTag = /<body\b[^>]*>/i.exec(html);
  const after = (m: RegExpExecArray | null) => (m ? m.index + m[0].length : 0);
  const headStart = headTag ? after(headTag) : after(htmlTag);
  // The head ends at </head> or <body>, whichever comes first; without either, there is no head.
  const stops = [headEnd?.index, bodyTag?.index].filter((i): i is number => i !== undefined && i >= headStart);
  const headStop = stops.length > 0 ? Math.min(...stops) : headStart;
  const bodyStart = bodyTag ? after(bodyTag) : headEnd && headEnd.index >= headStart ? after(headEnd) : headStart;
  const strip = (s: string) => s.replace(/<\/?(?:html|body|head)\b[^>]*>|<!doctype[^>]*>/gi, '');
  const attrs = (m: RegExpExecArray | null) => (m ? m[0].slice(5, -1) : '');
  return `<!DOCTYPE html><html${attrs(htmlTag)}><head>${strip(html.slice(headStart, headStop))}</head><body${attrs(bodyTag)}>${strip(html.slice(bodyStart))}</body></html>`;
}

const mb = (chars: number) => `${(chars / 1e6).toFixed(1)} MB`;

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="content-type">`, lower-cased,
 * or null. Reads the bytes as ASCII, which every charset such a declaration can name agrees with.
 */
export function declaredCharset(headBytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(headBytes.subarray(0, CHARSET_SNIFF_BYTES));
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([a-z0-9][\w.:+-]*)/i.exec(tag[0]);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}
