import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze.js';
import { inName } from './detect.js';
import type { Analysis } from '../model/types.js';

const run = (text: string, published = '2022-03-16'): Analysis => {
  const r = analyze({ text, origin: 'test', format: 'text', meta: { published } } as never);
  assert.ok(r.ok);
  return r;
};

test('events: one event a reporting sentence, typed, dated, placed, with its parties', () => {
  const a = run('Russian forces shelled residential areas of Kharkiv on Tuesday, the regional governor said.');
  const [e] = a.annotations?.events ?? [];
  assert.ok(e, 'an event');
  assert.equal(e.type, 'Explosions/Remote violence');
  assert.equal(e.subtype, 'Shelling/artillery/missile attack');
  assert.equal(e.trigger.text, 'shelled');
  assert.deepEqual(e.date, { value: '2022-03-15', precision: 'day' });
  assert.equal(a.annotations?.places?.[e.place ?? -1]?.span.text, 'Kharkiv');
  const actor = e.arguments.find((x) => x.role === 'actor');
  assert.equal(actor?.span.text, 'Russian forces');
  assert.equal(actor?.actorClass, 'state forces');
  assert.equal(e.civilianTargeting, true);
});

test('events: what did not or has not yet happened is no event', () => {
  for (const text of ['Officials fear that Russian forces could shell the city again.', 'The army denied that its artillery shelled the village.', 'The weather in Kyiv was cold and grey on Tuesday.']) {
    assert.deepEqual(run(text).annotations?.events ?? [], [], text);
  }
});

test('events: a political act with a state as subject gets its PLOVER category', () => {
  const e = run('The United States imposed new sanctions on Russia on Tuesday.').annotations?.events?.[0];
  assert.equal(e?.plover, 'SANCTION');
  assert.equal(e?.subtype, 'Other');
  const v = run('Russia vetoed a UN Security Council resolution demanding that it withdraw its troops.').annotations?.events?.[0];
  assert.equal(v?.plover, 'REJECT', 'the veto, not the withdrawal it demands');
});

test('events: a date after publication is what the sentence announces; the event is its announcement', () => {
  const e = run('The mayor extended the curfew in Kyiv until 8am on Monday.', '2022-02-26').annotations?.events?.[0];
  assert.equal(e?.subtype, 'Other');
  assert.equal(e?.date?.value, '2022-02-26');
});

test('events: "the night before" dates the event, and "the city" is the town named last, across paragraphs', () => {
  const a = run('Ukrainian forces pushed back an attempt to storm the city of Mykolaiv on Sunday evening, the regional governor said.\n\nThere is no word yet on the wounded. It came after rockets hit the city’s port the night before.');
  const events = a.annotations?.events ?? [];
  const e = events.find((x) => x.trigger.text === 'rockets');
  assert.ok(e, `a rocket attack in ${JSON.stringify(events.map((x) => x.trigger.text))}`);
  assert.equal(e.subtype, 'Shelling/artillery/missile attack');
  assert.deepEqual(e.date, { value: '2022-03-12', precision: 'day' }, 'the night before Sunday 13 March');
  assert.equal(a.annotations?.places?.[e.place ?? -1]?.span.text, 'Mykolaiv');
});

test('events: "the city" never means a suburb or a country named since', () => {
  const a = run('Russian troops entered the Bucha suburb and Ukraine said talks had stalled.\n\nShelling of the city intensified after dark.');
  const e = (a.annotations?.events ?? []).find((x) => x.trigger.text.toLowerCase() === 'shelling');
  assert.ok(e);
  assert.equal(e.place, null);
});

test('events: a generic attack typed by what it hit; a political act with the attack as its object stays political', () => {
  const a = run('A wave of Russian attacks reached the outskirts of Odesa on Tuesday, with a fire breaking out in a 12-storey apartment block near the port.');
  const e = a.annotations?.events?.[0];
  assert.equal(e?.subtype, 'Shelling/artillery/missile attack');
  assert.equal(e?.trigger.text, 'attacks');
  assert.equal(e?.date?.value, '2022-03-15');
  assert.match(a.annotations?.places?.[e?.place ?? -1]?.span.text ?? '', /Odesa/);
  const c = run('The United Nations condemned the attacks that destroyed a hospital in Odesa.').annotations?.events?.[0];
  assert.equal(c?.plover, 'ACCUSE');
});

