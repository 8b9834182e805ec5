/**
 * The benches' big board: 20 default-template maps inserted on the emulator, and 10,000 sticky
 * notes spread over every cell of every map, a few units apart inside each cell.
 */
import { MiroEmulator } from '../src/board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../src/board/miro/MiroBoard.ts';
import { DEFAULT_TEMPLATE_ID, findTemplate } from '../src/core/catalog/catalog.ts';
import { draftFromTemplate } from '../src/core/catalog/draftFromTemplate.ts';
import { frameRect, frameToBoard, rectOfIntervals } from '../src/core/geometry/Rect.ts';
import { layoutMap } from '../src/core/layout/layoutMap.ts';
import { withStickyNotes, type NoteSpec } from '../src/test/withStickyNotes.ts';

export const MAPS = 20;
export const NOTES = 10_000;

const template = findTemplate(DEFAULT_TEMPLATE_ID);
if (!template) throw new Error(`unknown template ${DEFAULT_TEMPLATE_ID}`);
export const plan = layoutMap(template, draftFromTemplate(template));

/** The emulator holding the big board, and its maps' frame ids. */
export async function bigBoard(): Promise<{ emulator: MiroEmulator; frameIds: string[] }> {
  // No latency and no rate limit: the benches measure reading, not inserting.
  const emulator = new MiroEmulator({
    latencyMs: 0,
    limits: { creditsPerMinute: Number.POSITIVE_INFINITY },
  });
  const inserter = new MiroBoard(emulator);
  const frameIds: string[] = [];
  for (let i = 0; i < MAPS; i++) frameIds.push((await inserter.apply(plan)).frameId);
  emulator.replaceState(
    withStickyNotes(emulator.exportState(), notesInCells(emulator, frameIds, NOTES)),
  );
  return { emulator, frameIds };
}

function notesInCells(emulator: MiroEmulator, frameIds: readonly string[], count: number) {
  const frames = new Map(emulator.items().map((item) => [item.id, item]));
  const { columns, rows } = plan.grid;
  const cells = frameIds.flatMap((id) => {
    const frame = frames.get(id);
    if (frame?.type !== 'frame') throw new Error(`no frame ${id}`);
    const left = frame.boardX - frame.width / 2;
    const top = frame.boardY - frame.height / 2;
    return columns.flatMap((column) =>
      rows.map((row) => frameToBoard(frameRect(rectOfIntervals(column, row)), { x: left, y: top })),
    );
  });
  return Array.from({ length: count }, (_, i): NoteSpec => {
    const cell = cells[i % cells.length];
    if (!cell) throw new Error('no cells');
    const k = Math.floor(i / cells.length);
    // a 7 × 7 lattice of centres strictly inside the cell
    return {
      x: cell.x + ((1 + (k % 7)) * cell.width) / 8,
      y: cell.y + ((1 + (Math.floor(k / 7) % 7)) * cell.height) / 8,
      text: `note ${i}`,
      color: 'light_yellow',
    };
  });
}
