/**
 * JSON-LD blocks to a flat list of schema.org nodes: `@graph` and arrays are unfolded, nested objects
 * visited, and `{"@id": ...}` references resolved, so that the readers can ask "the article node" or
 * "the name of its publisher" without caring how the page nested them.
 */
import { ARTICLE_TYPES, OUTLET_TYPES } from './lexicon.js';

export type LdObject = Record<string, unknown>;

export interface LdGraph {
  /** Every object with an `@type`, in document order (outer before inner). */
  nodes: LdObject[];
  /** Objects by `@id`, for resolving references. */
  byId: Map<string, LdObject>;
  /** Blocks that are not JSON even after repair; the date reader scans them with a pattern. */
  unparsed: string[];
}

/** Deepest nesting visited: real markup nests 4-5 levels; deeper is data we do not need. */
const MAX_DEPTH = 12;
/** Most objects visited per page: product feeds and breadcrumbs can hold thousands. */
const MAX_OBJECTS = 5_000;

export function parseJsonLd(blocks: readonly string[], warnings: string[]): LdGraph {
  const graph: LdGraph = { nodes: [], byId: new Map(), unparsed: [] };
  blocks.forEach((block, i) => {
    const value = lenientJson(block);
    if (value === undefined) {
      if (block.trim() !== '') warnings.push(`JSON-LD block ${i + 1} is not valid JSON; it was read with a pattern`);
      graph.unparsed.push(block);
      return;
    }
    collect(value, graph);
  });
  return graph;
}

/** An HTML comment or CDATA opener before the JSON (bare, or behind a line or block comment), and its end after. */
const CDATA_START = /^(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)\s*/;
const CDATA_END = /\s*(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)$/;

/** JSON.parse, after removing comment and CDATA wrappers and, if that fails, raw control characters. */
function lenientJson(block: string): unknown {
  const text = block.trim().replace(CDATA_START, '').replace(CDATA_END, '');
  for (const attempt of [text, text.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function collect(root: unknown, graph: LdGraph): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_OBJECTS) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? value : Object.values(value as LdObject);
    if (!Array.isArray(value)) {
      visited++;
      const obj = value as LdObject;
      if (obj['@type'] !== undefined) graph.nodes.push(obj);
      if (typeof obj['@id'] === 'string' && Object.keys(obj).length > 1 && !graph.byId.has(obj['@id'])) graph.byId.set(obj['@id'], obj);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
}

/** The lower-cased schema.org type names of a node (`@type` may be a string, a URL, or an array). */
export function typesOf(node: LdObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export const isArticle = (node: LdObject) => typesOf(node).some((t) => ARTICLE_TYPES.has(t));
export const isOutlet = (node: LdObject) => typesOf(node).some((t) => OUTLET_TYPES.has(t));

/** Article nodes first, then the rest: the order the readers try them in. */
export function articleFirst(graph: LdGraph): LdObject[] {
  return [...graph.nodes.filter(isArticle), ...graph.nodes.filter((n) => !isArticle(n))];
}

/** Follows an `{"@id"}` reference to the full object, when the page has it. */
export function resolve(value: unknown, graph: LdGraph): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as LdObject)['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) return graph.byId.get(id) ?? value;
  }
  return value;
}

/** The names in a value: a string, `{name}`, a reference, or an array of these. */
export function namesOf(value: unknown, graph: LdGraph): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const v = resolve(item, graph);
    if (typeof v === 'string') names.push(v);
    else if (v && typeof v === 'object') {
      const name = (v as LdObject)['name'];
      if (typeof name === 'string') names.push(name);
    }
  }
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
}

/** A string property, or the `@id`/`url` of an object property (as `mainEntityOfPage` often is). */
export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as LdObject)['@id'] ?? (value as LdObject)['url']);
  return null;
}
