/**
 * A set of words kept as the text of a word list (one word a line) and an open-addressing table of
 * where each line starts: no string per word, so loading 274,000 words is one pass over 2.8 MB and a
 * 4 MB table, where a Set<string> took 21 MB and several times as long to build.
 */
const EMPTY = -1;

export class WordSet {
  private readonly text: string;
  /** Start of the line in each slot, EMPTY for none; the size is a power of two over twice the words. */
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
      if (end > start) {
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        let slot = h & this.mask;
        // A word listed twice takes one slot.
        while (this.slots[slot] !== EMPTY && !this.lineIs(this.slots[slot]!, start, end)) slot = (slot + 1) & this.mask;
        if (this.slots[slot] === EMPTY) {
          this.slots[slot] = start;
          size++;
        }
      }
      start = end + 1;
    }
    this.size = size;
  }

  has(word: string): boolean {
    if (word === '' || word.includes('\n')) return false;
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; this.slots[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot]!;
      const end = at + word.length;
      if ((end === this.text.length || this.text.charCodeAt(end) === 10) && this.text.startsWith(word, at)) return true;
    }
    return false;
  }

  /** Whether the line starting at `at` is text[start, end). */
  private lineIs(at: number, start: number, end: number): boolean {
    const len = end - start;
    if (at + len > this.text.length || (at + len < this.text.length && this.text.charCodeAt(at + len) !== 10)) return false;
    for (let i = 0; i < len; i++) if (this.text.charCodeAt(at + i) !== this.text.charCodeAt(start + i)) return false;
    return true;
  }
}
