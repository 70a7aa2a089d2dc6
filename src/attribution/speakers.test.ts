import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { tagEntities } from '../ner/stage.js';
import { nameGender } from './gender.js';
import { tagQuotes, type QuoteOut } from './stage.js';

function quotes(text: string): QuoteOut[] {
  const seg = segment(text);
  const mentions = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }).mentions;
  return tagQuotes({ text, sentences: seg.sentences, tokens: seg.tokens, mentions });
}

/** [text, words inside the quote, expected speaker name, expected source phrase] */
const ROWS: Array<[string, string, string, string]> = [
  // a run of quoted lines, one sentence a line, keeps the speaker named at its end
  ['“These are lies.\nThere are no disagreements.\nWe are organizing our work,” Alexander Boroday said.', 'There are no disagreements', 'Alexander Boroday', 'Alexander Boroday'],
  ['“These rules apply to all parties.\nThey restrict the means of warfare,” Stillhart went on to say.', 'These rules apply', 'Stillhart', 'Stillhart'],
  ['“So to speak, we persuaded three people.\nAnd prosecutors found the way,” Senchenko told reporters.', 'we persuaded three people', 'Senchenko', 'Senchenko'],
  ['“If Ukraine loses, it is a victory for the empire.\nBut if it wins, Chechnya is free,” Osmayev told The Irish Times.\n“And we are ready to fight to the end.”', 'ready to fight', 'Osmayev', 'Osmayev'],
  // pronouns by gender from the name; "it" as the organization speaking
  ['Olga Kurnosova arrived in Kiev in October. Putin worked in the mayor’s office. He was a dull figure, she said.', 'He was a dull figure', 'Olga Kurnosova', 'she'],
  ['The Kremlin said it condemned “the use of force against peaceful citizens”.', 'the use of force', 'Kremlin', 'it'],
  ['Russia\'s RIA news agency said on Monday that Crimea had invited the OSCE. It said the invitation had been issued by the parliament.', 'the invitation had been issued', 'Russia\'s RIA news agency', 'It'],
  // documents as speakers: their author
  ['The ceasefire helped the army, the Saturday appeal of President Petro Poroshenko stated. "We are stronger now," the statement said.', 'We are stronger now', 'Petro Poroshenko', 'the statement'],
  ['Burkhalter said in a statement that the vote was illegal. He also "ruled out an observation," the statement added.', 'ruled out an observation', 'Burkhalter', 'the statement'],
  // subjects: a participle goes on with the cue before it; a name before its title; coordinated modifiers
  ['“We see messages online,” Osmayev said, confirming that enemies were hunting each other.', 'enemies were hunting', 'Osmayev', 'Osmayev'],
  ['Three supporters were absolved, Andriy Senchenko, acting Deputy Head of the Presidential Administration said Wednesday.', 'Three supporters were absolved', 'Andriy Senchenko', 'Andriy Senchenko'],
  ['The Swiss head of Europe\'s security and democracy watchdog said the vote was illegal.', 'the vote was illegal', '', 'The Swiss head of Europe\'s security and democracy watchdog'],
  ['The army is using tanks, a spokesman for the self-proclaimed Donetsk People’s Republic (DPR) told ITAR-TASS on Thursday.', 'The army is using tanks', '', 'a spokesman for the self-proclaimed Donetsk People’s Republic'],
  ['The allegations follow Yatsenyuk\'s remarks at a protest that "the presidential election has already begun."', 'the presidential election', 'Yatsenyuk', 'Yatsenyuk'],
  // headlines: a title-case verb, and "say" with its source after it
  ['Nuland Claims 400-500 Russian Soldiers Killed in Eastern Ukraine', '400-500 Russian Soldiers Killed', 'Nuland', 'Nuland'],
  ['Death squads in Ukraine says leader of one opposition party', 'Death squads', 'leader of one opposition party', 'leader of one opposition party'],
  // a quotation's own signature outranks the speaker of the line before
  ['“He can’t even answer a question.” ― Esther Tapia\n“Mostly he promotes ignorance and hate.” ― Azucena Gonzàlez', 'Mostly he promotes', 'Azucena Gonzàlez', 'Azucena Gonzàlez'],
  // a closing mark used to open ('' made ” by cleaning), and content right before a post-posed cue after a closing mark
  ['All agreed it was complex. ”There\'s a lot of new complexity,” said Mr. Burman.', 'a lot of new complexity', 'Burman', 'Mr. Burman'],
  // "has alleged" tagged an adjective is still a cue
  ['Opposition leader Arseniy Yatsenyuk has alleged that President Viktor Yanukovych received $20 billion.', 'received $20 billion', 'Arseniy Yatsenyuk', 'Opposition leader Arseniy Yatsenyuk'],
  // a title in quotation marks does not make an opening adverbial someone's words
  ['In an interview on CBS\'s "Face the Nation," House Speaker Paul D. Ryan (R-Wis.) said the recent shootings demand that Americans listen.', 'the recent shootings', 'Paul D. Ryan', 'House Speaker Paul D. Ryan'],
  // with "that" after the cue, an opening subordinate clause is not its content
  ['While a spokesman for President Vladimir Putin lauded the plan, the partners in the West said that the move would hurt growth.', 'the move would hurt growth', '', 'the partners in the West'],
];

for (const [text, words, speaker, source] of ROWS) {
  test(`speakers: ${text}`, () => {
    const found = quotes(text).filter((q) => text.slice(q.start, q.end).includes(words));
    assert.ok(found.length > 0, `no quote holds "${words}" in: ${text}`);
    const q = found.sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
    assert.equal(q.source ? text.slice(q.source[0], q.source[1]) : '', source, text);
    if (speaker) assert.equal(q.speaker.name, speaker, text);
  });
}

/** [name, gender the name tells] */
const GENDERS: Array<[string, string | null]> = [
  ['Olga Kurnosova', 'female'], ['Kurnosova', 'female'], ['Amina Okuyeva', 'female'], ['Vladimir Putin', 'male'], ['Putin', 'male'],
  ['Arseniy Yatsenyuk', 'male'], ['Yulia Tymoshenko', 'female'], ['Catherine Ashton', 'female'], ['Petro Poroshenko', null], ['Jean Smith', null],
];
for (const [name, gender] of GENDERS) test(`gender: ${name} is ${gender}`, () => assert.equal(nameGender(name), gender));
