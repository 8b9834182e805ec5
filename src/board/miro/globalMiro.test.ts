import { describe, expect, it } from 'vitest';
import { globalMiro } from './globalMiro.ts';
import type { MiroSdk } from './sdk.ts';

const sdk = { board: {} } as MiroSdk;

describe('globalMiro', () => {
  it('returns the SDK inside a board frame', () => {
    const self = {};
    expect(globalMiro({ miro: sdk, self, top: {} })).toBe(sdk);
  });

  it('returns nothing when the SDK script did not load', () => {
    expect(globalMiro({ self: {}, top: {} })).toBeUndefined();
  });

  it('returns nothing when the page is opened on its own', () => {
    const self = {};
    expect(globalMiro({ miro: sdk, self, top: self })).toBeUndefined();
  });

  it('finds no SDK in this test process', () => {
    expect(globalMiro()).toBeUndefined();
  });
});
