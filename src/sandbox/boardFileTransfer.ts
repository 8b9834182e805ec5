import type { Parsed } from '../core/validation/Parsed.ts';
import { boardFileToState, stateToBoardFile, type EmulatorState } from './SandboxEmulator.ts';
import { parseBoardFileBytes, parseBoardFileText } from '../board/rest/parseBoardFile.ts';

export const EXPORT_FILE_NAME = 'journey-mapper-board.json';

/** The board as a Miro REST API v2 board file, pretty-printed. */
export function boardFileText(state: EmulatorState): string {
  return `${JSON.stringify(stateToBoardFile(state), null, 2)}\n`;
}

/** The board a board file describes, with a warning for each thing read as a default or lost. */
export function readBoardFile(text: string): Parsed<EmulatorState> {
  return stateOf(parseBoardFileText(text));
}

/** Like `readBoardFile`, from the file's bytes, with a warning first when they are not UTF-8. */
export function readBoardFileBytes(bytes: Uint8Array, fileName: string): Parsed<EmulatorState> {
  return stateOf(parseBoardFileBytes(bytes, fileName));
}

function stateOf(parsed: ReturnType<typeof parseBoardFileText>): Parsed<EmulatorState> {
  if (!parsed.ok) return parsed;
  const { state, warnings } = boardFileToState(parsed.value);
  return { ok: true, value: state, warnings: [...parsed.warnings, ...warnings] };
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
