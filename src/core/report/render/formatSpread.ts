/** A spread (standard deviation) to one decimal, unsigned; "—" for none. */
export function formatSpread(spread: number | null): string {
  return spread === null ? '—' : (Math.round(spread * 10) / 10).toFixed(1);
}
