import { boardRect, type BoardRect } from '../core/geometry/Rect.ts';
import { gridOfArea } from '../core/model/gridArea.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import { buildAgenda, focusArea, type AgendaStep } from '../core/workshop/agenda.ts';

/** A step of the workshop with the board rectangle to show for it (null when it has no cells). */
export type GuideStep = AgendaStep & { area: BoardRect | null };

/**
 * The map's agenda, each step with where its focus is on the board: the same grid the cells'
 * rectangles come from (app/mapAreas.ts), so a lane step shows exactly that lane's cells.
 */
export function workshopGuide(map: JourneyMap): GuideStep[] {
  const grid = gridOfArea(map.grid);
  return buildAgenda(map).map((step) => {
    const area = focusArea(grid, step.focus);
    return { ...step, area: area && area.width > 0 && area.height > 0 ? boardRect(area) : null };
  });
}
