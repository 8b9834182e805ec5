import type { RichLine } from '../core/text/htmlToLines.ts';

/** The width of `text` in the same units as the width it must fit. */
export type Measure = (text: string, bold: boolean) => number;

/**
 * Breaks one line into lines no wider than `maxWidth`: at spaces where possible, inside a word
 * only when the word alone is too wide. An empty line stays one empty line.
 */
export function wrapLine(
  text: string,
  bold: boolean,
  maxWidth: number,
  measure: Measure,
): string[] {
  const words = text.split(/ +/).filter((word, index, all) => word !== '' || all.length === 1);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate, bold) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (measure(word, bold) <= maxWidth) {
      current = word;
      continue;
    }
    for (const char of word) {
      if (current !== '' && measure(current + char, bold) > maxWidth) {
        lines.push(current);
        current = '';
      }
      current += char;
    }
  }
  lines.push(current);
  return lines;
}

export function wrapLines(
  lines: readonly RichLine[],
  maxWidth: number,
  measure: Measure,
): RichLine[] {
  return lines.flatMap((line) =>
    wrapLine(line.text, line.bold, maxWidth, measure).map((text) => ({ text, bold: line.bold })),
  );
}

/** Text laid out in a box: the font size chosen and the wrapped lines. */
export type TextLayout = { fontSize: number; lines: RichLine[] };

function widestWord(lines: readonly RichLine[], measure: Measure): number {
  let widest = 0;
  for (const line of lines)
    for (const word of line.text.split(' ')) widest = Math.max(widest, measure(word, line.bold));
  return widest;
}

/**
 * The largest font size from `sizes` (descending) at which the wrapped text fits `box` with no
 * word broken, as Miro's auto-sized sticky notes do; the smallest size when none fits. `measure`
 * measures at font size 1, so widths scale linearly with the size.
 */
export function fitText(
  lines: readonly RichLine[],
  box: { width: number; height: number },
  sizes: readonly number[],
  lineHeight: number,
  measure: Measure,
): TextLayout {
  const widest = widestWord(lines, measure);
  let layout: TextLayout = { fontSize: sizes[sizes.length - 1] ?? 1, lines: [] };
  for (const fontSize of sizes) {
    if (widest * fontSize > box.width && fontSize !== sizes[sizes.length - 1]) continue;
    const wrapped = wrapLines(lines, box.width / fontSize, measure);
    layout = { fontSize, lines: wrapped };
    if (wrapped.length * fontSize * lineHeight <= box.height) return layout;
  }
  return layout;
}
