/**
 * The message of a thrown error, also of one made in another window: the sandbox board hands
 * its SDK object to the app's iframes, so `instanceof Error` would miss its errors.
 */
export function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  const { message } = error;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

/** The error's message in brackets after a space, to end a sentence about it; empty without one. */
export function detailOf(error: unknown): string {
  const message = messageOf(error);
  return message ? ` (${message})` : '';
}
