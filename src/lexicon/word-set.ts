/**
 * A set of words kept as the text of a word list (one word a line) and an open-addressing table of
 * where each line starts (lexicon/line-table.ts): no string per word, so loading 274,000 words is one pass over 2.8 MB and a
 * 4 MB table, where a Set<string> took 21 MB and several times as long to build.
 */
import { LineTable } from './line-table.js';

export class WordSet {
  private readonly table: LineTable;
  readonly size: number;

  constructor(text: string) {
    // Each non-empty line is a word; a word listed twice takes one slot.
    this.table = new LineTable(text, (start, end) => (end > start ? start : -1));
    this.size = this.table.size;
  }

  has(word: string): boolean {
    return word !== '' && !word.includes('\n') && this.table.find(word) >= 0;
  }
}
