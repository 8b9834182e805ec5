import type { Measure } from './wrapText.ts';

export const FONT_FAMILY =
  '"Open Sans", Arial, Helvetica, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"';
const REFERENCE_SIZE = 100;
const MAX_CACHED = 50_000;

export function fontOf(size: number, bold: boolean): string {
  return `${bold ? 600 : 400} ${size}px ${FONT_FAMILY}`;
}

/**
 * Text widths at font size 1, measured on a canvas at a large size and cached per word: a
 * line's width is the sum of its words and spaces, which is what wrapping needs.
 */
export class TextMeasurer {
  private readonly widths = new Map<string, number>();

  constructor(private readonly context: CanvasRenderingContext2D) {}

  readonly measure: Measure = (text, bold) => {
    const words = text.split(' ');
    let width = (words.length - 1) * this.width(' ', bold);
    for (const word of words) if (word !== '') width += this.width(word, bold);
    return width;
  };

  /** Fonts that finish loading change every width. */
  clear(): void {
    this.widths.clear();
  }

  private width(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'r'}${text}`;
    const cached = this.widths.get(key);
    if (cached !== undefined) return cached;
    if (this.widths.size > MAX_CACHED) this.widths.clear();
    this.context.font = fontOf(REFERENCE_SIZE, bold);
    const width = this.context.measureText(text).width / REFERENCE_SIZE;
    this.widths.set(key, width);
    return width;
  }
}
