/**
 * Annotation types of DESIGN.md, produced by the tag, extract and resolve stages. The spine does not
 * produce them yet; they are fixed here so that every later stage writes to one shape, and the JSON
 * Schema (schema/analysis.schema.json) accepts them under `Analysis.annotations` once they appear.
 */
import type { AnnotationBase, Span, SpanRef } from './types.js';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type FineType = 'GPE' | 'NORP' | 'FAC';

/**
 * What a mention is: `name` is the tagger's output (the only kind counted as named-entity mentions);
 * `role` ("the mayor of Kyiv", "the Ukrainian president") and `pronoun` ("he" in "he said") are found
 * by the linking stage, only when they refer to an entity, and come after every `name` in
 * `annotations.mentions`, so the tagger's mentions keep their indexes; so is `description`, a place
 * named by a description ("the country", linked to it) or an institution ("the Russian military",
 * typed ORG, of no entity: a description is not a name).
 */
export type MentionKind = 'name' | 'role' | 'pronoun' | 'description';

export interface Mention extends AnnotationBase {
  type: EntityType;
  fine: FineType | null;
  kind: MentionKind;
  /** Id of the document-level entity it resolves to (`Entity.id`), once linking has run. */
  entity: string | null;
}

/** How one form of an entity was linked to it, and how sure the rule is. */
export interface EntityAlias {
  /** The form as written, title kept ("Mayor Klitschko", "the mayor of Kyiv", "he"). */
  text: string;
  /** The linking rule: `full-name`, `surname`, `title-surname`, `role-appositive`, `role-title`,
   * `pronoun-speech`, `same-place`, `capital-metonym`, `acronym`, ... (src/entities/). */
  rule: string;
  confidence: number;
}

/**
 * A document-level entity: the mentions that refer to one person, organization or place in an article.
 * `name` is the fullest form with titles stripped ("Mayor Vitali Klitschko" → "Vitali Klitschko"),
 * unless `nameRule` says it was inferred (a brother's surname).
 */
export interface Entity {
  /** `e1`, `e2`, ... in the order of first mention; `Mention.entity` holds it. */
  id: string;
  name: string;
  type: EntityType;
  fine: FineType | null;
  /** `fullest-form` when the text states the name; otherwise the rule that inferred it. */
  nameRule: string;
  /** Every other form, each with the rule that linked it. */
  aliases: EntityAlias[];
  /** Titles and roles the article gives it ("Mayor", "mayor of Kyiv", "Turkish President"). */
  roles: string[];
  /** Indexes into `annotations.mentions`. */
  mentions: number[];
  /** For a place: the GeoNames id the places stage resolved its mentions to. */
  geonameid: number | null;
}

export interface TimeExpression extends AnnotationBase {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /**
   * TIMEX3-like value: `2022-02-26`, `2022-02-26T17:00`, `2022-03-15TEV`, `2022-W09`, `2022-Q3`, `P2D`,
   * `PAST_REF`; null when it cannot be resolved (no publication date, or an event anchor such as "since
   * the beginning of the offensive").
   */
  value: string | null;
  granularity: 'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute' | 'second' | null;
  /**
   * What a relative value was resolved against: `published`; `inferred`, the document date inferred from
   * the text (`document.inferredDate`); `sentence:N`, that sentence's governing date; `inferred:sentence:N`
   * when that governing date itself rests on the inferred document date.
   */
  anchor: string | null;
  /** A relative value left unresolved, relative to what it hangs on: `published-P1D`, `published:previous:SA`. */
  relative: string | null;
  /** TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS. */
  mod: string | null;
  /** For an end of an interval ("from X to Y", "until X", "since X"): both ends, and which this one is. */
  range: { start: string | null; end: string | null; role: 'start' | 'end' } | null;
}

/** The date that governs a sentence (the last day-precise date stated in scope, else publication, else the
 * document date inferred from the text). */
export interface GoverningDate {
  sentence: number;
  value: string | null;
  /** `published`; `inferred` (`document.inferredDate`); or the index into `annotations.times` of the
   * expression that states it. */
  from: 'published' | 'inferred' | number | null;
  /** Present (true) when the value rests on the inferred document date, directly or through a time
   * resolved against it: nothing resolved from it is stated by the text or the outlet. */
  inferred?: true;
}

export type GeoPrecision = 1 | 2 | 3;

export interface Place extends AnnotationBase {
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  featureType: string | null;
  country: string | null;
  admin1: string | null;
  /** ACLED geo_precision: 1 the place itself, 2 near it or part of a region, 3 a larger region. */
  precision: GeoPrecision | null;
  /** A place named by a description ("the country", "the capital's airport"): the noun that heads it and the
   * index into `annotations.places` of the named place it stands for. */
  described?: { noun: string; antecedent: number };
}

