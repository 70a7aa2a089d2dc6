import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { tagEntities } from '../ner/stage.js';
import { quoteSegments } from './marks.js';
import { tagQuotes, type QuoteOut } from './stage.js';
import { MAX_CUED } from './clauses.js';

function quotes(text: string): QuoteOut[] {
  const seg = segment(text);
  const mentions = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }).mentions;
  return tagQuotes({ text, sentences: seg.sentences, tokens: seg.tokens, mentions });
}

/** [text, words inside the quote, expected speaker name, expected source phrase] */
const ROWS: Array<[string, string, string, string]> = [
  ['“We will fight on,” he said. Volodymyr Zelenskyy spoke late.', 'We will fight on', '', 'he'],
  ['Hugh Hill, a doctor, said the hospital was full.', 'the hospital was full', 'Hugh Hill', 'Hugh Hill'],
  ['According to a rescuer, six civilians were injured.', 'six civilians were injured', 'a rescuer', 'a rescuer'],
  ['Six civilians were injured, according to regional leader Pavlo Kyrylenko.', 'Six civilians were injured', 'Pavlo Kyrylenko', 'regional leader Pavlo Kyrylenko'],
  ['His brother, Wladimir, told Sky News: “You are a target.”', 'You are a target', 'Wladimir', 'Wladimir'],
  ['“Russia is redeploying forces,” the MoD tweeted.', 'Russia is redeploying forces', 'MoD', 'the MoD'],
  ['The troops are not allowing anyone to leave, he said on messaging app Telegram.', 'not allowing anyone to leave', '', 'he'],
  ['A Ukrainian negotiator sounded optimistic, saying “there is room for compromise”.', 'there is room for compromise', 'A Ukrainian negotiator', 'A Ukrainian negotiator'],
  ['“Everyone should work,” said Mr Zelenskyy in his nightly address.', 'Everyone should work', 'Zelenskyy', 'Mr Zelenskyy'],
  ['Many of the closures, he said, have involved public courses.', 'have involved public courses', '', 'he'],
  ['Marta Kovalenko, 34, a nurse from Irpin, said the shelter had no water.', 'the shelter had no water', 'Marta Kovalenko', 'Marta Kovalenko'],
  ['Aid groups, which have run convoys since March, said the road was closed.', 'the road was closed', 'Aid groups', 'Aid groups'],
  ['Rep. Ann Webb (D-Ore.) said the vote would pass.', 'the vote would pass', 'Ann Webb', 'Rep. Ann Webb'],
  ['KYIV, March 3 (Reuters) – The mayor said the curfew would last until Monday.', 'the curfew would last until Monday', 'the mayor', 'The mayor'],
  ['Residents who say the water is unsafe have left.', 'the water is unsafe', 'Residents', 'who'],
  ['Shelling killed four civilians in Kharkiv on Tuesday, the regional governor said.', 'Shelling killed four civilians', '', 'the regional governor'],
  ['Fighting has displaced thousands, aid workers said.', 'Fighting has displaced thousands', '', 'aid workers'],
  ['The governor is calling for the release of the hostages.', 'the release of the hostages', 'the governor', 'The governor'],
  ['LAVROV: We have no plans to attack anyone.', 'We have no plans to attack anyone', 'LAVROV', 'LAVROV'],
  ['The registration issue was first reported by The Washington Post.', 'The registration issue', 'Washington Post', 'The Washington Post'],
  ['The GOP nominee complained about his microphone the morning after the debate.', 'his microphone', 'GOP nominee', 'The GOP nominee'],
];

for (const [text, words, speaker, source] of ROWS) {
  test(`quotes: ${text}`, () => {
    const found = quotes(text).filter((q) => text.slice(q.start, q.end).includes(words));
    assert.ok(found.length > 0, `no quote holds "${words}" in: ${text}`);
    const q = found[0]!;
    assert.equal(q.source ? text.slice(q.source[0], q.source[1]) : '', source, text);
    if (speaker) assert.equal(q.speaker.name, speaker, text);
  });
}

test('quotes: a pronoun takes the person before it; a pronoun of the other gender keeps the only person, with the reason', () => {
  const text = 'For his part, Volodymyr Zelenskyy vowed to fight. “The real fight goes on”, he said. “We will win,” she assured.';
  const qs = quotes(text);
  const he = qs.find((q) => text.slice(q.start, q.end).startsWith('The real fight'));
  const she = qs.find((q) => text.slice(q.start, q.end).startsWith('We will win'));
  assert.equal(he?.speaker.name, 'Volodymyr Zelenskyy');
  assert.equal(she?.speaker.name, 'Volodymyr Zelenskyy');
  assert.ok(she!.speaker.confidence < he!.speaker.confidence);
  assert.match(she!.speaker.reason ?? '', /does not fit/);
});

test('quotes: a paragraph that is all quotation goes on with the speaker of the paragraph before', () => {
  const text = '“Europe must understand,” said Mateusz Morawiecki.\n\n“It will no longer be Europe.”';
  const last = quotes(text).find((q) => text.slice(q.start, q.end).startsWith('It will no longer'));
  assert.equal(last?.speaker.name, 'Mateusz Morawiecki');
  assert.equal(last?.rule, 'quote:continued');
});

