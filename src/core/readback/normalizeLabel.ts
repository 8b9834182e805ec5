/**
 * A label as plain words for matching: lower case, accents dropped (NFD without combining marks),
 * ß as "ss", æ/œ as "ae"/"oe", `&` as "and", anything but letters and digits as single spaces.
 */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replaceAll('æ', 'ae')
    .replaceAll('œ', 'oe')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
