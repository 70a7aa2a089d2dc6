import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remoteByEffect, typeEvent } from './typing.js';
import { classificationScores } from '../eval/events.js';

/** Sentences written for these tests, one per rule or family; none from the evaluation snippets. */
const rows: Array<[string, string]> = [
  ['Russian warplanes struck a market in the town on Tuesday, killing four people.', 'AIR_STRIKE'],
  ['A drone strike hit a car carrying two commanders near the border.', 'AIR_STRIKE'],
  ['Separatist forces shelled residential districts of the city overnight with artillery and Grad rockets.', 'ART_MISS_ATTACK'],
  ['A suicide bomber blew himself up at a checkpoint, and the blast killed nine soldiers.', 'SUIC_BOMB'],
  ['A roadside bomb exploded as a police patrol passed, wounding three officers.', 'REM_EXPLOS'],
  ['An unknown man threw a grenade into a crowded bar late on Saturday.', 'GRENADE'],
  ['Doctors said patients showed symptoms of exposure to chlorine gas after the attack on the town.', 'CHEM_WEAP'],
  ['Army bomb disposal experts defused an explosive device found under a bridge.', 'DISR_WEAP'],
  ['Air defence units intercepted two cruise missiles over the capital.', 'DISR_WEAP'],
  ['Police found a cache of weapons and ammunition in a farmhouse.', 'DISR_WEAP'],
  ['Government troops clashed with rebels for several hours outside the town.', 'ARMED_CLASH'],
  ['Gunmen attacked an army checkpoint, and two soldiers died in the exchange of fire.', 'ARMED_CLASH'],
  ['Gunmen attacked a village and killed eleven civilians, including women and children.', 'ATTACK'],
  ['The army said it had recaptured the town from the militants after a week of fighting.', 'GOV_REGAINS_TERIT'],
  ['Islamist militants seized control of the district headquarters and the main road.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  ['The town fell to the rebels on Sunday.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  ['Government forces withdrew from the town, handing over control to the local council without a fight.', 'NON_VIOL_TERRIT_TRANSFER'],
  ['Hundreds of teachers staged a peaceful protest outside parliament demanding higher pay.', 'PEACE_PROTEST'],
  ['Police fired tear gas to disperse the demonstrators and arrested a dozen of them.', 'PROTEST_WITH_INTER'],
  ['Security forces opened fire on protesters, killing three and wounding dozens.', 'FORCE_AGAINST_PROTEST'],
  ['Protesters threw stones at police and set fire to tyres and cars during the demonstration.', 'VIOL_DEMONSTR'],
  ['An angry mob lynched a man accused of theft in the market.', 'MOB_VIOL'],
  ['Gunmen kidnapped a priest and two travellers on the highway.', 'ABDUCT_DISSAP'],
  ['Soldiers raped at least five women in the village, a rights group said.', 'SEX_VIOL'],
  ['Police arrested the opposition leader at his home on Friday.', 'ARREST'],
  ['The two sides agreed to a ceasefire and signed a prisoner exchange deal.', 'AGREEMENT'],
  ['The militia set up a new base on the outskirts of the town.', 'HQ_ESTABLISHED'],
  ['Armed men looted shops and burned houses in the village.', 'PROPERTY_DISTRUCT'],
  ['The armed group announced a new leader after its commander defected.', 'CHANGE_TO_GROUP_ACT'],
  ['A gas cylinder explosion at a restaurant killed six people.', 'MAN_MADE_DISASTER'],
  ['A coal mine explosion trapped forty miners underground.', 'MAN_MADE_DISASTER'],
  ['Floods and landslides after heavy rains killed 30 people.', 'NATURAL_DISASTER'],
  ['Police said the cartel smuggled cocaine through the port.', 'ORG_CRIME'],
  ['The foreign ministers met in Geneva for talks on the crisis.', 'DIPLO'],
  ['The Islamic State group claimed responsibility for the bombing.', 'ATTRIB'],
  ['More than 40 people died in clashes between rival activists in the port city.', 'MOB_VIOL'],
  ['Supporters of the two candidates clashed with each other outside the polling station.', 'MOB_VIOL'],
  ['Government forces clashed with rebels near the airport.', 'ARMED_CLASH'],
  ['Protesters clashed with police and threw stones at the parliament building.', 'VIOL_DEMONSTR'],
  ['Russia annexed the peninsula after a disputed vote.', 'NON_VIOL_TERRIT_TRANSFER'],
];

test('typeEvent: each sub-type and family rule on a sentence of its own', () => {
  for (const [text, expected] of rows) assert.equal(typeEvent(text).subtype, expected, text);
});

test('typeEvent: the deciding cues are reported, and no cue gives OTHER with score 0', () => {
  const r = typeEvent('A drone strike hit a car near the border.');
  assert.ok(r.cues.some((c) => /drone strike/i.test(c)), r.cues.join(', '));
  const none = typeEvent('The weather was mild and the shops were open.');
  assert.equal(none.subtype, 'OTHER');
  assert.equal(none.score, 0);
});

test('typeEvent: a class a family rule settled on reports the cues that decided it', () => {
  const r = typeEvent('A violent clash with police saw five demonstrators killed.');
  assert.equal(r.subtype, 'VIOL_DEMONSTR');
  assert.ok(r.cues.length > 0, 'cues of the classes it took in');
});

test('classificationScores: weighted and macro F1 by hand', () => {
  // Class a: P 2/3, R 1 → F1 0.8 (support 2); class b: P 1, R 1/2 → F1 2/3 (support 2).
  const s = classificationScores(['a', 'a', 'b', 'b'], ['a', 'a', 'a', 'b']);
  assert.ok(Math.abs(s.weightedF1 - (0.8 * 2 + (2 / 3) * 2) / 4) < 1e-9);
  assert.ok(Math.abs(s.macroF1 - (0.8 + 2 / 3) / 2) < 1e-9);
  assert.equal(s.accuracy, 0.75);
});

test('remoteByEffect: a generic attack that set a building on fire or wrecked it is long-range fire; up close, an accident or no structure it is not', () => {
  for (const text of [
    'Overnight attacks on the port set off a fire that broke out in a nine-storey residential block.',
    'Fresh strikes damaged two apartment buildings and a power station on the edge of the town.',
  ]) assert.deepEqual(remoteByEffect(text)?.subtype, 'ART_MISS_ATTACK', text);
  for (const text of [
    'Gunmen attacked the village and destroyed several houses.',
    'Militants attacked a police post and set fire to the building.',
    'The attacks on aid convoys continued through the week.',
    'Investigators said a gas leak, not an attack, caused the fire that broke out in the apartment building.',
    'A heart attack killed the caretaker, and a fire broke out in the empty building hours later.',
  ]) assert.equal(remoteByEffect(text), null, text);
});
