import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assertJsonValue } from './jsonValue.ts';

describe('assertJsonValue', () => {
  it('accepts plain objects made in another window', () => {
    const foreign: unknown = runInNewContext('({ role: "stage", ids: [1, 2] })');
    expect(() => assertJsonValue('metadata.tag', foreign)).not.toThrow();
  });

  it('rejects class instances and names where', () => {
    expect(() => assertJsonValue('appData.when', { at: new Date(0) })).toThrow(
      'At appData.when.at: object is not a JSON value',
    );
  });
});
