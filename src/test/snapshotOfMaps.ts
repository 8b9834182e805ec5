import { frameRect, frameToBoard, type BoardRect, type Rect } from '../core/geometry/Rect.ts';
import { lineText } from '../core/text/textToHtml.ts';
import type { BoardPlan, PlanItem } from '../core/layout/BoardPlan.ts';
import { gridCell, type Grid } from '../core/model/Grid.ts';
import type { NoteColor } from '../core/model/noteColor.ts';
import type { BoardSnapshot, RawSnapshotItem } from '../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../core/snapshot/buildSnapshot.ts';
import { rawItem as baseRawItem, recordOn } from './snapshotBuilders.ts';

/** A note to put in the cell of a stage and a lane, by their ids. */
export type CellNote = { stageId: string; laneId: string; text?: string; color?: NoteColor };

export type PlacedMap = {
  frameId: string;
  plan: BoardPlan;
  /** The frame's top-left corner on the board. */
  at?: { x: number; y: number };
  notes?: readonly CellNote[];
};

/** Board units, as a default sticky note. */
const NOTE = { width: 199, height: 228 };

/** snapshotBuilders' rawItem with the text among the overrides. */
export function rawItem(
  id: string,
  kind: RawSnapshotItem['kind'],
  rect: Rect,
  overrides: Partial<RawSnapshotItem> = {},
): RawSnapshotItem {
  const { text = '', ...rest } = overrides;
  return baseRawItem(id, kind, rect, text, rest);
}

/** The cell's rectangle on the board for a map whose frame's top-left corner is `at`. */
export function cellRect(
  grid: Grid,
  stageId: string,
  laneId: string,
  at = { x: 0, y: 0 },
): BoardRect {
  const cell = gridCell(
    grid,
    grid.stages.findIndex((stage) => stage.id === stageId),
    grid.lanes.findIndex((lane) => lane.id === laneId),
  );
  if (!cell) throw new Error(`no cell ${stageId} × ${laneId}`);
  return frameToBoard(frameRect(cell), at);
}

/**
 * A board holding the maps as the app inserts them (frame, header items with their records),
 * with notes in their cells — up to six a cell without overlapping — and `extra` items on top.
 */
export function snapshotOfMaps(
  maps: readonly PlacedMap[],
  extra: readonly RawSnapshotItem[] = [],
): BoardSnapshot {
  const items: RawSnapshotItem[] = [];
  for (const { frameId, plan, at = { x: 0, y: 0 }, notes = [] } of maps) {
    items.push(
      rawItem(
        frameId,
        'frame',
        { ...at, width: plan.frame.width, height: plan.frame.height },
        { text: plan.frame.title },
      ),
      ...plan.items.map((item, index) => planItem(`${frameId}-${index}`, item, at, frameId)),
    );
    const perCell = new Map<string, number>();
    notes.forEach((note, index) => {
      const key = `${note.stageId}/${note.laneId}`;
      const slot = perCell.get(key) ?? 0;
      perCell.set(key, slot + 1);
      const cell = cellRect(plan.grid, note.stageId, note.laneId, at);
      // centres 120, 320, 520 across and 130, 380 down from the cell's corner
      const cx = cell.x + 120 + (slot % 3) * 200;
      const cy = cell.y + 130 + (Math.floor(slot / 3) % 2) * 250;
      const rect = { x: cx - NOTE.width / 2, y: cy - NOTE.height / 2, ...NOTE };
      items.push(
        rawItem(`${frameId}-note-${index}`, 'sticky', rect, {
          text: note.text ?? '',
          color: note.color ?? 'light_yellow',
          parentId: frameId,
        }),
      );
    });
  }
  return buildSnapshot([...items, ...extra]);
}

function planItem(
  id: string,
  item: PlanItem,
  at: { x: number; y: number },
  frameId: string,
): RawSnapshotItem {
  const rect = frameToBoard(item.rect, at);
  const common = { parentId: frameId, record: recordOn(item, frameId) };
  switch (item.kind) {
    case 'shape':
      return rawItem(id, 'shape', rect, {
        ...common,
        text: item.lines.map(lineText).join('\n'),
        fill: item.style.fillColor,
        fontSize: item.style.fontSize,
      });
    case 'text':
      return rawItem(id, 'text', rect, {
        ...common,
        text: item.lines.map(lineText).join('\n'),
        fontSize: item.style.fontSize,
      });
    case 'note':
      return rawItem(id, 'sticky', rect, { ...common, text: item.text, color: item.color });
  }
}

/**
 * A frame "Ideas" with two lane labels and no grid: it looks like a map but cannot be read as
 * one, so readback warns about it.
 */
export function frameWithLabelsAndNoGrid(): BoardSnapshot {
  return snapshotOfMaps(
    [],
    [
      rawItem('f9', 'frame', { x: 0, y: 0, width: 2000, height: 2000 }, { text: 'Ideas' }),
      rawItem(
        't1',
        'text',
        { x: 100, y: 100, width: 300, height: 50 },
        { text: 'Pain points', parentId: 'f9' },
      ),
      rawItem(
        't2',
        'text',
        { x: 1200, y: 1500, width: 300, height: 50 },
        { text: 'Emotions', parentId: 'f9' },
      ),
    ],
  );
}
