/**
 * Cleaning steps that only normalize: line ends and control characters, white space, and the rarer
 * forms of quotation marks. Their edits are counted, not listed one by one.
 */
import type { Edit } from '../edits.js';

const norm = (start: number, end: number, insert: string, rule: string): Edit => ({ start, end, insert, rule, kind: 'normalize' });

/** CR/CRLF to LF; no-break and other odd spaces to a space; zero-width and control characters out. */
export function controlCharacters(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\r\n?|[\u00a0\u2000-\u200a\u202f\u205f\u3000]|[\u200b-\u200d\u2060\ufeff\u00ad]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)) {
    const c = m[0];
    const insert = c[0] === '\r' ? '\n' : /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u001f\u007f]/.test(c) ? '' : ' ';
    edits.push(norm(m.index, m.index + c.length, insert, 'control-characters'));
  }
  return edits;
}

/** Runs of spaces and tabs to one space; no space at line ends or starts; at most one blank line. */
export function whitespace(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/[ \t]*\n[ \t\n]*|[ \t]{2,}|\t/g)) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    let insert: string;
    if (s.includes('\n')) {
      insert = (s.match(/\n/g)!.length >= 2 ? '\n\n' : '\n');
      if (start === 0 || end === text.length) insert = '';
    } else insert = start === 0 || end === text.length ? '' : ' ';
    if (insert !== s) edits.push(norm(start, end, insert, 'whitespace'));
  }
  const lead = /^[ \t]+/.exec(text);
  if (lead && !edits.some((e) => e.start === 0)) edits.push(norm(0, lead[0].length, '', 'whitespace'));
  const trail = /[ \t]+$/.exec(text);
  if (trail && !edits.some((e) => e.end === text.length)) edits.push(norm(trail.index, text.length, '', 'whitespace'));
  return edits;
}

/** TeX-style ``quotes'', low-9 and reversed marks to the usual curly ones. */
export function quotationMarks(text: string): Edit[] {
  const map: Record<string, string> = { '``': '\u201c', "''": '\u201d', '\u201e': '\u201c', '\u201f': '\u201c', '\u201a': '\u2018', '\u201b': '\u2018', '\u2033': '\u201d' };
  const edits: Edit[] = [];
  for (const m of text.matchAll(/``|''|[\u201e\u201f\u201a\u201b\u2033]/g)) {
    edits.push(norm(m.index, m.index + m[0].length, map[m[0]]!, 'quotation-marks'));
  }
  return edits;
}