test('quotes: cues inside a quotation are the quoted speaker\'s, and a passive cue names no source', () => {
  const text = '“The meetings continue, and, I am informed, the positions sound realistic,” Zelenskyy said. Shelling is said to have intensified.';
  const qs = quotes(text);
  assert.equal(qs.filter((q) => q.cue && text.slice(q.cue[0], q.cue[1]) === 'informed').length, 0);
  assert.equal(qs.filter((q) => q.cue && text.slice(q.cue[0], q.cue[1]) === 'said' && q.source && text.slice(q.source[0], q.source[1]) === 'Shelling').length, 0);
});

test('marks: straight, curly and doubled-apostrophe quotations; an apostrophe inside a word does not close', () => {
  const text = '“It doesn’t matter,” he said. ‘addiction’ and "plain" and \'\'archive style\'\' too.';
  const segs = quoteSegments(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(segs, ['It doesn’t matter,', 'addiction', 'plain', 'archive style']);
});

test('quotes: a quotation introduced by a line ending in a colon takes that line\'s speaker', () => {
  const text = 'The mayor of Mykolaiv, Oleksandr Senkevych, continued:\n\n“The city is holding. We have water and power for now.”';
  const q = quotes(text).find((x) => text.slice(x.start, x.end).startsWith('The city is holding'));
  assert.ok(q, 'no quote found');
  assert.equal(q.rule, 'quote:introduced');
  assert.equal(q.speaker.name, 'Oleksandr Senkevych');
});

test('quotes: a quotation signed after a dash takes the name as its speaker', () => {
  const text = '“We waited three days for the bus.” ― Olena Hrytsenko\n\nOthers stayed.';
  const q = quotes(text).find((x) => text.slice(x.start, x.end).startsWith('We waited'));
  assert.ok(q, 'no quote found');
  assert.equal(q.rule, 'quote:signed');
  assert.equal(q.source ? text.slice(q.source[0], q.source[1]) : '', 'Olena Hrytsenko');
});

test('quotes: a partial quotation inside a clause with no cue is the words of the clause\'s subject', () => {
  const text = 'On the form, a doctor at the clinic had typed “acute stress” in the box.';
  const q = quotes(text).find((x) => text.slice(x.start, x.end) === 'acute stress');
  assert.ok(q, 'no quote found');
  assert.equal(q.rule, 'quote:governed');
  assert.equal(q.source ? text.slice(q.source[0], q.source[1]) : '', 'a doctor at the clinic');
});

test('quotes: a first claim ends where a joined clause with its own cue begins', () => {
  const text = 'The governor said the bridge was intact, while the army claimed it had been destroyed.';
  const qs = quotes(text);
  const first = qs.find((q) => q.cue && text.slice(q.cue[0], q.cue[1]) === 'said');
  assert.ok(first, 'no quote for "said"');
  assert.equal(text.slice(first.start, first.end), 'the bridge was intact');
  const second = qs.find((q) => q.cue && text.slice(q.cue[0], q.cue[1]) === 'claimed');
  assert.ok(second && text.slice(second.start, second.end).includes('destroyed'), 'no quote for "claimed"');
});

test('quotes: an opening participle phrase with no verb of its own, or one only in its relative clause, is no content', () => {
  for (const [text, notContent] of [
    ['Speaking on Sunday in Kyiv, the mayor said the curfew would end.', 'Speaking on Sunday'],
    ['Writing for a panel that agreed Pence won, Barabak noted the debate was calm.', 'Writing for a panel'],
  ] as const) {
    for (const q of quotes(text)) assert.ok(!text.slice(q.start, q.end).includes(notContent), `${notContent} is not content in: ${text}`);
  }
});

test('marks: a quotation with no close ends where the next one opens; a closed one keeps the marks inside it', () => {
  const open = 'He said “we will go and “they will come and “fine. Then ‘a ‘b';
  const segs = quoteSegments(open, [{ start: 0, end: open.length }]).map((s) => [open.slice(s.start, s.end), s.close]);
  assert.deepEqual(segs, [['we will go and', null], ['they will come and', null], ['fine. Then ‘a ‘b', null]]);
  const closed = 'He said “we go and “they come” today.';
  assert.deepEqual(quoteSegments(closed, [{ start: 0, end: closed.length }]).map((s) => closed.slice(s.start, s.end)), ['we go and “they come']);
});

test(`quotes: in a run of more than ${MAX_CUED} cued clauses each content keeps between its neighbouring cues, and no two share one`, () => {
  const text = Array.from({ length: 12 }, () => 'officials said that the convoy moved north').join(', ') + '.';
  const qs = quotes(text).filter((q) => q.rule.startsWith('attribution:'));
  assert.ok(qs.length >= 10, `${qs.length} attributions`);
  for (const q of qs) {
    const words = text.slice(q.start, q.end);
    assert.ok(!/ said /.test(` ${words} `), `content "${words}" takes in another cue`);
    assert.equal(words, 'the convoy moved north');
  }
  assert.equal(new Set(qs.map((q) => `${q.start}-${q.end}`)).size, qs.length);
  // An ordinary sentence with a nested cue keeps its whole content.
  const nested = 'Smith said the attack, which officials said killed 12 people, was planned.';
  const smith = quotes(nested).find((q) => q.cue && nested.slice(q.cue[0], q.cue[1]) === 'said' && q.source && nested.slice(q.source[0], q.source[1]) === 'Smith');
  assert.ok(smith && nested.slice(smith.start, smith.end).endsWith('was planned'), 'Smith keeps the whole clause');
});
