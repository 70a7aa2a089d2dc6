import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KIND, PLACES, report, type FixtureEvent } from '../../test/fixtures/events.js';
import { link } from './link.js';
import { canonicalOrder, mergeEvents } from './merge.js';
import { eventMentions, type EventMention } from './mention.js';
import type { Analysis } from '../model/types.js';

const mentionsOf = (...reports: Analysis[]) => reports.flatMap(eventMentions);
const merge = (...reports: Analysis[]) => mergeEvents(mentionsOf(...reports));
const sourcesOf = (e: { sources: Array<{ doc: string }> }) => e.sources.map((s) => s.doc).sort();

const strike = (over: Partial<FixtureEvent> = {}): FixtureEvent => ({
  ...KIND.shelling,
  sentence: 'A missile hit an apartment block in Kyiv on Saturday, killing 5 people',
  trigger: 'missile hit',
  date: '2022-02-26',
  place: PLACES.kyiv,
  killed: 5,
  ...over,
});

describe('event merge: one real event from several reports', () => {
  it('two outlets on one strike are one event, both tolls side by side, the conflict flagged, the lowest coded', () => {
    const a = report('Sky News', '2022-02-26', [strike()]);
    const b = report('BBC', '2022-02-27', [strike({ ...KIND.airStrike, sentence: 'An air strike on Kyiv killed 7 civilians on Saturday', trigger: 'air strike', killed: 7 })]);
    const events = merge(a, b);
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.merge)));
    const [e] = events;
    assert.deepEqual(sourcesOf(e!), [a.document.id, b.document.id].sort());
    assert.equal(e!.fatalities, 5);
    assert.deepEqual(e!.figures.map((f) => [f.outlet, f.value, f.text]).sort(), [['BBC', 7, '7'], ['Sky News', 5, '5']]);
    const tolls = e!.conflicts.find((c) => c.field === 'fatalities');
    assert.deepEqual(tolls?.values.map((v) => [v.value, v.docs]), [[5, [a.document.id]], [7, [b.document.id]]]);
    assert.ok(e!.conflicts.some((c) => c.field === 'sub_event_type'), 'the two sub-types are shown too');
    assert.equal(e!.merge.rule, 'same-place/same-day');
    assert.ok(e!.merge.confidence > 0.5 && e!.merge.confidence < 1, `confidence ${e!.merge.confidence}`);
    assert.match(e!.merge.evidence.join(' '), /same place \(Kyiv, GeoNames 703448\)/);
    assert.equal(e!.place?.name, 'Kyiv');
    assert.equal(e!.idCnty.slice(0, 3), 'UKR');
  });

  it('agreeing tolls are no conflict', () => {
    const events = merge(report('A', '2022-02-26', [strike()]), report('B', '2022-02-26', [strike()]));
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.conflicts, []);
    assert.equal(events[0]!.fatalities, 5);
  });

  it('a place a few km from another is the same event; one 20 km off or in another city is not', () => {
    const near = strike({ sentence: 'A missile hit a house in Zhuliany on Saturday, killing 5 people', place: PLACES.zhuliany });
    assert.equal(merge(report('A', '2022-02-26', [strike()]), report('B', '2022-02-26', [near])).length, 1);
    const irpin = strike({ sentence: 'A missile hit a house in Irpin on Saturday, killing 5 people', place: PLACES.irpin });
    assert.equal(merge(report('A', '2022-02-26', [strike()]), report('B', '2022-02-26', [irpin])).length, 2);
    const lviv = strike({ sentence: 'A missile hit a house in Lviv on Saturday, killing 5 people', place: PLACES.lviv });
    assert.equal(merge(report('A', '2022-02-26', [strike()]), report('B', '2022-02-26', [lviv])).length, 2);
  });

  it('a region-level report joins a town in that region; a vaguer place is only as good as its precision', () => {
    const region = strike({ sentence: 'Shelling hit the Kharkiv region on Monday, killing 5 people', trigger: 'Shelling hit', place: { ...PLACES.kharkiv, name: 'Kharkiv region', geonameid: 706482, precision: 3, featureType: 'ADM1' }, date: '2022-03-14' });
    const town = strike({ sentence: 'Shelling hit Kharkiv on Monday, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: '2022-03-14' });
    const events = merge(report('A', '2022-03-14', [region]), report('B', '2022-03-15', [town]));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.merge.rule, 'same-region/same-day');
    assert.equal(events[0]!.place?.name, 'Kharkiv', 'the most precise place stands for the event');
  });
});

