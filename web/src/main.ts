/** The UI's shell: the header, the token, and a hash router (`#/events?...`) whose state survives a reload. */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './style.css';
import { reviewer, token } from './api.js';
import { showError, status } from './nav.js';
import { clear, h, route } from './dom.js';
import { claimView } from './views/claim.js';
import { documentView, documentsView } from './views/document.js';
import { entitiesView, entityView } from './views/entities.js';
import { eventsView } from './views/events.js';
import { mapView } from './views/map.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';
import { uploadView } from './views/upload.js';

export type View = (root: HTMLElement, arg: string, query: URLSearchParams) => Promise<void> | void;

const ROUTES: Record<string, View> = {
  events: eventsView,
  map: mapView,
  timeline: timelineView,
  documents: documentsView,
  doc: documentView,
  event: claimView,
  search: searchView,
  entities: entitiesView,
  entity: entityView,
  upload: uploadView,
};
const NAV: Array<[string, string]> = [['events', 'Events'], ['map', 'Map'], ['timeline', 'Timeline'], ['documents', 'Documents'], ['search', 'Search'], ['entities', 'Entities'], ['upload', 'Upload']];

async function render(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, qs] = hash.split('?', 2) as [string, string | undefined];
  const [name, ...rest] = pathPart.split('/');
  const view = ROUTES[name || 'events'];
  const root = document.getElementById('view')!;
  clear(root);
  status('');
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.getAttribute('data-route') === (name || 'events'));
  if (!view) {
    root.append(h('p', {}, 'No such page. ', route('/events', 'Events')));
    return;
  }
  try {
    await view(root, decodeURIComponent(rest.join('/')), new URLSearchParams(qs ?? ''));
  } catch (e) {
    showError(e);
  }
}

function setup(): void {
  // `sitrep serve` prints a link with the token in the fragment; keep it for this tab and drop it from the address.
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    token.set(decodeURIComponent(m[1]!));
    history.replaceState(null, '', location.pathname + '#/events');
  }
  const nav = document.getElementById('nav')!;
  for (const [path, label] of NAV) {
    const a = route(`/${path}`, label);
    a.setAttribute('data-route', path);
    nav.append(a);
  }
  const tokenInput = document.getElementById('token') as HTMLInputElement;
  tokenInput.value = token.get();
  tokenInput.addEventListener('change', () => token.set(tokenInput.value.trim()));
  const who = document.getElementById('reviewer') as HTMLInputElement;
  who.value = reviewer.get();
  who.addEventListener('change', () => reviewer.set(who.value.trim()));
  window.addEventListener('hashchange', () => void render());
  void render();
}

setup();