test('events: a report written in the night dates what it tells undated to that day, not to the publication day after it', () => {
  const night = 'Ukrainian troops repelled an assault on the city of Sumy on Monday evening, the governor said.\n\nThe foreign ministers of Estonia and Latvia have arrived in Kyiv for talks.';
  const visit = (text: string) => (run(text, '2022-03-15').annotations?.events ?? []).find((e) => e.plover === 'CONSULT');
  assert.equal(visit(night)?.date?.value, '2022-03-14', 'Monday night is the report\'s day');
  // Said from the publication day: "today", "last night"; or no evening or night named: the publication day stands.
  assert.equal(visit(`${night} Shops reopened in Lviv today.`)?.date?.value, '2022-03-15');
  assert.equal(visit(night.replace('on Monday evening', 'last night'))?.date?.value, '2022-03-15');
  assert.equal(visit(night.replace('on Monday evening', 'on Monday'))?.date?.value, '2022-03-15');
});

/** [sentence, fatalities, injured]: a toll restated or a part of it is counted once; different figures add up. */
const TOLLS: Array<[string, number, number | null]> = [
  ['Russian shelling killed 12 people in Kharkiv on Tuesday; the 12 dead included three children.', 12, null],
  ['Russian shelling killed 12 people in Kharkiv on Tuesday, and 12 people were killed there in all.', 12, null],
  ['A suicide bomber killed 12 people at a market in Maiduguri on Tuesday, including three children.', 12, null],
  ['Gunmen killed five soldiers and three civilians in an attack on a village near Gao on Tuesday.', 8, null],
  ['A missile strike on Odesa on Tuesday killed four people, and four others were injured.', 4, 4],
];
for (const [text, killed, injured] of TOLLS) {
  test(`events: fatalities ${killed}, injured ${injured} in "${text}"`, () => {
    const e = run(text).annotations?.events?.[0];
    assert.ok(e, text);
    assert.equal(e.fatalities, killed, text);
    assert.equal(e.injured, injured, text);
  });
}

test('events: two clauses that name conflict events of two ACLED types are two events, each with its trigger, place and type', () => {
  const a = run('Russian forces shelled Kharkiv and detained the mayor of Melitopol on Tuesday.');
  const events = (a.annotations?.events ?? []).map((e) => [e.trigger.text, e.type, a.annotations?.places?.[e.place ?? -1]?.span.text, e.date?.value]);
  assert.deepEqual(events, [
    ['shelled', 'Explosions/Remote violence', 'Kharkiv', '2022-03-15'],
    ['detained', 'Strategic developments', 'Melitopol', '2022-03-15'],
  ]);
});

/** One event a sentence when its clauses are one act (the second tells what the first did), or acts of one type. */
const ONE_EVENT: string[] = [
  'Russian forces shelled Kharkiv on Tuesday and killed five civilians.',
  'The projectile hit a building in Kyiv on Saturday and destroyed homes on several floors.',
  'Russian forces shelled Kharkiv and bombarded Izium on Tuesday.',
];
for (const text of ONE_EVENT) {
  test(`events: one event in "${text}"`, () => {
    assert.equal((run(text).annotations?.events ?? []).length, 1, text);
  });
}

/** Sentences of a conflict report, so that the article reads as one (the model's document gate). */
const WAR = 'Rebels shelled the town of Slavyansk overnight, killing four civilians. Government troops fought separatist fighters near the airport on Tuesday. Artillery fire hit a school in Donetsk.';

test('events: political acts are events, several in a sentence; a question, a condition and a plan are not', () => {
  const kinds = (text: string) => (run(`${WAR}\n\n${text}`).annotations?.events ?? []).filter((e) => e.sentence >= 3).map((e) => e.plover ?? e.subtype);
  assert.deepEqual(kinds('The Kremlin said it respected the will of the people and urged Kiev to stop the operation.'), ['SUPPORT', 'REQUEST']);
  assert.deepEqual(kinds('The foreign ministry condemned the shelling, which killed five civilians in Luhansk.'), ['ACCUSE', 'Shelling/artillery/missile attack']);
  assert.deepEqual(kinds('The United States imposed visa restrictions on officials connected to the violence.'), ['SANCTION']);
  assert.deepEqual(kinds('Who asked for a ceasefire?'), []);
  assert.deepEqual(kinds('If the rebels are backed by Moscow, the talks will fail.'), []);
  assert.deepEqual(kinds('Protests against the summit are expected to be muted.'), []);
  assert.deepEqual(kinds('Among the demonstrators was the boxer Vitali Klitschko.'), []);
  assert.deepEqual(kinds('Thousands of demonstrators gathered in the square on Sunday.'), ['Peaceful protest']);
});

