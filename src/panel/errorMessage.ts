import { DraftError } from '../app/insertMap.ts';
import { BoardError } from '../board/port.ts';

/** A failure in words fit for the panel; errors of our own already carry such words. */
export function errorMessage(error: unknown): string {
  if (error instanceof DraftError || error instanceof BoardError) return error.message;
  if (error instanceof Error && error.message.trim() !== '')
    return `The map could not be inserted: ${error.message}`;
  return 'The map could not be inserted.';
}
