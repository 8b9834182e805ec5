/** Text as the report compares it: lowercase, whitespace collapsed, punctuation trimmed at both ends. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}
