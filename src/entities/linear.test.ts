/**
 * Linking's work grows linearly with the article (issue 20), counted, not timed: every read of a
 * mention's fields is counted on an article of n people and on one of 4n. Looking up a surname among
 * every cluster, a description's appositive among every mention, or a pronoun's antecedent among every
 * member of every cluster (as linking did) reads about 16 times as much for 4 times the article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/segment.js';
import { LinkState, type LinkMention } from './clusters.js';
import { linkDocument } from './link.js';
import { linkPersons } from './persons.js';
import { docView } from './view.js';

/** A capitalized made-up word for a number: Kabo, Kadu, ... (no two alike). */
const word = (n: number, first: string) => first + [...n.toString(5)].map((d) => ['ba', 'do', 'ku', 'mi', 'ne'][Number(d)]).join('');

/** An article of `people` persons: each named in full, again by surname with a title, an appositive
 * ("the mayor of Kyiv, X"), a description ("the president said"), and a pronoun ("he said"). */
function article(people: number): { text: string; mentions: LinkMention[] } {
  let text = '';
  const mentions: LinkMention[] = [];
  const name = (s: string) => {
    mentions.push({ start: text.length, end: text.length + s.length, sentence: 0, type: 'PER', fine: null, kind: 'name', rule: 'test', confidence: 1 });
    text += s;
  };
  for (let i = 0; i < people; i++) {
    const given = word(i, 'Ka');
    const surname = word(i, 'Lo');
    text += 'President ';
    name(`${given} ${surname}`);
    text += ' met the mayor of Kyiv, ';
    name(word(i + 1, 'Lo'));
    text += ', and President ';
    name(surname);
    text += ' said the talks went well. The president would stay, he said. ';
  }
  const seg = segment(text);
  for (const m of mentions) m.sentence = seg.sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
  return { text, mentions };
}

function reads(people: number): number {
  const { text, mentions } = article(people);
  const seg = segment(text);
  const view = docView(text, seg.sentences, seg.tokens, () => false);
  const count = { reads: 0 };
  const counted = mentions.map((m) => new Proxy(m, { get: (t, k, r) => (count.reads++, Reflect.get(t, k, r)) }));
  const out = linkDocument(view, counted, [], () => []);
  assert.ok(out.entities.length >= people, `${out.entities.length} entities for ${people} people`);
  assert.ok(out.mentions.some((m) => m.kind === 'pronoun' && m.entity !== null), 'pronouns linked');
  assert.ok(out.mentions.some((m) => m.kind === 'role' && m.entity !== null), 'descriptions linked');
  return count.reads;
}

test('linking reads about linearly more mentions for a longer article (4x the people, under 8x the reads)', () => {
  const small = reads(150);
  const large = reads(600);
  assert.ok(large / small < 8, `${small} reads for 150 people, ${large} for 600 (${(large / small).toFixed(1)}x)`);
});

/** Reads of the clusters array (each lookup of a cluster by index, and every walk over all of them). */
function clusterReads(people: number): number {
  const { text, mentions } = article(people);
  const seg = segment(text);
  const state = new LinkState(docView(text, seg.sentences, seg.tokens, () => false), mentions, []);
  const count = { reads: 0 };
  Object.defineProperty(state, 'clusters', { value: new Proxy(state.clusters, { get: (t, k, r) => (count.reads++, Reflect.get(t, k, r)) }) });
  linkPersons(state);
  assert.ok(state.live().length >= people);
  return count.reads;
}

test('person linking reads the clusters linearly: a surname is looked up by key, not among every cluster (4x the people, under 8x the reads)', () => {
  const small = clusterReads(150);
  const large = clusterReads(600);
  assert.ok(large / small < 8, `${small} cluster reads for 150 people, ${large} for 600 (${(large / small).toFixed(1)}x)`);
});
