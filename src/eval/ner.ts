/**
 * The `ner` suite: named entities on CoNLL-2003 (`eng.<split>`, default testa, the development set),
 * scored by the conlleval rule (exact extent and type; precision, recall and F1 per type and micro over
 * all), with tagging speed in tokens per second, for sitrep's own model and for compromise (its
 * people / places / organizations as PER / LOC / ORG; it has no MISC) in the same run.
 *
 * sitrep's clock covers features, scoring and decoding of every sentence, the model already loaded
 * (its load time is a figure of its own). compromise reads each document's text rebuilt from the tokens
 * (tokens joined by spaces, sentences by line breaks), and its matches are mapped back to tokens.
 *
 * Two sitrep rows: the tagger on CoNLL's own tokens (`sitrep`: the literature's setting, which the
 * published peers use), and the whole pipeline as `sitrep analyze` runs it on the rebuilt text
 * (`pipeline`: wink-nlp's tokens and sentences, cleaning, the mention refiners; what ships).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../errors.js';
import { readConll, type ConllDocument } from '../ner/conll.js';
import { scoreConll, tagConll } from '../ner/evaluate.js';
import type { EntityType } from '../model/annotations.js';
import type { TokenSpan } from '../ner/labels.js';
import { decodeModel, MODEL_PATH } from '../ner/model.js';
import { prf, type Score } from '../ner/score.js';
import { analyzeText } from './pipeline.js';
import type { EvalResult, Suite } from './suites.js';

const TYPES = ['ALL', 'PER', 'ORG', 'LOC', 'MISC'] as const;
/** Documents compromise reads before its clock starts (sitrep's warm-up is one full pass: its model
 * compiles per feature path; a whole pass of compromise would double the suite's time for no change). */
const COMPROMISE_WARMUP = 30;

interface Contender {
  name: string;
  score: Score;
  seconds: number;
}

type Compromise = (text: string) => { people(): Matches; places(): Matches; organizations(): Matches };
type Matches = { json(o: { offset: boolean }): Array<{ offset: { start: number; length: number } }> };

/** compromise over each document's rebuilt text; null when the package is not installed. */
async function runCompromise(docs: readonly ConllDocument[]): Promise<{ spans: TokenSpan[][][]; seconds: number } | null> {
  let nlp: Compromise;
  try {
    nlp = (await import('compromise')).default as unknown as Compromise;
  } catch {
    return null;
  }
  const texts = docs.map(rebuild);
  for (const { text } of texts.slice(0, COMPROMISE_WARMUP)) nlp(text).people();
  const t0 = performance.now();
  const found = texts.map(({ text }) => {
    const d = nlp(text);
    return [['PER', d.people()], ['LOC', d.places()], ['ORG', d.organizations()]] as const;
  }).map((kinds) => kinds.flatMap(([type, m]) => m.json({ offset: true }).map((x): Found => ({ type, start: x.offset.start, end: x.offset.start + x.offset.length }))));
  const seconds = (performance.now() - t0) / 1000;
  return { spans: docs.map((doc, di) => toTokens(doc, texts[di]!.starts, found[di]!)), seconds };
}

type Found = { type: EntityType; start: number; end: number };

/** Character spans on a rebuilt text as token spans of each sentence (every token they touch). */
function toTokens(doc: ConllDocument, starts: number[][], found: readonly Found[]): TokenSpan[][] {
  return doc.sentences.map((s, si) => {
    const out: TokenSpan[] = [];
    for (const f of found) {
      const toks = starts[si]!.map((st, ti) => [st, st + s.words[ti]!.length, ti] as const).filter(([a, b]) => a < f.end && f.start < b).map((x) => x[2]);
      if (toks.length) out.push({ start: toks[0]!, end: toks.at(-1)! + 1, type: f.type });
    }
    return out;
  });
}

/** The whole pipeline (`sitrep analyze`) over each document's rebuilt text, the text compromise reads:
 * its name mentions (not the linker's role and pronoun mentions) as token spans. */
function runPipeline(docs: readonly ConllDocument[]): { spans: TokenSpan[][][]; seconds: number } {
  const t0 = performance.now();
  const spans = docs.map((doc, di) => {
    const { text, starts } = rebuild(doc);
    const mentions = (analyzeText(text, `conll:${di}`).annotations?.mentions ?? []).filter((m) => m.kind === 'name');
    return toTokens(doc, starts, mentions.map((m) => ({ type: m.type, start: m.span.raw[0], end: m.span.raw[1] })));
  });
  return { spans, seconds: (performance.now() - t0) / 1000 };
}

