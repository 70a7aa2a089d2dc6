/**
 * Cross-document event merging: mentions of one real event, from one report or many, become one
 * merged event (src/events/merged.ts) that keeps every source.
 *
 * Complete linkage: a mention joins a group only if it links (src/events/link.ts) to every mention
 * already in it, so a chain of near neighbours (shelling of one city on three days running, each report
 * a day off from the next) never turns into one event. Mentions are taken precise ones first (narrowest
 * date, then earliest, then the most precise place, then by key), so the groups do not depend on the
 * order reports were ingested in. A mention that fits two groups about equally is ambiguous and is
 * kept apart rather than merged into either: a merge that is wrong hides an event, a missed one only
 * repeats it.
 */
import { link } from './link.js';
import { mergedEvent, type MergedEvent } from './merged.js';
import type { EventMention } from './mention.js';

/** A mention that fits several groups joins the best only if it fits it this much better than the next. */
export const AMBIGUITY_MARGIN = 0.15;

export interface Group {
  members: EventMention[];
  /** The weakest link between two members, with its rule and evidence; null for a single mention. */
  weakest: { score: number; rule: string; evidence: string[]; between: [string, string] } | null;
  /** Why a mention was kept apart, when it fitted several groups. */
  notes: string[];
}

/** Merges the mentions into events, sorted by date then id. */
export function mergeEvents(mentions: readonly EventMention[]): MergedEvent[] {
  return groupMentions(mentions).map(mergedEvent).sort((a, b) => (a.days?.[0] ?? Infinity) - (b.days?.[0] ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function groupMentions(mentions: readonly EventMention[]): Group[] {
  const groups: Group[] = [];
  const byType = new Map<string, Group[]>();
  for (const m of [...mentions].sort(canonicalOrder)) {
    const candidates = byType.get(m.type) ?? [];
    const fits: Array<{ group: Group; score: number; weakest: Group['weakest'] }> = [];
    for (const group of candidates) {
      const fit = fitGroup(m, group);
      if (fit) fits.push({ group, ...fit });
    }
    fits.sort((x, y) => y.score - x.score);
    const [best, next] = fits;
    if (best && (!next || best.score - next.score >= AMBIGUITY_MARGIN)) {
      best.group.members.push(m);
      if (!best.group.weakest || best.weakest!.score < best.group.weakest.score) best.group.weakest = best.weakest;
      continue;
    }
    const group: Group = { members: [m], weakest: null, notes: [] };
    if (best) group.notes.push(`kept apart: fits ${fits.length} events about equally (${fits.map((f) => `${f.group.members[0]!.key} ${f.score}`).join(', ')})`);
    groups.push(group);
    byType.set(m.type, [...candidates, group]);
  }
  return groups;
}

/** The mention's fit to a group: its weakest link to a member, or null when one member does not link. */
function fitGroup(m: EventMention, group: Group): { score: number; weakest: NonNullable<Group['weakest']> } | null {
  let weakest: NonNullable<Group['weakest']> | null = null;
  for (const member of group.members) {
    const l = link(member, m);
    if (!l.ok) return null;
    if (!weakest || l.score < weakest.score) weakest = { score: l.score, rule: l.rule, evidence: l.evidence, between: [member.key, m.key] };
  }
  return weakest ? { score: weakest.score, weakest } : null;
}

/** Narrowest date first, then earliest, then the most precise place, then key: a total order. */
export function canonicalOrder(a: EventMention, b: EventMention): number {
  const width = (m: EventMention) => (m.days ? m.days[1] - m.days[0] : Infinity);
  const start = (m: EventMention) => m.days?.[0] ?? Infinity;
  const precision = (m: EventMention) => m.place?.precision ?? (m.place ? 1 : 4);
  return width(a) - width(b) || start(a) - start(b) || precision(a) - precision(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
