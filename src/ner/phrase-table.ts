/**
 * The model's gazetteer as it comes out of the model file: its `mask<TAB>phrase` lines kept as one
 * string, with an open-addressing table of where each line starts, hashed on the phrase. Loading
 * 257,000 phrases is then one pass over 3.3 MB, where a Map of them took most of the model's load time
 * and about 25 MB. A phrase listed twice means what its last line says, as Map.set would have it.
 */
const EMPTY = -1;
const TAB = 9;
const NEWLINE = 10;

export class PhraseTable {
  private readonly text: string;
  /** Start of the line in each slot (its mask's first digit), EMPTY for none. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(text: string) {
    this.text = text;
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let capacity = 8;
    while (capacity < lines * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    let size = 0;
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < end) {
        let h = 0x811c9dc5;
        for (let i = tab + 1; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        let slot = h & this.mask;
        while (this.slots[slot] !== EMPTY && !this.samePhrase(this.slots[slot]!, tab + 1, end)) slot = (slot + 1) & this.mask;
        if (this.slots[slot] === EMPTY) size++;
        this.slots[slot] = start;
      }
      start = end + 1;
    }
    this.size = size;
  }

  /** The category mask of a phrase (lower-cased, words joined by one space), undefined when not listed. */
  get(phrase: string): number | undefined {
    let h = 0x811c9dc5;
    for (let i = 0; i < phrase.length; i++) h = Math.imul(h ^ phrase.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; this.slots[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      const start = this.slots[slot]!;
      const tab = this.text.indexOf('\t', start);
      const end = tab + 1 + phrase.length;
      if ((end === this.text.length || this.text.charCodeAt(end) === NEWLINE) && this.text.startsWith(phrase, tab + 1)) {
        return Number(this.text.slice(start, tab));
      }
    }
    return undefined;
  }

  /** Whether the phrase of the line starting at `line` is text[start, end). */
  private samePhrase(line: number, start: number, end: number): boolean {
    let at = line;
    while (this.text.charCodeAt(at) !== TAB) at++;
    at++;
    const len = end - start;
    if (at + len > this.text.length || (at + len < this.text.length && this.text.charCodeAt(at + len) !== NEWLINE)) return false;
    for (let i = 0; i < len; i++) if (this.text.charCodeAt(at + i) !== this.text.charCodeAt(start + i)) return false;
    return true;
  }
}
