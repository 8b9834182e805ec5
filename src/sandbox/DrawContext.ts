import type { StoredTag } from './SandboxEmulator.ts';
import type { TextLayouts } from './TextLayouts.ts';
import type { Measure } from './wrapText.ts';

/** What drawing an item needs besides the item: the canvas is in board units already. */
export type DrawContext = {
  ctx: CanvasRenderingContext2D;
  /** CSS pixels per board unit. */
  scale: number;
  /** Device pixels per CSS pixel (canvas shadows are in device pixels). */
  pixelRatio: number;
  measure: Measure;
  layouts: TextLayouts;
  tags: ReadonlyMap<string, StoredTag>;
};

/** Below this many CSS pixels a font is drawn as grey bars, like Miro's zoomed-out text. */
export const MIN_READABLE_FONT_PX = 3.5;
/** Items smaller than this many CSS pixels on screen are drawn without their text. */
export const MIN_TEXT_ITEM_PX = 14;
