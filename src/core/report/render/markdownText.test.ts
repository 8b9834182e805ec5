import { describe, expect, it } from 'vitest';
import { markdownListItem, markdownTable, markdownText } from './markdownText.ts';

describe('markdownText', () => {
  it('escapes the characters that make links, emphasis, code, headings, HTML and cell borders', () => {
    expect(markdownText('# [x](y) *a* _b_ `c` <b> a|b \\ ! ~')).toBe(
      '\\# \\[x\\](y) \\*a\\* \\_b\\_ \\`c\\` \\<b\\> a\\|b \\\\ ! \\~',
    );
  });

  it('keeps GFM from linking bare URLs and e-mail addresses', () => {
    expect(markdownText('see https://x.example, www.x.example or ana@x.example')).toBe(
      'see https\\://x.example, www\\.x.example or ana\\@x.example',
    );
  });

  it('escapes an ampersand only where it would start an entity', () => {
    expect(markdownText('Browse & choose &amp; &#60; &x')).toBe(
      'Browse & choose \\&amp; \\&\\#60; &x',
    );
  });

  it('writes line breaks as " / " and tabs as spaces', () => {
    expect(markdownText('one\r\ntwo\rthree\n four\tfive')).toBe('one / two / three / four five');
  });
});

describe('markdownListItem', () => {
  it('escapes a leading list marker so the item does not nest a list', () => {
    expect(markdownListItem('- no')).toBe('- \\- no');
    expect(markdownListItem('12. no')).toBe('- 12\\. no');
    expect(markdownListItem('+ no')).toBe('- \\+ no');
  });
});

describe('markdownTable', () => {
  it('aligns the columns it is told to and fills an empty cell with a space', () => {
    expect(markdownTable(['Stage', 'Mean'], [['', '+1']], ['left', 'right'])).toEqual([
      '| Stage | Mean |',
      '| --- | ---: |',
      '|   | +1 |',
    ]);
  });
});