test('events: what may happen or always happens is no event', () => {
  const none = (text: string) => (run(`${WAR}\n\n${text}`).annotations?.events ?? []).filter((e) => e.sentence >= 3);
  assert.deepEqual(none('Under the law, attacks may be directed only against military objectives.'), []);
  assert.deepEqual(none('These devices are designed to intercept phone calls and messages.'), []);
  assert.deepEqual(none('No arrests have been made in connection with the raid.'), []);
});

test('events: an article that is not a conflict report gives none', () => {
  const sport = 'England beat France 24-18 at Twickenham on Saturday.\n\nThe clash against France was decided by two late tries, and the striker who scored twice was injured in the second half. The coach said the team played with spirit and the fans sang through the rain.';
  assert.deepEqual(run(sport).annotations?.events ?? [], []);
});

test('events: a retelling joins the first telling; a toll or damage told after an event is that event\'s', () => {
  const a = run('A missile hit an apartment building in Kyiv on Tuesday, the mayor said. The projectile destroyed houses on several floors. According to a rescuer, six civilians were injured.\n\nLater the missile strike on the building in Kyiv was confirmed by the army.');
  const events = a.annotations?.events ?? [];
  assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.trigger.text)));
  assert.equal(events[0]!.injured, 6);
  assert.ok(events[0]!.also.length >= 2);
});

test('events: a place named as a location, most specific first; not a party, not an origin; else the article\'s setting, inferred', () => {
  const place = (text: string) => {
    const a = run(text);
    const e = a.annotations?.events?.at(-1);
    return [a.annotations?.places?.[e?.place ?? -1]?.span.text ?? null, e?.placeFrom ?? null];
  };
  assert.deepEqual(place(`${WAR} Kiev launched a military operation in Donetsk on Monday.`), ['Donetsk', 'sentence']);
  assert.deepEqual(place(`${WAR} She arrived in Kharkiv from Moscow in October.`), ['Kharkiv', 'sentence']);
  assert.deepEqual(place('Rebels fought troops near Donetsk on Monday. Shelling hit Donetsk again on Tuesday.\n\nIn Donetsk, residents hid in basements.\n\nThe rebels accused the army of violating the truce.'), ['Donetsk', 'article']);
});

test('events: a year stated in the sentence dates its event; long before a known publication day, it is background', () => {
  const text = `${WAR}\n\nTheir ancestors were purged from the region by the Soviet authorities in 1944.`;
  const undated = analyze({ text, origin: 'test', format: 'text', meta: {} } as never);
  assert.ok(undated.ok);
  const e = (undated.annotations?.events ?? []).find((x) => x.plover === 'COERCE');
  assert.deepEqual(e?.date, { value: '1944', precision: 'year' });
  assert.equal(e?.dateFrom, 'sentence');
  assert.equal((run(text, '2014-03-01').annotations?.events ?? []).find((x) => x.plover === 'COERCE'), undefined);
});

test('events: a capital after a dateline opens the sentence; a capital inside it is a name', () => {
  for (const text of ['KHARKIV, March 3 (Reuters) - Shelling killed four civilians in Kharkiv on Tuesday.', 'KYIV — Shelling killed four civilians in Kharkiv on Tuesday.', 'Kharkiv: Shelling killed four civilians in the city on Tuesday.']) {
    const [e] = run(text).annotations?.events ?? [];
    assert.equal(e?.subtype, 'Shelling/artillery/missile attack', text);
  }
  assert.equal(inName('The band played songs from its album The Massacre at the festival.', [41, 44]), true);
  assert.equal(inName('KYIV, March 3 (Reuters) - Shelling went on.', [26, 34]), false);
});

test('events: a dateline\'s date is when the story was filed, not the event\'s date', () => {
  const [e] = run('KHARKIV, March 3 (Reuters) - Shelling killed four civilians in Kharkiv on Tuesday.', '2022-03-03').annotations?.events ?? [];
  assert.deepEqual(e?.date, { value: '2022-03-01', precision: 'day' });
});

test('events: a place at the end of a list of origins is not where the event was', () => {
  const a = run('Russia is redeploying forces from as far afield as its Eastern Military District, Pacific Fleet and Armenia, the ministry said.');
  for (const e of a.annotations?.events ?? []) {
    if (e.place === null) continue;
    assert.notEqual(a.annotations?.places?.[e.place]?.span.text, 'Armenia');
  }
  const [e] = run('Shelling hit Kharkiv, Sumy and Irpin on Tuesday, the governor said.').annotations?.events ?? [];
  assert.ok(e && e.place !== null, 'a list that is no origin still places the event');
});
