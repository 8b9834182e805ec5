import * as z from 'zod/mini';

/** −2 very negative … 0 neutral … +2 very positive. */
export const EmotionScore = z.int().check(z.gte(-2), z.lte(2));
export type EmotionScore = z.infer<typeof EmotionScore>;

export const EMOTION_SCORES = [2, 1, 0, -1, -2] as const satisfies readonly EmotionScore[];

/** How far down the scale, drawn from +2 at the top to −2 at the bottom, a score or mean sits: 0 to 1. */
export function scaleDepth(score: number): number {
  return (2 - score) / 4;
}

/** "+2", "+1", "0", "−1", "−2", with a minus sign (U+2212). */
export function formatEmotion(score: EmotionScore): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}
