/**
 * The message of a thrown error, also of one made in another window: the sandbox board hands
 * its SDK object to the app's iframes, so `instanceof Error` would miss its errors.
 */
export function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  const { message } = error;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}
