import { describe, expect, it } from 'vitest';
import { readBodyBytes } from './readBodyBytes.ts';

function streamed(...chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body);
}

describe('readBodyBytes', () => {
  it('reads the whole body from its chunks, up to the bound', async () => {
    const bytes = await readBodyBytes(streamed('{"a":', '1}'), 7);
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it('stops as soon as the body passes the bound', async () => {
    expect(await readBodyBytes(streamed('12345', '67'), 6)).toBeUndefined();
  });

  it('refuses a Content-Length past the bound before reading', async () => {
    const response = new Response('1234567', { headers: { 'Content-Length': '7' } });
    expect(await readBodyBytes(response, 6)).toBeUndefined();
  });
});