/** `span` is the content's place, with no second copy of its text: the text is `content.text`. */
export interface Quote extends Omit<AnnotationBase, 'span'> {
  span: SpanRef;
  content: Span;
  cue: Span | null;
  /** The source phrase as written: "he", "the MoD", "a Ukrainian negotiator". */
  speaker: Span | null;
  speakerEntity: string | null;
  /** Who the speaker is, named in full where the article names them ("he" → "Volodymyr Zelenskyy");
   * an unnamed speaker's phrase ("a senior US intelligence official"). */
  speakerName: string | null;
  /** The mention the name was taken from (a pronoun's antecedent, an acronym's full form). */
  speakerMention: Span | null;
  /** Why the speaker is less than sure (a pronoun that does not fit its only candidate), or null. */
  reason: string | null;
  direct: boolean;
  /** What the cue attributes: words (said), a view (believes), a stance (endorsed). */
  kind: 'speech' | 'belief' | 'stance';
}

/** What a figure counts: casualties (killed ... trapped), a crowd's size (protesters, people at a
 * rally), armed men (troops), military hardware (munitions), damaged buildings, money, and numbers of
 * other units (age, year, distance, votes); `other` for the rest (population, vehicles, ...). */
export type QuantityKind =
  | 'killed' | 'injured' | 'missing' | 'detained' | 'hostages' | 'displaced' | 'evacuated'
  | 'trapped' | 'crowd' | 'troops' | 'munitions' | 'buildings' | 'age' | 'year' | 'distance' | 'money'
  | 'votes' | 'other';

export interface Quantity extends AnnotationBase {
  kind: QuantityKind;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  unit: string | null;
  /** Who or what it counts: "civilians", "Russian troops". */
  of: string | null;
  modality: 'reported' | 'projected' | 'denied' | 'disputed';
  /** The source phrase of the attribution that carries the figure ("X said ...", "according to X"). */
  source: Span | null;
  /** The source's name (as `Quote.speakerName`). */
  sourceName: string | null;
  /** Index into `annotations.places`. */
  place: number | null;
  /** Index into `annotations.times` of the date the figure is for (stated in its sentence or governing it). */
  time: number | null;
  /** That date's value (day precision or coarser), also when it is the publication date. */
  date: string | null;
}

export interface EventArgument {
  role: 'actor' | 'target';
  span: Span;
  /** Id of the document entity the argument is a mention of, when linking gave one. */
  entity: string | null;
  /** ACLED actor class: 'state forces', 'rebel group', 'political militia', 'identity militia', 'rioters',
   * 'protesters', 'civilians', 'external forces', or null when the text does not say. */
  actorClass: string | null;
}

/**
 * One event a sentence reports (the events stage, src/events/): ACLED's event type and sub-event type
 * (or 'Strategic developments' / 'Other' with a PLOVER category for political events), the trigger
 * phrase, and the arguments the other layers give for that sentence. An argument the sentence does
 * not state stays empty. `span` is the sentence, without its text (that is the sentence's `span.text`).
 */
export interface Event extends Omit<AnnotationBase, 'span'> {
  span: SpanRef;
  /** ACLED event_type: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots,
   * Strategic developments. */
  type: string;
  /** ACLED sub_event_type ("Air/drone strike", "Armed clash", "Other"). */
  subtype: string;
  /** The typer's class code (CASE 2021 labels: AIR_STRIKE, ARMED_CLASH, ...; OTHER, or PLOVER for a political event). */
  code: string;
  plover: string | null;
  trigger: Span;
  /** The triggers of later sentences of the article that tell the same event again (a headline's lead, a
   * retelling); what they state that the first telling does not fills in its place, date and counts. */
  also: Span[];
  arguments: EventArgument[];
  /** Index into `annotations.places`. */
  place: number | null;
  /** Where the place was found: the event's sentence, the sentence before it, "the city" (the town named
   * last), or the article's setting (the place it names most; inferred, the sentence names none). */
  placeFrom: 'sentence' | 'previous-sentence' | 'town-anaphor' | 'article' | null;
  date: { value: string; precision: 'day' | 'week' | 'month' | 'year' } | null;
  /** Where the date came from: a time of the event's own sentence, the date governing its paragraph,
   * the publication day (the report tells what has happened by then), or the document date inferred
   * from the text (not stated by the outlet). */
  dateFrom: 'sentence' | 'paragraph' | 'published' | 'inferred' | null;
  fatalities: number | null;
  injured: number | null;
  /** Indexes into `annotations.quantities` of the counts that gave fatalities and injured. */
  figures: number[];
  civilianTargeting: boolean | null;
}

export interface Annotations {
  mentions: Mention[];
  /** Document-level entities (the linking stage), each naming its mentions. */
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  quotes: Quote[];
  quantities: Quantity[];
  events: Event[];
  /** One a sentence, from the time stage. */
  governing: GoverningDate[];
}
