import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decodeUtf8.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
  it('reads UTF-8 without a warning, U+FFFD written as such included', () => {
    // [ "é" , "�" ] with é as C3 A9 and U+FFFD as EF BF BD
    expect(
      decodeUtf8(
        bytes(0x5b, 0x22, 0xc3, 0xa9, 0x22, 0x2c, 0x22, 0xef, 0xbf, 0xbd, 0x22, 0x5d),
        'f.json',
      ),
    ).toEqual({
      text: '["é","\uFFFD"]',
      warning: undefined,
    });
  });

  it('keeps a byte-order mark for the JSON reader to take off', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x5b, 0x5d), 'f.json').text).toBe('\uFEFF[]');
  });

  it('reads a stray byte as U+FFFD and says where it is', () => {
    // "é" in Latin-1 is E9, at byte 2
    expect(decodeUtf8(bytes(0x5b, 0x22, 0xe9, 0x22, 0x5d), 'f.json')).toEqual({
      text: '["\uFFFD"]',
      warning: 'f.json is not valid UTF-8: 1 byte sequence read as U+FFFD, the first at byte 2',
    });
  });

  it('counts a cut sequence once and each stray byte once, as the decoder does', () => {
    // E2 82 is € cut short (one U+FFFD), then 80 and FF are stray (one each), the first at byte 1
    const decoded = decodeUtf8(bytes(0x22, 0xe2, 0x82, 0x22, 0x80, 0xff, 0x22), 'f.json');
    expect(decoded).toEqual({
      text: '"\uFFFD"\uFFFD\uFFFD"',
      warning: 'f.json is not valid UTF-8: 3 byte sequences read as U+FFFD, the first at byte 1',
    });
  });

  it('counts an encoded surrogate and an overlong form as the decoder does', () => {
    // ED A0 80 is U+D800 (ED takes 80–9F next): ED alone, then A0 and 80 stray; C0 AF is overlong "/"
    const decoded = decodeUtf8(bytes(0xed, 0xa0, 0x80, 0xc0, 0xaf), 'f.json');
    expect(decoded.text).toBe('\uFFFD'.repeat(5));
    expect(decoded.warning).toBe(
      'f.json is not valid UTF-8: 5 byte sequences read as U+FFFD, the first at byte 0',
    );
  });

  it('counts a sequence cut by the end of the file', () => {
    // F0 9F 98 is 😀 without its last byte
    expect(decodeUtf8(bytes(0x31, 0xf0, 0x9f, 0x98), 'f.json')).toEqual({
      text: '1\uFFFD',
      warning: 'f.json is not valid UTF-8: 1 byte sequence read as U+FFFD, the first at byte 1',
    });
  });
});
