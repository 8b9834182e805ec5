import { describe, expect, it } from 'vitest';
import { stripGoogleFonts } from './localFonts.ts';
import { isTopLevelNavigation } from './sandboxRedirect.ts';

describe('stripGoogleFonts', () => {
  it('drops the Google Fonts import and keeps the rest', () => {
    const css =
      '@import url("https://fonts.googleapis.com/css2?family=Open+Sans:wght@400&display=swap");:root{--body-font:"Open Sans"}';
    expect(stripGoogleFonts(css)).toBe(':root{--body-font:"Open Sans"}');
  });
});

describe('isTopLevelNavigation', () => {
  it('is true for a browser tab and false inside an iframe or for scripts', () => {
    expect(isTopLevelNavigation({ 'sec-fetch-dest': 'document' })).toBe(true);
    expect(isTopLevelNavigation({ 'sec-fetch-dest': 'iframe' })).toBe(false);
    expect(isTopLevelNavigation({})).toBe(false);
  });
});
