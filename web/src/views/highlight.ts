/**
 * The document's text with its layers' spans marked: the text is cut at every span boundary and each
 * piece becomes a text node inside a <span> whose classes name the layers covering it; hovering shows
 * each covering span's label, rule and confidence (a title attribute, which is never parsed as markup).
 */
import { h } from '../dom.js';
import type { LayerSpan } from '../types.js';

export const LAYERS: Array<[string, string]> = [
  ['entity', 'entities'], ['time', 'times'], ['place', 'places'], ['quote', 'quotes'], ['speaker', 'speakers'],
  ['cue', 'speech cues'], ['figure', 'figures'], ['event', 'event triggers'],
];

export function highlighted(text: string, spans: readonly LayerSpan[], shown: ReadonlySet<string>): HTMLElement {
  const active = spans.filter((s) => shown.has(s.layer) && s.end > s.start && s.start >= 0 && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...active.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = h('div', { class: 'doc-text', 'data-testid': 'doc-text' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    const covering = active.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const layers = [...new Set(covering.map((s) => s.layer))];
    out.append(h('span', {
      class: ['hl', ...layers.map((l) => `hl-${l}`)].join(' '),
      'data-layers': layers.join(' '),
      title: covering.map((s) => `${s.layer}: ${s.label} — rule ${s.rule}, confidence ${s.confidence.toFixed(2)}`).join('\n'),
    }, piece));
  }
  return out;
}
