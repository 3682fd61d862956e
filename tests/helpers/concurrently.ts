/**
 * Runs `work` on every item, at most `limit` at a time, and returns the results in the items'
 * order. For browser checks of many pages within one test: each page lays out and runs in its own
 * renderer process, so a few at a time use both cores while the test waits on one.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
