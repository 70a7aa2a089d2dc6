/** Full-text search: matches come back between two control characters, split here into text and <mark>. */
import { get } from '../api.js';
import { h, route } from '../dom.js';
import { go } from '../nav.js';

interface Hit { docId: string; sentence: number; snippet: string; title: string | null }

export async function searchView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  const query = q.get('q') ?? '';
  const input = h('input', { name: 'q', value: query, size: 40, placeholder: 'words to find' });
  const form = h('form', { class: 'filters' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('search', new URLSearchParams({ q: input.value }));
  });
  root.append(h('h1', {}, 'Search'), form);
  if (!query.trim()) return;
  const { items } = await get<{ items: Hit[] }>('search', { q: query, limit: 100 });
  root.append(h('p', { class: 'count' }, `${items.length} matching sentence(s)`),
    h('ol', { class: 'hits' }, ...items.map((hit) => h('li', {}, snippet(hit.snippet), ' — ', route(`/doc/${hit.docId}`, hit.title ?? hit.docId)))));
}

function snippet(s: string): HTMLElement {
  const out = h('span');
  for (const [i, part] of s.split(/[\u0002\u0003]/).entries()) out.append(i % 2 ? h('mark', {}, part) : document.createTextNode(part));
  return out;
}
