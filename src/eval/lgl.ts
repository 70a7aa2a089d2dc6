/**
 * A reader for the LGL corpus (Lieberman, Samet and Sankaranarayanan 2010) as XML: each `<article>`
 * has its `<text>` and `<toponyms>`, each toponym its character offsets, phrase and, when the
 * annotators found it in GeoNames, a `<gaztag geonameid>` with `<lat>`, `<lon>`, feature code and country.
 */

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  fcode: string | null;
  country: string | null;
}

export interface GoldArticle {
  id: string;
  title: string;
  text: string;
  toponyms: GoldToponym[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ENTITIES[n]!);

function field(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return null;
  const body = m[1]!;
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(body.trim());
  return cdata ? cdata[1]! : decode(body);
}

export function readLgl(xml: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const body = a[2]!;
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const x = t[1]!;
      const gaz = /<gaztag geonameid="(\d+)">([\s\S]*?)<\/gaztag>/.exec(x);
      const lat = gaz ? field(gaz[2]!, 'lat') : null;
      const lon = gaz ? field(gaz[2]!, 'lon') : null;
      toponyms.push({
        start: Number(field(x, 'start')),
        end: Number(field(x, 'end')),
        phrase: field(x, 'phrase') ?? '',
        geonameid: gaz ? Number(gaz[1]) : null,
        lat: lat === null ? null : Number(lat),
        lon: lon === null ? null : Number(lon),
        fcode: gaz ? field(gaz[2]!, 'fcode') : null,
        country: gaz ? field(gaz[2]!, 'country') : null,
      });
    }
    out.push({ id: a[1]!, title: field(body, 'title') ?? '', text: field(body, 'text') ?? '', toponyms });
  }
  return out;
}
