import { describe, expect, it } from 'vitest';
import { fitText, wrapLine, wrapLines } from './wrapText.ts';

/** Every character is 1 unit wide; bold ones 2. */
const measure = (text: string, bold: boolean) => text.length * (bold ? 2 : 1);

describe('wrapLine', () => {
  it('keeps a line that fits', () => {
    expect(wrapLine('short line', false, 20, measure)).toEqual(['short line']);
  });

  it('breaks at spaces', () => {
    expect(wrapLine('the delivery fee shows late', false, 12, measure)).toEqual([
      'the delivery',
      'fee shows',
      'late',
    ]);
  });

  it('breaks a word that is wider than the line on its own', () => {
    expect(wrapLine('abcdefghij x', false, 4, measure)).toEqual(['abcd', 'efgh', 'ij x']);
  });

  it('measures bold text as bold', () => {
    expect(wrapLine('ab cd', true, 8, measure)).toEqual(['ab', 'cd']); // "ab cd" is 10 wide
  });

  it('keeps an empty line', () => {
    expect(wrapLine('', false, 10, measure)).toEqual(['']);
  });
});

describe('wrapLines', () => {
  it('wraps each paragraph and keeps its weight', () => {
    const lines = [
      { text: 'Title words', bold: true },
      { text: 'body', bold: false },
    ];
    expect(wrapLines(lines, 12, measure)).toEqual([
      { text: 'Title', bold: true },
      { text: 'words', bold: true },
      { text: 'body', bold: false },
    ]);
  });
});

describe('fitText', () => {
  const lines = [{ text: 'aa bb cc dd', bold: false }];

  it('takes the largest size at which the text fits', () => {
    // at 10: 2 units across → 4 lines × 10 = 40 > 30; at 5: 4 across → 4 lines × 5 = 20
    const layout = fitText(lines, { width: 20, height: 30 }, [10, 5, 2], 1, measure);
    expect(layout.fontSize).toBe(5);
    expect(layout.lines.map((line) => line.text)).toEqual(['aa', 'bb', 'cc', 'dd']);
  });

  it('wraps less at a smaller size', () => {
    // at 2: 10 units across → "aa bb cc" and "dd"
    const layout = fitText(lines, { width: 20, height: 4 }, [10, 5, 2], 1, measure);
    expect(layout.lines.map((line) => line.text)).toEqual(['aa bb cc', 'dd']);
  });

  it('takes a smaller size rather than break a word', () => {
    // "summary" is 7 wide: at 5 only 4 fit across, so the text takes size 2 (10 across)
    const layout = fitText(
      [{ text: 'summary', bold: false }],
      { width: 20, height: 30 },
      [5, 2],
      1,
      measure,
    );
    expect(layout).toEqual({ fontSize: 2, lines: [{ text: 'summary', bold: false }] });
  });

  it('falls back to the smallest size when nothing fits', () => {
    expect(fitText(lines, { width: 2, height: 1 }, [4, 2], 1, measure).fontSize).toBe(2);
  });
});
