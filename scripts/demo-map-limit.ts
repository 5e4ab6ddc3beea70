/** Maps `items` with at most `limit` calls in flight; results keep the order of `items`. */
export async function mapLimit<T, R>({
  items,
  limit,
  fn,
}: {
  items: readonly T[];
  limit: number;
  fn: (item: T) => Promise<R>;
}): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
