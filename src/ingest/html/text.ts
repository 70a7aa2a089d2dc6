/**
 * An element's text with its paragraph structure: every block element (p, h1-h6, li, blockquote, pre,
 * div...) is its own paragraph, paragraphs are joined by one blank line, list items start with "• ",
 * `<br>` ends a line and two of them end a paragraph, and white space inside a line collapses to one
 * space. An explicit walk (no recursion), so nesting depth cannot overflow the stack.
 */
import { BLOCK_TAGS, CELL_TAGS, CHROME_ROLES, CHROME_TAGS, SKIP_TAGS } from './lexicon.js';

export interface TextOptions {
  /** Leave out navigation, asides, footers and other page furniture (fallback steps). */
  skipChrome: boolean;
  /** Leave out paragraphs whose text is mostly link text (menus, lists of related stories). */
  dropLinkParagraphs: boolean;
}

/** Share of a paragraph's characters inside links above which it is taken for navigation. */
export const MAX_LINK_DENSITY = 0.5;
export const BULLET = '• ';
/** Stands for `<br>` while text is gathered: a character no text node holds, unlike '\n'. */
const LINE_BREAK = '\0';
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One paragraph of an element's text, with what the trimming step reads about it. */
export interface TextBlock {
  text: string;
  /** Characters other than white space, and those of them inside links. */
  chars: number;
  linkChars: number;
  /** Inside h1-h6. */
  heading: boolean;
  /** A list item. */
  item: boolean;
}

/** Accumulates inline text and turns it into paragraphs at block boundaries. */
class ParagraphWriter {
  readonly blocks: TextBlock[] = [];
  heading = false;
  private parts: string[] = [];
  private linkChars = 0;
  private bullet = false;

  constructor(private readonly options: TextOptions) {}

  text(s: string, inLink: boolean): void {
    this.parts.push(s);
    if (inLink) this.linkChars += countChars(s);
  }

  lineBreak(): void {
    this.parts.push(LINE_BREAK);
  }

  startItem(): void {
    this.flush();
    this.bullet = true;
  }

  endItem(): void {
    this.flush();
    this.bullet = false;
  }

  /** Ends the text gathered so far: lines at each break, paragraphs at each empty line. */
  flush(): void {
    if (this.parts.length === 0) return;
    const joined = this.parts.join('');
    const linkChars = this.linkChars;
    this.parts = [];
    this.linkChars = 0;
    if (!/[^\s\0]/.test(joined)) return;
    const chars = countChars(joined);
    if (this.options.dropLinkParagraphs && linkChars / chars > MAX_LINK_DENSITY) return;
    let lines: string[] = [];
    const paragraphs: string[][] = [];
    for (const raw of joined.split(LINE_BREAK)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line !== '') lines.push(line);
      else if (lines.length > 0) {
        paragraphs.push(lines);
        lines = [];
      }
    }
    if (lines.length > 0) paragraphs.push(lines);
    // A paragraph split by a double <br> shares its element's link density.
    for (const p of paragraphs) {
      const text = (this.bullet ? BULLET : '') + p.join('\n');
      const share = paragraphs.length === 1 ? 1 : countChars(text) / chars;
      this.blocks.push({ text, chars: Math.round(chars * share), linkChars: Math.round(linkChars * share), heading: this.heading, item: this.bullet });
      this.bullet = false;
    }
  }
}

/** Characters other than white space (and the line-break mark). */
function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a)) n++;
  }
  return n;
}
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether an element and all inside it is left out of the text. */
export function isSkipped(el: Element, options: TextOptions): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden')) return true;
    const style = el.getAttribute('style');
    if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
    if (options.skipChrome && CHROME_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) return true;
  }
  if (!options.skipChrome) return false;
  return CHROME_TAGS.has(tag) || (tag === 'header' && el.getElementsByTagName('h1').length === 0);
}

export function elementText(root: Element, options: TextOptions): string {
  return elementBlocks(root, options).map((b) => b.text).join('\n\n');
}

/** The paragraphs of `elementText`, each with its link density and kind. */
export function elementBlocks(root: Element, options: TextOptions): TextBlock[] {
  const out = new ParagraphWriter(options);
  let headingDepth = 0;
  let linkDepth = 0;
  let preDepth = root.closest('pre') ? 1 : 0;
  const enter = (el: Element): void => {
    const tag = el.localName;
    if (tag === 'br') out.lineBreak();
    else if (tag === 'li') out.startItem();
    else if (BLOCK_TAGS.has(tag)) out.flush();
    else if (CELL_TAGS.has(tag)) out.text(' ', false);
    if (HEADINGS.has(tag)) out.heading = ++headingDepth > 0;
    if (tag === 'a') linkDepth++;
    if (tag === 'pre') preDepth++;
  };
  const leave = (el: Element): void => {
    const tag = el.localName;
    if (tag === 'a') linkDepth--;
    if (tag === 'pre') preDepth--;
    if (tag === 'li') out.endItem();
    else if (BLOCK_TAGS.has(tag)) out.flush();
    else if (CELL_TAGS.has(tag)) out.text(' ', false);
    if (HEADINGS.has(tag)) out.heading = --headingDepth > 0;
  };
  // Depth-first: enter an element, walk its children, leave it; skipped elements are never entered.
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      // A NUL in the page's own text (a UTF-16 part in a UTF-8 page) is not a <br>: dropped, as browsers
      // drop it in body text. Taken for LINE_BREAK it put every character on a line of its own.
      const own = value.includes(LINE_BREAK) ? value.replaceAll(LINE_BREAK, '') : value;
      out.text(preDepth > 0 ? own.replace(/\r?\n|\r/g, LINE_BREAK) : own, linkDepth > 0);
    } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element, options)) {
      enter(node as Element);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      leave(node as Element);
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  out.flush();
  return out.blocks;
}
