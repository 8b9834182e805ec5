import { describe, expect, it } from 'vitest';
import { htmlToEditableText, htmlToLines } from './htmlToLines.ts';
import { typedTextToHtml } from './textToHtml.ts';

describe('htmlToLines', () => {
  it('makes one line per paragraph', () => {
    expect(htmlToLines('<p>Search</p><p>Compare prices</p>')).toEqual([
      { text: 'Search', bold: false },
      { text: 'Compare prices', bold: false },
    ]);
  });

  it('breaks lines at <br>', () => {
    expect(htmlToLines('<p>one<br>two<br/>three</p>').map((line) => line.text)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('marks a line bold when all of its text is bold', () => {
    expect(htmlToLines('<p><strong>Awareness</strong></p><p>a <b>mixed</b> line</p>')).toEqual([
      { text: 'Awareness', bold: true },
      { text: 'a mixed line', bold: false },
    ]);
  });

  it('reads text without paragraphs as one line', () => {
    expect(htmlToLines('plain words')).toEqual([{ text: 'plain words', bold: false }]);
  });

  it('keeps an empty paragraph as an empty line', () => {
    expect(htmlToLines('<p>a</p><p></p><p>b</p>').map((line) => line.text)).toEqual(['a', '', 'b']);
  });

  it('shows markup-looking text as text and drops unknown tags', () => {
    expect(htmlToLines('<p>&lt;script&gt; <a href="x">link</a> <img src=x></p>')).toEqual([
      { text: '<script> link ', bold: false },
    ]);
  });

  it('has no lines for empty content', () => {
    expect(htmlToLines('')).toEqual([]);
  });
});

describe('plain text and content', () => {
  it('turns typed lines into escaped paragraphs', () => {
    expect(typedTextToHtml('Fees <hidden>\n& slow')).toBe(
      '<p>Fees &lt;hidden&gt;</p><p>&amp; slow</p>',
    );
  });

  it('stores nothing for blank text', () => {
    expect(typedTextToHtml('  \n ')).toBe('');
  });

  it('reads content back as the typed text', () => {
    expect(htmlToEditableText(typedTextToHtml('one\ntwo'))).toBe('one\ntwo');
  });
});
