/** The population baseline of the toponym-resolution literature: each name is the most populous
 * place it can mean (a country counts the people of its towns), with no context at all. */
import type { Gazetteer } from './gazetteer.js';
import { lookupName } from './lookup.js';
import { resolution, unresolved } from './resolve.js';
import type { Resolution } from './types.js';

export function populationBaseline(g: Gazetteer, name: string): Resolution {
  let best = -1;
  for (const c of lookupName(g, name)) if (best < 0 || g.data.pop[c.row]! > g.data.pop[best]!) best = c.row;
  return best < 0 ? unresolved('no-candidate') : resolution(g, best, 'population', 0.5);
}
