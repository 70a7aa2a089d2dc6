/**
 * What every `Store` must do with merged events: keep them up to date as documents come in, the same
 * whatever the order and however often a document is ingested, and the same as merging from nothing.
 * `storeSuite` runs it. Fixtures are built inside the tests: this module and test/fixtures/events.ts
 * import store.suite.ts, which imports this one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, PLACES, report, type FixtureEvent } from '../fixtures/events.js';
import { mergeEvents } from '../../src/events/merge.js';
import { eventMentions } from '../../src/events/mention.js';
import type { Analysis } from '../../src/model/types.js';
import type { Store } from '../../src/store/store.js';
import { collect, withStore, type OpenStore } from './store.suite.js';

const strike = (place: FixtureEvent['place'], date: string, killed: number, over: Partial<FixtureEvent> = {}): FixtureEvent => ({
  ...KIND.shelling,
  sentence: `Missiles hit ${place?.name ?? 'the city'} on that day, killing ${killed} people`,
  trigger: 'Missiles hit',
  date,
  place,
  killed,
  ...over,
});

/** Seven reports: one strike in Kyiv told three times (two tolls), Kharkiv shelled on three days (two
 * reports of one day), a week-dated Kharkiv report that fits two days, and two Kyiv curfews. */
function reports(): Analysis[] {
  const curfew = (date: string, value: string, sentence: string, terms: string): FixtureEvent =>
    ({ ...KIND.other, sentence, trigger: 'curfew', date, place: PLACES.kyiv, terms: [{ text: terms, value }] });
  return [
    report('Wire', '2022-02-26', [strike(PLACES.kyiv, '2022-02-26', 5), curfew('2022-02-26', '2022-02-28T08:00', 'Kyiv extended the curfew to 8 am Monday', '8 am Monday')]),
    report('Sky News', '2022-02-27', [strike(PLACES.kyiv, '2022-02-26', 6)]),
    report('BBC', '2022-02-27', [strike(PLACES.kyiv, '2022-02-26', 5)]),
    report('A', '2022-03-13', [strike(PLACES.kharkiv, '2022-03-13', 2)]),
    report('B', '2022-03-14', [strike(PLACES.kharkiv, '2022-03-14', 3)]),
    report('C', '2022-03-15', [strike(PLACES.kharkiv, '2022-03-14', 3, { sentence: 'Missiles hit Kharkiv on Monday, killing 3 people' })]),
    report('Weekly', '2022-03-20', [strike(PLACES.kharkiv, '2022-W11', 4, { precision: 'week' }), curfew('2022-03-15', '2022-03-17T07:00', 'A curfew is in force in Kyiv until 7am on Thursday', '7am on Thursday')]),
  ];
}

const shape = (events: ReadonlyArray<{ id: string; sources: Array<{ key: string }> }>) => events.map((e) => [e.id, e.sources.map((s) => s.key).sort()]);

export function eventStoreSuite(name: string, open: OpenStore): void {
  const withOpen = (fn: (store: Store) => Promise<void>) => withStore(open, fn);

  describe(`store (${name}): merged events`, () => {
    it('a document without events adds none', () =>
      withOpen(async (store) => {
        await store.putMany([report('A', '2022-02-26', [], 'Nothing happened today.')]);
        assert.equal(await store.eventCount(), 0);
        assert.deepEqual(await collect(store.events()), []);
      }));

    it('keeps the merged events of what is stored: one strike from three outlets, both tolls, distinct curfews', () =>
      withOpen(async (store) => {
        const all = reports();
        await store.putMany(all);
        const events = await collect(store.events());
        assert.equal(await store.eventMentionCount(), 9);
        assert.deepEqual(JSON.stringify(events), JSON.stringify(mergeEvents(all.flatMap(eventMentions))), 'stored = merged from nothing');
        const kyiv = events.find((e) => e.place?.name === 'Kyiv' && e.type === KIND.shelling.type);
        assert.deepEqual(kyiv?.sources.map((s) => s.outlet).sort(), ['BBC', 'Sky News', 'Wire']);
        assert.equal(kyiv?.sources[0]?.outlet, 'Wire', 'oldest report first');
        assert.equal(kyiv?.fatalities, 5);
        assert.deepEqual(kyiv?.conflicts.find((c) => c.field === 'fatalities')?.values.map((v) => v.value), [5, 6]);
        assert.equal(events.filter((e) => e.subtype === 'Other').length, 2, 'two curfews');
        // Week 11 starts on Monday 14 March: the weekly report fits the 14th, not Sunday the 13th.
        assert.deepEqual(events.filter((e) => e.place?.name === 'Kharkiv').map((e) => [e.date?.value, e.sources.length]), [['2022-03-13', 1], ['2022-03-14', 3]]);
        assert.equal(await store.eventCount(), events.length);
      }));

    it('the order documents come in, and batches, do not change the events', async () => {
      const all = reports();
      let expected: unknown;
      await withOpen(async (store) => {
        await store.putMany(all);
        expected = shape(await collect(store.events()));
      });
      for (const order of [[6, 5, 4, 3, 2, 1, 0], [3, 6, 0, 5, 1, 4, 2], [4, 0, 6, 2, 3, 1, 5]]) {
        await withOpen(async (store) => {
          for (const i of order) await store.putMany([all[i]!]);
          assert.deepEqual(shape(await collect(store.events())), expected, `order ${order}`);
        });
      }
      await withOpen(async (store) => {
        await store.putMany(all.slice(0, 4));
        await store.putMany(all.slice(4));
        assert.deepEqual(shape(await collect(store.events())), expected);
        assert.equal(await store.rebuildEvents(), (expected as unknown[]).length);
        assert.deepEqual(shape(await collect(store.events())), expected, 'a rebuild gives the same events');
      });
    });

    it('the same documents again lose nothing and duplicate nothing', () =>
      withOpen(async (store) => {
        const all = reports();
        await store.putMany(all);
        const before = JSON.stringify(await collect(store.events()));
        const mentions = await store.eventMentionCount();
        assert.deepEqual(new Set((await store.putMany([...all, structuredClone(all[0]!)])).map((r) => r.status)), new Set(['duplicate']));
        await store.putMany([all[1]!, all[1]!]);
        assert.equal(JSON.stringify(await collect(store.events())), before);
        assert.equal(await store.eventMentionCount(), mentions);
      }));

    it('lists events by date with limit and offset', () =>
      withOpen(async (store) => {
        await store.putMany(reports());
        const all = await collect(store.events());
        const starts = all.map((e) => e.days?.[0] ?? Infinity);
        assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
        assert.deepEqual((await collect(store.events({ limit: 2, offset: 1 }))).map((e) => e.id), all.slice(1, 3).map((e) => e.id));
        assert.deepEqual(await collect(store.events({ offset: all.length })), []);
        assert.throws(() => store.events({ limit: -1 }), /limit/);
      }));
  });
}
