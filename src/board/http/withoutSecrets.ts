import { messageOf } from '../messageOf.ts';

/** What stands in a message where a secret was. */
export const REDACTED = '[redacted]';

/** `text` with each occurrence of each non-empty secret replaced by `[redacted]`. */
export function withoutSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
}

/** The message of `error` (or the error as text) with the secrets redacted. */
export function errorText(error: unknown, secrets: readonly string[]): string {
  return withoutSecrets(messageOf(error) ?? String(error), secrets);
}
