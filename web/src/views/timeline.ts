/** The timeline: events, killed and injured a day over the filtered events, drawn as SVG bars. */
import { get } from '../api.js';
import { h } from '../dom.js';
import { go } from '../nav.js';
import { filterForm, filterQuery } from './filters.js';

interface Day { day: string; events: number; fatalities: number; injured: number }
const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 140;

export async function timelineView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  root.append(h('h1', {}, 'Timeline'), await filterForm(q, (next) => go('timeline', next)));
  const { days, undated } = await get<{ days: Day[]; undated: number }>('timeline', filterQuery(q));
  root.append(h('p', { class: 'count', 'data-testid': 'timeline-count' }, `${days.length} day(s) with events; ${undated} undated event(s) left out`));
  root.append(chart('Events a day', days, (d) => d.events, 'bar-events'), chart('Killed and injured a day (as reported, reviewed values where reviewed)', days, (d) => d.fatalities + d.injured, 'bar-casualties', (d) => d.fatalities));
  root.append(h('table', { class: 'events' }, h('thead', {}, h('tr', {}, h('th', {}, 'Day'), h('th', {}, 'Events'), h('th', {}, 'Killed'), h('th', {}, 'Injured'))),
    h('tbody', {}, ...days.map((d) => h('tr', {}, h('td', {}, d.day), h('td', { class: 'num' }, d.events), h('td', { class: 'num' }, d.fatalities), h('td', { class: 'num' }, d.injured))))));
}

function chart(title: string, days: Day[], value: (d: Day) => number, cls: string, inner?: (d: Day) => number): HTMLElement {
  const max = Math.max(1, ...days.map(value));
  const width = Math.max(300, days.length * 14);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT + 20}`);
  svg.setAttribute('class', 'chart');
  days.forEach((d, i) => {
    const bar = (v: number, c: string) => {
      const r = document.createElementNS(SVG, 'rect');
      const hgt = (v / max) * HEIGHT;
      r.setAttribute('x', String(i * 14 + 2));
      r.setAttribute('y', String(HEIGHT - hgt));
      r.setAttribute('width', '10');
      r.setAttribute('height', String(hgt));
      r.setAttribute('class', c);
      const t = document.createElementNS(SVG, 'title');
      t.textContent = `${d.day}: ${d.events} events, ${d.fatalities} killed, ${d.injured} injured`;
      r.appendChild(t);
      svg.appendChild(r);
    };
    bar(value(d), cls);
    if (inner) bar(inner(d), 'bar-killed');
  });
  const label = (x: number, text: string) => {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(HEIGHT + 15));
    t.setAttribute('class', 'axis');
    t.textContent = text;
    svg.appendChild(t);
  };
  if (days.length) {
    label(0, days[0]!.day);
    if (days.length > 1) label(Math.max(80, width - 80), days.at(-1)!.day);
  }
  return h('figure', { class: 'timeline' }, h('figcaption', {}, `${title} (max ${max})`), svg);
}
