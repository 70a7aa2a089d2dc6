/**
 * Who said what: the statements of each speaker across the reports, quoted as the reports give them,
 * with outlet and date. A speaker is the entity the store files their name under across documents
 * ("Zelenskyy" and "Volodymyr Zelenskyy" are one), else the name the report gives. The main statements
 * are the direct quotations first, then reported speech, then views; stances are left out (they are
 * what someone endorsed or criticized, not what they said).
 */
import type { Quote } from '../model/annotations.js';
import type { StoredDocument } from '../store/store.js';
import { sentenceEvidence, spanEvidence } from './evidence.js';
import { round } from './events.js';
import { cmp } from './format.js';
import { dayOf } from './filters.js';
import { MAX_SPEAKERS, MAX_STATEMENT, STATEMENTS_PER_SPEAKER } from './options.js';
import type { Inferred, Speaker, Statement } from './types.js';

/** Speakers' names that say nobody in particular: their statements are kept out of the list. */
const UNNAMED = /^(he|she|they|it|we|i|you|his|her|their)$/i;

/** The speakers with most statements (at most MAX_SPEAKERS), and how many more there are. */
export function whoSaidWhat(docs: readonly StoredDocument[], entityNames: ReadonlyMap<string, string>): { speakers: Speaker[]; more: number } {
  const bySpeaker = new Map<string, Statement[]>();
  for (const d of docs) {
    const a = d.analysis;
    for (const q of a.annotations?.quotes ?? []) {
      if (q.kind === 'stance') continue;
      const name = speakerOf(d.id, q, entityNames);
      if (!name) continue;
      const inferred: Inferred[] = [];
      const evidence = [spanEvidence(a, q.sentence, q.content)];
      // The sentence that names the speaker is evidence too: the name is checked against it.
      const at = q.speaker ? a.sentences.findIndex((s) => s.span.start <= q.speaker!.start && q.speaker!.start < s.span.end) : -1;
      const named = at >= 0 ? sentenceEvidence(a, at) : null;
      if (named) evidence.push(named);
      if (!named?.text.includes(name)) {
        const rule = q.speaker && q.speakerName && q.speaker.text !== q.speakerName ? `attribution: "${q.speaker.text}" is ${q.speakerName} (${q.rule})`
          : q.speaker ? `entities: the name the store files "${q.speaker.text}" under across reports` : `attribution: the speaker of the quotation around it (${q.rule})`;
        inferred.push({ field: 'speaker', rule: name !== q.speakerName && q.speakerName ? `${rule}; across reports, ${name}` : rule });
      }
      const st: Statement = {
        text: cut(q.content.text), direct: q.direct, kind: q.kind, cue: q.cue?.text ?? null, as: q.speaker?.text ?? null, document: d.id,
        outlet: d.source ?? a.document.source, published: dayOf(d), confidence: round(q.confidence), inferred,
        evidence,
      };
      bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), st]);
    }
  }
  const all = [...bySpeaker]
    .map(([name, said]) => ({ name, total: said.length, statements: [...said].sort(mainFirst).slice(0, STATEMENTS_PER_SPEAKER) }))
    .sort((x, y) => y.total - x.total || cmp(x.name, y.name));
  return { speakers: all.slice(0, MAX_SPEAKERS), more: Math.max(0, all.length - MAX_SPEAKERS) };
}

function speakerOf(doc: string, q: Quote, entityNames: ReadonlyMap<string, string>): string | null {
  const name = (q.speakerEntity ? entityNames.get(`${doc}/${q.speakerEntity}`) : undefined) ?? q.speakerName;
  return name && !UNNAMED.test(name.trim()) ? name.trim() : null;
}

const KIND_RANK = { speech: 0, belief: 1, stance: 2 } as const;

/** Direct quotations, then speech, then views; then latest report first, then text order. */
function mainFirst(x: Statement, y: Statement): number {
  return Number(y.direct) - Number(x.direct) || KIND_RANK[x.kind] - KIND_RANK[y.kind]
    || cmp(y.published ?? '', x.published ?? '') || cmp(x.document, y.document)
    || x.evidence[0]!.span[0] - y.evidence[0]!.span[0];
}

/** A long statement cut at a word; the evidence keeps the whole of it. */
function cut(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= MAX_STATEMENT) return one;
  const at = one.lastIndexOf(' ', MAX_STATEMENT);
  return `${one.slice(0, at > 0 ? at : MAX_STATEMENT)}…`;
}
