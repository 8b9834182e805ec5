import { frameRect, type Rect } from '../geometry/Rect.ts';
import type { PlanText, TextLine } from './BoardPlan.ts';

/** The ink of the app's text on the board, and the muted tone of its secondary text. */
export const INK = '#1a1a2e';
export const MUTED = '#5f6275';

/** A text item of a plan, on the content layer. */
export function planText(
  role: PlanText['role'],
  rect: Rect,
  lines: TextLine[],
  fontSize = 24,
  textAlign: PlanText['style']['textAlign'] = 'left',
  color = INK,
): PlanText {
  return {
    kind: 'text',
    role,
    layer: 'content',
    rect: frameRect(rect),
    lines,
    style: { color, fontSize, textAlign },
  };
}
