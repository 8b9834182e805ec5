import { htmlToLines } from '../../core/text/htmlToLines.ts';

export const LINE_HEIGHT = 1.4;
export const AVERAGE_CHAR_WIDTH = 0.55;

/**
 * A text item's height, which Miro derives from its content: each line wraps at
 * `width / (0.55 × fontSize)` characters, and a line is 1.4 × fontSize high (at least one line).
 */
export function estimateTextHeight(content: string, width: number, fontSize: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (AVERAGE_CHAR_WIDTH * fontSize)));
  const lineCount = htmlToLines(content).reduce(
    (sum, line) => sum + Math.max(1, Math.ceil(line.text.length / charsPerLine)),
    0,
  );
  return Math.max(1, lineCount) * fontSize * LINE_HEIGHT;
}
