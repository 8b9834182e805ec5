import { describe, expect, it } from 'vitest';
import { RestApiError } from '../../http/RestApiError.ts';
import { readFigmaFile } from './readFigmaFile.ts';

const options = (fetch: typeof globalThis.fetch) => ({
  token: 'figd_token',
  fetch,
  sleep: async () => {},
  now: () => 0,
  baseUrl: 'http://127.0.0.1:9',
});

describe('readFigmaFile', () => {
  it('stops reading an answer larger than maxBytes', async () => {
    // 40 bytes
    const fetch = async () => new Response('{"editorType": "figjam", "document": {}}');
    const read = readFigmaFile('Ab3dEf6hIj', { ...options(fetch), maxBytes: 16 });
    await expect(read).rejects.toThrow(
      new RestApiError(
        'tooLarge',
        "Figma's answer for file Ab3dEf6hIj is larger than 16 bytes, the most this reads; stopped",
      ),
    );
  });

  it.each(['..', 'a/b', 'a%2Fb', ''])('refuses the key %j before any request', async (key) => {
    let fetched = 0;
    const fetch = async () => {
      fetched++;
      return new Response('{}');
    };
    await expect(readFigmaFile(key, options(fetch))).rejects.toMatchObject({
      reason: 'badFileKey',
    });
    expect(fetched).toBe(0);
  });
});
