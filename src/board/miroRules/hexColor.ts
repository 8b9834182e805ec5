/** `#rrggbb` in lower case from `#rgb` or `#rrggbb`; anything else (`transparent`) is unknown. */
export function hexColor(value: string | undefined): string | null {
  if (value === undefined) return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) {
    const [, r = '', g = '', b = ''] = short;
    return `#${r}${r}${g}${g}${b}${b}`.toLowerCase();
  }
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : null;
}
