/**
 * Text for when Readability falls short: the block holding the most paragraph text, every `<p>` of
 * the page, or the whole body without its navigation. Each returns '' when it finds nothing.
 */
import { CHROME_ROLES, CHROME_TAGS } from './lexicon.js';
import { elementText, MAX_LINK_DENSITY, type TextOptions } from './text.js';

/** Shortest `<p>` that counts towards a block: shorter ones are captions, labels and buttons. */
const MIN_PARAGRAPH_CHARS = 25;
/** Share of a paragraph's score its grandparent gets (articles often wrap paragraphs in one more div). */
const GRANDPARENT_SHARE = 0.5;
const FALLBACK_TEXT: TextOptions = { skipChrome: true, dropLinkParagraphs: true };

const textLength = (s: string) => s.replace(/\s+/g, ' ').trim().length;

/** Characters of an element's text inside links. */
function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += textLength(a.textContent ?? '');
  return n;
}

/** Characters of a paragraph not inside links; 0 for short or mostly-link paragraphs. */
function ownText(p: Element): number {
  const total = textLength(p.textContent ?? '');
  if (total < MIN_PARAGRAPH_CHARS) return 0;
  const links = linkChars(p);
  return links / total > MAX_LINK_DENSITY ? 0 : total - links;
}

/** Whether an element sits inside page furniture (navigation, asides, footers). */
function inChrome(el: Element): boolean {
  for (let up: Element | null = el.parentElement; up; up = up.parentElement) {
    if (CHROME_TAGS.has(up.localName) || (up.hasAttributes() && CHROME_ROLES.has((up.getAttribute('role') ?? '').toLowerCase()))) return true;
  }
  return false;
}

/** The page's paragraphs outside furniture, in order: what steps 2a and 2b read. */
export function contentParagraphs(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('p')).filter((p) => !inChrome(p));
}

/** Step 2a: the element whose paragraphs carry the most text, as text. */
export function largestBlockText(paragraphs: readonly Element[]): string {
  const scores = new Map<Element, number>();
  for (const p of paragraphs) {
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
export function allParagraphsText(paragraphs: readonly Element[]): string {
  return paragraphs
    .map((p) => elementText(p, FALLBACK_TEXT))
    .filter((t) => t !== '')
    .join('\n\n');
}

/** Step 3: the whole body, without navigation, asides, footers and link lists. */
export function bodyText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return root ? elementText(root, FALLBACK_TEXT) : '';
}
