/**
 * The stored JSON of an analysis, made once. The worker thread of src/core/budget.ts serializes each
 * result itself and sends the JSON text across (a string crosses the thread boundary as one copy; the
 * structured clone of an analysis cost the worker more than JSON.stringify, and the main thread twice
 * what JSON.parse does); the main thread parses it and keeps the text here, so the store writes it as
 * it came instead of serializing the analysis again. An analysis must not be changed once its JSON is
 * kept (nothing between the worker and the store changes one).
 */
const kept = new WeakMap<object, string>();

/** Notes that `json` is `JSON.stringify(analysis)`. */
export function keepJson(analysis: object, json: string): void {
  kept.set(analysis, json);
}

/** `JSON.stringify(analysis)`, made once. */
export function analysisJson(analysis: object): string {
  return kept.get(analysis) ?? JSON.stringify(analysis);
}
