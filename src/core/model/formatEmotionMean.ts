/** A mean emotion score to one decimal, signed like the scale: "+1.5", "−2", "0"; "—" for none. */
export function formatEmotionMean(mean: number | null): string {
  if (mean === null) return '—';
  const rounded = Math.round(Math.abs(mean) * 10) / 10;
  if (rounded === 0) return '0';
  const digits = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return `${mean > 0 ? '+' : '−'}${digits}`;
}
