/** The per-document budget's shape and defaults, apart from the worker code (src/core/budget.ts) so that
 * the CLI can describe its flags without loading any stage (test/cli-start.test.ts). */

export interface Budget {
  /** Wall-clock seconds a document may take once the worker has it. */
  seconds: number;
  /** Heap of the worker, in MB (V8's old generation; the whole process uses somewhat more). */
  memoryMb: number;
}

/** 10 s: an ordinary article takes well under a second; a document that needs more is pathological
 * input (a megabyte with no sentence end) or a machine far too loaded, and fails with its reason
 * instead of holding up the batch. `--timeout` and `--max-memory` change it. */
export const DEFAULT_BUDGET: Budget = { seconds: 10, memoryMb: 1536 };
