import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dated } from '../../../test/document-date-helpers.js';

const BODY = 'Rebels took the town hall on Saturday, officials said.';

test('byline: a date line or byline above or below the article dates it', () => {
  const rows: Array<[string, [string, string, string]]> = [
    [`Rebels take the town hall\n27 April 2014\n${BODY}`, ['2014-04-27', 'text:byline', 'on']],
    [`Rebels take the town hall\nPublished: 27 April 2014 10:32 GMT\n${BODY}`, ['2014-04-27', 'text:byline', 'on']],
    [`Rebels take the town hall\nBy Jane Doe | April 27, 2014\n${BODY}`, ['2014-04-27', 'text:byline', 'on']],
    [`Rebels take the town hall\nPosted on April 27, 2014 at 10:32 am\n${BODY}`, ['2014-04-27', 'text:byline', 'on']],
    [`Rebels take the town hall\n${BODY}\nMore paragraphs.\nLast updated: April 28, 2014`, ['2014-04-28', 'text:byline', 'on']],
  ];
  for (const [text, want] of rows) assert.deepEqual(dated(text), want, text);
});

test('byline: a date line in the middle of a long article is not a byline', () => {
  const middle = ['Head', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', '27 April 2014', 'Six.', 'Seven.', 'Eight.'].join('\n');
  assert.notEqual(dated(middle)?.[1], 'text:byline');
});

test('byline: a line with a date and more words is no date line', () => {
  assert.notEqual(dated(`Head\nOn 27 April 2014 rebels took the hall.\n${BODY}`)?.[1], 'text:byline');
});

test('caption: a photo caption\'s date dates the article, a file photo\'s does not', () => {
  const caption = `Rebels take the town hall\n${BODY}\nA man walks past the barricade in Slovyansk, April 27, 2014. REUTERS/John Smith\nMore text.`;
  assert.deepEqual(dated(caption), ['2014-04-27', 'text:caption', 'on']);
  const ap = `Head\n${BODY}\nPro-Russian activists guard the hall on April 26, 2014. (AP Photo/Jane Roe)\nMore text.`;
  assert.deepEqual(dated(ap), ['2014-04-26', 'text:caption', 'on']);
  const file = `Head\n${BODY}\nIn this file photo taken on March 2, 2014, soldiers stand guard. (AP Photo/Jane Roe)\nMore text.`;
  assert.notEqual(dated(file)?.[1], 'text:caption');
});
