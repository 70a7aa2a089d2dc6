/**
 * What a queued job carries: the articles themselves (not their paths), so a worker on another machine
 * needs no shared file system, only the database. Bytes travel as base64 inside the job's JSON.
 */
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
  inputs: JobInput[];
  options: UserOptions;
}

export function toJobInput(raw: RawInput): JobInput {
  const { bytes, ...rest } = raw;
  return bytes ? { ...rest, bytes: Buffer.from(bytes).toString('base64') } : rest;
}

export function fromJobInput(job: JobInput): RawInput {
  const { bytes, ...rest } = job;
  return bytes === undefined ? rest : { ...rest, bytes: new Uint8Array(Buffer.from(bytes, 'base64')) };
}
