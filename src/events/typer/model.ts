/**
 * The events model file, `models/events.bin`: gzip of a header (JSON) and two linear heads over the
 * typer's features (`features.ts`), each as its label names, its feature strings and int8 weights with
 * one scale (features whose weights all round to zero are left out):
 *  - `subtype`: ACLED's 24 sub-event types seen in the notes, trained on ACLED event notes;
 *  - `conflict`: whether a sentence tells of political violence or unrest at all (`event`) or of
 *    something else (`other`: business, sport, entertainment, technology news), trained on the notes
 *    against the train half of the BBC corpus's non-political articles.
 * Both are written by scripts/train-events.ts (`npm run train:events`); loaded once, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createError } from '../../errors.js';
import { scores, softmax } from './softmax.js';

export const EVENTS_MODEL_VERSION = 1;
export const EVENTS_MODEL_PATH = join(import.meta.dirname, '..', '..', '..', 'models', 'events.bin');

/** One linear head: `weights[f * labels.length + l]` for feature `f` of `features`. */
export interface Head {
  labels: string[];
  features: Map<string, number>;
  weights: Float32Array;
}

export interface EventsModel {
  subtype: Head;
  conflict: Head;
  /** What the training script recorded: data, sample sizes, held-out scores. */
  info: Record<string, unknown>;
}

/** Probabilities of a head's labels for a text's features; unknown features are skipped. */
export function probabilities(head: Head, features: readonly string[]): Float64Array {
  const ids: number[] = [];
  for (const f of features) {
    const id = head.features.get(f);
    if (id !== undefined) ids.push(id);
  }
  return softmax(scores(ids, head.weights, head.labels.length));
}

interface HeadHeader {
  labels: string[];
  scale: number;
  features: number;
}

/** Serializes one head: sorted feature strings and int8 rows, so the bytes depend only on the weights. */
function encodeHead(labels: readonly string[], names: readonly string[], weights: Float32Array): { header: HeadHeader; parts: Buffer[] } {
  const L = labels.length;
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const kept: Array<[string, Int8Array]> = [];
  names.forEach((name, f) => {
    const row = Int8Array.from({ length: L }, (_, l) => Math.round(weights[f * L + l]! / scale));
    if (row.some((x) => x !== 0)) kept.push([name, row]);
  });
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const w = Buffer.alloc(kept.length * L);
  kept.forEach(([, row], i) => w.set(new Uint8Array(row.buffer), i * L));
  return { header: { labels: [...labels], scale, features: kept.length }, parts: [Buffer.from(kept.map((k) => k[0]).join('\n')), w] };
}

export interface TrainedHead {
  labels: readonly string[];
  names: readonly string[];
  weights: Float32Array;
}

export function encodeEventsModel(subtype: TrainedHead, conflict: TrainedHead, info: Record<string, unknown>): Buffer {
  const a = encodeHead(subtype.labels, subtype.names, subtype.weights);
  const b = encodeHead(conflict.labels, conflict.names, conflict.weights);
  const header = { version: EVENTS_MODEL_VERSION, subtype: a.header, conflict: b.header, info };
  const framed = [Buffer.from(JSON.stringify(header)), ...a.parts, ...b.parts].flatMap((p) => {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(p.length);
    return [len, p];
  });
  return gzipSync(Buffer.concat(framed), { level: 9 });
}

function decodeHead(h: HeadHeader, names: Buffer | undefined, w: Buffer | undefined): Head {
  if (!names || !w) throw createError('BAD_MODEL', 'the events model file is truncated; rebuild it with npm run train:events');
  const features = new Map<string, number>();
  names.toString('utf8').split('\n').forEach((n, i) => features.set(n, i));
  const q = new Int8Array(w.buffer, w.byteOffset, w.length);
  // A plain loop: Float32Array.from with a map function takes the iterator path, many times slower.
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * h.scale;
  return { labels: h.labels, features, weights };
}

export function decodeEventsModel(bytes: Buffer): EventsModel {
  const raw = gunzipSync(bytes);
  const parts: Buffer[] = [];
  for (let at = 0; at < raw.length;) {
    const len = raw.readUInt32LE(at);
    parts.push(raw.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const header = JSON.parse(parts[0]?.toString('utf8') ?? '{}') as { version: number; subtype: HeadHeader; conflict: HeadHeader; info: Record<string, unknown> };
  if (header.version !== EVENTS_MODEL_VERSION) throw createError('BAD_MODEL', `the events model is version ${header.version}, this code reads ${EVENTS_MODEL_VERSION}; rebuild it with npm run train:events`);
  return { subtype: decodeHead(header.subtype, parts[1], parts[2]), conflict: decodeHead(header.conflict, parts[3], parts[4]), info: header.info };
}

let loaded: EventsModel | null = null;

/** The committed model, read on first use and kept. */
export function eventsModel(): EventsModel {
  if (loaded) return loaded;
  if (!existsSync(EVENTS_MODEL_PATH)) throw createError('BAD_MODEL', `no events model at ${EVENTS_MODEL_PATH}; build it with npm run train:events -- --data ../shared/train/acled-notes`);
  loaded = decodeEventsModel(readFileSync(EVENTS_MODEL_PATH));
  return loaded;
}

/** Uses this model instead of the committed one (training and tests). */
export function setEventsModel(model: EventsModel | null): void {
  loaded = model;
}
