import { describe, expect, it } from 'vitest';
import { contentToLines, contentToPlainText, decodeEntities, textToContent } from './richText.ts';

describe('contentToLines', () => {
  it('makes one line per paragraph', () => {
    expect(contentToLines('<p>Search</p><p>Compare prices</p>')).toEqual([
      { text: 'Search', bold: false },
      { text: 'Compare prices', bold: false },
    ]);
  });

  it('breaks lines at <br>', () => {
    expect(contentToLines('<p>one<br>two<br/>three</p>').map((line) => line.text)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('marks a line bold when all of its text is bold', () => {
    expect(contentToLines('<p><strong>Awareness</strong></p><p>a <b>mixed</b> line</p>')).toEqual([
      { text: 'Awareness', bold: true },
      { text: 'a mixed line', bold: false },
    ]);
  });

  it('reads text without paragraphs as one line', () => {
    expect(contentToLines('plain words')).toEqual([{ text: 'plain words', bold: false }]);
  });

  it('keeps an empty paragraph as an empty line', () => {
    expect(contentToLines('<p>a</p><p></p><p>b</p>').map((line) => line.text)).toEqual([
      'a',
      '',
      'b',
    ]);
  });

  it('shows markup-looking text as text and drops unknown tags', () => {
    expect(contentToLines('<p>&lt;script&gt; <a href="x">link</a> <img src=x></p>')).toEqual([
      { text: '<script> link ', bold: false },
    ]);
  });

  it('has no lines for empty content', () => {
    expect(contentToLines('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&amp; &#39; &#x1F600; &unknown;')).toBe("& ' 😀 &unknown;");
  });
});

describe('plain text and content', () => {
  it('turns typed lines into escaped paragraphs', () => {
    expect(textToContent('Fees <hidden>\n& slow')).toBe(
      '<p>Fees &lt;hidden&gt;</p><p>&amp; slow</p>',
    );
  });

  it('stores nothing for blank text', () => {
    expect(textToContent('  \n ')).toBe('');
  });

  it('reads content back as the typed text', () => {
    expect(contentToPlainText(textToContent('one\ntwo'))).toBe('one\ntwo');
  });
});
