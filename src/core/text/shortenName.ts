const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` on one line (runs of white space as one space, trimmed) in at most `limit` characters
 * (graphemes, so an emoji counts as one): cut after the last whole word that fits, trailing
 * punctuation dropped, and `…` added. A first word longer than the whole limit (a pasted link,
 * say) is the one case cut inside a word, since keeping it whole would not shorten anything.
 */
export function shortenName(text: string, limit: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const graphemes = Array.from(segmenter.segment(flat), (part) => part.segment);
  if (graphemes.length <= limit) return flat;
  const room = graphemes.slice(0, limit - 1).join('');
  const wordEndsHere = /^\s/.test(graphemes[limit - 1] ?? '');
  const lastBreak = room.search(/\s\S*$/);
  const kept = wordEndsHere || lastBreak <= 0 ? room : room.slice(0, lastBreak);
  const tidy = kept.replace(/[\s,.;:!?–—-]+$/u, '');
  return `${tidy === '' ? kept.trimEnd() : tidy}…`;
}
