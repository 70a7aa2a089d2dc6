/**
 * The linking stage's speed on the BBC corpus: within-document linking (src/entities/link.ts) in tokens
 * and articles per second, beside the entities stage it follows, both timed on the same texts with
 * segmentation, tagging and places done before the clock starts; then filing every article's entities
 * into canonical entities in an in-memory SQLite store (src/store/entities.ts), in entities per second.
 * Also counts what linking adds: entities an article, and role and pronoun mentions.
 *
 *   node --import tsx bench/link.ts [--data ../shared/corpus/bbc/bbc.jsonl.gz] [--limit N] [--json]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { linkEntities } from '../src/entities/stage.js';
import { tagPlaces } from '../src/geo/stage.js';
import type { Analysis } from '../src/model/types.js';
import { nerModel } from '../src/ner/model.js';
import { tagEntities } from '../src/ner/stage.js';
import { segment } from '../src/segment/segment.js';
import { entityIndex } from '../src/store/entities.js';
import { openDatabase } from '../src/store/sqlite.js';
import { args, flag, sharedPath } from './args.js';

const DATA = flag('--data') ?? sharedPath('corpus', 'bbc', 'bbc.jsonl.gz');
const LIMIT = Number(flag('--limit') ?? Infinity);
/** Articles in the warm-up pass. */
const WARMUP = 200;

const texts = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).slice(0, LIMIT).map((l) => (JSON.parse(l) as { text: string }).text);
const model = nerModel();
const docs = texts.map((text) => {
  const seg = segment(text);
  const mentions = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }, model).mentions;
  const places = tagPlaces({ text, sentences: seg.sentences, mentions });
  return { text, seg, mentions, places };
});
const tokens = docs.reduce((n, d) => n + d.seg.tokens.length, 0);

function measure<T>(run: (i: number) => T): { seconds: number; out: T[] } {
  for (let i = 0; i < Math.min(WARMUP, docs.length); i++) run(i);
  const t0 = performance.now();
  const out = docs.map((_, i) => run(i));
  return { seconds: (performance.now() - t0) / 1000, out };
}

const tag = measure((i) => tagEntities({ text: docs[i]!.text, sentences: docs[i]!.seg.sentences, tokens: docs[i]!.seg.tokens }, model).mentions.length);
const link = measure((i) => {
  const d = docs[i]!;
  return linkEntities({ text: d.text, sentences: d.seg.sentences, tokens: d.seg.tokens, mentions: d.mentions, places: d.places });
});
const entities = link.out.reduce((n, o) => n + o.entities.length, 0);
const roles = link.out.reduce((n, o) => n + o.mentions.filter((m) => m.kind === 'role').length, 0);
const pronouns = link.out.reduce((n, o) => n + o.mentions.filter((m) => m.kind === 'pronoun').length, 0);

// Filing across documents: the analyses as the store reads them (document id, mentions, entities).
const analyses = link.out.map((o, i) => ({
  document: { id: `bbc-${i}` },
  annotations: {
    entities: o.entities,
    mentions: o.mentions.map((m) => ({ ...m, span: { start: m.start, end: m.end, text: docs[i]!.text.slice(m.start, m.end), raw: [m.start, m.end] } })),
  },
}) as unknown as Analysis);
const db = openDatabase(':memory:');
db.pragma('foreign_keys = OFF'); // no documents rows: only the filing is timed
const index = entityIndex(db);
const f0 = performance.now();
db.transaction(() => index.add(analyses))();
const fileSeconds = (performance.now() - f0) / 1000;
const canonical = (db.prepare('SELECT count(*) FROM entities').pluck().get() as number);
const merged = (db.prepare("SELECT count(*) FROM entity_members WHERE rule <> 'new'").pluck().get() as number);

const summary = {
  articles: docs.length, tokens, entitiesStageTokensPerSecond: tokens / tag.seconds, linkTokensPerSecond: tokens / link.seconds,
  linkArticlesPerSecond: docs.length / link.seconds, entitiesPerArticle: entities / docs.length, roleMentions: roles, pronounMentions: pronouns,
  filedEntitiesPerSecond: entities / fileSeconds, canonicalEntities: canonical, mergedAcrossDocuments: merged,
};
if (args.includes('--json')) console.log(JSON.stringify(summary));
else {
  console.log(`${docs.length} articles, ${tokens} tokens; ${entities} entities (${summary.entitiesPerArticle.toFixed(1)} an article), ${roles} role and ${pronouns} pronoun mentions linked`);
  console.log(`entities stage ${summary.entitiesStageTokensPerSecond.toFixed(0)} tokens/s; linking ${summary.linkTokensPerSecond.toFixed(0)} tokens/s (${summary.linkArticlesPerSecond.toFixed(0)} articles/s)`);
  console.log(`filing across documents: ${summary.filedEntitiesPerSecond.toFixed(0)} entities/s into ${canonical} canonical entities (${merged} joined an existing one)`);
}
console.log(`link: ${summary.linkTokensPerSecond.toFixed(0)} tokens/s within documents (${(summary.entitiesStageTokensPerSecond / summary.linkTokensPerSecond).toFixed(2)}× the entities stage's time), ${summary.filedEntitiesPerSecond.toFixed(0)} entities/s filed across documents`);
