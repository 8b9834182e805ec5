import { StoredMapRecord, type MapRecord } from '../core/model/mapRecord.schema.ts';
import { describeIssues } from '../core/validation/describeIssues.ts';

/**
 * The record the app keeps on an item, whichever whiteboard keeps it (Miro item metadata, FigJam
 * plugin data); one that is not valid is ignored with a warning.
 */
export function recordOf(itemId: string, value: unknown, warnings: string[]): MapRecord | null {
  if (value === undefined) return null;
  const result = StoredMapRecord.safeParse(value);
  if (result.success) return result.data;
  warnings.push(
    `The app's record on item ${itemId} is not valid (${describeIssues(result.error)}); it is ignored`,
  );
  return null;
}
