import type { JourneyMap } from '../model/journey.schema.ts';
import type { RankedPainPoint } from './Report.ts';
import { normaliseText } from './normaliseText.ts';
import { severityOf } from './severityOf.ts';

/**
 * Every pain point of a map (notes in lanes of kind 'painPoints'), grouped per stage by normalised
 * text, in ranking order: votes desc, mentions desc, severity desc, stage order, then text. A
 * group's text is that of its first note.
 */
export function groupPainPoints(map: JourneyMap): RankedPainPoint[] {
  const painLanes = new Set(map.lanes.filter((l) => l.kind === 'painPoints').map((l) => l.id));
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const groups = new Map<string, RankedPainPoint & { stageIndex: number }>();
  for (const note of map.notes) {
    const index = stageIndex.get(note.stageId);
    const stage = index === undefined ? undefined : map.stages[index];
    if (!painLanes.has(note.laneId) || index === undefined || !stage) continue;
    const key = `${note.stageId}\u0000${normaliseText(note.text)}`;
    const group = groups.get(key);
    if (group) {
      group.noteIds.push(note.id);
      group.votes += note.votes;
      group.mentions += 1;
      group.severity = Math.max(group.severity, severityOf(note.tags));
    } else {
      groups.set(key, {
        stageId: stage.id,
        stageName: stage.name,
        text: note.text.trim(),
        noteIds: [note.id],
        votes: note.votes,
        mentions: 1,
        severity: severityOf(note.tags),
        stageIndex: index,
      });
    }
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        b.mentions - a.mentions ||
        b.severity - a.severity ||
        a.stageIndex - b.stageIndex ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    )
    .map(({ stageIndex: _stageIndex, ...painPoint }) => painPoint);
}
