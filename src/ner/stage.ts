/**
 * The entities stage: the segment stage's sentences and tokens through the tagger, the tagged token
 * runs mapped back to offsets in the text, trimmed of punctuation ("Kyiv." → "Kyiv", "• Johnson" →
 * "Johnson"), and given a finer type where a gazetteer says so (GPE for a country or populated place,
 * NORP for a nationality or people), then refined by rules the model cannot learn (src/entities/refine.ts),
 * then types by the head of the name (armed units and bodies: src/entities/units.ts), datelines as
 * places (src/entities/datelines.ts), ships by their prefix (src/entities/vessels.ts), title-case headlines and sentence-initial words by how the
 * article writes them elsewhere (src/entities/case-evidence.ts), last a person's
 * type on a name the gazetteer knows as a place (src/entities/placenames.ts).
 */
import type { EntityType, FineType } from '../model/annotations.js';
import type { Token } from '../model/types.js';
import { GAZ, gazetteerMask } from './gazetteer.js';
import { nerModel, type NerModel } from './model.js';
import { tagDocument } from './tagger.js';
import { refineMentions, type RefinableMention } from '../entities/refine.js';
import { knownPlaces, type PlaceKnowledge } from '../entities/placenames.js';
import { refineUnits } from '../entities/units.js';
import { refineDatelines } from '../entities/datelines.js';
import { refineByCase } from '../entities/case-evidence.js';
import { refineVessels } from '../entities/vessels.js';
import { loadGazetteer } from '../geo/gazetteer.js';
import { lookupName } from '../geo/lookup.js';

/** A tagged mention: what the refinements read and write, and the entity linking gives it. */
export interface MentionOut extends RefinableMention {
  /** The entity it was linked to, once the linking stage (src/entities/stage.ts) has run. */
  entity?: string | null;
}

export interface EntityOutput {
  mentions: MentionOut[];
}

export interface EntityInput {
  text: string;
  sentences: ReadonlyArray<{ tokens: [number, number] }>;
  tokens: readonly Token[];
}

/** The rule every tagged mention names. */
export const MODEL_RULE = 'ner:perceptron';
/** A tagged mention's confidence: the model's precision on CoNLL-2003 testa (see `sitrep eval ner`);
 * a perceptron gives no calibrated score of its own. */
export const MODEL_CONFIDENCE = 0.9;

const GPE_MASK = GAZ.country | GAZ.city | GAZ.town;

/** Characters that never end a name (a full stop may: "U.S.", "Inc."; see `trimEnd`). */
const TRAILING = /[\s,;:!?"'“”‘’)\]}>»–—-]$/u;
const LEADING = /^[\s"'“”‘’(\[{<«•·*–—-]/u;
/** A final full stop that belongs to the name: initials and the usual abbreviations. */
const ABBREVIATION = /(?:\b[A-Z]\.|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St|Bros|Mt|Ft)\.)$/;

export function tagEntities(input: EntityInput, model: NerModel = nerModel()): EntityOutput {
  const { text, tokens } = input;
  const words = input.sentences.map((s) => tokens.slice(s.tokens[0], s.tokens[1]).map((t) => asciiQuotes(text.slice(t[0], t[1]))));
  const spans = tagDocument(model, words.map((w) => ({ words: w, pos: null })));
  const mentions: MentionOut[] = [];
  spans.forEach((list, si) => {
    const first = input.sentences[si]!.tokens[0];
    for (const s of list) {
      const trimmed = trim(text, tokens[first + s.start]![0], tokens[first + s.end - 1]![1]);
      if (!trimmed) continue;
      const [start, end] = trimmed;
      mentions.push({ start, end, sentence: si, type: s.type, fine: fineType(model, s.type, text.slice(start, end)), rule: MODEL_RULE, confidence: MODEL_CONFIDENCE });
    }
  });
  const refined = refineMentions(text, input.sentences.map((s) => tokens[s.tokens[0]]?.[0] ?? 0), mentions);
  const lines = input.sentences.map((s) => ({ start: tokens[s.tokens[0]]?.[0] ?? 0, end: tokens[s.tokens[1] - 1]?.[1] ?? 0 }));
  // a country, a city of 100,000 or a people: not any village's name ("Mass", "Bridge")
  const known = (w: string) => (gazetteerMask(model.gazetteer, w) & (GAZ.country | GAZ.city | GAZ.demonym)) !== 0;
  const cased = refineByCase(text, lines, refineVessels(text, refineDatelines(text, refineUnits(text, refined))), known);
  return { mentions: knownPlaces(text, cased, placeKnowledge(model)) };
}

const AREA_CODES = new Set(['PCLI', 'PCLD', 'ADM1', 'ADMD', 'RGN', 'PEN', 'CONT']);
/** Towns smaller than this are no evidence that a name is a place ("Ruch", a Polish company, is a
 * village of 544 in France; on CoNLL-2003 testa the smaller towns retyped only such names). */
const KNOWN_TOWN_POPULATION = 5000;
let knowledge: { model: NerModel; know: PlaceKnowledge } | null = null;

/** The places gazetteer's answers for the known-place refiner, the tagger's given names for persons. */
function placeKnowledge(model: NerModel): PlaceKnowledge {
  if (knowledge?.model === model) return knowledge.know;
  const g = loadGazetteer();
  const d = g.data;
  const countries = (name: string, area: boolean) => [...new Set(lookupName(g, name)
    .filter((c) => c.match !== 'demonym' && (area ? c.match === 'name' && AREA_CODES.has(d.code[c.row]!) : d.code[c.row]!.startsWith('PPL') && d.pop[c.row]! >= KNOWN_TOWN_POPULATION))
    .map((c) => d.cc[c.row] || '*'))];
  const know: PlaceKnowledge = {
    areas: (name) => countries(name, true),
    towns: (name) => countries(name, false),
    given: (word) => (gazetteerMask(model.gazetteer, word) & GAZ.given) !== 0,
  };
  knowledge = { model, know };
  return know;
}

/** The training data writes quotes and apostrophes in ASCII: "Ukraine’s" is tagged as "Ukraine's". */
const asciiQuotes = (w: string) => (/[‘’“”]/.test(w) ? w.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : w);

function trim(text: string, start: number, end: number): [number, number] | null {
  while (start < end && LEADING.test(text[start]!)) start++;
  for (;;) {
    if (end > start && TRAILING.test(text[end - 1]!)) end--;
    else if (end > start && text[end - 1] === '.' && !ABBREVIATION.test(text.slice(start, end))) end--;
    else break;
  }
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? [start, end] : null;
}

function fineType(model: NerModel, type: EntityType, name: string): FineType | null {
  const mask = gazetteerMask(model.gazetteer, name.split(/\s+/).join(' '));
  if (type === 'LOC' && mask & GPE_MASK) return 'GPE';
  if (type === 'MISC' && mask & GAZ.demonym) return 'NORP';
  return null;
}
