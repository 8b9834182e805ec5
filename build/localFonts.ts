import type { Plugin } from 'vite';

const GOOGLE_FONTS_IMPORT = /@import\s+url\(["']?https:\/\/fonts\.googleapis\.com\/[^)]*\)\s*;?/g;

/**
 * Mirotone's stylesheet imports Open Sans from Google Fonts; the panel bundles the same font
 * (@fontsource/open-sans) instead, so the app makes no request outside Miro and localhost.
 */
export function localFonts(): Plugin {
  return {
    name: 'journey-mapper:local-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('mirotone') || !id.endsWith('.css')) return null;
      return { code: stripGoogleFonts(code), map: null };
    },
  };
}

export function stripGoogleFonts(css: string): string {
  return css.replace(GOOGLE_FONTS_IMPORT, '');
}
