import { scoreAtScaleDepth, type EmotionScore } from '../model/emotion.ts';
import type { NoteColor } from '../model/noteColor.ts';

const EMOJI: readonly (readonly [string, EmotionScore])[] = [
  ...['😀', '😃', '😄', '😁', '😍', '🤩', '🥳'].map((e): [string, EmotionScore] => [e, 2]),
  ...['🙂', '😊', '👍'].map((e): [string, EmotionScore] => [e, 1]),
  ...['😐', '😶'].map((e): [string, EmotionScore] => [e, 0]),
  ...['🙁', '😕', '😟', '👎'].map((e): [string, EmotionScore] => [e, -1]),
  ...['😡', '😠', '😞', '😢', '😭', '😤'].map((e): [string, EmotionScore] => [e, -2]),
];

/**
 * The emoji's scores by code point (each emoji is one), so a note's text is scanned by index
 * without a string made for each of its characters.
 */
const EMOJI_SCORES: ReadonlyMap<number, EmotionScore> = new Map(
  EMOJI.map(([emoji, score]) => [emoji.codePointAt(0) ?? 0, score]),
);

const COLOR_SCORES: Partial<Record<NoteColor, EmotionScore>> = {
  red: -1,
  pink: -1,
  light_pink: -1,
  light_green: 1,
  green: 1,
  dark_green: 1,
};

/**
 * A whole number at the start: an optional sign (`+`, ASCII `-` or `−` U+2212), digits, then the
 * end, whitespace, or punctuation/symbol that does not continue the number (`1.5`, `2,5` do).
 */
const LEADING_NUMBER = /^\s*([+\-\u2212]?)(\d+)(?![.,]\d)(?=$|[\s\p{P}\p{S}])/u;

function scoreFromNumber(text: string): EmotionScore | null {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return null;
  const signed = match[1] !== '';
  const value = Number.parseInt(match[2] ?? '', 10);
  if (signed || value === 0) {
    const score = match[1] === '+' || value === 0 ? value : -value;
    return score >= -2 && score <= 2 ? score : null;
  }
  return value >= 1 && value <= 5 ? value - 3 : null;
}

/** The first emoji's score; a low surrogate's own code point is no emoji's, so no pair is split. */
function scoreFromEmoji(text: string): EmotionScore | null {
  for (let index = 0; index < text.length; index += 1) {
    const score = EMOJI_SCORES.get(text.codePointAt(index) ?? 0);
    if (score !== undefined) return score;
  }
  return null;
}

export type EmotionContext = {
  inEmotionsLane: boolean;
  color: NoteColor | null;
  /** The note centre's height in its cell, 0 at the top … 1 at the bottom; only when the lane is drawn as a scale. */
  positionInCell?: number;
};

/** The emotion a note expresses, from the first signal found in the order of DESIGN §1; null when none. */
export function emotionScore(text: string, context: EmotionContext): EmotionScore | null {
  const fromText = scoreFromNumber(text) ?? scoreFromEmoji(text);
  if (fromText !== null) return fromText;
  if (!context.inEmotionsLane) return null;
  const fromColor = context.color === null ? undefined : COLOR_SCORES[context.color];
  if (fromColor !== undefined) return fromColor;
  return context.positionInCell === undefined ? null : scoreAtScaleDepth(context.positionInCell);
}
