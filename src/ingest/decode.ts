/**
 * Bytes to text. A numbered cascade: 1 byte-order mark, 2 strict UTF-8, 3 UTF-8 cut short at the very
 * end (a truncated download: decoded with a warning), 4 the encoding chardet detects among those we
 * support, 5 the charset the input declares (HTML), 6 Windows-1252 as the last resort, with a warning.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ErrorCode } from '../errors.js';
import { looksBinary } from './binary.js';

export interface Decoded {
  text: string;
  encoding: { name: string; detected: boolean; confidence: number | null };
  warnings: string[];
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; code: ErrorCode; detail: string };

/** Encodings we decode besides UTF-8/16: the common single-byte ones of news sites in Europe. */
const SINGLE_BYTE = new Set(['windows-1251', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'windows-1250', 'koi8-r', 'iso-8859-2']);
/** chardet confidence (0-100) below which its guess is not trusted over a declared charset. */
const MIN_DETECT_CONFIDENCE = 20;

export function decode(bytes: Uint8Array, declared: string | null = null): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', detail: 'the file has 0 bytes' };
  const bom = fromBom(bytes);
  if (bom) return { ok: true, value: bom };
  if (looksBinary(bytes)) return { ok: false, code: 'BINARY', detail: 'it contains NUL or control bytes; give a text, HTML or JSONL file' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { ok: true, value: { text: utf8, encoding: { name: 'utf-8', detected: true, confidence: 1 }, warnings: declaredMismatch(declared, 'utf-8', utf8) } };
  const cut = truncatedUtf8(bytes);
  if (cut) return { ok: true, value: cut };
  return { ok: true, value: singleByte(bytes, declared) };
}

/**
 * What to say about a declared charset the bytes were not decoded with: unknown to us, or wrong (a
 * page that declares windows-1251 but holds valid UTF-8 with non-ASCII characters is UTF-8, which
 * no single-byte text is by chance). Nothing when the declaration fits or the text is plain ASCII.
 */
function declaredMismatch(declared: string | null, used: string, text: string): string[] {
  if (!declared || sameCharset(declared, used)) return [];
  if (!iconv.encodingExists(declared)) return [`the declared charset "${declared}" is unknown; decoded as ${used}`];
  if (used === 'utf-8' && !/[^\x00-\x7f]/.test(text)) return [];
  return [`the declared charset "${declared}" does not fit the bytes; decoded as ${used}`];
}

/** Whether two charset labels name the same encoding (latin1 and iso-8859-1, utf8 and UTF-8). */
function sameCharset(a: string, b: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (norm(a) === norm(b)) return true;
  // iso-8859-1 and us-ascii labels decode as windows-1252 in browsers (WHATWG Encoding).
  const latin = new Set(['iso88591', 'latin1', 'windows1252', 'cp1252', 'usascii', 'ascii']);
  return latin.has(norm(a)) && latin.has(norm(b));
}

function fromBom(b: Uint8Array): Decoded | null {
  const enc = (name: string, skip: number, label: string): Decoded => ({
    text: new TextDecoder(label).decode(b.subarray(skip)),
    encoding: { name, detected: false, confidence: 1 },
    warnings: [],
  });
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return enc('utf-8', 3, 'utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return enc('utf-16le', 2, 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return enc('utf-16be', 2, 'utf-16be');
  return null;
}

function strictUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** Valid UTF-8 except for an incomplete sequence in the last three bytes. */
function truncatedUtf8(b: Uint8Array): Decoded | null {
  for (let cut = 1; cut <= 3 && cut < b.length; cut++) {
    const head = strictUtf8(b.subarray(0, b.length - cut));
    if (head !== null && (b[b.length - cut]! & 0xc0) === 0xc0) {
      return {
        text: head,
        encoding: { name: 'utf-8', detected: true, confidence: 1 },
        warnings: [`the input ends in the middle of a UTF-8 character; the last ${cut} byte(s) were dropped`],
      };
    }
  }
  return null;
}

function singleByte(b: Uint8Array, declared: string | null): Decoded {
  const guesses = chardet.analyse(b).filter((g) => SINGLE_BYTE.has(g.name.toLowerCase()));
  const best = guesses[0];
  if (best && best.confidence >= MIN_DETECT_CONFIDENCE) {
    const name = best.name.toLowerCase();
    const text = iconv.decode(Buffer.from(b), name);
    return { text, encoding: { name, detected: true, confidence: best.confidence / 100 }, warnings: declaredMismatch(declared, name, text) };
  }
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return { text: iconv.decode(Buffer.from(b), declared), encoding: { name: declared, detected: false, confidence: null }, warnings: [] };
  }
  const warnings = [`not valid UTF-8 and no encoding detected with confidence; decoded as windows-1252`];
  if (declared) warnings.push(...declaredMismatch(declared, 'windows-1252', ''));
  return { text: iconv.decode(Buffer.from(b), 'windows-1252'), encoding: { name: 'windows-1252', detected: false, confidence: null }, warnings };
}
