import { frameRect } from '../geometry/Rect.ts';
import { scaleRowOf } from '../model/emotion.ts';
import type { MapDraft } from '../model/mapDraft.schema.ts';
import { LANE_KIND_NOTE_COLORS } from '../model/laneKind.ts';
import type { SampleNote } from '../model/template.schema.ts';
import type { PlanNote } from './BoardPlan.ts';
import {
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteHeightForWidth,
  SCALE_NOTE_GAP,
  SCALE_NOTE_WIDTH,
  SCALE_ROW_HEIGHT,
  type GridGeometry,
} from './mapGeometry.ts';

/**
 * Puts each sample into its cell: row-major slots of default notes (3 across, 2 down), or, in
 * an emotions lane, a small note on the row of its score, side by side when scores repeat.
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
    const rect = frameRect(
      onScale
        ? {
            x: column.start + NOTE_GAP + slot * (SCALE_NOTE_WIDTH + SCALE_NOTE_GAP),
            y:
              row.start +
              scaleRowOf(sample.emotion ?? 0) * SCALE_ROW_HEIGHT +
              (SCALE_ROW_HEIGHT - noteHeightForWidth(SCALE_NOTE_WIDTH)) / 2,
            width: SCALE_NOTE_WIDTH,
            height: noteHeightForWidth(SCALE_NOTE_WIDTH),
          }
        : {
            x: column.start + NOTE_GAP + (slot % 3) * (NOTE_WIDTH + NOTE_GAP),
            y: row.start + NOTE_GAP + Math.floor(slot / 3) * (NOTE_HEIGHT + NOTE_GAP),
            width: NOTE_WIDTH,
            height: NOTE_HEIGHT,
          },
    );
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
