/**
 * Why `id` cannot be a board id in a request path, or `undefined` when it can. The id is read
 * as sent and with its percent-escapes decoded, so `%2e%2e` and `%2F` count as `..` and `/`.
 */
export function boardIdProblem(id: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return 'it has a broken percent-escape';
  }
  for (const form of [id, decoded]) {
    if (form.trim() === '') return 'it is empty';
    if ([...form].some(isControl)) return 'it has a control character';
    if (/\s/.test(form)) return 'it has a space';
    if (/[/\\]/.test(form)) return 'it has a slash';
    if (form.includes('..') || form === '.') return 'it has a dot segment';
    if (/[?#]/.test(form)) return 'it has a ? or #';
  }
  return undefined;
}

function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
