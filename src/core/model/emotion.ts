import * as z from 'zod/mini';

/** −2 very negative … 0 neutral … +2 very positive. */
export const EmotionScore = z.int().check(z.gte(-2), z.lte(2));
export type EmotionScore = z.infer<typeof EmotionScore>;

export const EMOTION_SCORES = [2, 1, 0, -1, -2] as const satisfies readonly EmotionScore[];

/** The row of the scale a score is drawn in: +2 is row 0, at the top, −2 the last row. */
export function scaleRowOf(score: EmotionScore): number {
  return 2 - score;
}

/**
 * The score of the row at `depth` of a lane drawn as a scale, one row a score: 0 is the lane's
 * top, 1 its bottom; depths beyond either edge belong to the row at that edge.
 */
export function scoreAtScaleDepth(depth: number): EmotionScore {
  const rows = EMOTION_SCORES.length;
  return EMOTION_SCORES[Math.min(rows - 1, Math.max(0, Math.floor(depth * rows)))] ?? 0;
}

/** How far down the scale, drawn from +2 at the top to −2 at the bottom, a score or mean sits: 0 to 1. */
export function scaleDepth(score: number): number {
  return (2 - score) / 4;
}

/** "+2", "+1", "0", "−1", "−2", with a minus sign (U+2212). */
export function formatEmotion(score: EmotionScore): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}
