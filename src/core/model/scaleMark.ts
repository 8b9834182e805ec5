import { EMOTION_SCORES, formatEmotion, type EmotionScore } from './emotion.ts';

/** The face the app draws beside each score, +2 first (DESIGN §1's first emoji of each score). */
const FACES = ['😀', '🙂', '😐', '🙁', '😡'] as const;

/** The mark the app draws beside an emotions lane for a score: "😀 +2", "🙂 +1", "😐 0", "🙁 −1", "😡 −2". */
export function scaleMarkText(score: EmotionScore): string {
  return `${FACES[2 - score] ?? ''} ${formatEmotion(score)}`;
}

/**
 * A scale mark's text: as the app writes it now or wrote it before faces ("+2" … "−2"), with a
 * hyphen typed for the minus sign, the face and the number of the same score.
 */
export function isScaleMarkText(text: string): boolean {
  const mark = text.trim().replace(/(^|\s)-(?=\d)/, '$1−');
  return EMOTION_SCORES.some(
    (score) => mark === formatEmotion(score) || mark === scaleMarkText(score),
  );
}
