import { boardRect, frameToBoard, type Rect } from '../core/geometry/Rect.ts';
import { lineText } from '../core/text/textToHtml.ts';
import type { BoardPlan, PlanItem } from '../core/layout/BoardPlan.ts';
import type { MapRecord } from '../core/model/mapRecord.schema.ts';
import type { NoteColor } from '../core/model/noteColor.ts';
import type { RawSnapshotItem } from '../core/snapshot/BoardSnapshot.ts';

type Extra = Partial<Omit<RawSnapshotItem, 'id' | 'kind' | 'rect' | 'text'>>;

export function rawItem(
  id: string,
  kind: RawSnapshotItem['kind'],
  rect: Rect,
  text = '',
  extra: Extra = {},
): RawSnapshotItem {
  return {
    id,
    kind,
    rect: boardRect(rect),
    text,
    color: null,
    fill: null,
    fontSize: null,
    tags: [],
    author: null,
    createdAt: null,
    modifiedAt: null,
    parentId: null,
    record: null,
    votes: 0,
    ...extra,
  };
}

export function frame(id: string, rect: Rect, title = ''): RawSnapshotItem {
  return rawItem(id, 'frame', rect, title);
}

/** A default-size sticky (199 × 228) whose centre is at (cx, cy). */
export function sticky(
  id: string,
  center: { cx: number; cy: number },
  text: string,
  extra: Extra & { color?: NoteColor; width?: number; height?: number } = {},
): RawSnapshotItem {
  const { width = 199, height = 228, color = 'light_yellow', ...rest } = extra;
  return rawItem(
    id,
    'sticky',
    { x: center.cx - width / 2, y: center.cy - height / 2, width, height },
    text,
    { color, ...rest },
  );
}

export function card(id: string, rect: Rect, text: string, extra: Extra = {}): RawSnapshotItem {
  return rawItem(id, 'card', rect, text, extra);
}

export function shapeLabel(
  id: string,
  rect: Rect,
  text: string,
  extra: Extra = {},
): RawSnapshotItem {
  return rawItem(id, 'shape', rect, text, { fill: '#ffffff', fontSize: 24, ...extra });
}

export function textItem(id: string, rect: Rect, text: string, extra: Extra = {}): RawSnapshotItem {
  return rawItem(id, 'text', rect, text, { fontSize: 24, ...extra });
}

/** The record the app writes on the item of a map drawn in frame `frameId`. */
export function recordOn(item: PlanItem, frameId: string): MapRecord | null {
  return item.record ? { ...item.record, map: `map-${frameId}` } : null;
}

/**
 * The items a plan becomes on a board: its frame at `offset`, shapes, texts and sample stickies
 * attached to the frame, in plan order. Ids: the frame id, then `${frameId}-${index}`.
 */
export function planToRawItems(
  plan: BoardPlan,
  frameId: string,
  offset: { x: number; y: number },
): RawSnapshotItem[] {
  const items = plan.items.map((item, index): RawSnapshotItem => {
    const rect = frameToBoard(item.rect, offset);
    const extra: Extra = { parentId: frameId, record: recordOn(item, frameId) };
    const id = `${frameId}-${index}`;
    if (item.kind === 'note')
      return rawItem(id, 'sticky', rect, item.text, { ...extra, color: item.color });
    const text = item.lines.map(lineText).join('\n');
    if (item.kind === 'text')
      return rawItem(id, 'text', rect, text, { ...extra, fontSize: item.style.fontSize });
    return rawItem(id, 'shape', rect, text, {
      ...extra,
      fill: item.style.fillColor,
      fontSize: item.style.fontSize,
    });
  });
  return [
    frame(
      frameId,
      { x: offset.x, y: offset.y, width: plan.frame.width, height: plan.frame.height },
      plan.frame.title,
    ),
    ...items,
  ];
}

export type HandGrid = {
  frameId: string;
  /** Frame top-left on the board. */
  at: { x: number; y: number };
  stages: readonly string[];
  lanes: readonly string[];
  /** Column widths, one per stage (default 600 each). */
  widths?: readonly number[];
  /** Row heights, one per lane (default 400 each). */
  heights?: readonly number[];
  labels?: 'shape' | 'text' | 'sticky';
};

/**
 * A hand-made map: a frame with a title text, stage labels across the top from (400, 200) and lane
 * labels down the left from (40, 300), all frame-local. A stage label spans its column less 20 on
 * each side and is 80 high; a lane label is 300 wide and spans its row less 20 above and below. The
 * frame ends 100 right of the last column and 100 below the last row. Label ids: `${frameId}-s1…`,
 * `${frameId}-l1…`.
 */
export function handGrid(grid: HandGrid): RawSnapshotItem[] {
  const { frameId, at, stages, lanes, labels = 'shape' } = grid;
  const widths = grid.widths ?? stages.map(() => 600);
  const heights = grid.heights ?? lanes.map(() => 400);
  const label = (id: string, rect: Rect, text: string): RawSnapshotItem =>
    labels === 'shape'
      ? shapeLabel(id, rect, text, { parentId: frameId })
      : labels === 'text'
        ? textItem(id, rect, text, { parentId: frameId })
        : rawItem(id, 'sticky', rect, text, { parentId: frameId, color: 'orange' });
  const items: RawSnapshotItem[] = [];
  let x = at.x + 400;
  stages.forEach((name, index) => {
    const width = widths[index] ?? 600;
    items.push(
      label(
        `${frameId}-s${index + 1}`,
        { x: x + 20, y: at.y + 200, width: width - 40, height: 80 },
        name,
      ),
    );
    x += width;
  });
  let y = at.y + 300;
  lanes.forEach((name, index) => {
    const height = heights[index] ?? 400;
    items.push(
      label(
        `${frameId}-l${index + 1}`,
        { x: at.x + 40, y: y + 20, width: 300, height: height - 40 },
        name,
      ),
    );
    y += height;
  });
  return [
    frame(frameId, { x: at.x, y: at.y, width: x - at.x + 100, height: y - at.y + 100 }, ''),
    textItem(
      `${frameId}-title`,
      { x: at.x + 40, y: at.y + 40, width: 1200, height: 100 },
      'Journey',
      {
        parentId: frameId,
        fontSize: 64,
      },
    ),
    ...items,
  ];
}

/** A hand-made map drawn on the open canvas: `handGrid`'s title and labels, with no frame. */
export function canvasGrid(grid: Omit<HandGrid, 'frameId'> & { id: string }): RawSnapshotItem[] {
  return handGrid({ ...grid, frameId: grid.id })
    .filter((item) => item.kind !== 'frame')
    .map((item) => ({ ...item, parentId: null }));
}
