/**
 * A bounded memo for pure functions of a string key: once `max` entries are held the cache
 * starts over (simpler than LRU and enough for the small working sets it serves).
 */
export function memoize<V>(max: number): (key: string, compute: () => V) => V {
  const cache = new Map<string, V>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    if (cache.size >= max) cache.clear();
    const value = compute();
    cache.set(key, value);
    return value;
  };
}
