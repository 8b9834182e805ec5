import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml } from './htmlEntities.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&amp; &#39; &#x1F600; &unknown;')).toBe("& ' 😀 &unknown;");
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that are markup', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});
