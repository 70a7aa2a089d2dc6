/** Texts the attribution rules must not read as the positive rows do: each row names a quote or a
 * speaker that must not come out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { tagEntities } from '../ner/stage.js';
import { tagQuotes, type QuoteOut } from './stage.js';

function quotes(text: string): QuoteOut[] {
  const seg = segment(text);
  const mentions = tagEntities({ text, sentences: seg.sentences, tokens: seg.tokens }).mentions;
  return tagQuotes({ text, sentences: seg.sentences, tokens: seg.tokens, mentions });
}

/** [text, words no direct quotation may hold] */
const NOT_QUOTED: Array<[string, string]> = [
  // a blank line is a paragraph break: an open quotation does not run through the next paragraph
  ['“We will stay here.\n\nThe mayor said the roads were closed.\n\n“Nobody leaves,” he said.', 'The mayor said'],
  // a close more than three unmarked lines on is a lost mark, not one long quotation
  ['“We will stay here.\nThe mayor spoke.\nThe roads were closed.\nThe army left.\nNobody came,” he said.', 'The mayor spoke'],
];
for (const [text, words] of NOT_QUOTED) {
  test(`not quoted: "${words}" in ${JSON.stringify(text)}`, () => {
    const qs = quotes(text);
    assert.ok(qs.some((q) => q.direct), `no direct quotation at all in: ${text}`);
    const held = qs.filter((q) => q.direct && text.slice(q.start, q.end).includes(words));
    assert.deepEqual(held.map((q) => text.slice(q.start, q.end)), [], text);
  });
}

/** [text, words of the quote, source phrase it must not have] */
const NOT_SOURCE: Array<[string, string, string]> = [
  // the possessor of a speech noun speaks only when the noun opens the quotation ("remarks that")
  ['The reporters found that Trump’s statement was “true.”', 'true', 'Trump'],
  // "say" before a bare phrase in a sentence with a stop is not a headline's inversion
  ['He said the schools, which advocates say disadvantages needy schools.', 'which advocates', 'disadvantages needy schools'],
  // an opening place or time is no name before a title
  ['In Kyiv, the mayor said the curfew would hold.', 'the curfew would hold', 'Kyiv'],
  // "Russia and Ukraine said": the head is not a modifier to be joined
  ['Later, Russia and Ukraine said the talks would resume.', 'the talks would resume', 'Russia and Ukraine'],
  // a pronoun source is not a person named in the words it says
  ['Khodakovsky spoke in Makiivka. Strelkov could go back to Russia whenever he wanted, he noted.', 'Strelkov could go back', 'Strelkov'],
  // "she" is not the man named last when a woman was named before him
  ['Olga Kurnosova came from Moscow. Vladimir Putin stayed. The elite is afraid, she said.', 'The elite is afraid', 'Vladimir Putin'],
];
for (const [text, words, source] of NOT_SOURCE) {
  test(`not source: "${source}" in ${JSON.stringify(text)}`, () => {
    const found = quotes(text).filter((q) => text.slice(q.start, q.end).includes(words));
    assert.ok(found.length > 0, `no quote holds "${words}" in: ${text}`);
    for (const q of found) {
      assert.notEqual(q.source ? text.slice(q.source[0], q.source[1]) : '', source, text);
      assert.notEqual(q.speaker.name, source, text);
    }
  });
}

/** [text, words of a quote, words that quote must not run on into] */
const NOT_HELD: Array<[string, string, string]> = [
  // a participle after the comma is a cue of its own, not the rest of the first quotation
  ['"We do not see a link to terrorism," the mayor said, adding that it would take more hours.', 'We do not see a link', 'adding'],
  // a stance's object ends where a subordinate clause with its own subject begins
  ['Donald Trump is drawing criticism after he appeared to suggest that veterans are weak.', 'criticism', 'after'],
];
for (const [text, words, not] of NOT_HELD) {
  test(`not held: "${not}" in the quote of "${words}"`, () => {
    const found = quotes(text).filter((q) => text.slice(q.start, q.end).includes(words));
    for (const q of found) assert.ok(!text.slice(q.start, q.end).includes(not), `"${text.slice(q.start, q.end)}" runs on into "${not}"`);
  });
}
