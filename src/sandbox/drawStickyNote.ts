import type { StoredStickyNote } from './SandboxEmulator.ts';
import type { Rect } from '../core/geometry/Rect.ts';
import { DEFAULT_NOTE_SIZE } from '../core/model/noteSize.ts';
import type { DrawContext } from './DrawContext.ts';
import { MIN_TEXT_ITEM_PX } from './DrawContext.ts';
import { textColorOn } from '../core/model/noteInk.ts';
import { noteFill } from './noteColors.ts';
import { htmlToLines } from '../core/text/htmlToLines.ts';
import { drawTag } from './drawTag.ts';
import { drawTextBlock } from './textBlock.ts';
import { fitText } from './wrapText.ts';

/** The paper of a 199 × 228 note is 199 × 199: the rest of its height is the shadow. */
export const PAPER_RATIO = DEFAULT_NOTE_SIZE.width / DEFAULT_NOTE_SIZE.height;
const LINE_HEIGHT = 1.3;
/** Auto-sized font sizes for a note of the default width, largest first. */
const FONT_SIZES = [40, 36, 32, 28, 24, 21, 18, 16, 14, 12, 10, 9, 8, 7, 6, 5, 4];

export function paperRect(rect: Rect): Rect {
  return { ...rect, height: rect.height * PAPER_RATIO };
}

export function drawStickyNote(dc: DrawContext, note: StoredStickyNote, rect: Rect): void {
  const { ctx } = dc;
  const paper = paperRect(rect);
  const fill = noteFill(note.style.fillColor);
  const onScreen = paper.width * dc.scale;
  if (onScreen > 24) {
    ctx.save();
    ctx.shadowColor = 'rgba(0, 0, 0, 0.16)';
    ctx.shadowBlur = paper.width * 0.05 * dc.scale * dc.pixelRatio;
    ctx.shadowOffsetY = paper.width * 0.025 * dc.scale * dc.pixelRatio;
    ctx.fillStyle = fill;
    ctx.fillRect(paper.x, paper.y, paper.width, paper.height);
    ctx.restore();
  } else {
    ctx.fillStyle = fill;
    ctx.fillRect(paper.x, paper.y, paper.width, paper.height);
  }
  if (onScreen < MIN_TEXT_ITEM_PX) return;

  const unit = paper.width / DEFAULT_NOTE_SIZE.width;
  const padding = 14 * unit;
  const hasTags = note.tagIds.length > 0;
  const tagBand = hasTags ? 30 * unit : 0;
  const box = {
    x: paper.x + padding,
    y: paper.y + padding,
    width: paper.width - 2 * padding,
    height: paper.height - 2 * padding - tagBand,
  };
  if (note.content !== '') {
    const sizes = FONT_SIZES.map(
      (size) => size * Math.min(unit, paper.height / DEFAULT_NOTE_SIZE.width),
    );
    const layout = dc.layouts.get(note.id, `${note.content}|${box.width}|${box.height}`, () =>
      fitText(htmlToLines(note.content), box, sizes, LINE_HEIGHT, dc.measure),
    );
    ctx.save();
    ctx.beginPath();
    ctx.rect(paper.x, paper.y, paper.width, paper.height - tagBand);
    ctx.clip();
    drawTextBlock(dc, layout, box, {
      color: textColorOn(fill),
      align: note.style.textAlign ?? 'center',
      vertical: note.style.textAlignVertical ?? 'middle',
      lineHeight: LINE_HEIGHT,
    });
    ctx.restore();
  }
  if (hasTags) {
    let x = paper.x + padding;
    const y = paper.y + paper.height - padding - 20 * unit;
    for (const tagId of note.tagIds.slice(0, 3)) {
      const tag = dc.tags.get(tagId);
      if (!tag) continue;
      x += drawTag(dc, tag, { x, y }, 20 * unit, paper.x + paper.width - padding - x) + 4 * unit;
    }
  }
}
