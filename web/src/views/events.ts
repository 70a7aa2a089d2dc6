/** The events table: filters, sorting by column, paging; a row opens the claim view. */
import { get } from '../api.js';
import { fmt, h, route } from '../dom.js';
import { go } from '../nav.js';
import type { EventRow, Page } from '../types.js';
import { filterForm, filterQuery } from './filters.js';

const PAGE = 50;
const COLUMNS: Array<[string, string, string | null]> = [
  ['date', 'Date', 'date'], ['type', 'Type', 'type'], ['subtype', 'Sub-type', null], ['place', 'Place', 'place'],
  ['actors', 'Actors', null], ['fatalities', 'Killed', 'fatalities'], ['injured', 'Injured', null],
  ['sources', 'Reports', 'sources'], ['conflicts', 'Conflicts', null], ['reviewed', 'Reviewed', null],
];

export async function eventsView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  const sort = q.get('sort') ?? 'date';
  const offset = Number(q.get('offset') ?? 0) || 0;
  root.append(h('h1', {}, 'Events'), await filterForm(q, (next) => go('events', next)));
  const page = await get<Page<EventRow>>('events', { ...filterQuery(q), sort, limit: PAGE, offset });
  const withQuery = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(q);
    for (const [k, v] of Object.entries(changes)) if (v === null) next.delete(k); else next.set(k, v);
    return next;
  };
  const head = h('tr', {}, ...COLUMNS.map(([, label, key]) => {
    if (!key) return h('th', {}, label);
    const desc = sort === key;
    const button = h('button', { type: 'button', class: 'sort' }, `${label}${sort === key ? ' ▲' : sort === `-${key}` ? ' ▼' : ''}`);
    button.addEventListener('click', () => go('events', withQuery({ sort: desc ? `-${key}` : key, offset: null })));
    return h('th', {}, button);
  }));
  const rows = page.items.map((e) => h('tr', { class: e.reviewed ? `reviewed-${e.reviewed}` : '', 'data-event': e.id },
    h('td', {}, route(`/event/${e.id}`, fmt(e.date))),
    h('td', {}, e.type), h('td', {}, e.subtype), h('td', {}, fmt(e.place)),
    h('td', {}, [...e.actors, ...e.targets.map((t) => `→ ${t}`)].join('; ') || '—'),
    h('td', { class: 'num' }, fmt(e.fatalities)), h('td', { class: 'num' }, fmt(e.injured)),
    h('td', { class: 'num' }, e.sources), h('td', { class: 'num' }, e.conflicts ? h('span', { class: 'conflict' }, e.conflicts) : '0'),
    h('td', {}, fmt(e.reviewed))));
  const prev = h('button', { type: 'button', disabled: offset === 0 }, '← previous');
  prev.addEventListener('click', () => go('events', withQuery({ offset: String(Math.max(0, offset - PAGE)) })));
  const next = h('button', { type: 'button', disabled: offset + PAGE >= page.total }, 'next →');
  next.addEventListener('click', () => go('events', withQuery({ offset: String(offset + PAGE) })));
  root.append(
    h('p', { class: 'count', 'data-testid': 'event-count' }, `${page.total} event${page.total === 1 ? '' : 's'}`, page.total > PAGE ? `, ${offset + 1}–${Math.min(offset + PAGE, page.total)} shown` : ''),
    h('table', { class: 'events' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    h('div', { class: 'pager' }, prev, next));
}