describe('event merge: distinct events stay apart', () => {
  const curfew = (sentence: string, date: string, terms: FixtureEvent['terms']): FixtureEvent =>
    ({ ...KIND.other, sentence, trigger: 'curfew', date, place: PLACES.kyiv, terms });

  it('the two Kyiv curfews of the seeds: announced on different days, with different hours', () => {
    const first = report('Wire', '2022-02-26', [curfew('The mayor of Kyiv extended the curfew from 5 pm Saturday to 8 am Monday', '2022-02-26', [{ text: '5 pm Saturday', value: '2022-02-26T17:00' }, { text: '8 am Monday', value: '2022-02-28T08:00' }])]);
    const second = report('Sky News', '2022-03-16', [curfew('A curfew is also now in force in Kyiv until 7am on Thursday', '2022-03-15', [{ text: '7am on Thursday', value: '2022-03-17T07:00' }])]);
    const events = merge(first, second);
    assert.equal(events.length, 2);
    const l = link(eventMentions(first)[0]!, eventMentions(second)[0]!);
    assert.ok(!l.ok && /dates differ/.test(l.reason), JSON.stringify(l));
  });

  it('two curfews stated on one day for different hours are two measures', () => {
    const a = report('A', '2022-03-15', [curfew('A curfew in Kyiv runs until 7am on Thursday', '2022-03-15', [{ text: '7am on Thursday', value: '2022-03-17T07:00' }])]);
    const b = report('B', '2022-03-15', [curfew('A curfew in Kyiv runs until 5am on Wednesday', '2022-03-15', [{ text: '5am on Wednesday', value: '2022-03-16T05:00' }])]);
    const l = link(eventMentions(a)[0]!, eventMentions(b)[0]!);
    assert.ok(!l.ok && /stated terms differ/.test(l.reason), JSON.stringify(l));
    assert.equal(merge(a, b).length, 2);
  });

  it('two different measures of type Other in one place on one day are two events', () => {
    const evacuation: FixtureEvent = { ...KIND.other, sentence: 'About 8000 people were evacuated from Kyiv', trigger: 'evacuated', date: '2022-03-15', place: PLACES.kyiv };
    const events = merge(report('A', '2022-03-15', [curfew('A curfew is in force in Kyiv', '2022-03-15', [])]), report('B', '2022-03-15', [evacuation]));
    assert.equal(events.length, 2);
  });

  it('two acts of the grab-bag sub-type Other in one city on one day need an actor or wording in common', () => {
    const backed = (sentence: string, outlet: string, actors: FixtureEvent['actors'] = []) => report(outlet, '2005-03-01', [{ ...KIND.other, plover: 'SUPPORT', sentence, trigger: 'backed', date: '2005-03-01', place: PLACES.kyiv, actors }]);
    const a = backed('In Kyiv the archbishop backed the opposition leader', 'A');
    const b = backed('At their meeting in Kyiv finance ministers backed plans to write off debts', 'B');
    assert.equal(merge(a, b).length, 2);
    const c = backed('At a meeting in Kyiv on Tuesday finance ministers backed plans to write off the debts', 'C');
    assert.equal(merge(b, c).length, 1, 'worded alike');
  });

  it('shelling of one city on three days running is three events, never chained into one', () => {
    const day = (d: string, outlet: string) => report(outlet, d, [strike({ sentence: 'Shelling hit Kharkiv overnight, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: d })]);
    const events = merge(day('2022-03-13', 'A'), day('2022-03-14', 'B'), day('2022-03-15', 'C'), day('2022-03-14', 'D'));
    assert.deepEqual(events.map((e) => [e.date?.value, e.sources.length]), [['2022-03-13', 1], ['2022-03-14', 2], ['2022-03-15', 1]]);
  });

  it('a report dated only by its week that fits several days is kept apart, with the reason', () => {
    const day = (d: string, outlet: string) => report(outlet, d, [strike({ sentence: 'Shelling hit Kharkiv, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: d })]);
    const week = report('Weekly', '2022-03-20', [strike({ sentence: 'Shelling hit Kharkiv this week, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: '2022-W11', precision: 'week' })]);
    const events = merge(day('2022-03-14', 'A'), week, day('2022-03-15', 'B'));
    assert.equal(events.length, 3);
    const apart = events.find((e) => e.date?.precision === 'week');
    assert.match(apart?.merge.notes.join(' ') ?? '', /kept apart: fits 2 events/);
    const lone = merge(day('2022-03-14', 'A'), week);
    assert.equal(lone.length, 1, 'with one day to fit, the week report joins it');
    assert.equal(lone[0]!.date?.value, '2022-03-14', 'and the day stands for the event');
    assert.equal(lone[0]!.merge.rule, 'same-place/overlapping-dates');
  });

  it('attacks by opposing forces in one place on one day are two events; one force named two ways is one', () => {
    const by = (who: string, outlet: string) => report(outlet, '2022-03-01', [{ ...KIND.attack, sentence: `${who} shot civilians in Kyiv`, trigger: 'shot', date: '2022-03-01', place: PLACES.kyiv, actors: [{ text: who, actorClass: 'state forces' }] }]);
    assert.equal(merge(by('Russian forces', 'A'), by('Ukrainian troops', 'B')).length, 2);
    const one = merge(by('Russian forces', 'A'), by('Russia', 'B'));
    assert.equal(one.length, 1);
    assert.match(one[0]!.merge.rule, /same-actor/);
    assert.deepEqual(one[0]!.actors.map((x) => [x.name, x.mentions]), [['Russian forces', 2]]);
  });

  it('with no place stated, the same actor on the same day merges; different actors or none do not', () => {
    const veto = (who: string, outlet: string, date = '2022-02-25') => report(outlet, date, [{ ...KIND.other, plover: 'REJECT', code: 'PLOVER:REJECT', sentence: `${who} vetoed a UN Security Council resolution`, trigger: 'vetoed', date, actors: who ? [{ text: who }] : [] }]);
    assert.equal(merge(veto('Russia', 'A'), veto('Russia', 'B')).length, 1);
    assert.equal(merge(veto('Russia', 'A'), veto('China', 'B')).length, 2);
    assert.equal(merge(veto('Russia', 'A'), veto('Russia', 'B', '2022-03-02')).length, 2);
    assert.equal(merge(veto('The council', 'A'), veto('Russia', 'B')).length, 2);
    const other = report('C', '2022-02-25', [{ ...KIND.other, plover: 'REJECT', code: 'PLOVER:REJECT', sentence: 'Russia vetoed a bid by Finland to join the alliance', trigger: 'vetoed', date: '2022-02-25', actors: [{ text: 'Russia' }] }]);
    assert.equal(merge(veto('Russia', 'A'), other).length, 2, 'one actor and one verb, but worded as two different acts');
  });

  it('people who share a given name are different actors', () => {
    const talks = (who: string, outlet: string) => report(outlet, '2005-03-01', [{ ...KIND.other, plover: 'CONSULT', sentence: `${who} held talks on the budget deficit with union leaders`, trigger: 'talks', date: '2005-03-01', actors: [{ text: who }] }]);
    assert.equal(merge(talks('Gordon Brown', 'A'), talks('Gordon Strachan', 'B')).length, 2);
    assert.equal(merge(talks('Gordon Brown', 'A'), talks('Brown', 'B')).length, 1);
  });

  it('people are told apart by their entities where the link stage gave them one, by their names where not', () => {
    const sentence = (who: string) => `${who} held talks on the budget deficit with union leaders`;
    const talks = (who: string, id: string | null) => ({ ...KIND.other, plover: 'CONSULT', sentence: sentence(who), trigger: 'talks', date: '2005-03-01', actors: [{ text: who, ...(id ? { entity: { id, name: who, type: 'PER' as const } } : {}) }] });
    const [vitali, wladimir] = [talks('Vitali Klitschko', 'e1'), talks('Wladimir Klitschko', 'e2')];
    assert.equal(merge(report('A', '2005-03-01', [vitali]), report('B', '2005-03-01', [wladimir])).length, 2, 'two given names, two people');
    assert.equal(merge(report('A', '2005-03-01', [talks('Vitaly Klitschko', 'e1')]), report('B', '2005-03-01', [vitali])).length, 1, 'one name in two spellings');
    assert.equal(merge(report('A', '2005-03-01', [vitali, { ...wladimir, sentence: `${sentence('Wladimir Klitschko')} too` }])).length, 2, 'two entities of one report are two people');
    assert.equal(merge(report('A', '2005-03-01', [talks('Vitaly Klitschko', null)]), report('B', '2005-03-01', [talks('Vitali Klitschko', null)])).length, 1, 'no entities: the names');
  });

  it('different types, and undated mentions, are never merged', () => {
    const clash = strike({ ...KIND.clash, sentence: 'Troops clashed in Kyiv on Saturday', trigger: 'clashed', killed: undefined });
    assert.equal(merge(report('A', '2022-02-26', [strike()]), report('B', '2022-02-26', [clash])).length, 2);
    assert.equal(merge(report('A', '2022-02-26', [strike({ date: null })]), report('B', '2022-02-26', [strike({ date: null })])).length, 2);
  });
});

describe('event merge: determinism and the mention record', () => {
  const reports = () => [
    report('A', '2022-02-26', [strike()]),
    report('B', '2022-02-27', [strike({ killed: 7, sentence: 'A missile hit an apartment block in Kyiv on Saturday, killing 7 people' })]),
    report('C', '2022-03-14', [strike({ sentence: 'Shelling hit Kharkiv, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: '2022-03-14' })]),
    report('D', '2022-03-20', [strike({ sentence: 'Shelling hit Kharkiv this week, killing 5 people', trigger: 'Shelling hit', place: PLACES.kharkiv, date: '2022-W11', precision: 'week' })]),
  ];

  it('the order of the reports does not change the events or their ids', () => {
    const ms = mentionsOf(...reports());
    const expected = JSON.stringify(mergeEvents(ms));
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) assert.equal(JSON.stringify(mergeEvents(order.map((i) => ms[i]!))), expected);
    assert.equal(mergeEvents(ms).length, 2);
  });

  it('two sentences of one report about one event: that report counts once, with its higher figure', () => {
    const a = report('A', '2022-02-26', [strike(), strike({ sentence: 'The missile that hit Kyiv on Saturday has now killed 9 people', trigger: 'missile', killed: 9 })]);
    const b = report('B', '2022-02-26', [strike({ killed: 6, sentence: 'A missile hit an apartment block in Kyiv on Saturday, killing 6 people' })]);
    const [e, ...rest] = merge(a, b);
    assert.equal(rest.length, 0);
    assert.equal(e!.sources.length, 3);
    assert.equal(e!.fatalities, 6, 'report A says 9 (its later figure), report B 6: the lowest report is coded');
    assert.deepEqual(e!.conflicts.find((c) => c.field === 'fatalities')?.values.map((v) => v.value).sort(), [6, 9]);
    assert.equal(e!.figures.length, 3, 'every figure kept with its words');
  });

  it('a mention copies in its place, figures, terms, sentence and outlet, and its spans are the document\'s', () => {
    const a = report('Sky News', '2022-03-16', [{ ...KIND.other, sentence: 'A curfew is in force in Kyiv until 7am on Thursday', trigger: 'curfew', date: '2022-03-15', place: PLACES.kyiv, terms: [{ text: '7am on Thursday', value: '2022-03-17T07:00' }], actors: [{ text: 'Kyiv', role: 'target' }] }]);
    const [m] = eventMentions(a) as [EventMention];
    assert.equal(m.key, `${a.document.id}#0`);
    assert.equal(m.place?.geonameid, 703448);
    assert.deepEqual(m.terms, ['2022-03-17T07:00']);
    assert.deepEqual(m.days, [19066, 19066]);
    assert.equal(m.source.outlet, 'Sky News');
    assert.equal(a.document.text.slice(...m.sentence.span), m.sentence.text);
    assert.equal(a.document.text.slice(...m.trigger.span), 'curfew');
  });

  it('precise mentions are ordered first', () => {
    const ms = mentionsOf(...reports());
    const sorted = [...ms].sort(canonicalOrder);
    assert.equal(sorted.at(-1)!.date?.precision, 'week');
  });
});
