/**
 * The timeline picture: events and people killed per day as inline SVG bars (per month when the report
 * spans more days than fit). Counts come from the events section, so the picture and the text agree.
 */
import type { Report } from './types.js';

/** Most bars drawn; beyond that days are gathered into months. */
const MAX_BARS = 62;
const BAR = 14;
const HEIGHT = 120;

export function timelineSvg(r: Report): string {
  const perDay = new Map<string, { events: number; killed: number }>();
  const dated = r.days.filter((d) => d.day !== 'undated');
  const byMonth = dated.length > MAX_BARS;
  for (const d of dated) {
    const key = byMonth ? d.day.slice(0, 7) : d.day;
    const row = perDay.get(key) ?? perDay.set(key, { events: 0, killed: 0 }).get(key)!;
    for (const p of d.places) for (const e of p.events) {
      row.events++;
      row.killed += e.fatalities ?? 0;
    }
  }
  if (perDay.size === 0) return '';
  const rows = [...perDay].sort(([x], [y]) => (x < y ? -1 : 1));
  const maxEvents = Math.max(...rows.map(([, v]) => v.events), 1);
  const maxKilled = Math.max(...rows.map(([, v]) => v.killed), 1);
  const width = rows.length * (2 * BAR + 8) + 40;
  const bars = rows.map(([day, v], i) => {
    const x = 30 + i * (2 * BAR + 8);
    const he = Math.round((v.events / maxEvents) * HEIGHT);
    const hk = Math.round((v.killed / maxKilled) * HEIGHT);
    return `<g><title>${esc(day)}: ${v.events} events, ${v.killed} killed</title>`
      + `<rect x="${x}" y="${10 + HEIGHT - he}" width="${BAR}" height="${he}" fill="#4a6fa5"/>`
      + `<rect x="${x + BAR}" y="${10 + HEIGHT - hk}" width="${BAR}" height="${hk}" fill="#b33"/>`
      + `<text x="${x + BAR}" y="${HEIGHT + 24}" font-size="9" text-anchor="end" transform="rotate(-45 ${x + BAR} ${HEIGHT + 24})">${esc(day)}</text></g>`;
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${HEIGHT + 80}" width="${width}" height="${HEIGHT + 80}">`
    + `<title>Events and people killed per ${byMonth ? 'month' : 'day'}</title>${bars.join('')}</svg>`
    + `<figcaption><span style="color:#4a6fa5">■</span> events (most: ${maxEvents}) <span style="color:#b33">■</span> killed in them (most: ${maxKilled}), per ${byMonth ? 'month' : 'day'}</figcaption></figure>`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
