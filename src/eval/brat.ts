/**
 * A reader for BRAT standoff annotation (`.ann`), as PolNeAR ships its attributions: text-bound
 * annotations `T1<TAB>Type START END[;START END]<TAB>text` and events
 * `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`. Offsets are UTF-16 positions in the `.txt`.
 */

export interface BratSpan {
  id: string;
  type: string;
  /** Fragments of a discontinuous span, in order. */
  fragments: Array<[number, number]>;
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

export function readBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const type = body.slice(0, sp);
      const fragments = body.slice(sp + 1).split(';').map((f) => f.trim().split(' ').map(Number) as [number, number]);
      if (fragments.some(([a, b]) => !Number.isFinite(a) || !Number.isFinite(b))) continue;
      spans.set(id, { id, type, fragments, text: text ?? '' });
    } else if (id.startsWith('E')) {
      const [head, ...rest] = body.trim().split(/\s+/);
      const [type, trigger] = (head ?? '').split(':');
      const args: Record<string, string> = {};
      for (const r of rest) {
        const [role, ref] = r.split(':');
        if (role && ref) args[role] = ref;
      }
      events.push({ id, type: type ?? '', trigger: trigger ?? '', args });
    }
  }
  return { spans, events };
}
