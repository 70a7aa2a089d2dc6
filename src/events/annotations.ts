/** The events stage's events as the analysis's annotations. */
import type { Event } from '../model/annotations.js';
import { ref, type SpanOf } from '../model/span.js';
import type { EventFound } from './detect.js';

/** The sentence is the span, the trigger and parties spans of their own. */
export function eventAnnotations(events: readonly EventFound[], span: SpanOf): Event[] {
  return events.map((e) => ({
    span: ref(span(e.start, e.end)),
    sentence: e.sentence,
    stage: 'extract',
    rule: e.rule,
    confidence: e.confidence,
    stated: ['type', ...(e.placeFrom === 'sentence' ? ['place'] : []), ...(e.dateFrom === 'sentence' || e.dateFrom === 'paragraph' ? ['date'] : []), ...(e.fatalities !== null ? ['fatalities'] : []), ...(e.injured !== null ? ['injured'] : [])],
    type: e.type,
    subtype: e.subtype,
    code: e.code,
    plover: e.plover,
    trigger: span(e.trigger[0], e.trigger[1]),
    also: e.also.map(([start, end]) => span(start, end)),
    arguments: e.arguments.map((a) => ({ role: a.role, span: span(a.start, a.end), entity: a.entity, actorClass: a.actorClass })),
    place: e.place,
    placeFrom: e.placeFrom,
    date: e.date,
    dateFrom: e.dateFrom,
    fatalities: e.fatalities,
    injured: e.injured,
    figures: e.figures,
    civilianTargeting: e.civilianTargeting,
  }));
}
