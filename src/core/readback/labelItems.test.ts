import { describe, expect, it } from 'vitest';
import { firstLineName, labelParts } from './labelItems.ts';

describe('firstLineName', () => {
  it('is the name labelParts finds', () => {
    const texts = [
      '',
      '\n',
      ' \n \n',
      'Line of visibility',
      '\n\n  Line   of\tvisibility  \nWhat the customer sees',
      ' \nfirst\nsecond\n',
      'ends with a break\n',
      `${'long '.repeat(40)}\nrest`,
    ];
    for (const text of texts)
      expect(firstLineName(text), JSON.stringify(text)).toBe(labelParts(text).name);
  });
});
