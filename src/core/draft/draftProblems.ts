import type { MapDraft } from '../model/mapDraft.schema.ts';

const MAX_NAME = 120;

function nameProblem(what: string, name: string, noun = 'name'): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return `${what} needs a ${noun}.`;
  if (trimmed.length > MAX_NAME) return `${what} has a ${noun} longer than ${MAX_NAME} characters.`;
  return null;
}

/** What stops the draft from being inserted, in plain words; empty when nothing does. */
export function draftProblems(draft: MapDraft): string[] {
  const problems = [
    nameProblem('The map', draft.title, 'title'),
    ...draft.stages.map((stage, index) => nameProblem(`Stage ${index + 1}`, stage.name)),
    ...draft.lanes.map((lane, index) => nameProblem(`Lane ${index + 1}`, lane.name)),
  ];
  return problems.filter((problem): problem is string => problem !== null);
}
