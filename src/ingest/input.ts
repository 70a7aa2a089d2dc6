/** What ingest hands to the pipeline: one article, not yet decoded or cleaned. */
import type { MetaSource } from '../model/types.js';

export interface InputMeta {
  url?: string;
  source?: string;
  title?: string;
  author?: string;
  published?: string;
  timezone?: string;
  language?: string;
}

export interface RawInput {
  /** A file path, `path:line` for a JSONL record, or `stdin`. */
  origin: string;
  /** `auto` sniffs: input that starts like markup is HTML. */
  format: 'text' | 'html' | 'jsonl-text' | 'jsonl-html' | 'auto';
  /** Undecoded bytes (files, stdin) or an already decoded string (JSONL records, library callers). */
  bytes?: Uint8Array;
  text?: string;
  meta: InputMeta;
  /** Where `meta` came from. */
  metaSource: MetaSource | null;
  /** The charset the transport declared (HTTP Content-Type of a fetched page or WARC record). */
  charset?: string;
  /** When the page was fetched (ISO 8601): its publication date cannot be later. */
  crawled?: string;
  /** Notes for the document's warnings, e.g. that a feed item gave only its summary. */
  notes?: string[];
}

/** HTML if the first non-blank characters look like markup. */
export function sniffHtml(head: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<!--|<meta|<div|<article|<p[\s>])/i.test(head.slice(0, 1024));
}
