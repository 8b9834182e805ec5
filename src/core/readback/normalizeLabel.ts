/** A UTF-16 code unit past ASCII; without one, letters and digits are [a-z0-9] once lower case. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A label as plain words for matching: lower case, accents dropped (NFD without combining marks),
 * ß as "ss", æ/œ as "ae"/"oe", `&` as "and", anything but letters and digits as single spaces.
 * Most labels and notes are plain ASCII, read for every item of a map (blueprint lines), so those
 * skip the steps that cannot change them.
 */
export function normalizeLabel(label: string): string {
  if (!NON_ASCII.test(label))
    return label
      .toLowerCase()
      .replaceAll('&', ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
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
