/** A copy of `items` with the item at `from` moved by `offset`; the same array when that leaves the list. */
export function moveItem<T>(items: T[], from: number, offset: number): T[] {
  const to = from + offset;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || to === from) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
