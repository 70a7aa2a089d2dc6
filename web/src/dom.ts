/**
 * Building the page without HTML strings: every piece of text, article text above all, goes in as a
 * text node (textContent), never through innerHTML, so markup in an article is shown, never run.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** Attributes that could carry script or a navigation are never set from data. */
const UNSAFE = /^(on|href$|src$|srcdoc$|action$|formaction$|style$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (UNSAFE.test(k)) throw new Error(`attribute ${k} is set only through link()`);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link inside the UI (`#/doc/ID`): the route is built here, never taken from an article. */
export function route(path: string, ...children: Child[]): HTMLAnchorElement {
  const a = h('a', {}, ...children);
  a.href = `#${path}`;
  return a;
}

/** A link out, only for http(s) addresses; anything else (javascript:, data:) is shown as text. */
export function external(url: string | null | undefined): Node {
  if (!url) return document.createTextNode('');
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return h('code', { class: 'unsafe-url', title: 'not an http(s) address: shown as text' }, url);
  const a = h('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }, url);
  a.href = parsed.href;
  return a;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export const fmt = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : String(v));
