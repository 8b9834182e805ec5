import { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';
import { describeIssues } from '../core/validation/describeIssues.ts';
import type { ApplyOptions, Board, InsertedMap } from '../board/port.ts';

/** The user's customisation cannot be drawn; `message` says why, fit to show. */
export class DraftError extends Error {
  override name = 'DraftError';
}

/** Validates the customised template, lays it out and draws it on the board. */
export async function insertMap(
  board: Board,
  template: Template,
  draft: MapDraft,
  options: ApplyOptions = {},
): Promise<InsertedMap> {
  const parsed = MapDraft.safeParse(draft);
  if (!parsed.success)
    throw new DraftError(`This map cannot be inserted yet. ${describeIssues(parsed.error)}.`);
  if (parsed.data.templateId !== template.id)
    throw new DraftError(
      `The map was customised from "${parsed.data.templateId}", not from "${template.id}".`,
    );
  // Loaded on insert: the layout is no part of the panel's first page.
  const { layoutMap } = await import('../core/layout/layoutMap.ts');
  return board.apply(layoutMap(template, parsed.data), options);
}
