/**
 * What every `Store` must do, whatever the database (STYLE.md rule 13). An implementation's test file
 * calls `storeSuite(name, open)`, where `open()` returns a new, empty store each time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Analysis, Failure, Paragraph, Sentence, Token } from '../../src/model/types.js';
import { eventStoreSuite } from './events.suite.js';
import { entityStoreSuite } from './entities.suite.js';
import type { Store } from '../../src/store/store.js';
import { collect } from '../../src/store/collect.js';

export interface Article {
  text: string;
  origin?: string;
  title?: string | null;
  source?: string | null;
  /** A day, `2022-03-16`. */
  published?: string | null;
}

/**
 * A small but well-formed analysis: a paragraph per line, sentences ending in . ! or ?, word and
 * punctuation tokens; every span is the slice of `text` it points to. The id hashes the text, as
 * `documentId` does, so the same text is the same document.
 */
export function makeAnalysis(article: Article): Analysis {
  const { text } = article;
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end), raw: [start, end] as [number, number] });
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of text.matchAll(/[^\n]+/g)) {
    const first = sentences.length;
    for (const s of p[0].matchAll(/\S[^.!?]*(?:[.!?]+|$)/g)) {
      const start = p.index + s.index;
      const end = start + s[0].trimEnd().length;
      const firstToken = tokens.length;
      for (const t of text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?|[^\s\p{L}\p{N}]/gu)) {
        const pos = /^\p{N}/u.test(t[0]) ? 'NUM' : /^\p{Lu}/u.test(t[0]) ? 'PROPN' : /^\p{L}/u.test(t[0]) ? 'NOUN' : 'PUNCT';
        tokens.push([start + t.index, start + t.index + t[0].length, pos]);
      }
      sentences.push({ span: span(start, end), paragraph: paragraphs.length, tokens: [firstToken, tokens.length] });
    }
    paragraphs.push({ span: span(p.index, p.index + p[0].length), sentences: [first, sentences.length - 1] });
  }
  const document: Analysis['document'] = {
    id, url: null, source: article.source ?? null, title: article.title ?? null, author: null,
    published: article.published ? { value: article.published, precision: 'day', source: 'record' } : null,
    timezone: null, language: 'en', origin: article.origin ?? `test/${id}.txt`, format: 'text', raw: text,
    encoding: { name: 'utf-8', detected: false, confidence: null }, extracted: null, extraction: null, text, removed: [], repairs: [],
    normalized: {}, offsets: [[0, 0, text.length]], provenance: {}, warnings: [],
  };
  return { schema: 1, document, paragraphs, sentences, tokens, stages: ['ingest', 'clean', 'segment'] };
}

/** Opens a new, empty store (a PostgreSQL one drops its schema on close). */
export type OpenStore = () => Store | Promise<Store>;

