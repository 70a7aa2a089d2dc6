/** The per-document budget's shape and defaults, apart from the worker code (src/core/budget.ts) so that
 * the CLI can describe its flags without loading any stage (test/cli-start.test.ts). */

export interface Budget {
  /** Wall-clock seconds a document may take once the worker has it. */
  seconds: number;
  /** Heap of the worker, in MB (V8's old generation; the whole process uses somewhat more). */
  memoryMb: number;
  /**
   * Wall-clock seconds a worker may take to start (import the pipeline, load the models and the
   * gazetteer, warm up) before the document waiting for it fails as TOO_SLOW; counted from the moment
   * the worker is started, which a command does as it starts. Default `DEFAULT_START_SECONDS`.
   */
  startSeconds?: number;
}

/** 10 s: an ordinary article takes well under a second; a document that needs more is pathological
 * input (a megabyte with no sentence end) or a machine far too loaded, and fails with its reason
 * instead of holding up the batch. `--timeout` and `--max-memory` change it. */
export const DEFAULT_BUDGET: Budget = { seconds: 10, memoryMb: 1536 };

/** 60 s to start a worker: about 1.5 s of CPU built, several times that run from source (tsx compiles
 * each module as the worker imports it), and the wall clock of a machine under a load of 17 on 2 cores
 * ran past 20 s from source (two CLI tests failed at 20). A command with one document then ends within
 * the start allowance and the document's budget (70 s by default), however loaded the machine, instead
 * of the document's budget starting only whenever the worker is ready. */
export const DEFAULT_START_SECONDS = 60;
