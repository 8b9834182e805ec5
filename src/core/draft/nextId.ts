/**
 * The first `${prefix}-${n}` not in `taken`, trying n = from, from + 1, …; deterministic, so the
 * same draft always gets the same new id.
 */
export function nextId(prefix: string, taken: Iterable<string>, from = 1): string {
  const used = new Set(taken);
  let n = Math.max(1, from);
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
