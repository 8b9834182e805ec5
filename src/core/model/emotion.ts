import * as z from 'zod/mini';

/** −2 very negative … 0 neutral … +2 very positive. */
export const EmotionScore = z.int().check(z.gte(-2), z.lte(2));
export type EmotionScore = z.infer<typeof EmotionScore>;

export const EMOTION_SCORES = [2, 1, 0, -1, -2] as const satisfies readonly EmotionScore[];

export function formatEmotion(score: EmotionScore): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}
