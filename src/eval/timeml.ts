/**
 * A reader for TimeML (.tml) files: the document text between <TEXT> and </TEXT> with its tags taken
 * out and entities decoded, the TIMEX3 elements in it as offsets into that text, and the document
 * creation time from the TIMEX3 marked functionInDocument="CREATION_TIME".
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  text: string;
  dct: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

export function readTimeML(xml: string): TimeMLDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dct = dctTag ? attributes(dctTag[0]).value ?? null : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: Array<{ start: number; attrs: Record<string, string> }> = [];
  const re = /<(\/?)([\w:]+)([^>]*)>|([^<]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] !== '/') {
      if (!m[3]!.trimEnd().endsWith('/')) stack.push({ start: text.length, attrs: attributes(m[3]!) });
      continue;
    }
    const top = stack.pop();
    if (!top) continue;
    timexes.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), type: top.attrs.type ?? '', value: top.attrs.value ?? '' });
  }
  return { text, dct, timexes };
}
