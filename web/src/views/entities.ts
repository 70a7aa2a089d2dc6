/** Canonical entities, and one entity's page: aliases, documents, and the merge rule and evidence of each. */
import { get, post, reviewer } from '../api.js';
import { h, route } from '../dom.js';
import { go, showError, status } from '../nav.js';
import type { Page } from '../types.js';

interface Entity { id: number; name: string; type: string; documents: number; mentions: number; aliases: string[] }
interface Link { docId: string; localId: string; name: string; rule: string; evidence: string[]; confidence: number; mentions: number; review: { status: string | null; reviewer: string | null } }

export async function entitiesView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  const type = q.get('type') ?? '';
  const select = h('select', { name: 'type' }, ...['', 'PER', 'ORG', 'LOC', 'MISC'].map((t) => {
    const o = h('option', { value: t }, t || 'any type');
    o.selected = t === type;
    return o;
  }));
  select.addEventListener('change', () => go('entities', new URLSearchParams(select.value ? { type: select.value } : {})));
  const page = await get<Page<Entity>>('entities', { type: type || undefined, limit: 200 });
  root.append(h('h1', {}, 'Entities'), h('p', {}, select, ` ${page.total} entities`),
    h('table', { class: 'events' }, h('thead', {}, h('tr', {}, ...['Name', 'Type', 'Documents', 'Mentions', 'Other names'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...page.items.map((e) => h('tr', {}, h('td', {}, route(`/entity/${e.id}`, e.name)), h('td', {}, e.type), h('td', { class: 'num' }, e.documents), h('td', { class: 'num' }, e.mentions), h('td', {}, e.aliases.join('; ')))))));
}

export async function entityView(root: HTMLElement, id: string): Promise<void> {
  const e = await get<Entity & { links: Link[] }>(`entities/${encodeURIComponent(id)}`);
  root.append(h('h1', {}, e.name, ' ', h('small', {}, e.type)), h('p', {}, `Other names: ${e.aliases.join('; ') || 'none'}`),
    h('table', { class: 'events' }, h('thead', {}, h('tr', {}, ...['Document', 'Name there', 'Rule', 'Evidence', 'Confidence', 'Merge reviewed'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...e.links.map((l) => h('tr', {}, h('td', {}, route(`/doc/${l.docId}`, l.docId.slice(0, 12))), h('td', {}, l.name), h('td', {}, l.rule), h('td', {}, l.evidence.join('; ')), h('td', { class: 'num' }, l.confidence),
        h('td', {}, l.review.status ? `${l.review.status} (${l.review.reviewer}) ` : '', verdict(e.id, l, 'accept'), verdict(e.id, l, 'reject')))))));
}

/** Accept or reject that a document's entity belongs here (the merge rule's decision). */
function verdict(entity: number, l: Link, action: 'accept' | 'reject'): HTMLButtonElement {
  const b = h('button', { type: 'button' }, action);
  b.addEventListener('click', async () => {
    try {
      await post(`entities/${entity}/links/review`, { doc: l.docId, local: l.localId, action, reviewer: reviewer.get() });
      status('review saved');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      showError(err);
    }
  });
  return b;
}