function rebuild(doc: ConllDocument): { text: string; starts: number[][] } {
  let text = '';
  const starts = doc.sentences.map((s) => {
    if (text) text += '\n';
    return s.words.map((w, i) => {
      if (i) text += ' ';
      const at = text.length;
      text += w;
      return at;
    });
  });
  return { text, starts };
}

export async function evaluateNer(dir: string, split = 'testa'): Promise<{ contenders: Contender[]; tokens: number; loadSeconds: number; docs: number }> {
  const file = join(dir, `eng.${split}`);
  if (!existsSync(file)) throw createError('NO_DATA', `${file} not found; pass --data PATH/TO/shared/eval/ner/conll2003 and --split testa|train`);
  const docs = readConll(file);
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  const l0 = performance.now();
  const model = decodeModel(readFileSync(MODEL_PATH));
  const loadSeconds = (performance.now() - l0) / 1000;
  tagConll(model, docs); // warm-up: one full pass, so the clock measures compiled code, as EVAL.md asks
  const t0 = performance.now();
  const sitrep = tagConll(model, docs);
  const contenders: Contender[] = [{ name: 'sitrep', score: scoreConll(docs, sitrep), seconds: (performance.now() - t0) / 1000 }];
  const whole = runPipeline(docs);
  contenders.push({ name: 'pipeline', score: scoreConll(docs, whole.spans), seconds: whole.seconds });
  const comp = await runCompromise(docs);
  if (comp) contenders.push({ name: 'compromise', score: scoreConll(docs, comp.spans), seconds: comp.seconds });
  return { contenders, tokens, loadSeconds, docs: docs.length };
}

export const nerSuite: Suite = {
  description: 'named entities on CoNLL-2003 (conlleval rule): the tagger on CoNLL tokens and the whole pipeline, vs compromise',
  defaultData: 'eval/ner/conll2003',
  async run(data, options): Promise<EvalResult> {
    const split = options.split ?? 'testa';
    const r = await evaluateNer(data, split);
    const figures: Record<string, number> = {};
    const round = (x: number) => Math.round(x * 10000) / 10000;
    const table = [`CoNLL-2003 eng.${split}: ${r.docs} documents, ${r.tokens} tokens, ${r.contenders[0]!.score.ALL!.gold} names; model load ${(r.loadSeconds * 1000).toFixed(0)} ms`,
      'contender    type    precision  recall      F1   tokens/s'];
    for (const c of r.contenders) {
      const prefix = c.name === 'sitrep' ? '' : `${c.name}_`;
      const speed = r.tokens / c.seconds;
      for (const t of TYPES) {
        const p = prf(c.score[t]!);
        const key = t === 'ALL' ? '' : `${t.toLowerCase()}_`;
        figures[`${prefix}${key}f1`] = round(p.f1);
        figures[`${prefix}${key}precision`] = round(p.precision);
        figures[`${prefix}${key}recall`] = round(p.recall);
        table.push(`${c.name.padEnd(12)} ${t.padEnd(6)} ${[p.precision, p.recall, p.f1].map((x) => x.toFixed(4).padStart(9)).join(' ')} ${t === 'ALL' ? Math.round(speed).toString().padStart(10) : ''}`);
      }
      figures[`${prefix}tokens_per_second`] = Math.round(speed);
    }
    figures.load_ms = Math.round(r.loadSeconds * 1000);
    const s = figures.f1!;
    const c = figures.compromise_f1;
    if (c !== undefined) {
      figures.margin_f1 = round(s - c);
      figures.pipeline_margin_f1 = round(figures.pipeline_f1! - c);
    }
    table.push('sitrep: the tagger on CoNLL\'s own tokens (the setting of the published peers); pipeline: `sitrep analyze` on the',
      '  rebuilt text compromise reads (its own tokens, sentences, cleaning and mention refiners: what ships); tokens/s of the whole pipeline');
    return { table, figures, summary: `ner: sitrep F1 ${s.toFixed(4)} (whole pipeline ${figures.pipeline_f1!.toFixed(4)}) at ${figures.tokens_per_second} tokens/s on eng.${split}${c === undefined ? ' (compromise not installed)' : `; compromise F1 ${c.toFixed(4)} at ${figures.compromise_tokens_per_second} tokens/s`}` };
  },
};
