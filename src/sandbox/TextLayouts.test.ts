import { describe, expect, it } from 'vitest';
import { TextLayouts } from './TextLayouts.ts';

const layout = { fontSize: 12, lines: [{ text: 'a', bold: false }] };

describe('TextLayouts', () => {
  it('computes a layout once while its key stays the same', () => {
    const layouts = new TextLayouts();
    let computed = 0;
    const compute = () => {
      computed++;
      return layout;
    };
    layouts.get('note-1', '<p>a</p>|199|228', compute);
    layouts.get('note-1', '<p>a</p>|199|228', compute);
    expect(computed).toBe(1);
  });

  it('computes again when the content changes', () => {
    const layouts = new TextLayouts();
    let computed = 0;
    const compute = () => {
      computed++;
      return layout;
    };
    layouts.get('note-1', '<p>a</p>', compute);
    layouts.get('note-1', '<p>b</p>', compute);
    expect(computed).toBe(2);
  });
});
