import { describe, expect, it } from 'vitest';
import { errorDetail, MAX_ERROR_BODY_BYTES } from './errorDetail.ts';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 500 });

describe('errorDetail', () => {
  it('gives the first key that holds a string, on one line', async () => {
    await expect(
      errorDetail(json({ status: 403, err: 'Invalid\n  token', message: 'x' }), ['err', 'message']),
    ).resolves.toBe('Invalid token');
    await expect(
      errorDetail(json({ err: 3, message: 'Not found' }), ['err', 'message']),
    ).resolves.toBe('Not found');
  });

  it('says nothing of a body that is not JSON or holds no such key', async () => {
    expect(await errorDetail(new Response('<html>oops</html>'), ['message'])).toBe('');
    expect(await errorDetail(json(['message']), ['message'])).toBe('');
    expect(await errorDetail(json({ other: 'x' }), ['message'])).toBe('');
  });

  it('stops hearing out a body that never ends, past the cap', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    expect(await errorDetail(new Response(endless, { status: 500 }), ['message'])).toBe('');
    expect(sent).toBeLessThan(MAX_ERROR_BODY_BYTES * 2);
  });
});
