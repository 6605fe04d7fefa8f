/**
 * Each key's newest item by `version` (an ISO instant; of equals, the later in the list): what a
 * service keeps of another service's event, which may name the same person twice (an import chunk).
 */
export function newestByVersion<T extends { version: string }>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const seen = newest.get(keyOf(item));
    if (!seen || Date.parse(seen.version) <= Date.parse(item.version)) newest.set(keyOf(item), item);
  }
  return [...newest.values()];
}
