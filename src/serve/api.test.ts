/**
 * The API's handlers, called without a socket: a fixture store with two reports of one strike that
 * disagree. Every test runs on SQLite and, when the server answers, on PostgreSQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KIND, PLACES, report } from '../../test/fixtures/events.js';
import { resolveOptions } from '../options.js';
import { openPostgresStore } from '../store/postgres/store.js';
import { dropSchema, pgUnavailable, testDbUrl, testSchema } from '../../test/pg-testing.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { createApi, type Api } from './api.js';
import type { ApiRequest } from './request.js';

const TOKEN = 'test-token-0123456789';

/** A store kind: `open` makes a new, empty store and returns how to open it again and how to clean up. */
interface Backend {
  name: string;
  skip: string | false;
  open(): { reopen: () => Store | Promise<Store>; cleanup: () => Promise<void> };
}

const unavailable = await pgUnavailable();
const BACKENDS: Backend[] = [
  { name: 'sqlite', skip: false, open() {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
    const path = join(dir, 'api.db');
    return { reopen: () => openSqliteStore(path), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  } },
  { name: 'postgres', skip: unavailable ?? false, open() {
    const schema = testSchema();
    return { reopen: () => openPostgresStore(testDbUrl(schema)), cleanup: () => dropSchema(schema) };
  } },
];

/** Runs `fn` on an API over a fixture store; `reopen` opens a second connection to the same store. */
async function withApi(b: Backend, fn: (api: Api, reopen: () => Promise<Store>) => Promise<void>, onError: (e: unknown) => void = (e) => { throw e; }) {
  const { reopen, cleanup } = b.open();
  const store = await reopen();
  try {
    const strike = (outlet: string, published: string, killed: number) => report(outlet, published, [{
      ...KIND.shelling, sentence: `A missile hit Kyiv, killing ${killed} people`, trigger: 'missile hit', date: '2022-02-26', place: PLACES.kyiv, killed,
    }]);
    await store.putMany([strike('Sky', '2022-02-26', 5), strike('BBC', '2022-02-27', 7)]);
    await fn(createApi({ store, reviews: store.reviews, token: TOKEN, options: resolveOptions({}), maxUpload: 1024 * 1024 }, onError), async () => reopen());
  } finally {
    await store.close();
    await cleanup();
  }
}

function get(path: string, query = ''): ApiRequest {
  return { method: 'GET', path, query: new URLSearchParams(query), headers: {} };
}

function post(path: string, body: unknown, token: string | null = TOKEN, query = ''): ApiRequest {
  return {
    method: 'POST', path, query: new URLSearchParams(query),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new TextEncoder().encode(JSON.stringify(body)),
  };
}

const body = (r: { body: unknown }) => r.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

for (const b of BACKENDS) {
  test(`${b.name}: events: list, filters, sorting, paging, facets, timeline`, { skip: b.skip }, async () => {
    await withApi(b, async (api) => {
      const all = body(await api(get('/api/events')));
      assert.equal(all.total, 1);
      const row = all.items[0];
      assert.equal(row.place, 'Kyiv');
      assert.equal(row.fatalities, 5, 'the lowest report, as ACLED counts');
      assert.equal(row.sources, 2);
      assert.equal(row.conflicts, 1);
      assert.equal(body(await api(get('/api/events', 'place=kharkiv'))).total, 0);
      assert.equal(body(await api(get('/api/events', 'place=kyiv&from=2022-02-26&to=2022-02-26'))).total, 1);
      assert.equal(body(await api(get('/api/events', 'from=2022-02-27'))).total, 0);
      assert.equal(body(await api(get('/api/events', `type=${encodeURIComponent(row.type)}&source=bbc`))).total, 1);
      assert.equal(body(await api(get('/api/events', 'reviewed=yes'))).total, 0);
      assert.equal(body(await api(get('/api/events', 'sort=-fatalities&limit=0'))).items.length, 0);
      const bad = await api(get('/api/events', 'from=yesterday'));
      assert.equal(bad.status, 400);
      assert.equal(body(bad).error.code, 'BAD_REQUEST');
      assert.match(body(bad).error.message, /from/);
      assert.equal((await api(get('/api/events', 'limit=100000'))).status, 400);
      assert.equal((await api(get('/api/events', 'colour=red'))).status, 400, 'unknown parameters are refused');
      const facets = body(await api(get('/api/events/facets')));
      assert.deepEqual(facets.sources.map((s: { value: string }) => s.value).sort(), ['BBC', 'Sky']);
      const places = body(await api(get('/api/places')));
      assert.equal(places.type, 'FeatureCollection');
      assert.deepEqual(places.features.map((f: { properties: { name: string; documents: number } }) => [f.properties.name, f.properties.documents]), [['Kyiv', 2]]);
      const days = body(await api(get('/api/timeline')));
      assert.deepEqual(days.days, [{ day: '2022-02-26', events: 1, fatalities: 5, injured: 0 }]);
    });
  });

  test(`${b.name}: claim view: every source's value side by side, the conflict marked`, { skip: b.skip }, async () => {
    await withApi(b, async (api) => {
      const id = body(await api(get('/api/events'))).items[0].id;
      const claim = body(await api(get(`/api/events/${id}`)));
      assert.deepEqual(claim.sources.map((s: { outlet: string; fatalities: number }) => [s.outlet, s.fatalities]), [['Sky', 5], ['BBC', 7]]);
      assert.deepEqual(claim.conflicts[0].values.map((v: { value: number }) => v.value), [5, 7]);
      assert.equal((await api(get('/api/events/ev0000000000000000'))).status, 404);
      assert.equal(body(await api(get('/api/events/..%2F..%2Fetc%2Fpasswd'))).error.code, 'NOT_FOUND');
      assert.equal(body(await api(get('/api/events/<script>'))).error.code, 'BAD_ID');
    });
  });

  test(`${b.name}: review: a write without the token is refused; accept, edit, reject are stored apart and applied`, { skip: b.skip }, async () => {
    await withApi(b, async (api, reopen) => {
      const id = body(await api(get('/api/events'))).items[0].id;
      const refused = await api(post(`/api/events/${id}/review`, { action: 'accept' }, null));
      assert.equal(refused.status, 401);
      assert.equal((await api(post(`/api/events/${id}/review`, { action: 'accept' }, 'wrong-token-0123456789'))).status, 401);
      assert.equal((await api(post(`/api/events/${id}/review`, { action: 'edit', field: 'fatalities', value: 'six' }))).status, 400);
      assert.equal((await api(post(`/api/events/${id}/review`, { action: 'edit', field: 'colour', value: 1 }))).status, 400);
      assert.equal((await api(post(`/api/events/${id}/review`, { action: 'accept' }))).status, 201);
      const edited = await api(post(`/api/events/${id}/review`, { action: 'edit', field: 'fatalities', value: 6, reviewer: 'ana' }));
      assert.equal(edited.status, 201);
      assert.equal(body(edited).review.old, 5);
      const row = body(await api(get('/api/events', 'reviewed=edited'))).items[0];
      assert.equal(row.fatalities, 6);
      const claim = body(await api(get(`/api/events/${id}`)));
      assert.equal(claim.event.review.changes[0].reviewer, 'ana');
      assert.equal(claim.history.length, 2);
      assert.equal(claim.sources[0].fatalities, 5, 'the machine\'s per-source values stay');
      await api(post(`/api/events/${id}/review`, { action: 'edit', field: 'place', value: { name: 'Zhuliany', lat: 50.4017, lon: 30.4497 } }));
      assert.equal(body(await api(get('/api/events', 'place=zhuliany'))).total, 1);
      await api(post(`/api/events/${id}/review`, { action: 'reject' }));
      assert.equal(body(await api(get('/api/events', 'reviewed=rejected'))).total, 1);
      const docId = claim.sources[0].doc;
      assert.equal(body(await api(get(`/api/documents/${docId}`))).events[0].reviewed, 'rejected', 'the document view shows the verdict');
      // The machine's merged events in the store are untouched, and a rebuild of them keeps the reviews.
      const store = await reopen();
      assert.equal((await collect(store.events()))[0]!.fatalities, 5);
      await store.rebuildEvents();
      await store.close();
      assert.equal(body(await api(get('/api/events'))).items[0].reviewed, 'rejected');
    });
  });

  test(`${b.name}: documents: the text with every layer's spans; bad and missing ids are 4xx`, { skip: b.skip }, async () => {
    await withApi(b, async (api) => {
      const docs = body(await api(get('/api/documents')));
      assert.equal(docs.total, 2);
      const doc = body(await api(get(`/api/documents/${docs.items[0].id}`)));
      for (const s of doc.spans) assert.equal(typeof s.rule, 'string');
      const trigger = doc.spans.find((s: { layer: string }) => s.layer === 'event');
      assert.equal(doc.text.slice(trigger.start, trigger.end), 'missile hit');
      assert.ok(doc.spans.some((s: { layer: string }) => s.layer === 'figure'));
      assert.match(doc.events[0].event, /^ev/);
      assert.equal((await api(get('/api/documents/0123456789abcdef0123456789abcdef'))).status, 404);
      assert.equal(body(await api(get('/api/documents/..'))).error.code, 'NOT_FOUND');
      assert.equal(body(await api(get('/api/documents/%2e%2e%2fsecret'))).error.code, 'NOT_FOUND');
      assert.equal((await api(get('/api/documents/%E0%A4%A'))).status, 400);
      assert.equal((await api(get('/api/nothing'))).status, 404);
      assert.equal((await api({ ...get('/api/events'), method: 'DELETE' })).status, 405);
    });
  });

  test(`${b.name}: figure and quote reviews; search and entities answer`, { skip: b.skip }, async () => {
    await withApi(b, async (api) => {
      const id = body(await api(get('/api/documents'))).items[0].id;
      assert.equal((await api(post(`/api/documents/${id}/figures/0/review`, { action: 'edit', field: 'value', value: 4 }))).status, 201);
      assert.equal((await api(post(`/api/documents/${id}/figures/99/review`, { action: 'accept' }))).status, 404);
      assert.equal((await api(post(`/api/documents/${id}/quotes/0/review`, { action: 'accept' }))).status, 404, 'the fixture has no quotes');
      const doc = body(await api(get(`/api/documents/${id}`)));
      assert.equal(doc.figures[0].review.status, 'edited');
      assert.equal(doc.figures[0].review.values.value, 4);
      const hits = body(await api(get('/api/search', 'q=missile')));
      assert.equal(hits.items.length, 2);
      assert.match(hits.items[0].snippet, /\u0002missile\u0003/);
      assert.equal((await api(get('/api/search'))).status, 400);
      assert.equal(body(await api(get('/api/entities'))).total >= 0, true);
      assert.equal((await api(get('/api/entities/abc'))).status, 400);
    });
  });

  test(`${b.name}: upload: token, name and size checked; a file is ingested; JSON bodies must be JSON`, { skip: b.skip }, async () => {
    await withApi(b, async (api) => {
      const text = 'KYIV, Feb 26 (Reuters) - Shelling killed three civilians in Kharkiv on Saturday, officials said.';
      const upload = (name: string, bytes: Uint8Array, token: string | null = TOKEN): ApiRequest => ({
        method: 'POST', path: '/api/ingest', query: new URLSearchParams({ name }), body: bytes,
        headers: { 'content-type': 'application/octet-stream', ...(token ? { 'x-sitrep-token': token } : {}) },
      });
      const bytes = new TextEncoder().encode(text);
      assert.equal((await api(upload('a.txt', bytes, null))).status, 401);
      assert.equal((await api(upload('../../etc/passwd', bytes))).status, 400);
      assert.equal((await api(upload('a.txt', new Uint8Array(2 * 1024 * 1024)))).status, 413);
      const done = await api(upload('../x/report.txt', bytes));
      assert.equal(done.status, 201);
      assert.equal(body(done).ingested, 1);
      assert.equal(body(done).name, 'report.txt');
      const doc = body(await api(get(`/api/documents/${body(done).ids[0]}`)));
      assert.equal(doc.origin, 'upload:report.txt');
      const junk = await api(upload('junk.jsonl', new TextEncoder().encode('{"text": 5}\nnot json\n')));
      assert.equal(body(junk).failed, 2);
      assert.match(body(junk).failures[0].origin, /^upload:junk\.jsonl:1$/);
      const notJson = await api({ ...post('/api/events/ev0000000000000000/review', {}), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' } });
      assert.equal(notJson.status, 415);
    });
  });

  test(`${b.name}: an unexpected failure is a 500 with no detail, logged`, { skip: b.skip }, async () => {
    const logged: unknown[] = [];
    await withApi(b, async (api, reopen) => {
      const broken = await reopen();
      await broken.close();
      const api2 = createApi({ store: broken, reviews: broken.reviews, token: TOKEN, options: resolveOptions({}), maxUpload: 10 }, (e) => logged.push(e));
      const r = await api2(get('/api/status'));
      assert.equal(r.status, 500);
      assert.deepEqual(Object.keys(body(r).error), ['code', 'message']);
      assert.doesNotMatch(JSON.stringify(r.body), /at |\.ts|database/);
      void api;
    });
    assert.equal(logged.length, 1);
  });

  test(`${b.name}: an entity merge can be accepted or rejected; the entity page shows it`, { skip: b.skip }, async () => {
    await withApi(b, async (api, reopen) => {
      const store = await reopen();
      await store.putMany([report('Ukrinform', '2022-02-28', [{
        ...KIND.shelling, sentence: 'Russian forces shelled Kharkiv', trigger: 'shelled', date: '2022-02-28', place: PLACES.kharkiv,
        actors: [{ text: 'Russian forces', entity: { id: 'e1', name: 'Russian forces', type: 'ORG' } }],
      }])]);
      await store.close();
      const entity = body(await api(get('/api/entities'))).items.find((e: { name: string }) => e.name === 'Russian forces');
      assert.ok(entity, 'the fixture files an entity');
      const link = body(await api(get(`/api/entities/${entity.id}`))).links[0];
      assert.equal(link.review.status, null);
      const url = `/api/entities/${entity.id}/links/review`;
      assert.equal((await api(post(url, { doc: link.docId, local: link.localId, action: 'reject' }, null))).status, 401);
      assert.equal((await api(post(url, { doc: link.docId, local: 'e99', action: 'reject' }))).status, 404);
      assert.equal((await api(post(url, { doc: link.docId, local: link.localId, action: 'reject', reviewer: 'bo' }))).status, 201);
      const after = body(await api(get(`/api/entities/${entity.id}`))).links[0];
      assert.equal(after.review.status, 'rejected');
      assert.equal(after.review.reviewer, 'bo');
    });
  });
}

/** Every item of a store list, whether the store gives an iterable or an async iterable. */
async function collect<T>(items: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
