import { formatEmotion, type EmotionScore } from '../model/emotion.ts';

/** An emotion note's text with its chosen score first, where readback reads a score (E1). */
export function scoredNoteText(text: string, score: EmotionScore): string {
  const said = text.trim();
  return said === '' ? formatEmotion(score) : `${formatEmotion(score)} ${said}`;
}
