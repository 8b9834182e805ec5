import { emptyNotesWarning } from '../model/emptyNote.ts';
import { gridArea } from '../model/gridArea.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import type { Point } from '../geometry/Rect.ts';
import type { BoardSnapshot, SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { canvasGrids } from './canvasGrids.ts';
import { inferMapGrid } from './inferMapGrid.ts';
import { labelName } from './labelItems.ts';
import type { MapGrid } from './MapGrid.ts';
import { placeNotes } from './placeNotes.ts';
import { readPersona } from './readPersona.ts';
import { FONT } from '../layout/mapGeometry.ts';
import { recordedGrid } from './recordedGrid.ts';
import { withTextsOnLabels } from './textsOnLabels.ts';

export type ReadbackResult = { maps: JourneyMap[]; warnings: string[] };

function titleOf(frame: SnapshotItem, items: readonly SnapshotItem[]): string {
  const fromFrame = labelName(frame.text);
  if (fromFrame !== '') return fromFrame;
  const titleItem =
    items.find((item) => item.record?.role === 'title') ??
    items.find(
      (item) => item.kind === 'text' && item.fontSize !== null && item.fontSize >= FONT.title,
    );
  return titleItem ? labelName(titleItem.text) : '';
}

/** What a map is read from: its grid, the items that hold its persona, and its notes. */
type MapSource = {
  id: string;
  title: string;
  grid: MapGrid;
  /** Where the map starts on the board (its frame's or its grid's top-left), to order maps by. */
  at: Point;
  items: readonly SnapshotItem[];
  noteItems: readonly SnapshotItem[];
  /** Everything whose change changes the map. */
  parts: readonly SnapshotItem[];
};

function mapOf(source: MapSource, warnings: string[]): JourneyMap {
  const { id, title, grid, items, noteItems, parts } = source;
  const { notes, unplaced, emptyCount } = placeNotes(grid, noteItems);
  if (emptyCount > 0) warnings.push(emptyNotesWarning(title || id, emptyCount));
  return {
    id,
    title,
    structure: grid.structure,
    stages: grid.stages,
    lanes: grid.lanes,
    persona: readPersona(items),
    notes,
    unplaced,
    grid: gridArea(grid),
    modifiedAt: latestModification(parts),
  };
}

/** The frame's map, or null with a warning when it looks like one but yields no grid. */
function frameSource(
  frame: SnapshotItem,
  items: readonly SnapshotItem[],
  warnings: string[],
): MapSource | null {
  const title = titleOf(frame, items);
  let grid: MapGrid | null = recordedGrid(frame, items);
  if (!grid) {
    const inferred = inferMapGrid(frame.rect, withTextsOnLabels(items));
    if (!inferred.grid) {
      if (inferred.looksLikeMap)
        warnings.push(
          `Frame "${title || frame.id}" has labels like a journey map but no row of stage labels ` +
            'across the top with a column of lane labels down the left; it was not read as a ' +
            `map: ${inferred.reason}.`,
        );
      return null;
    }
    grid = inferred.grid;
  }
  const at = { x: frame.rect.x, y: frame.rect.y };
  return { id: frame.id, title, grid, at, items, noteItems: items, parts: [frame, ...items] };
}

/**
 * Reads every frame that holds a journey grid as a map: from the records on the map's own items
 * when the app inserted it, else with a grid inferred from its labels; and every grid of labels
 * drawn on the open canvas (R33). Maps come top to bottom, then left to right. Time is linear in
 * the number of items, apart from sorting and label inference.
 */
export function readback(snapshot: BoardSnapshot): ReadbackResult {
  const frames: SnapshotItem[] = [];
  const canvas: SnapshotItem[] = [];
  const byFrame = new Map<string, SnapshotItem[]>();
  for (const item of snapshot.items) {
    if (item.kind === 'frame') frames.push(item);
    else if (item.frameId === null) canvas.push(item);
    else {
      const group = byFrame.get(item.frameId);
      if (group) group.push(item);
      else byFrame.set(item.frameId, [item]);
    }
  }

  const warnings: string[] = [];
  const sources = frames.flatMap((frame) => {
    const source = frameSource(frame, byFrame.get(frame.id) ?? [], warnings);
    return source ? [source] : [];
  });
  for (const map of canvasGrids(canvas)) {
    const labels = map.drawn.filter((item) => map.grid.labelIds.has(item.id));
    sources.push({
      id: map.id,
      title: map.title,
      grid: map.grid,
      at: { x: map.extent.x, y: map.extent.y },
      items: map.drawn,
      noteItems: map.notes,
      parts: [...labels, ...map.notes],
    });
  }
  sources.sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x || (a.id < b.id ? -1 : 1));
  return { maps: sources.map((source) => mapOf(source, warnings)), warnings };
}

/** ISO timestamps compare as strings; null when no item says when it changed. */
function latestModification(items: readonly SnapshotItem[]): string | null {
  let latest: string | null = null;
  for (const { modifiedAt } of items)
    if (modifiedAt && (!latest || modifiedAt > latest)) latest = modifiedAt;
  return latest;
}
