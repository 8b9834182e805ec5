import { describe, expect, it } from 'vitest';
import { lineText, linesToHtml, noteTextToHtml } from './textToHtml.ts';

describe('rich text', () => {
  it('writes lines as paragraphs, strong ones bold, with markup escaped', () => {
    expect(linesToHtml([{ text: 'Pains & <gains>', strong: true }, { text: 'a "b"' }])).toBe(
      '<p><strong>Pains &amp; &lt;gains&gt;</strong></p><p>a &quot;b&quot;</p>',
    );
  });

  it('writes a line’s label bold before its text, and alone when the text is empty', () => {
    expect(
      linesToHtml([
        { label: 'Name:', text: 'Sam <Lee>' },
        { label: 'Role:', text: '' },
      ]),
    ).toBe('<p><strong>Name:</strong> Sam &lt;Lee&gt;</p><p><strong>Role:</strong></p>');
  });

  it('gives a labelled line’s plain text as the board reads it back', () => {
    expect([
      lineText({ label: 'Name:', text: 'Sam Lee' }),
      lineText({ label: 'Role:', text: '' }),
      lineText({ text: 'Persona', strong: true }),
    ]).toEqual(['Name: Sam Lee', 'Role:', 'Persona']);
  });

  it('keeps a note’s line breaks', () => {
    expect(noteTextToHtml('one\ntwo')).toBe('<p>one<br>two</p>');
  });
});
