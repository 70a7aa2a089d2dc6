/**
 * Ships by their prefix (`refine:vessel`): a name after a navy's ship prefix ("USS Taylor", "HMS
 * Defender", "ROS Regina Maria") is a vessel, never a person or a place whatever its shape says ("Donald
 * Cook"): typed as the navy unit it is, ORG, unless the tagger said MISC (CoNLL-2003's type for vehicles,
 * which the events stage does not count as a party: a warship that is denounced or attacked must stay
 * one). The prefix is taken into the name, and the same name without it elsewhere in the article
 * ("Taylor") is the same vessel, of the same type; linking (`linkVessels`) puts it in the ship's entity.
 */
import type { LinkState } from './clusters.js';
import type { EntityType } from '../model/annotations.js';
import type { RefinableMention } from './refine.js';

/** Ship prefixes of navies and coast guards (the prefix is upper case, the name after it capitalized). */
const PREFIX = /^(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|RFS|ROS|INS|TCG|ARA|BNS|KRI|HNLMS|HDMS|HNoMS|FGS|ORP|ITS|NRP|SAS|JS|ROKS|PNS)$/;
const CONFIDENCE = 0.85;

const mark = (m: RefinableMention) => `${m.rule}+refine:vessel`;

const vesselType = (t: EntityType): EntityType => (t === 'MISC' ? 'MISC' : 'ORG');

export function refineVessels(text: string, mentions: readonly RefinableMention[]): RefinableMention[] {
  const ships = new Map<string, EntityType>();
  const out = mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    const first = name.split(/\s+/)[0]!;
    const type = vesselType(m.type);
    if (PREFIX.test(first) && /\s\p{Lu}/u.test(name)) {
      ships.set(name.slice(first.length).trim(), type);
      return m.type === type ? m : { ...m, type, fine: null, rule: mark(m) };
    }
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (before && PREFIX.test(before[1]!)) {
      ships.set(name, type);
      return { ...m, start: m.start - before[0].length, type, fine: null, rule: mark(m) };
    }
    return m;
  });
  if (!ships.size) return out;
  return out.map((m) => {
    const type = ships.get(text.slice(m.start, m.end));
    return type && m.type !== type ? { ...m, type, fine: null, rule: mark(m) } : m;
  });
}

/** A ship's name without its prefix ("Taylor") joins the ship's entity ("USS Taylor"). */
export function linkVessels(state: LinkState): void {
  const ships = new Map<string, number>();
  for (const c of state.live()) {
    for (const m of state.clusters[c]!.members) {
      const words = state.text(m.mention).split(/\s+/);
      if (words.length > 1 && PREFIX.test(words[0]!)) ships.set(words.slice(1).join(' '), c);
    }
  }
  if (!ships.size) return;
  for (const c of state.live()) {
    const cl = state.clusters[c]!;
    if (cl.mergedInto !== null) continue;
    const target = cl.members.map((m) => ships.get(state.text(m.mention))).find((t) => t !== undefined);
    if (target !== undefined && target !== c && state.clusters[target]!.type === cl.type) state.merge(target, c, 'vessel-name', CONFIDENCE);
  }
}
