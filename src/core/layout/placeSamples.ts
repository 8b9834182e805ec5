import { frameRect, rectOfIntervals } from '../geometry/Rect.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import { LANE_KIND_NOTE_COLORS } from '../model/laneKind.ts';
import type { SampleNote } from '../model/template.schema.ts';
import type { PlanNote } from './BoardPlan.ts';
import type { GridGeometry } from './mapGeometry.ts';
import { cellSlots, scaleRowSlots, slotRect } from './noteSlots.ts';

/**
 * Puts each sample into its cell's next slot (`noteSlots.ts`): default notes row-major, or, in an
 * emotions lane, a small note on the row of its score, side by side when scores repeat.
 * Samples whose stage or lane the user removed are left out.
 */
export function placeSamples(
  samples: readonly SampleNote[],
  draft: MapDraft,
  grid: GridGeometry,
): PlanNote[] {
  const stageIndex = new Map(draft.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(draft.lanes.map((lane, index) => [lane.id, index]));
  const used = new Map<string, number>();
  const notes: PlanNote[] = [];
  for (const sample of samples) {
    const s = stageIndex.get(sample.stage);
    const l = laneIndex.get(sample.lane);
    if (s === undefined || l === undefined) continue;
    const lane = draft.lanes[l];
    const column = grid.columns[s];
    const row = grid.rows[l];
    if (!lane || column === undefined || !row) continue;
    const onScale = lane.kind === 'emotions' && sample.emotion !== undefined;
    const slotKey = onScale ? `${s}/${l}/${sample.emotion}` : `${s}/${l}`;
    const slot = used.get(slotKey) ?? 0;
    used.set(slotKey, slot + 1);
    const cell = rectOfIntervals(column, row);
    const slots = onScale ? scaleRowSlots(cell, sample.emotion ?? 0) : cellSlots(cell);
    const rect = frameRect(slotRect(slots, slot));
    notes.push({
      kind: 'note',
      role: 'sample',
      layer: 'content',
      rect,
      text: sample.text,
      color: sample.color ?? LANE_KIND_NOTE_COLORS[lane.kind],
      stageId: sample.stage,
      laneId: sample.lane,
    });
  }
  return notes;
}
