import type { Lane, Stage } from '../model/journey.schema.ts';
import type { MapRecord } from '../model/mapRecord.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { gridFromLabels } from './gridFromLabels.ts';
import { boxOf, canBeLabel, isDividerLabel, labelParts, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';
import type { MapGrid } from './MapGrid.ts';
import { textsOnShapes } from './textsOnLabels.ts';

type StageRecord = Extract<MapRecord, { role: 'stage' }>;
type LaneRecord = Extract<MapRecord, { role: 'lane' }>;
type Recorded<R> = { box: Box; record: R };

/** The map key most of the frame's records share; the title's wins a tie. */
function mapKeyOf(items: readonly SnapshotItem[]): string | null {
  const counts = new Map<string, number>();
  let titleKey: string | null = null;
  for (const { record } of items) {
    if (!record) continue;
    counts.set(record.map, (counts.get(record.map) ?? 0) + 1);
    if (record.role === 'title') titleKey ??= record.map;
  }
  let best: string | null = null;
  for (const [key, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && key === titleKey)) best = key;
  }
  return best;
}

/** Ids `${prefix}-N` from `first` on, skipping those in `taken` (which it extends). */
function freshId(prefix: string, taken: Set<string>, first: number): string {
  let n = first;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  const id = `${prefix}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The grid of a map the app inserted, from the records on its own items (R6–R8): each stage
 * header and lane label says which stage or lane it is, and the cells follow from where those
 * items are now (`gridFromLabels`), so moved, resized, renamed, added and deleted headers show.
 * Shapes and texts added by hand in the row of headers, right of the lane labels, are new stages;
 * below the headers in the column of lane labels, new lanes; a text lying on a shape (a lane's
 * prompt on its label box, R39) is neither. Null when the frame holds no stage
 * header or no lane label with a record: the map is then inferred.
 */
export function recordedGrid(frame: SnapshotItem, items: readonly SnapshotItem[]): MapGrid | null {
  const key = mapKeyOf(items);
  if (key === null) return null;
  const stageItems: Recorded<StageRecord>[] = [];
  const laneItems: Recorded<LaneRecord>[] = [];
  const ownIds = new Set<string>();
  for (const item of items) {
    const { record } = item;
    if (record?.map !== key) continue;
    ownIds.add(item.id);
    if (record.role === 'stage') stageItems.push({ box: boxOf(item), record });
    else if (record.role === 'lane') laneItems.push({ box: boxOf(item), record });
  }
  if (stageItems.length === 0 || laneItems.length === 0) return null;

  const laneRight = Math.max(...laneItems.map(({ box }) => box.right));
  const firstStageLeft = Math.min(...stageItems.map(({ box }) => box.left));
  const rowTop = Math.min(...stageItems.map(({ box }) => box.top));
  const rowBottom = Math.max(...stageItems.map(({ box }) => box.bottom));
  const frameLeft = frame.rect.x;
  const addedStages: Box[] = [];
  const addedLanes: Box[] = [];
  const onShapes = textsOnShapes(items);
  for (const item of items) {
    if (ownIds.has(item.id) || item.kind === 'sticky' || !canBeLabel(item)) continue;
    if (onShapes.has(item.id)) continue;
    const box = boxOf(item);
    if (box.cy >= rowTop && box.cy <= rowBottom && box.cx > laneRight) addedStages.push(box);
    else if (box.cx >= frameLeft && box.cx < firstStageLeft && box.cy > rowBottom)
      addedLanes.push(box);
  }

  const stageColumns = [
    ...stageItems,
    ...addedStages.map((box): Recorded<StageRecord | null> => ({ box, record: null })),
  ].sort((a, b) => a.box.cx - b.box.cx || (a.record?.order ?? 0) - (b.record?.order ?? 0));
  const laneRows = [
    ...laneItems,
    ...addedLanes.map((box): Recorded<LaneRecord | null> => ({ box, record: null })),
  ].sort((a, b) => a.box.cy - b.box.cy || (a.record?.order ?? 0) - (b.record?.order ?? 0));

  // A copied header keeps its record: the first (leftmost, topmost) keeps the id, copies get fresh ones.
  const stageIds = new Set(stageItems.map(({ record }) => record.id));
  const laneIds = new Set(laneItems.map(({ record }) => record.id));
  const distinctStages = stageIds.size;
  const distinctLanes = laneIds.size;
  const usedStages = new Set<string>();
  const usedLanes = new Set<string>();
  const stages = stageColumns.map(({ box, record }, index): Stage => {
    const id =
      record && !usedStages.has(record.id)
        ? record.id
        : freshId('stage', stageIds, distinctStages + 1);
    usedStages.add(id);
    return { id, name: labelParts(box.item.text).name || `Stage ${index + 1}` };
  });
  const lanes = laneRows.map(({ box, record }, index): Lane => {
    const parts = labelParts(box.item.text);
    const name = parts.name || `Lane ${index + 1}`;
    const id =
      record && !usedLanes.has(record.id) ? record.id : freshId('lane', laneIds, distinctLanes + 1);
    usedLanes.add(id);
    return { id, ...parts, name, kind: record?.kind ?? laneKindOf(name) };
  });

  const dividers = items.filter(isDividerLabel);
  const { columns, rows } = gridFromLabels(
    stageColumns.map(({ box }) => box),
    laneRows.map(({ box }) => box),
    dividers.map((item) => boxOf(item).cy),
  );
  return {
    structure: 'app',
    stages,
    lanes,
    columns,
    rows,
    labelIds: new Set([
      ...ownIds,
      ...addedStages.map((box) => box.item.id),
      ...addedLanes.map((box) => box.item.id),
      ...dividers.map((item) => item.id),
    ]),
    scaleLaneIds: new Set(
      lanes
        .filter((lane, index) => lane.kind === 'emotions' && laneRows[index]?.record)
        .map((lane) => lane.id),
    ),
  };
}
