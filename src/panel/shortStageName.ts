/**
 * A stage name cut to at most `maxChars` characters for a narrow label: whole words where the
 * first ones fit, else the first word cut, with "…" wherever something was left out.
 */
export function shortStageName(name: string, maxChars: number): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= maxChars) return flat;
  if (maxChars <= 1) return '…';
  const words = flat.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if ([...next].length > maxChars - 1) break;
    kept = next;
  }
  if (kept !== '') return `${kept}…`;
  return `${chars.slice(0, maxChars - 1).join('')}…`;
}
