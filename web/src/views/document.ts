/** The document list and the document view: highlighted text, figures and quotes to review, what cleaning removed. */
import { get, post, reviewer } from '../api.js';
import { external, fmt, h, route } from '../dom.js';
import { showError, status } from '../nav.js';
import type { DocumentView, Page, ReviewState } from '../types.js';
import { highlighted, LAYERS } from './highlight.js';

interface DocRow { id: string; title: string | null; source: string | null; published: string | null; origin: string }

export async function documentsView(root: HTMLElement, _arg: string, q: URLSearchParams): Promise<void> {
  const offset = Number(q.get('offset') ?? 0) || 0;
  const page = await get<Page<DocRow>>('documents', { limit: 100, offset });
  root.append(h('h1', {}, 'Documents'), h('p', { class: 'count' }, `${page.total} documents`),
    h('table', { class: 'events' }, h('thead', {}, h('tr', {}, h('th', {}, 'Title'), h('th', {}, 'Source'), h('th', {}, 'Published'), h('th', {}, 'Origin'))),
      h('tbody', {}, ...page.items.map((d) => h('tr', {}, h('td', {}, route(`/doc/${d.id}`, d.title || d.id)), h('td', {}, fmt(d.source)), h('td', {}, fmt(d.published)), h('td', {}, d.origin))))));
}

export async function documentView(root: HTMLElement, id: string): Promise<void> {
  const doc = await get<DocumentView>(`documents/${encodeURIComponent(id)}`);
  const shown = new Set(LAYERS.map(([l]) => l));
  const textBox = h('div');
  const draw = () => textBox.replaceChildren(highlighted(doc.text, doc.spans, shown));
  const legend = h('div', { class: 'legend' }, ...LAYERS.map(([layer, label]) => {
    const box = h('input', { type: 'checkbox', checked: true });
    box.addEventListener('change', () => {
      if (box.checked) shown.add(layer); else shown.delete(layer);
      draw();
    });
    const n = doc.spans.filter((s) => s.layer === layer).length;
    return h('label', { class: `hl hl-${layer}` }, box, `${label} (${n})`);
  }));
  draw();
  root.append(
    h('h1', { 'data-testid': 'doc-title' }, doc.title || doc.id),
    h('p', { class: 'meta' }, `${fmt(doc.source)} · published ${fmt(doc.published)} · `, external(doc.url), ` · ${doc.origin}`),
    legend,
    h('div', { class: 'doc' }, textBox, h('aside', {},
      section('Events', doc.events.map((e) => h('li', { class: e.reviewed ? `reviewed-${e.reviewed}` : '' }, e.event ? route(`/event/${e.event}`, `${e.subtype}`) : e.subtype, ` — “${e.trigger}”`, e.reviewed ? h('span', { class: 'badge' }, e.reviewed) : null))),
      section('Figures', doc.figures.map((f) => reviewable(`documents/${doc.id}/figures/${f.index}/review`, f.review, `${f.kind} ${fmt(f.review.values?.value ?? f.value)} — “${f.text}”${f.source ? ` (${f.source})` : ''}`, 'value', (v) => (v === '' ? null : Number(v))))),
      section('Quotes', doc.quotes.map((qt) => reviewable(`documents/${doc.id}/quotes/${qt.index}/review`, qt.review, `${fmt(qt.review.values?.speaker ?? qt.speaker)}: “${qt.text}”`, 'speaker', (v) => v || null))),
      section('Removed by cleaning', doc.removed.map((r) => h('li', { class: 'removed' }, h('code', {}, r.rule), ' ', r.text))),
      section('Repairs', doc.repairs.map((r) => h('li', {}, `“${r.from}” → “${r.to}” `, h('code', {}, r.rule)))))));
}

function section(title: string, items: HTMLElement[]): HTMLElement {
  return h('section', {}, h('h2', {}, `${title} (${items.length})`), items.length ? h('ul', {}, ...items) : h('p', { class: 'none' }, 'none'));
}

/** A figure or quote with its review status and accept / edit / reject controls. */
function reviewable(path: string, review: ReviewState, text: string, field: string, parse: (v: string) => unknown): HTMLElement {
  const li = h('li', { class: review.status ? `reviewed-${review.status}` : '' }, text, review.status ? h('span', { class: 'badge' }, `${review.status} by ${review.reviewer}`) : null);
  const send = async (body: Record<string, unknown>) => {
    try {
      await post(path, { ...body, reviewer: reviewer.get() });
      status('review saved');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) {
      showError(e);
    }
  };
  const input = h('input', { size: 10, placeholder: `new ${field}` });
  const accept = h('button', { type: 'button' }, 'accept');
  accept.addEventListener('click', () => void send({ action: 'accept' }));
  const edit = h('button', { type: 'button' }, 'edit');
  edit.addEventListener('click', () => void send({ action: 'edit', field, value: parse(input.value.trim()) }));
  const reject = h('button', { type: 'button' }, 'reject');
  reject.addEventListener('click', () => void send({ action: 'reject' }));
  li.append(h('span', { class: 'controls' }, accept, input, edit, reject));
  return li;
}
