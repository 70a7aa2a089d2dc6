/**
 * Self-proclaimed republics named after a place (`republic`): "the People’s Republic of Donetsk",
 * "people’s republics of Donetsk and Luhansk" are organizations, each the same entity as "Donetsk
 * People's Republic" (and its acronym, linked by others.ts) where the article names it so. In "the
 * people’s republics of Donetsk and Luhansk" the first republic is the phrase up to its place
 * ("people’s republics of Donetsk"), the second its place's name ("Luhansk"), which stands for the
 * Luhansk republic there whatever else the place's name is a mention of. A mention inside a longer
 * name ("Armed Forces of the People’s Republic of Donetsk") is a mention of the republic as well.
 */
import type { LinkState } from './clusters.js';
import { nameKey } from './names.js';
import { tokenAt } from './view.js';

const CONFIDENCE = 0.85;
const PLACE = "\\p{Lu}[\\p{L}-]+";
/** "People’s Republic of Donetsk", "people's republics of Donetsk and Luhansk". */
const OF_FORM = new RegExp(`\\b[Pp]eople['’]s\\s+[Rr]epublic(s?)\\s+of\\s+(${PLACE})(?:\\s+and\\s+(${PLACE}))?`, 'gud');
/** "Donetsk People's Republic": the tagger's name. */
const NAME_FORM = new RegExp(`^(${PLACE})\\s+[Pp]eople['’]s\\s+[Rr]epublic$`, 'u');

export function linkRepublics(state: LinkState): void {
  const { view } = state;
  const text = view.text;
  // the republics the tagger named ("Donetsk People's Republic"), by their place
  const byPlace = new Map<string, number>();
  for (const c of state.live()) {
    const cl = state.clusters[c]!;
    if (cl.type !== 'ORG') continue;
    for (const m of cl.members) {
      const name = NAME_FORM.exec(text.slice(state.mentions[m.mention]!.start, state.mentions[m.mention]!.end).replace(/^the\s+/i, ''));
      if (name && !byPlace.has(nameKey(name[1]!))) byPlace.set(nameKey(name[1]!), c);
    }
  }
  for (const m of text.matchAll(OF_FORM)) {
    const at = m.indices!;
    const found: Array<{ start: number; end: number; place: string }> = [{ start: m.index, end: at[2]![1], place: m[2]! }];
    // the second republic only after a plural ("republics of Donetsk and Luhansk")
    if (m[3] && m[1]) found.push({ start: at[3]![0], end: at[3]![1], place: m[3] });
    for (const f of found) {
      const key = nameKey(f.place);
      const mention = { start: f.start, end: f.end, sentence: view.sentenceOf[tokenAt(view, f.start)] ?? 0, type: 'ORG' as const, fine: null, kind: 'name' as const, rule: 'link:republic', confidence: CONFIDENCE };
      const c = byPlace.get(key);
      if (c !== undefined && state.clusters[c]!.mergedInto === null) {
        state.addMention(mention, c, 'republic', CONFIDENCE);
        continue;
      }
      state.mentions.push(mention);
      const created = state.newCluster('ORG', { mention: state.mentions.length - 1, rule: 'first', confidence: CONFIDENCE }, { inferred: { name: `${f.place} People's Republic`, rule: 'republic', confidence: CONFIDENCE } });
      byPlace.set(key, created);
    }
  }
}
