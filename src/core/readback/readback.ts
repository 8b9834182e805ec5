import { emptyNotesWarning } from '../model/emptyNote.ts';
import { gridArea } from '../model/gridArea.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import type { BoardSnapshot, SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { inferMapGrid } from './inferMapGrid.ts';
import { labelName } from './labelItems.ts';
import type { MapGrid } from './MapGrid.ts';
import { placeNotes } from './placeNotes.ts';
import { readPersona } from './readPersona.ts';
import { recordedGrid } from './recordedGrid.ts';

export type ReadbackResult = { maps: JourneyMap[]; warnings: string[] };

function titleOf(frame: SnapshotItem, items: readonly SnapshotItem[]): string {
  const fromFrame = labelName(frame.text);
  if (fromFrame !== '') return fromFrame;
  const titleItem = items.find((item) => item.record?.role === 'title');
  return titleItem ? labelName(titleItem.text) : '';
}

/**
 * Reads every frame that holds a journey grid as a map: from the records on the map's own items
 * when the app inserted it, else with a grid inferred from its labels. Maps come in frame order, top to bottom, then left to
 * right. Time is linear in the number of items, apart from sorting and label inference.
 */
export function readback(snapshot: BoardSnapshot): ReadbackResult {
  const frames: SnapshotItem[] = [];
  const byFrame = new Map<string, SnapshotItem[]>();
  for (const item of snapshot.items) {
    if (item.kind === 'frame') frames.push(item);
    else if (item.frameId !== null) {
      const group = byFrame.get(item.frameId);
      if (group) group.push(item);
      else byFrame.set(item.frameId, [item]);
    }
  }
  frames.sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x || (a.id < b.id ? -1 : 1));

  const maps: JourneyMap[] = [];
  const warnings: string[] = [];
  for (const frame of frames) {
    const items = byFrame.get(frame.id) ?? [];
    const title = titleOf(frame, items);
    let grid: MapGrid | null = recordedGrid(frame, items);
    if (!grid) {
      const inferred = inferMapGrid(frame.rect, items);
      if (!inferred.grid) {
        if (inferred.looksLikeMap)
          warnings.push(
            `Frame "${title || frame.id}" has labels like a journey map but no row of stage labels ` +
              'across the top with a column of lane labels down the left; it was not read as a map.',
          );
        continue;
      }
      grid = inferred.grid;
    }
    const { notes, unplaced, emptyCount } = placeNotes(grid, items);
    if (emptyCount > 0) warnings.push(emptyNotesWarning(title || frame.id, emptyCount));
    maps.push({
      id: frame.id,
      title,
      structure: grid.structure,
      stages: grid.stages,
      lanes: grid.lanes,
      persona: readPersona(items),
      notes,
      unplaced,
      grid: gridArea(grid),
      modifiedAt: latestModification([frame, ...items]),
    });
  }
  return { maps, warnings };
}

/** ISO timestamps compare as strings; null when no item says when it changed. */
function latestModification(items: readonly SnapshotItem[]): string | null {
  let latest: string | null = null;
  for (const { modifiedAt } of items)
    if (modifiedAt && (!latest || modifiedAt > latest)) latest = modifiedAt;
  return latest;
}
