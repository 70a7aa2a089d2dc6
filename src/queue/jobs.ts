/**
 * What a queued job carries: the articles themselves (not their paths), so a worker on another machine
 * needs no shared file system, only the database. Each input travels as its own JSON text inside the
 * job (bytes as base64): pg-boss keeps job data as jsonb, which refuses what a JavaScript string may
 * hold and an article sometimes does (a lone surrogate, as in one BBC article; a NUL), whereas the
 * JSON text of a string escapes them as plain ASCII, so the worker gets back exactly what was read.
 */
import type { Budget } from '../budget.js';
import type { RawInput } from '../ingest/input.js';
import type { UserOptions } from '../options.js';

/** The queue's name in pg-boss. */
export const INGEST_QUEUE = 'sitrep-ingest';
/** Articles a job: small enough that a crash redoes little, large enough to amortize a transaction. */
export const DEFAULT_JOB_SIZE = 25;
/**
 * Seconds a job may stay active before pg-boss's maintenance takes it for dead and queues it again: a
 * worker killed mid-job (SIGKILL, power cut) comes back this long after. A job of 25 BBC articles
 * takes a few seconds; 120 s leaves room for a long HTML page on a loaded machine. A slower job is done
 * twice, which costs time but stores nothing twice.
 */
export const DEFAULT_JOB_TIMEOUT_S = 120;
/** Times a job is retried after a failure or timeout before it is left failed. */
export const JOB_RETRIES = 5;

export interface JobInput {
  origin: string;
  format: RawInput['format'];
  bytes?: string;
  text?: string;
  meta: RawInput['meta'];
  metaSource: RawInput['metaSource'];
}

export interface IngestJob {
  /** Each a `JobInput` as JSON text. */
  inputs: string[];
  options: UserOptions;
  /** Each document's time and memory budget (`ingest --enqueue --timeout S --max-memory MB`); the
   * default budget when absent (jobs queued before there was one). */
  budget?: Budget;
}

export function toJobInput(raw: RawInput): string {
  const { bytes, ...rest } = raw;
  const input: JobInput = bytes ? { ...rest, bytes: Buffer.from(bytes).toString('base64') } : rest;
  return JSON.stringify(input);
}

export function fromJobInput(json: string): RawInput {
  const { bytes, ...rest } = JSON.parse(json) as JobInput;
  return bytes === undefined ? rest : { ...rest, bytes: new Uint8Array(Buffer.from(bytes, 'base64')) };
}
