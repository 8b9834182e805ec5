import { EMOTION_SCORES, formatEmotion, type EmotionScore } from './emotion.ts';

/** The mark the app draws beside an emotions lane for a score: "+2", "+1", "0", "−1", "−2". */
export function scaleMarkText(score: EmotionScore): string {
  return formatEmotion(score);
}

/** A scale mark's text, as the app writes it or with a hyphen typed for the minus sign. */
export function isScaleMarkText(text: string): boolean {
  const mark = text.trim().replace(/^-/, '−');
  return EMOTION_SCORES.some((score) => scaleMarkText(score) === mark);
}
