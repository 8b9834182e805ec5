/** A `Storage` in a map, as `localStorage` behaves; `quota` bounds the characters it holds. */
export function memoryStorage(entries: Record<string, string> = {}, quota = Infinity): Storage {
  const map = new Map(Object.entries(entries));
  const used = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const before = map.get(key);
      map.set(key, value);
      if (used() > quota) {
        if (before === undefined) map.delete(key);
        else map.set(key, before);
        throw new Error(`Setting the value of '${key}' exceeded the quota.`);
      }
    },
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}