/** Opens a store, runs `fn` on it, and closes it whatever happens. */
export async function withStore<T>(open: OpenStore, fn: (store: Store) => T | Promise<T>): Promise<T> {
  const store = await open();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export { collect };

const KYIV = makeAnalysis({
  origin: 'feeds/kyiv.txt',
  title: 'Missile hits Kyiv apartment block',
  source: 'Example News',
  published: '2022-03-16',
  text:
    "Kyiv's mayor said three or more people were killed when a missile hit a residential building overnight. " +
    'Rescue teams pulled 12 people from the rubble, the State Emergency Service said.\n' +
    'Air raid sirens sounded again in the capital on Wednesday morning.',
});
const KHARKIV = makeAnalysis({
  origin: 'feeds/kharkiv.txt',
  title: 'Kharkiv shelled overnight',
  text:
    'Shelling hit the eastern district of Kharkiv overnight, regional officials said on Telegram. ' +
    'At least 40 residents were evacuated to shelters as fires burned.\n' +
    'The mayor of Kharkiv said power had been restored to most homes.',
});
const REFUGEES = makeAnalysis({
  origin: 'feeds/refugees.txt',
  title: null,
  text:
    'The UN refugee agency said more than 3 million people had fled Ukraine since the invasion began. ' +
    'Most crossed into Poland.\nAid convoys reached Mariupol for the first time in weeks, the Red Cross said.',
});

const failure = (origin: string, code: string, reason = 'input is empty: the file has no text'): Failure =>
  ({ ok: false, stage: 'ingest', code, origin, reason });

export function storeSuite(name: string, open: OpenStore): void {
  const withOpen = <T>(fn: (store: Store) => T | Promise<T>) => withStore(open, fn);

  describe(`store (${name}): documents`, () => {
    it('the test articles are well-formed: every span is the slice it points to', () => {
      for (const a of [KYIV, KHARKIV, REFUGEES]) {
        for (const { span } of [...a.paragraphs, ...a.sentences]) assert.equal(span.text, a.document.text.slice(span.start, span.end));
        assert.deepEqual(a.sentences.map((s) => s.span.text.at(-1)), a.sentences.map(() => '.'));
      }
    });

    it('a new store is empty', () =>
      withOpen(async (store) => {
        assert.equal(await store.count(), 0);
        assert.deepEqual(await collect(store.list()), []);
        assert.deepEqual(await store.failures(), []);
        assert.deepEqual(await store.search('Kyiv'), []);
        assert.deepEqual(await store.putMany([]), []);
      }));

    it('round trip: what is put is what is got', () =>
      withOpen(async (store) => {
        assert.deepEqual(await store.putMany([KYIV, KHARKIV]), [
          { status: 'stored', id: KYIV.document.id },
          { status: 'stored', id: KHARKIV.document.id },
        ]);
        assert.equal(await store.count(), 2);
        assert.ok(await store.has(KYIV.document.id));
        assert.ok(!await store.has(REFUGEES.document.id));
        assert.equal(await store.get(REFUGEES.document.id), null);
        const got = await store.get(KYIV.document.id);
        assert.ok(got);
        assert.deepEqual(got.analysis, KYIV);
        assert.equal(got.id, KYIV.document.id);
        assert.equal(got.origin, 'feeds/kyiv.txt');
        assert.equal(got.title, 'Missile hits Kyiv apartment block');
        assert.equal(got.source, 'Example News');
        assert.equal(got.published, '2022-03-16');
        assert.ok(!Number.isNaN(Date.parse(got.ingestedAt)), `ingestedAt ${got.ingestedAt}`);
        const kharkiv = await store.get(KHARKIV.document.id);
        assert.equal(kharkiv?.source, null);
        assert.equal(kharkiv?.published, null);
      }));

    it('a document already stored is a duplicate, and the stored one is left as it was', () =>
      withOpen(async (store) => {
        await store.putMany([KYIV, KHARKIV]);
        const retitled = structuredClone(KYIV);
        retitled.document.title = 'A different title';
        retitled.document.origin = 'elsewhere/kyiv-copy.txt';
        assert.deepEqual((await store.putMany([retitled, REFUGEES])).map((r) => r.status), ['duplicate', 'stored']);
        assert.deepEqual((await store.putMany([KYIV, KHARKIV, REFUGEES])).map((r) => r.status), ['duplicate', 'duplicate', 'duplicate']);
        assert.equal(await store.count(), 3);
        assert.deepEqual((await store.get(KYIV.document.id))?.analysis, KYIV);
        assert.equal((await store.get(KYIV.document.id))?.origin, 'feeds/kyiv.txt');
        assert.equal((await store.search('Rescue rubble')).length, 1, 'sentences are indexed once');
      }));

    it('a duplicate inside one batch is stored once', () =>
      withOpen(async (store) => {
        const results = await store.putMany([KYIV, KHARKIV, structuredClone(KYIV), KYIV]);
        assert.deepEqual(results.map((r) => [r.status, r.id]), [
          ['stored', KYIV.document.id],
          ['stored', KHARKIV.document.id],
          ['duplicate', KYIV.document.id],
          ['duplicate', KYIV.document.id],
        ]);
        assert.equal(await store.count(), 2);
        assert.equal((await store.search('sirens')).length, 1);
      }));

    it('lists in ingest order, not id order, with limit and offset', () =>
      withOpen(async (store) => {
        const docs = Array.from({ length: 7 }, (_, i) => makeAnalysis({ text: `Report ${i}. Fighting continued near Bakhmut.` }));
        await store.putMany(docs.slice(0, 3));
        await store.putMany([docs[1]!, ...docs.slice(3)]);
        const order = docs.map((d) => d.document.id);
        assert.notDeepEqual(order, [...order].sort(), 'the ids are not in ingest order, so the test means something');
        assert.deepEqual((await collect(store.list())).map((d) => d.id), order);
        assert.deepEqual((await collect(store.list({ limit: 2 }))).map((d) => d.id), order.slice(0, 2));
        assert.deepEqual((await collect(store.list({ offset: 5 }))).map((d) => d.id), order.slice(5));
        assert.deepEqual((await collect(store.list({ limit: 3, offset: 2 }))).map((d) => d.id), order.slice(2, 5));
        assert.deepEqual(await collect(store.list({ offset: 50 })), []);
        assert.deepEqual(await collect(store.list({ limit: 0 })), []);
        assert.throws(() => store.list({ limit: -1 }), /limit/);
      }));

    it('lists a large store lazily, in order, and can stop early', () =>
      withOpen(async (store) => {
        const docs = Array.from({ length: 250 }, (_, i) => makeAnalysis({ text: `Bulletin ${i}. Shelling was reported in Kherson.` }));
        for (let i = 0; i < docs.length; i += 40) await store.putMany(docs.slice(i, i + 40));
        assert.equal(await store.count(), 250);
        assert.deepEqual((await collect(store.list())).map((d) => d.id), docs.map((d) => d.document.id));
        const first: string[] = [];
        for await (const d of store.list({ offset: 120 })) {
          first.push(d.analysis.document.text);
          if (first.length === 3) break;
        }
        assert.deepEqual(first, docs.slice(120, 123).map((d) => d.document.text));
        assert.equal((await collect(store.list({ limit: 150, offset: 90 }))).length, 150);
      }));
  });

  describe(`store (${name}): failures`, () => {
    it('records a failure once per origin and code; a repeat updates reason and time', () =>
      withOpen(async (store) => {
        await store.putFailure(failure('a.txt', 'EMPTY', 'input is empty: first'));
        const [first] = await store.failures();
        await store.putFailure(failure('a.txt', 'EMPTY', 'input is empty: second'));
        await store.putFailure(failure('a.txt', 'BINARY'));
        await store.putFailure(failure('b.txt', 'EMPTY'));
        const all = await store.failures();
        assert.deepEqual(all.map((f) => [f.origin, f.code]), [['a.txt', 'BINARY'], ['a.txt', 'EMPTY'], ['b.txt', 'EMPTY']]);
        const again = all.find((f) => f.origin === 'a.txt' && f.code === 'EMPTY');
        assert.equal(again?.reason, 'input is empty: second');
        assert.equal(again?.stage, 'ingest');
        assert.ok(first && again && again.at >= first.at, 'the time moves forward');
      }));

    it('a document stored from an origin clears the failures recorded for it', () =>
      withOpen(async (store) => {
        await store.putFailure(failure('feeds/kyiv.txt', 'EMPTY'));
        await store.putFailure(failure('feeds/kyiv.txt', 'BAD_ENCODING'));
        await store.putFailure(failure('feeds/other.txt', 'EMPTY'));
        await store.putMany([KYIV]);
        assert.deepEqual((await store.failures()).map((f) => f.origin), ['feeds/other.txt']);
      }));

    it('a duplicate from a failed origin clears its failures too: the origin now yields a document', () =>
      withOpen(async (store) => {
        await store.putMany([KYIV]);
        const copy = structuredClone(KYIV);
        copy.document.origin = 'mirror/kyiv.txt';
        await store.putFailure(failure('mirror/kyiv.txt', 'UNREADABLE'));
        assert.deepEqual((await store.putMany([copy])).map((r) => r.status), ['duplicate']);
        assert.deepEqual(await store.failures(), []);
      }));
  });

  describe(`store (${name}): search`, () => {
    const loaded = (fn: (store: Store) => Promise<void>) => withOpen(async (store) => {
      await store.putMany([KYIV, KHARKIV, REFUGEES]);
      await fn(store);
    });

    it('finds sentences and says where they are', () =>
      loaded(async (store) => {
        const hits = await store.search('rubble');
        assert.equal(hits.length, 1);
        const [hit] = hits;
        assert.equal(hit?.docId, KYIV.document.id);
        assert.equal(hit?.sentence, 1);
        assert.equal(hit?.title, 'Missile hits Kyiv apartment block');
        assert.equal(hit?.snippet, 'Rescue teams pulled 12 people from the [rubble], the State Emergency Service said.');
        assert.equal((await store.search('Poland'))[0]?.title, null);
      }));

    it('is case-insensitive and wraps every match in the caller\'s marks', () =>
      loaded(async (store) => {
        const [hit] = await store.search('KHARKIV telegram', { mark: ['<b>', '</b>'] });
        assert.equal(hit?.snippet, 'Shelling hit the eastern district of <b>Kharkiv</b> overnight, regional officials said on <b>Telegram</b>.');
      }));

    it('several words must all match', () =>
      loaded(async (store) => {
        assert.deepEqual((await store.search('mayor')).map((h) => h.docId).sort(), [KYIV.document.id, KHARKIV.document.id].sort());
        const both = await store.search('mayor Kharkiv');
        assert.deepEqual(both.map((h) => [h.docId, h.sentence]), [[KHARKIV.document.id, 2]]);
        assert.deepEqual(await store.search('mayor Poland'), []);
      }));

    it('punctuation and query syntax in the input are plain text, never a syntax error', () =>
      loaded(async (store) => {
        const [hit] = await store.search('Kyiv\'s "mayor" (OR -');
        assert.equal(hit?.docId, KYIV.document.id);
        assert.equal(hit?.sentence, 0);
        const odd = ['"', '""', "'", '(', ')', '*', '-', '^', ':', 'NEAR(', 'AND', 'OR', 'NOT', 'a OR', '"unclosed',
          'text:Kyiv', '{text}: Kyiv', 'Kyiv*', '+Kyiv', 'Kyiv -mayor', 'x"y', '', '   ', '\t\n', '🙂', 'Київ', '12', 'NEAR(a b, 2)'];
        for (const q of odd) assert.ok(Array.isArray(await store.search(q)), `query ${JSON.stringify(q)}`);
        assert.deepEqual(await store.search('NOT'), []);
        assert.equal((await store.search('Kyiv -mayor')).length, 1, '"-mayor" is the word mayor, not an exclusion');
        assert.equal((await store.search('(mayor)')).length, 2);
      }));

    it('ranks the better match first and returns the same order every time', () =>
      withOpen(async (store) => {
        const weak = makeAnalysis({ text: 'Officials in the region, who asked not to be named because they were not authorized to speak, said the convoy had stopped before shelling began near the border crossing late on Friday.' });
        const strong = makeAnalysis({ text: 'Shelling, more shelling.' });
        await store.putMany([weak, strong, KHARKIV]);
        const hits = await store.search('shelling');
        assert.equal(hits.length, 3);
        assert.equal(hits[0]?.docId, strong.document.id);
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.rank >= hits[i]!.rank, 'best first');
        assert.deepEqual(await store.search('shelling'), hits);
      }));

    it('respects the limit', () =>
      loaded(async (store) => {
        assert.ok((await store.search('said')).length >= 4);
        assert.equal((await store.search('said', { limit: 2 })).length, 2);
        assert.deepEqual(await store.search('said', { limit: 0 }), []);
      }));
  });

  // The optional methods `ingest` uses for duplicates known before analysis and for --update.
  describe(`store (${name}): input hashes and updates`, () => {
    it('a noted input hash is seen; an unknown one is not', () =>
      withOpen(async (store) => {
        if (!store.inputSeen || !store.noteInputs) return;
        await store.putMany([KYIV]);
        assert.equal(await store.inputSeen('h1'), false);
        await store.noteInputs([['h1', KYIV.document.id]]);
        await store.noteInputs([['h1', KYIV.document.id]]);
        assert.equal(await store.inputSeen('h1'), true);
        assert.equal(await store.inputSeen('h2'), false);
      }));

    it('updateMany replaces a stored document\'s metadata and analysis and counts only stored ones', () =>
      withOpen(async (store) => {
        if (!store.updateMany) return;
        await store.putMany([KYIV]);
        const dated = { ...KYIV, document: { ...KYIV.document, published: { value: '2022-03-01', precision: 'day' as const, source: 'user' as const } } };
        const mentions = await store.eventMentionCount();
        assert.equal(await store.updateMany([dated, KHARKIV]), 1);
        assert.equal((await store.get(KYIV.document.id))!.published, '2022-03-01');
        assert.deepEqual((await store.get(KYIV.document.id))!.analysis.document.published, dated.document.published);
        assert.equal(await store.count(), 1);
        assert.equal(await store.eventMentionCount(), mentions, 'the mentions replaced, not doubled');
      }));
  });

  eventStoreSuite(name, open);
  entityStoreSuite(name, open);
}
