/**
 * The linking stage's output as the analysis's annotations: every mention with its entity id (the
 * tagger's, then the role and pronoun mentions), and the article's entities.
 */
import type { Entity, Mention } from '../model/annotations.js';
import type { SpanOf } from '../model/span.js';
import { mentionAnnotations } from '../ner/annotations.js';
import type { LinkOutput } from './link.js';

export function linkAnnotations(linked: LinkOutput, span: SpanOf): { mentions: Mention[]; entities: Entity[] } {
  return { mentions: mentionAnnotations(linked.mentions, span), entities: linked.entities };
}
