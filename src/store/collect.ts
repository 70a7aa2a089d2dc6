/** Everything an async iterable yields (a store's `list` or `events`), in order, as one array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
