/** The claim view: one merged event, every report's values side by side with conflicts marked, and its review. */
import { get, post, reviewer } from '../api.js';
import { external, fmt, h, route } from '../dom.js';
import { showError, status } from '../nav.js';
import type { ClaimView } from '../types.js';

const SIMPLE = ['type', 'subtype', 'date', 'fatalities', 'injured'] as const;

export async function claimView(root: HTMLElement, id: string): Promise<void> {
  const c = await get<ClaimView>(`events/${encodeURIComponent(id)}`);
  const e = c.event;
  const conflictFields = new Set(c.conflicts.map((x) => x.field));
  const send = async (body: Record<string, unknown>) => {
    try {
      await post(`events/${e.id}/review`, { ...body, reviewer: reviewer.get() });
      status('review saved');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      showError(err);
    }
  };
  const inputs: Record<string, HTMLInputElement> = {};
  const fieldRow = (field: string, value: string) => {
    const input = h('input', { name: field, value, size: 28 });
    inputs[field] = input;
    const save = h('button', { type: 'button', 'data-field': field }, 'save');
    save.addEventListener('click', () => void send({ action: 'edit', field, value: parseField(field, input.value) }));
    return h('tr', {}, h('th', {}, field), h('td', {}, input), h('td', {}, save));
  };
  const place = c.fields.place as { name: string } | null;
  const actors = (c.fields.actors as Array<{ name: string; role: string }>) ?? [];
  const accept = h('button', { type: 'button', class: 'accept' }, 'Accept');
  accept.addEventListener('click', () => void send({ action: 'accept' }));
  const reject = h('button', { type: 'button', class: 'reject' }, 'Reject');
  reject.addEventListener('click', () => void send({ action: 'reject' }));
  root.append(
    h('h1', {}, `${e.subtype} `, h('small', {}, e.id)),
    h('p', { class: 'meta', 'data-testid': 'review-status' }, `review: ${e.review.status ?? 'not reviewed'}${e.review.reviewer ? ` (${e.review.reviewer}, ${e.review.at})` : ''} · merged by ${e.merge.rule} (${e.merge.confidence})`),
    h('div', { class: 'verdict' }, accept, reject),
    h('table', { class: 'fields' }, h('tbody', {},
      ...SIMPLE.map((f) => fieldRow(f, c.fields[f] === null || c.fields[f] === undefined ? '' : String(c.fields[f]))),
      fieldRow('place', place?.name ?? ''),
      fieldRow('actors', actors.map((a) => `${a.role === 'target' ? '→' : ''}${a.name}`).join('; ')))),
    h('h2', {}, 'Reports'),
    h('table', { class: 'events claim' },
      h('thead', {}, h('tr', {}, ...['Outlet', 'Published', 'Date', 'Place', 'Killed', 'Injured', 'Sentence', 'Rule'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...c.sources.map((s) => h('tr', {},
        h('td', {}, route(`/doc/${s.doc}`, s.outlet ?? s.doc), h('br'), external(s.url)),
        h('td', {}, fmt(s.published)), h('td', {}, fmt(s.date)), h('td', {}, fmt(s.place)),
        h('td', { class: conflictFields.has('fatalities') ? 'num conflict' : 'num' }, fmt(s.fatalities)),
        h('td', { class: conflictFields.has('injured') ? 'num conflict' : 'num' }, fmt(s.injured)),
        h('td', {}, s.sentence), h('td', {}, `${s.rule} (${s.confidence})`))))),
    h('h2', {}, 'Conflicts'),
    c.conflicts.length ? h('ul', { 'data-testid': 'conflicts' }, ...c.conflicts.map((x) => h('li', { class: 'conflict' }, `${x.field}: `, x.values.map((v) => `${String(v.value)} (${v.docs.length} report${v.docs.length === 1 ? '' : 's'})`).join(' / ')))) : h('p', {}, 'none'),
    h('h2', {}, 'Figures as reported'),
    h('ul', {}, ...c.figures.map((f) => h('li', {}, `${f.kind} ${f.value} — “${fmt(f.text)}” ${f.said ? `said ${f.said} ` : ''}(${fmt(f.outlet)})`))),
    h('h2', {}, 'Review history'),
    c.history.length ? h('ol', { 'data-testid': 'history' }, ...c.history.map((r) => h('li', {}, `${r.at} ${r.reviewer}: ${r.action}${r.field ? ` ${r.field} ${JSON.stringify(r.old)} → ${JSON.stringify(r.new)}` : ''}`))) : h('p', {}, 'none'),
  );
}

/** What a field's text box means: numbers, a place name, actors as "a; b; →target". */
function parseField(field: string, raw: string): unknown {
  const v = raw.trim();
  if (field === 'fatalities' || field === 'injured') return v === '' ? null : Number(v);
  if (field === 'date') return v || null;
  if (field === 'place') return v ? { name: v } : null;
  if (field === 'actors') return v.split(';').map((s) => s.trim()).filter(Boolean).map((s) => (s.startsWith('→') ? { name: s.slice(1).trim(), role: 'target' } : { name: s, role: 'actor' }));
  return v;
}
