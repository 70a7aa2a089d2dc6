/**
 * Removes boilerplate left in scraped text: whole lines that are player notices, prompts or "Read
 * more" links (lexicon/boilerplate.ts), and blocks of related-article headlines between paragraphs.
 */
import { BOILERPLATE_LINES, MAX_BOILERPLATE_LINE, RELATED_KICKER } from '../../lexicon/boilerplate.js';
import type { Edit } from '../edits.js';
import { endsSentence, isListItem, lines, removeLine, type Line } from '../lines.js';

export function boilerplateLines(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const line of lines(text)) {
    const t = line.text.trim();
    if (t === '' || t.length > MAX_BOILERPLATE_LINE) continue;
    const hit = BOILERPLATE_LINES.find((b) => b.pattern.test(t));
    if (hit) edits.push(removeLine(text, line, hit.rule));
  }
  return edits;
}

/** A headline has at least this many words: shorter lines are labels or subheadings. */
const MIN_HEADLINE_WORDS = 4;
/** And at most this many characters. */
const MAX_HEADLINE_CHARS = 160;

/**
 * A related-links block: a kicker line such as "Ukraine war live: Latest developments" and the
 * headline-like lines after it (capitalized, no sentence-ending punctuation, not a list item, not
 * introducing a list). Without a kicker, runs of such lines are kept: in articles they are as often
 * the article's own lists (award nominees, fixtures) as links to other stories. The first line (the
 * title or lede) is never taken, nor a line that heads a list ("In other developments" over bullets).
 */
export function relatedHeadlines(text: string): Edit[] {
  const all = lines(text).filter((l) => l.text.trim() !== '');
  const edits: Edit[] = [];
  let i = 1; // the first line is the title or the lede, never a related link
  while (i < all.length) {
    let j = i;
    while (j < all.length && headlineLike(all, j)) j++;
    const run = all.slice(i, j);
    const kicker = run.length > 0 && RELATED_KICKER.test(run[0]!.text.trim());
    if (kicker) {
      for (const line of run) edits.push(removeLine(text, line, 'related-headlines'));
    }
    i = Math.max(j, i + 1);
  }
  return edits;
}

function headlineLike(all: Line[], i: number): boolean {
  const t = all[i]!.text.trim();
  const next = all[i + 1]?.text;
  if (isListItem(t) || (next !== undefined && isListItem(next))) return false;
  if (endsSentence(t) || /[:;,]$/.test(t) || t.length > MAX_HEADLINE_CHARS) return false;
  if (!/^[A-Z‘“"']/.test(t)) return false;
  return t.split(/\s+/).length >= MIN_HEADLINE_WORDS || RELATED_KICKER.test(t);
}
