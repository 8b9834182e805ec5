/** The text in UTF-8 `bytes`, with a byte-order mark kept; `warning` when some are not UTF-8. */
export type Decoded = { text: string; warning: string | undefined };

/**
 * `bytes` as text, each ill-formed sequence read as U+FFFD as browsers do; the warning says how
 * many there were and the byte offset (from 0) of the first. `what` names the bytes.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): Decoded {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      warning: undefined,
    };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const { count, firstAt } = illFormedSequences(bytes);
    const sequences = count === 1 ? '1 byte sequence' : `${count} byte sequences`;
    return {
      text,
      warning: `${what} is not valid UTF-8: ${sequences} read as U+FFFD, the first at byte ${firstAt}`,
    };
  }
}

/**
 * The ill-formed sequences in `bytes`, counted as the WHATWG decoder counts its U+FFFDs: a lead
 * byte with the valid continuation bytes after it is one, and so is each stray byte.
 */
function illFormedSequences(bytes: Uint8Array): { count: number; firstAt: number } {
  let count = 0;
  let firstAt = -1;
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index] ?? 0;
    const length = sequenceLength(lead);
    let lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let next = index + 1;
    while (next < index + length) {
      const byte = bytes[next];
      if (byte === undefined || byte < lower || byte > upper) break;
      [lower, upper] = [0x80, 0xbf];
      next++;
    }
    if (length === 0 || next < index + length) {
      count++;
      if (firstAt === -1) firstAt = index;
    }
    index = next;
  }
  return { count, firstAt };
}

/** How many bytes a sequence with this lead byte has, or 0 for a byte no sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
