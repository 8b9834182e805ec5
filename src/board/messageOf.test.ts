import { describe, expect, it } from 'vitest';
import { detailOf, messageOf } from './messageOf.ts';

describe('messageOf', () => {
  it('reads the message of an Error and of an error-like object from another window', () => {
    expect(messageOf(new Error('Frame not found'))).toBe('Frame not found');
    expect(messageOf({ name: 'Error', message: 'Rate limit' })).toBe('Rate limit');
  });

  it('has nothing for values without a message', () => {
    expect(messageOf('boom')).toBeUndefined();
    expect(messageOf({ message: '  ' })).toBeUndefined();
    expect(messageOf(null)).toBeUndefined();
  });
});

describe('detailOf', () => {
  it('puts the message in brackets after a space', () => {
    expect(detailOf(new Error('Frame is locked'))).toBe(' (Frame is locked)');
  });

  it('is empty for an error without a message', () => {
    expect(detailOf(new Error(''))).toBe('');
    expect(detailOf('not an error')).toBe('');
  });
});
