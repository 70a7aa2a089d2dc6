/**
 * Readability returns the container that holds the article, and with it whatever else that
 * container holds: breadcrumbs, share and print links, the date line, lists of other stories, polls,
 * "Don't miss" boxes. This step keeps the article: the run of paragraphs from its first to its last
 * prose paragraph, without the teasers after it and the link lists and prompts inside it.
 *
 * A paragraph is prose when it reads as sentences (enough words, ending like a sentence, few links);
 * junk when it is mostly links or a known prompt; neutral otherwise (headings, short lines, list
 * items without links), kept only between prose paragraphs.
 */
import { BOILERPLATE_LINES, MAX_BOILERPLATE_LINE } from '../../lexicon/boilerplate.js';
import { BULLET, type TextBlock } from './text.js';

/** Link share above which a paragraph is navigation. */
const JUNK_LINK_DENSITY = 0.5;
/** Link share above which a list item is junk (an item is often one link with a few words). */
const ITEM_LINK_DENSITY = 0.3;
/** Fewest words of a prose paragraph that ends like a sentence, and of one that does not. */
const PROSE_WORDS = 8;
const PROSE_WORDS_UNENDED = 20;
/** Links to other stories with no prose between them that part two clusters of prose (a box of links between them). */
const CLUSTER_GAP = 3;
/** Fewest words, and least link share, of a link that reads like another story's headline. */
const HEADLINE_WORDS = 4;
const HEADLINE_LINK_DENSITY = 0.8;

const SENTENCE_END = /[.!?…:;"'”’»)\]]$/u;

export type BlockKind = 'prose' | 'neutral' | 'junk';

export function blockKind(block: TextBlock): BlockKind {
  const density = block.chars === 0 ? 0 : block.linkChars / block.chars;
  if (density > JUNK_LINK_DENSITY) return 'junk';
  if (isPrompt(block)) return 'junk';
  if (block.item && density > ITEM_LINK_DENSITY) return 'junk';
  if (block.heading) return 'neutral';
  const text = ownText(block);
  const words = countWords(text);
  if (words >= PROSE_WORDS_UNENDED || (words >= PROSE_WORDS && SENTENCE_END.test(text))) return 'prose';
  return 'neutral';
}

/** A known prompt: share, subscribe, read more, advertising. */
function isPrompt(block: TextBlock): boolean {
  const text = ownText(block);
  return text.length <= MAX_BOILERPLATE_LINE && BOILERPLATE_LINES.some((b) => b.pattern.test(text));
}

/** A paragraph's text without its list bullet. */
const ownText = (block: TextBlock) => (block.item ? block.text.slice(BULLET.length) : block.text);

/** A link that reads like another story's headline: several words, all or nearly all of them the
 * link (a list of resources has text around its links). */
function isHeadlineLink(block: TextBlock): boolean {
  return block.linkChars >= HEADLINE_LINK_DENSITY * block.chars && countWords(ownText(block)) >= HEADLINE_WORDS;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface Trimmed {
  blocks: TextBlock[];
  /** Paragraphs left out. */
  dropped: number;
}

/** The article's paragraphs among `blocks`; all of them when none reads as prose. */
export function trimBlocks(blocks: readonly TextBlock[]): Trimmed {
  const kinds = blocks.map(blockKind);
  const range = articleRange(blocks, kinds);
  if (!range) return { blocks: [...blocks], dropped: 0 };
  let [first, last] = range;
  // Headings right above the first paragraph belong to the article.
  while (first > 0 && blocks[first - 1]!.heading && kinds[first - 1] !== 'junk') first--;
  last = announcedListEnd(blocks, kinds, last);
  const boxes = storyBoxes(blocks, kinds, first, last);
  // Inside the article, a list of links stays (it can be the article's own: terms, bugs, places),
  // unless it is a box of other stories; prompts and paragraphs of links go.
  const kept: TextBlock[] = [];
  for (let i = first; i <= last; i++) {
    if (kinds[i] !== 'junk' || (blocks[i]!.item && !boxes.has(i) && !isPrompt(blocks[i]!))) kept.push(blocks[i]!);
  }
  return { blocks: kept, dropped: blocks.length - kept.length };
}

/** A list the article's last lines announce ("Officials named the dead:") belongs to it. */
function announcedListEnd(blocks: readonly TextBlock[], kinds: readonly BlockKind[], last: number): number {
  let end = last;
  if (end + 1 < blocks.length && kinds[end + 1] === 'neutral' && !blocks[end + 1]!.heading && blocks[end + 1]!.text.endsWith(':')) end++;
  if (!blocks[end]!.text.endsWith(':')) return last;
  while (end + 1 < blocks.length && kinds[end + 1] === 'neutral' && blocks[end + 1]!.item) end++;
  return end;
}

/** Indexes of list items in runs of `CLUSTER_GAP` or more headline-like links: boxes of other stories. */
function storyBoxes(blocks: readonly TextBlock[], kinds: readonly BlockKind[], first: number, last: number): Set<number> {
  const boxes = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= CLUSTER_GAP) for (const i of run) boxes.add(i);
    run = [];
  };
  for (let i = first; i <= last; i++) {
    if (kinds[i] === 'junk' && blocks[i]!.item && isHeadlineLink(blocks[i]!)) run.push(i);
    else close();
  }
  close();
  return boxes;
}

/**
 * First and last prose paragraph of the article. Prose falls into clusters parted by
 * `CLUSTER_GAP` headline-like links with no prose between them; the article runs from the first
 * cluster to the one with the most prose text. Clusters after that one are teasers of other stories
 * or comments; clusters before it are the article's lead, with a box of links set into it.
 */
function articleRange(blocks: readonly TextBlock[], kinds: readonly BlockKind[]): [number, number] | null {
  let first = -1;
  let bestEnd = -1;
  let bestChars = 0;
  let [start, end, chars, links] = [-1, -1, 0, 0];
  const close = () => {
    if (start >= 0 && chars > bestChars) [bestEnd, bestChars] = [end, chars];
    [start, end, chars] = [-1, -1, 0];
  };
  for (let i = 0; i < blocks.length; i++) {
    const kind = kinds[i];
    if (kind === 'junk') {
      // Only links that read like other headlines part clusters, not a list of names or terms.
      if (isHeadlineLink(blocks[i]!) && ++links >= CLUSTER_GAP) close();
      continue;
    }
    if (kind !== 'prose') continue;
    links = 0;
    if (first < 0) first = i;
    if (start < 0) start = i;
    end = i;
    chars += blocks[i]!.chars;
  }
  close();
  return first < 0 ? null : [first, bestEnd];
}
