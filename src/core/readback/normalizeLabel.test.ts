import { describe, expect, it } from 'vitest';
import { normalizeLabel } from './normalizeLabel.ts';

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

describe('normalizeLabel', () => {
  it('folds case, accents, ß, æ, œ and & and keeps letters and digits as words', () => {
    expect(normalizeLabel('  Line of Visibility ')).toBe('line of visibility');
    expect(normalizeLabel('Touchpoints & Channels!')).toBe('touchpoints and channels');
    expect(normalizeLabel('Straße — Æsop/Cœur, Línea 2')).toBe('strasse aesop coeur linea 2');
  });

  // "ß" sends a label the long way and "ss" the short way; both must read every ASCII character alike.
  it('reads each ASCII character the same in a label with a non-ASCII letter as without', () => {
    for (const char of ASCII) {
      const label = `Ab${char}C9${char}${char}&d${char}`;
      expect(normalizeLabel(`${label}ß`), JSON.stringify(char)).toBe(normalizeLabel(`${label}ss`));
      expect(normalizeLabel(`ß${label}`), JSON.stringify(char)).toBe(normalizeLabel(`ss${label}`));
    }
  });
});
