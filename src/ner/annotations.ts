/**
 * The entities stage's mentions as the analysis's annotations. The linking stage
 * (src/entities/annotations.ts) maps its own mentions, which carry a kind and an entity, through the
 * same function.
 */
import type { Mention, MentionKind } from '../model/annotations.js';
import type { SpanOf } from '../model/span.js';
import type { EntityOutput, MentionOut } from './stage.js';

/** Mentions as annotations: a role or pronoun mention (not a name) is the resolve stage's. */
export function mentionAnnotations(list: ReadonlyArray<MentionOut & { kind?: MentionKind }>, span: SpanOf): Mention[] {
  return list.map((m) => ({
    span: span(m.start, m.end),
    sentence: m.sentence,
    stage: m.kind && m.kind !== 'name' ? 'resolve' : 'tag',
    rule: m.rule,
    confidence: m.confidence,
    stated: [],
    type: m.type,
    fine: m.fine,
    kind: m.kind ?? 'name',
    entity: m.entity ?? null,
  }));
}

/** The tagger's mentions, when the linking stage has not run. */
export function entityAnnotations(out: EntityOutput, span: SpanOf): { mentions: Mention[] } {
  return { mentions: mentionAnnotations(out.mentions, span) };
}
