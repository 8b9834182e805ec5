import type { JourneyMap } from '../core/model/journey.schema.ts';
import type { ReadbackResult } from './ReadbackResult.ts';

/** DESIGN §3.2's JSON report, fields in its order, indented by two spaces, one final newline. */
export function renderJson(result: ReadbackResult): string {
  const report = { maps: result.maps.map(jsonMap), warnings: result.warnings };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function jsonMap(map: JourneyMap) {
  return {
    id: map.id,
    title: map.title,
    structure: map.structure,
    stages: map.stages.map(({ id, name }) => ({ id, name })),
    lanes: map.lanes.map(({ id, name, kind }) => ({ id, name, kind })),
    notes: map.notes.map((note) => ({
      id: note.id,
      text: note.text,
      stageId: note.stageId,
      laneId: note.laneId,
      emotion: note.emotion,
      color: note.color,
      tags: note.tags,
      author: note.author,
      votes: note.votes,
    })),
    unplaced: map.unplaced.map(({ id, text, reason }) => ({ id, text, reason })),
    persona: map.persona,
  };
}
