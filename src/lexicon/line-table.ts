/**
 * An open-addressing hash table over the lines of one string: each line's key is the part of the line
 * from `keyStart` to its end, and the table keeps where each line starts. A list of a few hundred
 * thousand lines is then indexed in one pass with no string per line (WordSet: a word a line;
 * PhraseTable: `mask<TAB>phrase` lines).
 */
const EMPTY = -1;
const NEWLINE = 10;

/** FNV-1a over text[start, end). */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export class LineTable {
  /** Where the key of a line starts, in each slot, EMPTY for none; the size is a power of two over twice the lines. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Distinct keys. */
  readonly size: number;

  /**
   * `keyStart(start, end)` gives where the key of the line text[start, end) begins, or -1 to leave the
   * line out. A key listed twice keeps its first line, or its last with `lastWins`.
   */
  constructor(readonly text: string, keyStart: (start: number, end: number) => number, lastWins = false) {
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
      const key = keyStart(start, end);
      if (key >= 0) {
        let slot = hash(text, key, end) & this.mask;
        while (this.slots[slot] !== EMPTY && !this.keyIs(this.slots[slot]!, text, key, end)) slot = (slot + 1) & this.mask;
        if (this.slots[slot] === EMPTY) size++;
        if (this.slots[slot] === EMPTY || lastWins) this.slots[slot] = key;
      }
      start = end + 1;
    }
    this.size = size;
  }

  /** Where in the text the key `key` stands (its line's key start), or -1 when no line has it. */
  find(key: string): number {
    for (let slot = hash(key, 0, key.length) & this.mask; this.slots[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot]!;
      if (this.keyIs(at, key, 0, key.length)) return at;
    }
    return -1;
  }

  /** Whether the key standing at `at` (up to its line's end) is source[start, end). */
  private keyIs(at: number, source: string, start: number, end: number): boolean {
    const text = this.text;
    const len = end - start;
    if (at + len > text.length || (at + len < text.length && text.charCodeAt(at + len) !== NEWLINE)) return false;
    for (let i = 0; i < len; i++) if (text.charCodeAt(at + i) !== source.charCodeAt(start + i)) return false;
    return true;
  }
}
