/**
 * How the entity model types names in news of another kind: MEANTIME's English Wikinews articles
 * (NewsReader, CC BY 4.0), measured only, never trained on. MEANTIME marks the entities that take part in
 * its annotated events, not every name, so only recall-like figures are fair: of its proper-name
 * mentions (`syntactic_type="NAM"`) of persons, organizations and places, how many the tagger finds
 * with the same extent (span), how many also with the same type (typed), and the type right among those
 * found; then the commonest confusions.
 *
 *   node --import tsx scripts/ner-meantime.ts [--data ../shared/eval/meantime] [--model models/ner.bin] [--examples]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel, MODEL_PATH } from '../src/ner/model.js';
import { tagDocument } from '../src/ner/tagger.js';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const root = flag('--data') ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'meantime');
const model = decodeModel(readFileSync(flag('--model') ?? MODEL_PATH));
const TYPES = new Set(['PER', 'ORG', 'LOC']);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let gold = 0;
let found = 0;
let typed = 0;
const confusions = new Map<string, number>();
const examples: string[] = [];
for (const dir of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
  for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(root, dir, file), 'utf8');
    const tokens = [...xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)].map((m) => ({ sentence: Number(m[1]), id: m[2]!, word: unescape(m[3]!) }));
    const at = new Map(tokens.map((t, i) => [t.id, i]));
    const entityType = new Map([...xml.matchAll(/<ENTITY [^>]*ent_type="([A-Z]+)"[^>]*m_id="(\d+)"/g)].map((m) => [m[2]!, m[1]!]));
    const mentionType = new Map<string, string>();
    for (const r of xml.matchAll(/<REFERS_TO[^>]*>\s*((?:<source m_id="\d+"\/>\s*)+)<target m_id="(\d+)"\/>/g)) {
      for (const s of r[1]!.matchAll(/m_id="(\d+)"/g)) mentionType.set(s[1]!, entityType.get(r[2]!) ?? '');
    }
    // sentences in token order, each with the index of its first token
    const sentences: string[][] = [];
    const first: number[] = [];
    tokens.forEach((t, i) => {
      if (!sentences[t.sentence]) { sentences[t.sentence] = []; first[t.sentence] = i; }
      sentences[t.sentence]!.push(t.word);
    });
    const tagged = tagDocument(model, sentences.map((words) => ({ words: words ?? [], pos: null })));
    const system = tagged.flatMap((list, si) => list.map((s) => ({ start: first[si]! + s.start, end: first[si]! + s.end, type: s.type as string })));
    for (const m of xml.matchAll(/<ENTITY_MENTION [^>]*m_id="(\d+)" syntactic_type="NAM">([\s\S]*?)<\/ENTITY_MENTION>/g)) {
      const type = mentionType.get(m[1]!) ?? '';
      const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => at.get(a[1]!)).filter((i): i is number => i !== undefined);
      if (!TYPES.has(type) || ids.length === 0) continue;
      const start = Math.min(...ids);
      const end = Math.max(...ids) + 1;
      gold++;
      const hit = system.find((s) => s.start === start && s.end === end);
      const key = hit ? (hit.type === type ? '' : `${type}→${hit.type}`) : `${type} not found`;
      if (hit) found++;
      if (hit && hit.type === type) typed++;
      if (key) {
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
        if (hit) examples.push(`${key}: ${tokens.slice(start, end).map((t) => t.word).join(' ')}`);
      }
    }
  }
}
const r = (x: number) => x.toFixed(3);
console.log(`MEANTIME names (PER/ORG/LOC, ${gold}): span found ${r(found / gold)}, typed right ${r(typed / gold)}, type right of found ${r(typed / found)}`);
console.log([...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; '));
if (argv.includes('--examples')) for (const e of examples) console.log(e);
