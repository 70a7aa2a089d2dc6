/**
 * Text for when Readability falls short: the block holding the most paragraph text, every `<p>` of
 * the page, or the whole body without its navigation. Each returns '' when it finds nothing.
 */
import { elementText, MAX_LINK_DENSITY, type TextOptions } from './html-text.js';

/** Shortest `<p>` that counts towards a block: shorter ones are captions, labels and buttons. */
const MIN_PARAGRAPH_CHARS = 25;
/** Share of a paragraph's score its grandparent gets (articles often wrap paragraphs in one more div). */
const GRANDPARENT_SHARE = 0.5;
/** Furniture that a paragraph inside of does not count. */
const CHROME_SELECTOR = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';
const FALLBACK_TEXT: TextOptions = { skipChrome: true, dropLinkParagraphs: true };

const textLength = (s: string) => s.replace(/\s+/g, ' ').trim().length;

/** Characters of a paragraph not inside links. */
function ownText(p: Element): number {
  const total = textLength(p.textContent ?? '');
  if (total < MIN_PARAGRAPH_CHARS) return 0;
  let links = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) links += textLength(a.textContent ?? '');
  return links / total > MAX_LINK_DENSITY ? 0 : total - links;
}

function contentParagraphs(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('p')).filter((p) => !p.closest(CHROME_SELECTOR));
}

/** Step 2a: the element whose paragraphs carry the most text, as text. */
export function largestBlockText(doc: Document): string {
  const scores = new Map<Element, number>();
  for (const p of contentParagraphs(doc)) {
    const score = ownText(p);
    if (score === 0) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score * GRANDPARENT_SHARE);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best ? elementText(best, FALLBACK_TEXT) : '';
}

/** Step 2b: every paragraph of the page outside navigation, in order. */
export function allParagraphsText(doc: Document): string {
  return contentParagraphs(doc)
    .map((p) => elementText(p, FALLBACK_TEXT))
    .filter((t) => t !== '')
    .join('\n\n');
}

/** Step 3: the whole body, without navigation, asides, footers and link lists. */
export function bodyText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return root ? elementText(root, FALLBACK_TEXT) : '';
}

/** Share of an element's text inside links (0 for an element without text). */
export function linkDensity(el: Element): number {
  const total = textLength(el.textContent ?? '');
  if (total === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += textLength(a.textContent ?? '');
  return links / total;
}
