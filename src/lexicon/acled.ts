/**
 * ACLED's codebook values that the export writes: the numeric actor codes (`inter1`, `inter2`; the
 * codebook's classic numbering, from which `interaction` is made), the disorder type of each event
 * type, and `time_precision` for each date precision.
 */

/** `inter` code of each actor class the events stage gives (src/model/annotations.ts EventArgument). */
export const INTER_CODES: Readonly<Record<string, number>> = {
  'state forces': 1,
  'rebel group': 2,
  'political militia': 3,
  'identity militia': 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  'external forces': 8,
};

/** ACLED `disorder_type` by event type; excessive force against protesters is both. */
export const DISORDER_TYPES: Readonly<Record<string, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Riots: 'Political violence',
  Protests: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};
export const EXCESSIVE_FORCE = 'Excessive force against protesters';

/** ACLED `time_precision`: 1 the day is known, 2 a few days or the week, 3 only the month (or coarser). */
export const TIME_PRECISION: Readonly<Record<string, number>> = { day: 1, week: 2, month: 3, year: 3 };
