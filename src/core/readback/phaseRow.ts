import type { Box } from './labelItems.ts';
import { clusterBands } from './clusterBands.ts';
import { labelName } from './labelItems.ts';

/** The stages each box spans: the indices of the stage labels whose centre is across it. */
function spannedStages(box: Box, stages: readonly Box[]): number[] {
  return stages.flatMap((stage, index) =>
    stage.cx >= box.left && stage.cx <= box.right ? [index] : [],
  );
}

export type PhaseRow = { phases: Box[]; phaseOfStage: (string | undefined)[] };

/**
 * A row of phases over the row of stages (R24): the band of labels nearest above the stages (its
 * bottom within two stage-label heights of them) in
 * which at least two labels each span one or more stage labels' centres, one spans two or more,
 * and no stage lies under two of them. Each stage keeps the name of the phase above it; a stage
 * under none has no phase. Null when there is no such row.
 */
export function phaseRow(
  candidates: readonly Box[],
  stages: readonly Box[],
  typeOf: (box: Box) => string,
): PhaseRow | null {
  const stageTop = Math.min(...stages.map((box) => box.top));
  const reach = 2 * Math.max(...stages.map((box) => box.bottom - box.top));
  const stageIds = new Set(stages.map((box) => box.item.id));
  const above = candidates.filter(
    (box) =>
      !stageIds.has(box.item.id) &&
      box.bottom <= stageTop + 8 &&
      box.bottom >= stageTop - reach &&
      box.cy < stageTop,
  );
  const rows = clusterBands(above, 'y', typeOf).sort(
    (a, b) => Math.max(...b.map((box) => box.bottom)) - Math.max(...a.map((box) => box.bottom)),
  );
  for (const row of rows) {
    const spanning = row
      .map((box) => ({ box, spans: spannedStages(box, stages) }))
      .filter(({ spans }) => spans.length > 0);
    if (spanning.length < 2 || !spanning.some(({ spans }) => spans.length >= 2)) continue;
    const phaseOfStage: (string | undefined)[] = stages.map(() => undefined);
    let overlapping = false;
    for (const { box, spans } of spanning)
      for (const index of spans) {
        if (phaseOfStage[index] !== undefined) overlapping = true;
        phaseOfStage[index] = labelName(box.item.text);
      }
    if (!overlapping) return { phases: spanning.map(({ box }) => box), phaseOfStage };
  }
  return null;
}
