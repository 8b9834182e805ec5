import { describe, expect, it } from 'vitest';
import { linesToHtml, noteTextToHtml } from './textToHtml.ts';

describe('rich text', () => {
  it('writes lines as paragraphs, strong ones bold, with markup escaped', () => {
    expect(linesToHtml([{ text: 'Pains & <gains>', strong: true }, { text: 'a "b"' }])).toBe(
      '<p><strong>Pains &amp; &lt;gains&gt;</strong></p><p>a &quot;b&quot;</p>',
    );
  });

  it('keeps a note’s line breaks', () => {
    expect(noteTextToHtml('one\ntwo')).toBe('<p>one<br>two</p>');
  });
});
