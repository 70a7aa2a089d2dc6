/**
 * How far V8 lets the heap grow past its live data before the next full collection. By default it
 * waits until the heap is up to four times what was live after the last one: over the BBC corpus the
 * pipeline's live heap stays near 110 MB while the heap grew to 380 MB and the process to 540-620 MB,
 * most of it each document's analysis, kept past two minor collections and dead soon after. At 1.5
 * times (`--heap-growing-percent=50`) the same run peaked at 383 MB, with no more CPU time
 * (docs/speed.md). V8's flags are the process's, worker threads included, so the CLI sets it once as it
 * starts (`main` in src/cli/main.ts), before any worker; the benchmarks that stand for the CLI do the same. A
 * library caller's process keeps its own settings.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function tuneHeap(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
