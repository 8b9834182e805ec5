export const DARK_TEXT = '#1a1a1a';
export const LIGHT_TEXT = '#ffffff';

/** Relative luminance (WCAG) of a #rrggbb colour, 0 for black to 1 for white. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark text on light paper, white text on dark paper (dark blue, black): for notes the sandbox
 * draws and the panel's note chips alike.
 */
export function textColorOn(fill: string): string {
  return luminance(fill) < 0.2 ? LIGHT_TEXT : DARK_TEXT;
}
