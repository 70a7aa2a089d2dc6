/**
 * `npm run eval`: every evaluation suite on its data under $SITREP_SHARED (default ../shared), each
 * suite's table, then one summary line. Suites whose data is absent are reported as skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SUITES } from '../src/eval/suites.js';

const shared = process.env.SITREP_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
const summaries: string[] = [];
for (const [name, suite] of Object.entries(SUITES)) {
  const data = join(shared, suite.defaultData);
  console.log(`\n== ${name}: ${suite.description} (${data})`);
  if (!existsSync(data)) {
    console.log('skipped: data absent');
    summaries.push(`${name} skipped`);
    continue;
  }
  const result = await suite.run(data, {});
  for (const line of result.table) console.log(line);
  console.log(result.summary);
  summaries.push(result.summary);
}
console.log(`\nsummary: ${summaries.join('; ')}`);
