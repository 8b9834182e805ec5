import { readBodyBytes } from './readBodyBytes.ts';

/** Far above any error body an API sends, far below what could fill memory. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * The message of an API's JSON error body, on one line: the first of `keys` that holds a string.
 * The body is read up to `MAX_ERROR_BODY_BYTES`; a bigger one, one that is not JSON or one without
 * such a key says nothing (empty), so a misbehaving server costs at most that much to hear out.
 */
export async function errorDetail(response: Response, keys: readonly string[]): Promise<string> {
  try {
    const bytes = await readBodyBytes(response, MAX_ERROR_BODY_BYTES);
    if (!bytes) return '';
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof body !== 'object' || body === null) return '';
    for (const key of keys) {
      const message: unknown = Reflect.get(body, key);
      if (typeof message === 'string') return message.replace(/\s+/g, ' ').trim();
    }
    return '';
  } catch {
    return '';
  }
}
