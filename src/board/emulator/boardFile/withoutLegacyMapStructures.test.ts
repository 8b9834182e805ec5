import { describe, expect, it } from 'vitest';
import { MiroEmulator } from '../MiroEmulator.ts';
import { withoutLegacyMapStructures } from './withoutLegacyMapStructures.ts';

describe('withoutLegacyMapStructures', () => {
  it('drops the per-map structures of earlier versions and keeps other app data', () => {
    const state = {
      ...new MiroEmulator().exportState(),
      appData: { 'map:3458764500000000001': {}, theme: 'dark' },
    };
    expect(withoutLegacyMapStructures(state).appData).toEqual({ theme: 'dark' });
  });
});
