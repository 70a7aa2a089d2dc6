/**
 * `bench/floors.json`: per suite, an optional `split` (the fixed subset the suite runs on for the
 * gate), floors (the figure must be at least this) and `ceilings` (figures where lower is better,
 * such as counts of false events: the figure must be at most this). Floors only ever rise and ceilings
 * only ever fall: `loosened` lists what a new version of the file gives up against an old one.
 */

export interface SuiteLimits {
  split?: string;
  floors: Record<string, number>;
  ceilings: Record<string, number>;
}

export type Limits = Record<string, SuiteLimits>;

const numbers = (o: object, where: string): Record<string, number> => {
  for (const [k, v] of Object.entries(o)) if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}.${k} is not a number`);
  return o as Record<string, number>;
};

/** The file's suites (top-level strings such as `_comment` are notes); throws on a malformed entry. */
export function parseLimits(json: string, where = 'bench/floors.json'): Limits {
  const out: Limits = {};
  for (const [name, entry] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
    if (typeof entry === 'string') continue;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`${where}: ${name} is not an object`);
    const { split, ceilings, ...floors } = entry as Record<string, unknown>;
    if (split !== undefined && typeof split !== 'string') throw new Error(`${where}: ${name}.split is not a string`);
    if (ceilings !== undefined && (!ceilings || typeof ceilings !== 'object' || Array.isArray(ceilings))) throw new Error(`${where}: ${name}.ceilings is not an object`);
    out[name] = { ...(split !== undefined ? { split } : {}), floors: numbers(floors, `${where}: ${name}`), ceilings: numbers((ceilings ?? {}) as object, `${where}: ${name}.ceilings`) };
  }
  return out;
}

/** Each figure of a suite's run below its floor or above its ceiling (or not reported), as messages. */
export function outOfLimits(name: string, limits: SuiteLimits, figures: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [key, floor] of Object.entries(limits.floors)) {
    const value = figures[key];
    if (value === undefined) out.push(`${name} reports no figure "${key}"`);
    else if (!(value >= floor)) out.push(`${name}.${key} = ${value} is below its floor ${floor}`);
  }
  for (const [key, ceiling] of Object.entries(limits.ceilings)) {
    const value = figures[key];
    if (value === undefined) out.push(`${name} reports no figure "${key}" (ceiling)`);
    else if (!(value <= ceiling)) out.push(`${name}.${key} = ${value} is above its ceiling ${ceiling}`);
  }
  return out;
}

/** What `now` gives up against `old`: a floor lowered or dropped, a ceiling raised or dropped, a suite
 * dropped, a split changed (a floor on another subset is another floor). */
export function loosened(old: Limits, now: Limits): string[] {
  const out: string[] = [];
  for (const [name, o] of Object.entries(old)) {
    const n = now[name];
    if (!n) {
      out.push(`suite ${name} and its floors were removed`);
      continue;
    }
    if (o.split !== n.split) out.push(`${name}.split changed from ${o.split ?? '(none)'} to ${n.split ?? '(none)'}`);
    for (const [key, floor] of Object.entries(o.floors)) {
      const f = n.floors[key];
      if (f === undefined) out.push(`floor ${name}.${key} (${floor}) was removed`);
      else if (f < floor) out.push(`floor ${name}.${key} fell from ${floor} to ${f}`);
    }
    for (const [key, ceiling] of Object.entries(o.ceilings)) {
      const c = n.ceilings[key];
      if (c === undefined) out.push(`ceiling ${name}.${key} (${ceiling}) was removed`);
      else if (c > ceiling) out.push(`ceiling ${name}.${key} rose from ${ceiling} to ${c}`);
    }
  }
  return out;
}
