/** What stands in a message where a secret was. */
export const REDACTED = '[redacted]';

/** `text` with each occurrence of each non-empty secret replaced by `[redacted]`. */
export function withoutSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
}
