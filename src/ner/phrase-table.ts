/**
 * The model's gazetteer as it comes out of the model file: its `mask<TAB>phrase` lines kept as one
 * string, with an open-addressing table of where each phrase starts (lexicon/line-table.ts). Loading
 * 257,000 phrases is then one pass over 3.3 MB, where a Map of them took most of the model's load time
 * and about 25 MB. A phrase listed twice means what its last line says, as Map.set would have it.
 */
import { LineTable } from '../lexicon/line-table.js';

export class PhraseTable {
  private readonly table: LineTable;
  readonly size: number;

  constructor(text: string) {
    // The key is the phrase after the tab; a line with no mask or no tab is left out; the last line wins.
    this.table = new LineTable(text, (start, end) => {
      const tab = text.indexOf('\t', start);
      return tab > start && tab < end ? tab + 1 : -1;
    }, true);
    this.size = this.table.size;
  }

  /** The category mask of a phrase (lower-cased, words joined by one space), undefined when not listed. */
  get(phrase: string): number | undefined {
    const at = this.table.find(phrase);
    if (at < 0) return undefined;
    // The mask runs from the line's start to the tab just before the phrase.
    const text = this.table.text;
    return Number(text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1));
  }
}
