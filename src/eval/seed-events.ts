/**
 * The seeds' `events` items against the events stage: a gold event is right when an event of the same
 * ACLED type and sub-type (and PLOVER category, when the gold names one) has a trigger in the
 * sentence that holds the gold trigger text, with the gold date (when the gold gives one) and a place
 * whose text or resolved name holds the gold place name (when the gold gives one).
 */
import type { Analysis } from '../model/types.js';

export interface GoldEvent {
  type: string;
  subtype: string;
  plover?: string;
  trigger: string;
  date?: string;
  where?: string;
  actor?: string;
  injured?: number;
  fatalities?: number;
  civilian_targeting?: boolean;
}

export interface EventCheck {
  gold: GoldEvent;
  right: boolean;
  /** What sitrep gave in the gold trigger's sentence, or why nothing matched. */
  got: string;
}

export function checkEvents(a: Analysis, gold: readonly GoldEvent[]): EventCheck[] {
  const events = a.annotations?.events ?? [];
  const places = a.annotations?.places ?? [];
  const text = a.document.text;
  return gold.map((g) => {
    const at = text.indexOf(g.trigger);
    if (at < 0) return { gold: g, right: false, got: `the trigger "${g.trigger}" is not in the text` };
    const sentence = a.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
    const here = events.filter((e) => e.sentence === sentence);
    if (here.length === 0) return { gold: g, right: false, got: 'no event in its sentence' };
    const describe = (e: (typeof events)[number]) => {
      const place = e.place !== null ? places[e.place]?.span.text ?? '?' : '-';
      return `${e.type} / ${e.subtype}${e.plover ? ` ${e.plover}` : ''}, "${e.trigger.text}", ${e.date?.value ?? 'no date'}, ${place}`;
    };
    const fits = here.find((e) => {
      if (e.type !== g.type || e.subtype !== g.subtype) return false;
      if (g.plover && e.plover !== g.plover) return false;
      if (g.date && e.date?.value !== g.date) return false;
      if (g.where) {
        const p = e.place !== null ? places[e.place] : undefined;
        if (!p || !p.span.text.includes(g.where)) return false;
      }
      return true;
    });
    return { gold: g, right: !!fits, got: fits ? describe(fits) : here.map(describe).join('; ') };
  });
}
