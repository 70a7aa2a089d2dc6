/**
 * The quotes and figures of an analysis as lines of the readable report (`sitrep analyze --format
 * text`): who said what, with the cue and how sure the speaker is; each counted figure with its
 * bounds, what it counts, its source, place and date; the other numbers by what they are.
 */
import type { Quantity } from '../model/annotations.js';
import type { Analysis } from '../model/types.js';

/** Kinds reported as figures; the others are listed briefly as other numbers. */
const COUNTED = new Set(['killed', 'injured', 'missing', 'detained', 'hostages', 'displaced', 'evacuated', 'trapped', 'troops', 'munitions', 'buildings']);
/** Longest quote content shown, in characters. */
const MAX_QUOTE = 160;

export function extractLines(a: Analysis): string[] {
  const lines: string[] = [];
  const quotes = a.annotations?.quotes;
  if (quotes && quotes.length) {
    const shown = quotes.filter((q) => q.kind !== 'stance');
    lines.push('', `Quotes (${shown.length}${shown.length < quotes.length ? `; ${quotes.length - shown.length} stances not shown` : ''})`);
    for (const q of shown) {
      const who = q.speakerName ?? 'unknown speaker';
      const phrase = q.speaker && q.speaker.text !== q.speakerName ? ` [${q.speaker.text}]` : '';
      const cue = q.cue ? ` ${q.cue.text}` : '';
      const words = oneLine(q.content.text);
      const content = words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE)}…` : words;
      const sure = q.confidence < 0.7 ? ` (confidence ${Math.round(q.confidence * 100) / 100}${q.reason ? `: ${q.reason}` : ''})` : '';
      lines.push(`  - s${q.sentence + 1} ${who}${phrase}${cue}${q.direct ? ': “' + content + '”' : `: ${content}`}${sure}`);
    }
  }
  const quantities = a.annotations?.quantities;
  if (quantities && quantities.length) {
    const counted = quantities.filter((q) => COUNTED.has(q.kind));
    const other = quantities.filter((q) => !COUNTED.has(q.kind));
    lines.push('', `Figures (${counted.length} counts; ${other.length} other numbers)`);
    for (const q of counted) {
      const place = q.place !== null ? a.annotations?.places?.[q.place]?.span.text : null;
      const parts = [`${q.kind} ${amount(q)}${q.of ? ` ${q.of}` : ''}`, `"${oneLine(q.span.text)}"`];
      if (q.modality !== 'reported') parts.push(q.modality);
      parts.push(`source: ${q.sourceName ?? 'the article'}`);
      if (place) parts.push(`in ${place}`);
      if (q.date) parts.push(`for ${q.date}`);
      lines.push(`  - s${q.sentence + 1} ${parts.join(' — ')}`);
    }
    if (other.length) lines.push(`  other numbers: ${other.map((q) => `${oneLine(q.span.text)} (${q.kind}${q.unit ? ` ${q.unit}` : ''})`).join('; ')}`);
  }
  return lines;
}

function amount(q: Quantity): string {
  if (q.value !== null) return `${q.qualifier && q.qualifier !== 'range' ? '~' : ''}${q.value}`;
  if (q.min !== null && q.max !== null) return `${q.min}–${q.max}`;
  if (q.min !== null) return `≥${q.min}`;
  if (q.max !== null) return `≤${q.max}`;
  return '?';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
