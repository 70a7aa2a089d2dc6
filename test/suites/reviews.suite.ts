/**
 * What every `Store` must do with analysts' reviews (src/store/reviews.ts): keep each as given, find
 * it by its target or any anchor, list them oldest first, grow the version with each, and leave them
 * alone when documents come in again or events are merged again. sqlite.test.ts and
 * postgres/store.test.ts run it beside `storeSuite`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collect } from '../../src/store/collect.js';
import type { NewReview } from '../../src/store/reviews.js';
import { makeAnalysis, withStore, type OpenStore } from './store.suite.js';

const edit: NewReview = {
  kind: 'event', target: 'ev00000000000000a1', anchors: ['d1#0', 'd2#3', 'd1#0', 'a0#9'], action: 'edit',
  field: 'actors', old: [], new: [{ name: 'Russian forces', role: 'actor' }], reviewer: 'ana',
};
const accept: NewReview = { kind: 'figure', target: 'd1#2', anchors: ['d1@10-20'], action: 'accept', field: null, old: null, new: null, reviewer: 'bo' };
const quote: NewReview = { kind: 'quote', target: 'd2#0', anchors: ['d2@0-5'], action: 'edit', field: 'speaker', old: 'the mayor', new: null, reviewer: 'ana' };

export function reviewStoreSuite(name: string, open: OpenStore): void {
  describe(`${name} store: reviews`, () => {
    it('stores a review as given: values as JSON, anchors once each in their order, the target left out', () =>
      withStore(open, async (store) => {
        assert.equal(await store.reviews.version(), 0);
        assert.deepEqual(await store.reviews.all(), []);
        const r = await store.reviews.add(edit);
        assert.ok(Number.isInteger(r.id) && r.id > 0);
        assert.match(r.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        const { id: _id, at: _at, ...rest } = r;
        assert.deepEqual(rest, { ...edit, anchors: ['d1#0', 'd2#3', 'a0#9'] });
        // null and a missing value are both stored as null; a string stays a string, not JSON text.
        const q = await store.reviews.add(quote);
        assert.equal(q.old, 'the mayor');
        assert.equal(q.new, null);
        assert.deepEqual(await store.reviews.all(), [r, q]);
      }));

    it('finds reviews by target or anchor, of one kind, oldest first; the version grows', () =>
      withStore(open, async (store) => {
        const a = await store.reviews.add(edit);
        const v1 = await store.reviews.version();
        const b = await store.reviews.add(accept);
        const c = await store.reviews.add({ ...edit, anchors: ['d9#1'], action: 'reject', field: null, old: null, new: null });
        assert.ok((await store.reviews.version()) > v1);
        assert.deepEqual(await store.reviews.about('event', ['d2#3']), [a]);
        assert.deepEqual(await store.reviews.about('event', [edit.target]), [a, c]);
        assert.deepEqual(await store.reviews.about('event', ['nothing', 'd9#1', 'd1#0']), [a, c]);
        assert.deepEqual(await store.reviews.about('figure', ['d1@10-20']), [b]);
        assert.deepEqual(await store.reviews.about('quote', ['d1@10-20']), [], 'another kind');
        assert.deepEqual(await store.reviews.about('event', []), []);
        // An event may have hundreds of reports: many keys in one call.
        const many = Array.from({ length: 2000 }, (_, i) => `x${i}#0`);
        assert.deepEqual(await store.reviews.about('event', [...many, 'a0#9']), [a]);
      }));

    it('reviews survive documents stored again and events merged again', () =>
      withStore(open, async (store) => {
        const doc = makeAnalysis({ text: 'A missile hit Kyiv. Officials said five people were killed.' });
        await store.putMany([doc]);
        const r = await store.reviews.add(accept);
        await store.putMany([doc]);
        await store.rebuildEvents();
        await collect(store.list());
        assert.deepEqual(await store.reviews.all(), [r]);
      }));

    it('refuses an action it does not know and stores nothing of it', () =>
      withStore(open, async (store) => {
        await assert.rejects(store.reviews.add({ ...accept, action: 'approve' as NewReview['action'] }));
        assert.deepEqual(await store.reviews.all(), []);
        assert.equal(await store.reviews.version(), 0);
      }));
  });
}
