import { ADVISED_MAX_STAGES, ADVISED_MIN_STAGES } from '../model/template.schema.ts';

/** A gentle note when a map has fewer or more stages than most journeys read best with. */
export function stageCountAdvice(count: number): string | null {
  if (count >= ADVISED_MIN_STAGES && count <= ADVISED_MAX_STAGES) return null;
  return `Most journeys read best with ${ADVISED_MIN_STAGES}–${ADVISED_MAX_STAGES} stages.`;
}
