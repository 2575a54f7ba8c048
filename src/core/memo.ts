/**
 * A text function remembered per distinct text. Tables repeat the same few texts on many rows ("96%",
 * "≥95%", a merged group name), so each is worked out once. Bounded: the memory is dropped past `limit`
 * entries (a batch of many workbooks must not grow it for ever). Results are shared: callers copy
 * before changing one.
 */
export function memoize<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  // Values are wrapped so one look-up tells a remembered undefined or null from a miss.
  const memo = new Map<string, { value: T }>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit.value;
    if (memo.size >= limit) memo.clear();
    const value = fn(text);
    memo.set(text, { value });
    return value;
  };
}
