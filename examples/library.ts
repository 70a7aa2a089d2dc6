// sitrep as a library: one article in, its events and casualty figures out, each traced to its sentence.
import { analyze } from '../src/index.js'; // from another project: import { analyze } from 'sitrep';

const result = analyze(
  { text: 'KHARKIV, March 3 (Reuters) - Shelling killed four civilians in Kharkiv on Tuesday, the regional governor said.' },
  { published: '2022-03-03' },
);
if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
const { annotations = {}, sentences } = result;
for (const e of annotations.events ?? []) {
  const place = e.place === null ? null : annotations.places?.[e.place];
  console.log(e.type, '/', e.subtype, e.date?.value ?? 'undated', place?.span.text ?? 'no place', e.fatalities ?? '-', 'killed');
  console.log('  from:', sentences[e.sentence]!.span.text);
}
for (const q of annotations.quantities ?? []) console.log(q.kind, q.value, 'source:', q.source?.text ?? 'none stated');
