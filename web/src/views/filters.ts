/** The filter form the events table, the map and the timeline share; its values live in the route's query. */
import { get } from '../api.js';
import { h } from '../dom.js';
import type { Facets } from '../types.js';

export const FILTER_KEYS = ['from', 'to', 'place', 'type', 'subtype', 'actor', 'source', 'reviewed'] as const;

export function filterQuery(q: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  return out;
}

export async function filterForm(q: URLSearchParams, onApply: (q: URLSearchParams) => void): Promise<HTMLFormElement> {
  const facets = await get<Facets>('events/facets');
  const input = (name: string, placeholder: string, type = 'text') =>
    h('label', {}, placeholder, h('input', { name, type, value: q.get(name) ?? '', placeholder, size: 12 }));
  const select = (name: string, label: string, options: Array<{ value: string; count?: number }>) =>
    h('label', {}, label, h('select', { name },
      h('option', { value: '' }, 'any'),
      ...options.map((o) => {
        const opt = h('option', { value: o.value }, o.count !== undefined ? `${o.value} (${o.count})` : o.value);
        opt.selected = q.get(name) === o.value;
        return opt;
      })));
  const form = h('form', { class: 'filters', 'data-testid': 'filters' },
    input('from', 'from', 'date'), input('to', 'to', 'date'), input('place', 'place'),
    select('type', 'type', facets.types), select('subtype', 'sub-type', facets.subtypes),
    input('actor', 'actor'), input('source', 'source'),
    select('reviewed', 'reviewed', [{ value: 'yes' }, { value: 'no' }, { value: 'accepted' }, { value: 'edited' }, { value: 'rejected' }]),
    h('button', { type: 'submit' }, 'Filter'),
    h('button', { type: 'reset' }, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) next.set(k, v);
    const sort = q.get('sort');
    if (sort) next.set('sort', sort);
    onApply(next);
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    onApply(new URLSearchParams());
  });
  return form;
}
